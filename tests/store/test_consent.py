"""The consent spine in the store: who confirmed a take, how its visit ended, which consent words were agreed to."""

import json
from dataclasses import replace

import pytest

from kiosk.store import (ATTENDEE, FACILITATOR, KEPT, KEPT_AT_REVIEW, KIOSK_CLOSED, RECORDED_BY_COMMAND, WALKED_AWAY,
                         ClipStore, ClipTags, Sidecar, StoreError, is_unconfirmed)
from kiosk.store.consent import CONSENT_FOLDER, consent_version, read_consent, remember_consent, visit_counts
from tests.sidecars import first_format, put

ENGLISH = "We will record a short video of you speaking. You choose who may see it."
WELSH = "Byddwn yn recordio fideo byr ohonoch chi'n siarad. Chi sy'n dewis pwy gaiff ei weld."


def _clip(store: ClipStore, words: str = ENGLISH, scope: str = "public"):
    """A clip as `begin` names it, with an (empty) media file beside it so the store lists it."""
    clip = store.begin(ClipTags("Gŵyl", "volunteer", "What are you learning?", scope, "en", consent_words=words))
    clip.media_path.write_bytes(b"")
    return clip


def _sidecar_json(store: ClipStore, **changes) -> bytes:
    data = json.loads(_clip(store).sidecar.to_json())
    for name, value in changes.items():
        put(data, name, value)
    return json.dumps(data).encode("utf-8")


def test_the_new_fields_round_trip_through_the_sidecar(recordings):
    store = ClipStore(recordings)
    clip = store.keep(_clip(store), reviewed=False, visit_ended=WALKED_AWAY)
    read = Sidecar.from_json(clip.sidecar_path.read_bytes())
    assert read == clip.sidecar
    assert (read.visit_ended, read.reviewed, read.reviewed_by) == (WALKED_AWAY, False, "")
    assert read.consent_version == consent_version(ENGLISH)
    assert is_unconfirmed(read)


def test_a_sidecar_from_before_the_consent_fields_still_reads(recordings):
    store = ClipStore(recordings)
    data = first_format(_clip(store).sidecar)
    for name in ("format", "reviewed_by", "visit_ended", "consent_version"):
        del data[name]
    old = Sidecar.from_json(json.dumps(data).encode("utf-8"))
    assert (old.reviewed_by, old.visit_ended, old.consent_version) == ("", "", "")
    assert is_unconfirmed(replace(old, status=KEPT))  # an old walk-away is unconfirmed too
    assert not is_unconfirmed(replace(old, status=KEPT, reviewed=True))


@pytest.mark.parametrize("changes, refused", [
    ({"visit_ended": "left happy"}, "visit_ended"),
    ({"visit_ended": 3}, "visit_ended"),
    ({"reviewed_by": "someone"}, "reviewed_by"),
    ({"reviewed_by": None}, "reviewed_by"),
    ({"consent_version": "ABCDEF012345"}, "consent_version"),  # upper case: not what the kiosk writes
    ({"consent_version": "abc"}, "consent_version"),
    ({"consent_version": "0123456789abc"}, "consent_version"),
    ({"consent_version": "0123456789ab\n"}, "consent_version"),
    ({"consent_version": "../../etc/pw"}, "consent_version"),
], ids=["ending", "ending-number", "reviewer", "reviewer-null", "version-upper", "version-short", "version-long",
        "version-newline", "version-path"])
def test_a_sidecar_with_a_consent_value_no_kiosk_writes_is_refused(recordings, changes, refused):
    with pytest.raises(ValueError, match=refused):
        Sidecar.from_json(_sidecar_json(ClipStore(recordings), **changes))


def test_every_value_a_kiosk_writes_is_accepted(recordings):
    store = ClipStore(recordings)
    for ending in (KEPT_AT_REVIEW, WALKED_AWAY, KIOSK_CLOSED, RECORDED_BY_COMMAND, "recovered", ""):
        for reviewer in (ATTENDEE, FACILITATOR, ""):
            read = Sidecar.from_json(_sidecar_json(store, visit_ended=ending, reviewed_by=reviewer))
            assert (read.visit_ended, read.reviewed_by) == (ending, reviewer)


