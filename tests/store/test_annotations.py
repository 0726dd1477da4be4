"""A facilitator's annotations: stamped field by field, checked like anything from another machine, merged by time."""

import json

import pytest

from kiosk.store import ATTENDEE, FACILITATOR, KEPT_AT_REVIEW, WALKED_AWAY, ClipStore, ClipTags, Sidecar, StoreError
from kiosk.store.annotations import Annotations, Quote, Stamp, merge
from kiosk.store.withdraw import withdraw

EARLY = Stamp("facilitator", "2026-06-01T10:00:00+01:00")
LATE = Stamp("hub-laptop", "2026-06-01T09:30:00+00:00")  # later than EARLY: 10:30 in EARLY's zone


def _kept(store: ClipStore, confirmed: bool = False):
    clip = store.begin(ClipTags("Fair", "volunteer", "What are you learning?", "public", "en"))
    clip.media_path.write_bytes(b"")
    return store.keep(clip, reviewed=confirmed, visit_ended=KEPT_AT_REVIEW if confirmed else WALKED_AWAY)


def _on_disk(clip) -> dict:
    return json.loads(clip.sidecar_path.read_text(encoding="utf-8"))


def test_annotate_writes_each_field_with_who_and_when_and_reads_back(recordings):
    store = ClipStore(recordings)
    clip = _kept(store)
    quote = Quote("q1", 1.5, 4.0, "The bus never comes on time.", ("transport",))
    annotated = store.annotate(clip, note="Ask about the bus.", themes=("transport", "access"), quotes=(quote,),
                               wall=True)
    section = _on_disk(clip)["facilitator"]
    assert section["note"]["value"] == "Ask about the bus." and section["note"]["by"] == FACILITATOR
    assert section["quotes"]["value"] == [{"id": "q1", "start": 1.5, "end": 4.0,
                                           "words": "The bus never comes on time.", "themes": ["transport"]}]
    assert "reviewed" not in section  # never set, so never stamped
    read = Sidecar.from_json(clip.sidecar_path.read_bytes())
    assert read == annotated.sidecar
    assert read.facilitator.themes == ("transport", "access") and read.facilitator.quotes == (quote,)
    assert read.facilitator.wall and set(read.facilitator.stamps) == {"note", "themes", "quotes", "wall"}


def test_annotate_keeps_what_another_writer_wrote_since(recordings):
    store = ClipStore(recordings)
    clip = _kept(store)
    store.update(clip, transcript="auto")  # the transcriber, meanwhile
    store.annotate(clip, by="hub-laptop", note="Strong on housing.")  # given the clip as it was before
    read = Sidecar.from_json(clip.sidecar_path.read_bytes())
    assert read.transcript == "auto" and read.facilitator.note == "Strong on housing."
    assert read.facilitator.stamps["note"].by == "hub-laptop"


def test_a_later_note_replaces_an_earlier_one_and_keeps_the_other_fields(recordings):
    store = ClipStore(recordings)
    clip = _kept(store)
    store.annotate(clip, note="first", wall=True)
    second = store.annotate(clip, note="second")
    assert second.sidecar.facilitator.note == "second" and second.sidecar.facilitator.wall
    assert second.sidecar.facilitator.stamps["note"].moment > second.sidecar.facilitator.stamps["wall"].moment


def test_review_sets_the_facilitators_reviewed_and_unreviewing_takes_it_back(recordings):
    store = ClipStore(recordings)
    clip = _kept(store)
    reviewed = store.review(clip).sidecar
    assert (reviewed.reviewed, reviewed.reviewed_by, reviewed.facilitator.reviewed) == (True, FACILITATOR, True)
    assert _on_disk(clip)["facilitator"]["reviewed"]["value"] is True
    taken_back = store.annotate(clip, reviewed=False).sidecar
    assert (taken_back.reviewed, taken_back.reviewed_by) == (False, "")
    again = store.annotate(clip, reviewed=True).sidecar
    assert (again.reviewed, again.reviewed_by) == (True, FACILITATOR)