def test_two_consent_texts_are_two_versions_each_kept_once(recordings):
    store = ClipStore(recordings)
    first, second, again = _clip(store, ENGLISH), _clip(store, WELSH), _clip(store, ENGLISH)
    english, welsh = consent_version(ENGLISH), consent_version(WELSH)
    assert english != welsh and len(english) == 12 and int(english, 16) >= 0
    assert first.sidecar.consent_version == again.sidecar.consent_version == english
    assert second.sidecar.consent_version == welsh
    kept = sorted((recordings / CONSENT_FOLDER).iterdir())
    assert [path.name for path in kept] == sorted([f"{english}.txt", f"{welsh}.txt"])
    assert read_consent(recordings, english) == ENGLISH and read_consent(recordings, welsh) == WELSH
    assert consent_version(ENGLISH + " ") != english  # any change to the words is a new version


def test_a_versions_words_are_never_written_again(recordings):
    version = remember_consent(recordings, ENGLISH)
    kept = recordings / CONSENT_FOLDER / f"{version}.txt"
    kept.write_text("changed by hand", encoding="utf-8")
    assert remember_consent(recordings, ENGLISH) == version
    assert kept.read_text(encoding="utf-8") == "changed by hand"


def test_a_clip_shown_no_consent_text_has_no_version_and_nothing_is_kept(recordings):
    store = ClipStore(recordings)
    assert _clip(store, words="").sidecar.consent_version == ""
    assert not (recordings / CONSENT_FOLDER).exists()


def test_the_store_still_lists_clips_beside_the_consent_folder(recordings):
    store = ClipStore(recordings)
    clip = _clip(store)
    listing = store.list()
    assert [c.sidecar.id for c in listing.clips] == [clip.sidecar.id] and listing.problems == []


def test_keep_at_review_is_the_attendees_confirmation(recordings):
    store = ClipStore(recordings)
    clip = store.keep(_clip(store), visit_ended=KEPT_AT_REVIEW)
    assert (clip.sidecar.reviewed, clip.sidecar.reviewed_by, clip.sidecar.visit_ended) == (True, ATTENDEE,
                                                                                           KEPT_AT_REVIEW)
    assert not is_unconfirmed(clip.sidecar)


def test_a_facilitators_review_confirms_and_keeps_what_was_written_since(recordings):
    store = ClipStore(recordings)
    clip = store.keep(_clip(store), reviewed=False, visit_ended=WALKED_AWAY)
    store.update(clip, transcript="auto")  # written meanwhile (by the transcriber, say)
    reviewed = store.review(clip)  # given the clip as it was before
    on_disk = Sidecar.from_json(clip.sidecar_path.read_bytes())
    assert on_disk == reviewed.sidecar
    assert (on_disk.reviewed, on_disk.reviewed_by, on_disk.visit_ended) == (True, FACILITATOR, WALKED_AWAY)
    assert on_disk.transcript == "auto" and not is_unconfirmed(on_disk)
    assert store.review(reviewed).sidecar == on_disk  # reviewing again changes nothing


def test_an_attendees_confirmation_is_not_rewritten_by_a_review(recordings):
    store = ClipStore(recordings)
    clip = store.keep(_clip(store), visit_ended=KEPT_AT_REVIEW)
    assert store.review(clip).sidecar.reviewed_by == ATTENDEE


def test_a_withdrawn_or_unkept_clip_cannot_be_reviewed(recordings):
    store = ClipStore(recordings)
    awaiting = _clip(store)
    with pytest.raises(StoreError, match="not kept"):
        store.review(awaiting)
    gone = store.keep(_clip(store), reviewed=False)
    store.discard(gone)
    with pytest.raises(StoreError, match="withdrawn or deleted"):
        store.review(gone)
    assert not gone.sidecar_path.exists()  # the review wrote nothing back


def test_visit_counts_count_kept_clips_by_how_the_visit_ended(recordings):
    store = ClipStore(recordings)
    store.keep(_clip(store), visit_ended=KEPT_AT_REVIEW)
    store.keep(_clip(store), visit_ended=KEPT_AT_REVIEW)
    walked = store.keep(_clip(store), reviewed=False, visit_ended=WALKED_AWAY)
    store.keep(_clip(store), reviewed=False, visit_ended=WALKED_AWAY)
    store.keep(_clip(store), reviewed=False, visit_ended=KIOSK_CLOSED)
    store.keep(_clip(store), reviewed=False, visit_ended=RECORDED_BY_COMMAND)
    _clip(store)  # at review still: its visit has not ended
    store.review(walked)
    counts = visit_counts(store.list().clips)
    assert (counts.kept, counts.kept_at_review, counts.walked_away, counts.kiosk_closed, counts.unconfirmed) == \
        (6, 2, 2, 1, 3)