def test_a_facilitators_review_never_undoes_the_speakers_own_keep(recordings):
    store = ClipStore(recordings)
    clip = _kept(store, confirmed=True)
    sidecar = store.annotate(clip, reviewed=False).sidecar
    assert (sidecar.reviewed, sidecar.reviewed_by) == (True, ATTENDEE)


@pytest.mark.parametrize("changes, reason", [
    ({"colour": "red"}, "colour is not an annotation"),
    ({"note": 3}, "the note is not a text"),
    ({"note": "x" * 4001}, "the note is not a text"),
    ({"themes": ("Transport",)}, "not a theme id"),
    ({"themes": ("bus", "bus")}, "one theme twice"),
    ({"wall": "yes"}, "wall is not true or false"),
    ({"quotes": (Quote("q", 5.0, 5.0, "words"),)}, "does not start before it ends"),
    ({"quotes": (Quote("q", -1.0, 2.0, "words"),)}, "does not start before it ends"),
    ({"quotes": (Quote("q", 1.0, 601.0, "words"),)}, "does not start before it ends"),
    ({"quotes": (Quote("q", 1.0, 2.0, " "),)}, "words are not a text"),
    ({"quotes": (Quote("a/b", 1.0, 2.0, "words"),)}, "id is not letters"),
    ({"quotes": (Quote("q", 1.0, 2.0, "a"), Quote("q", 3.0, 4.0, "b"))}, "same id"),
])
def test_a_bad_annotation_is_one_sentence_and_writes_nothing(recordings, changes, reason):
    store = ClipStore(recordings)
    clip = _kept(store)
    before = clip.sidecar_path.read_bytes()
    with pytest.raises(StoreError, match=reason) as raised:
        store.annotate(clip, **changes)
    assert str(raised.value).startswith("The clip ") and str(raised.value).endswith(").")
    assert clip.sidecar_path.read_bytes() == before


def test_a_withdrawn_unkept_or_newer_clip_cannot_be_annotated(recordings):
    store = ClipStore(recordings)
    awaiting = store.begin(ClipTags("Fair", "volunteer", "?", "public", "en"))
    awaiting.media_path.write_bytes(b"")
    with pytest.raises(StoreError, match="not kept, so it cannot be annotated"):
        store.annotate(awaiting, note="x")
    gone = _kept(store)
    withdraw(store, gone.code, [])
    with pytest.raises(StoreError, match="withdrawn or deleted"):
        store.annotate(gone, note="x")
    newer = _kept(store)
    data = _on_disk(newer)
    data["format"] = "9.0"
    newer.sidecar_path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(StoreError, match="written by a newer kiosk"):
        store.annotate(newer, note="x")
    assert _on_disk(newer) == data


@pytest.mark.parametrize("section, reason", [
    ([], "facilitator is not a JSON object"),
    ({"note": "plain"}, "not a value with who set it and when"),
    ({"note": {"value": "x", "by": "", "at": "2026-06-01T10:00:00+00:00"}}, "does not say who"),
    ({"note": {"value": "x", "by": "f\nake", "at": "2026-06-01T10:00:00+00:00"}}, "does not say who"),
    ({"note": {"value": "x", "by": "f", "at": "2026-06-01T10:00:00"}}, "does not say when"),
    ({"note": {"value": "x", "by": "f", "at": "yesterday"}}, "does not say when"),
    ({"themes": {"value": "bus", "by": "f", "at": "2026-06-01T10:00:00+00:00"}}, "themes is not a list"),
    ({"quotes": {"value": [{"id": "q", "start": 2, "end": 1, "words": "w"}], "by": "f",
                 "at": "2026-06-01T10:00:00+00:00"}}, "does not start before it ends"),
    ({"quotes": {"value": [{"id": "q", "start": 0, "end": 1, "words": "w", "speaker": "x"}], "by": "f",
                 "at": "2026-06-01T10:00:00+00:00"}}, "is not an id, start, end"),
    ({"wall": {"value": 1, "by": "f", "at": "2026-06-01T10:00:00+00:00"}}, "wall is not true or false"),
])
def test_annotations_from_another_machine_are_checked_and_a_bad_one_is_that_clips_problem(recordings, section,
                                                                                          reason):
    store = ClipStore(recordings)
    clip, other = _kept(store), _kept(store)
    data = _on_disk(clip)
    data["facilitator"] = section
    clip.sidecar_path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match=reason):
        Sidecar.from_json(clip.sidecar_path.read_bytes())
    listing = store.list()
    assert [found.sidecar.id for found in listing.clips] == [other.sidecar.id] and len(listing.problems) == 1


def test_unknown_keys_in_the_facilitators_section_are_kept_and_left_out_of_known_only(recordings):
    store = ClipStore(recordings)
    clip = _kept(store)
    data = _on_disk(clip)
    data["facilitator"] = {"colour": {"value": "red", "by": "a newer kiosk", "at": "2026-06-01T10:00:00+00:00"}}
    clip.sidecar_path.write_text(json.dumps(data), encoding="utf-8")
    store.annotate(clip, note="seen")
    section = _on_disk(clip)["facilitator"]
    assert section["colour"]["value"] == "red" and section["note"]["value"] == "seen"
    read = Sidecar.from_json(clip.sidecar_path.read_bytes())
    assert "colour" not in read.known_only().facilitator.to_data()


def test_merge_takes_each_field_from_the_copy_that_changed_it_last():
    ours = Annotations().changed(EARLY, note="ours", wall=True).changed(LATE, themes=("housing",))
    theirs = Annotations().changed(LATE, note="theirs").changed(EARLY, themes=("transport",), reviewed=True)
    merged = merge(ours, theirs)
    assert (merged.note, merged.themes, merged.wall, merged.reviewed) == ("theirs", ("housing",), True, True)
    assert merged.stamps == {"note": LATE, "themes": LATE, "wall": EARLY, "reviewed": EARLY}
    assert merge(theirs, ours) == merged  # the order of the copies does not matter where the times differ
    assert merge(ours, Annotations()) == ours and merge(Annotations(), Annotations()) == Annotations()


def test_merge_keeps_either_copys_unknown_keys_and_round_trips():
    ours = Annotations.from_data({"colour": {"x": 1}, "note": {"value": "n", "by": "f", "at": EARLY.at}})
    theirs = Annotations.from_data({"mood": [1, 2]})
    merged = merge(ours, theirs)
    assert merged.unknown == {"colour": {"x": 1}, "mood": [1, 2]}
    assert Annotations.from_data(json.loads(json.dumps(merged.to_data()))) == merged


def test_a_review_in_a_copied_file_alone_does_not_confirm_the_clip(recordings):
    store = ClipStore(recordings)
    clip = _kept(store)
    data = _on_disk(clip)
    data["facilitator"] = {"reviewed": {"value": True, "by": "facilitator", "at": EARLY.at}}
    clip.sidecar_path.write_text(json.dumps(data), encoding="utf-8")
    read = Sidecar.from_json(clip.sidecar_path.read_bytes())
    assert read.facilitator.reviewed and (read.reviewed, read.reviewed_by) == (False, "")


def test_merging_another_copys_annotations_keeps_the_later_change_of_each_field(recordings):
    store = ClipStore(recordings)
    clip = store.annotate(_kept(store), note="ours, written now", wall=True)
    theirs = Annotations().changed(EARLY, note="theirs, written earlier", wall=False).changed(LATE, reviewed=True)
    merged = store.merge_annotations(clip, theirs).sidecar
    assert (merged.facilitator.note, merged.facilitator.wall, merged.facilitator.reviewed) == (
        "ours, written now", True, True)
    assert (merged.reviewed, merged.reviewed_by) == (True, FACILITATOR)  # a facilitator's review, merged in
    assert Sidecar.from_json(clip.sidecar_path.read_bytes()) == merged
