"""Consent in the event record: an unconfirmed take stays at the narrowest scope, marked, until a facilitator reviews
it; the manifests say who confirmed it, how its visit ended and which consent words it was agreed under; and an
automatic transcript is never shown as a checked one."""

import html
import json
import re

import pytest

from kiosk.config import load
from kiosk.export import ExportError, ExportOptions, export_record
from kiosk.store import WALKED_AWAY, ClipStore
from kiosk.store.consent import consent_version, remember_consent
from kiosk.transcripts import AUTO, save_edited
from tests.cli_runner import kiosk
from tests.export.transcribed import clip_of, cues_for, manifest_clips, manifest_rows
from tests.sidecars import flat_tags

CONFIG = load()[0]
NARROWEST, PUBLIC = CONFIG.scopes[0].id, CONFIG.scopes[-1].id  # the shipped "event" and "public"
UNCONFIRMED = "Not yet confirmed by the speaker"
UNCONFIRMED_CY = "Heb ei gadarnhau gan y siaradwr eto"


def _export(sources, dest, **options):
    return export_record(list(sources), dest, ExportOptions(config=CONFIG, **options))



def _figure(dest, clip_id: str) -> str:
    """The gallery's entry for one clip (its <figure>), or "" when the gallery does not show it."""
    page = (dest / "index.html").read_text(encoding="utf-8")
    found = re.search(rf'<figure id="clip-{clip_id}".*?</figure>', page)
    return found.group(0) if found else ""


def _walked_away(root, card="volunteer"):
    """The clip of `card` chosen "May be shared publicly", kept as a walk-away's take is: not confirmed."""
    clip = clip_of(root, card, PUBLIC)
    return ClipStore(root).update(clip, reviewed=False, reviewed_by="", visit_ended=WALKED_AWAY)


def test_shipped_scopes_are_the_ones_these_tests_name():
    assert (NARROWEST, PUBLIC) == ("event", "public") and len(CONFIG.scopes) == 2


def test_an_unconfirmed_public_clip_stays_narrow_and_marked_until_kiosk_review(kiosks, tmp_path):
    kiosk_a, _ = kiosks
    clip = _walked_away(kiosk_a)
    public, narrow = tmp_path / "public", tmp_path / "event"

    report = _export([kiosk_a], public, scope=PUBLIC)
    assert clip.sidecar.id not in manifest_rows(public) and report.left_out == 2  # and the clip chosen "event" only
    assert _figure(public, clip.sidecar.id) == ""
    assert len(manifest_rows(public)) == 1 and UNCONFIRMED not in (public / "index.html").read_text(encoding="utf-8")

    _export([kiosk_a], narrow)  # the narrowest scope, the default
    row, described = manifest_rows(narrow)[clip.sidecar.id], manifest_clips(narrow)[clip.sidecar.id]
    for manifest in (row, described):
        assert manifest["consent_scope"] == NARROWEST and manifest["confirmed"] == "no"
        assert manifest["visit_ended"] == WALKED_AWAY
    figure = _figure(narrow, clip.sidecar.id)
    assert UNCONFIRMED in figure and html.escape(UNCONFIRMED_CY) in figure
    exported = flat_tags(narrow / row["sidecar"])
    assert (exported["consent_scope"], exported["reviewed"]) == (NARROWEST, False)  # the record holds it narrow
    others = [clip_id for clip_id in manifest_rows(narrow) if clip_id != clip.sidecar.id]
    assert others and all(UNCONFIRMED not in _figure(narrow, clip_id) for clip_id in others)

    reviewed = kiosk("review", clip.code, "--recordings", kiosk_a, timeout=60)
    assert reviewed.returncode == 0, reviewed.stderr
    assert len(reviewed.stdout.strip().splitlines()) == 1 and "reviewed" in reviewed.stdout

    _export([kiosk_a], public, scope=PUBLIC)
    row = manifest_rows(public)[clip.sidecar.id]
    assert (row["consent_scope"], row["confirmed"], row["visit_ended"]) == (PUBLIC, "yes, by a facilitator",
                                                                           WALKED_AWAY)
    assert _figure(public, clip.sidecar.id) and UNCONFIRMED not in _figure(public, clip.sidecar.id)
    _export([kiosk_a], narrow)  # brought up to date: the mark is gone and the record's sidecar says public
    assert UNCONFIRMED not in _figure(narrow, clip.sidecar.id)
    exported = flat_tags(narrow / manifest_rows(narrow)[clip.sidecar.id]["sidecar"])
    assert (exported["consent_scope"], exported["reviewed_by"]) == (PUBLIC, "facilitator")


def test_a_copy_from_another_kiosk_not_yet_confirmed_keeps_the_clip_narrow(kiosks, tmp_path):
    """Copies that disagree: the narrowest holds, and a copy not confirmed holds the narrowest scope."""
    kiosk_a, kiosk_b = kiosks
    clip = clip_of(kiosk_a, "volunteer", PUBLIC)
    (kiosk_b / clip.sidecar_path.parent.name).mkdir(exist_ok=True)
    for path in (clip.media_path, clip.sidecar_path):
        (kiosk_b / path.parent.name / path.name).write_bytes(path.read_bytes())
    _walked_away(kiosk_b)
    for sources in ([kiosk_a, kiosk_b], [kiosk_b, kiosk_a]):
        dest = tmp_path / f"public-{sources[0].name}"
        _export(sources, dest, scope=PUBLIC)
        assert clip.sidecar.id not in manifest_rows(dest)


def test_a_clip_made_by_kiosk_record_is_unconfirmed_until_reviewed_by_its_id(recordings, tmp_path):
    made = kiosk("record", "--seconds", "1", "--camera", "synthetic", "--microphone", "synthetic", "--scope", PUBLIC,
                 "--recordings", recordings, "--width", "320", "--height", "240", timeout=120)
    assert made.returncode == 0, made.stderr
    clip = ClipStore(recordings).list().clips[0]
    assert (clip.sidecar.reviewed, clip.sidecar.visit_ended) == (False, "recorded by command")
    assert clip.sidecar.consent_version == consent_version(CONFIG.consent_text(CONFIG.language))
    with pytest.raises(ExportError, match="1 left out"):
        _export([recordings], tmp_path / "public", scope=PUBLIC)
    reviewed = kiosk("review", clip.sidecar.id, "--recordings", recordings, timeout=60)
    assert reviewed.returncode == 0, reviewed.stderr
    assert _export([recordings], tmp_path / "public", scope=PUBLIC).clips == 1
    assert manifest_rows(tmp_path / "public")[clip.sidecar.id]["confirmed"] == "yes, by a facilitator"


def test_kiosk_review_refuses_an_unknown_or_withdrawn_clip_in_one_sentence(kiosks):
    kiosk_a, _ = kiosks
    clip = _walked_away(kiosk_a)
    for named in ("K7M-4PX", "not a code", "00000000-0000-4000-8000-000000000000"):
        refused = kiosk("review", named, "--recordings", kiosk_a, timeout=60)
        assert refused.returncode != 0 and refused.stdout == ""
        assert len(refused.stderr.strip().splitlines()) == 1 and "Traceback" not in refused.stderr, refused.stderr
    withdrawn = kiosk("withdraw", clip.code, "--recordings", kiosk_a, "--yes", timeout=60)
    assert withdrawn.returncode == 0, withdrawn.stderr
    for named in (clip.code, clip.sidecar.id):
        refused = kiosk("review", named, "--recordings", kiosk_a, timeout=60)
        assert refused.returncode != 0 and "withdrawn" in refused.stderr
        assert len(refused.stderr.strip().splitlines()) == 1, refused.stderr
    logged = (kiosk_a / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert "review started" in logged and "was withdrawn, so there is nothing to review" in logged


def test_manifests_carry_who_confirmed_how_the_visit_ended_and_the_consent_version(kiosks, tmp_path):
    kiosk_a, _ = kiosks
    words = CONFIG.consent_text("cy")
    version = remember_consent(kiosk_a, words)
    store = ClipStore(kiosk_a)
    kept = store.update(clip_of(kiosk_a, "frontline", PUBLIC), consent_version=version, visit_ended="kept at review")
    walked = _walked_away(kiosk_a)
    dest = tmp_path / "record"
    _export([kiosk_a], dest)
    rows, described = manifest_rows(dest), manifest_clips(dest)
    header = (dest / "manifest.csv").read_bytes().decode("utf-8-sig").splitlines()[0].split(",")
    assert {"confirmed", "visit_ended", "consent_version", "transcript_checked"} <= set(header)
    for manifest in (rows, described):
        assert manifest[kept.sidecar.id]["confirmed"] == "yes, by the attendee"
        assert manifest[kept.sidecar.id]["consent_version"] == version
        assert manifest[kept.sidecar.id]["visit_ended"] == "kept at review"
        assert manifest[walked.sidecar.id]["confirmed"] == "no"
        assert manifest[walked.sidecar.id]["consent_version"] == ""  # recorded before versions were kept
    assert described[kept.sidecar.id]["reviewed_by"] == "attendee"


def test_an_automatic_transcript_is_labelled_automatic_and_an_edited_one_checked(kiosks, tmp_path):
    kiosk_a, kiosk_b = kiosks
    store = ClipStore(kiosk_a)
    edited = save_edited(store, clip_of(kiosk_a, "frontline", PUBLIC), cues_for(("first words", "checked ones")))
    automatic = save_edited(store, clip_of(kiosk_a, "volunteer", PUBLIC), cues_for(("heard by", "the machine")))
    automatic = store.update(automatic, transcript=AUTO, transcript_model="a speech model")
    welsh_store = ClipStore(kiosk_b)
    welsh = save_edited(welsh_store, welsh_store.list().clips[0], cues_for(("Mae'r bws", "yn hwyr")))
    welsh = welsh_store.update(welsh, transcript=AUTO)
    dest = tmp_path / "record"
    _export(kiosks, dest)
    rows, described = manifest_rows(dest), manifest_clips(dest)
    for manifest in (rows, described):
        assert manifest[automatic.sidecar.id]["transcript_checked"] == "automatic transcript, not checked"
        assert manifest[edited.sidecar.id]["transcript_checked"] == "checked"
        untranscribed = next(i for i in manifest if i not in (automatic.sidecar.id, edited.sidecar.id,
                                                                 welsh.sidecar.id))
        assert manifest[untranscribed]["transcript_checked"] == ""
    auto_figure, edited_figure = _figure(dest, automatic.sidecar.id), _figure(dest, edited.sidecar.id)
    assert "Automatic transcript, not checked" in auto_figure and "Trawsgrifiad awtomatig, heb ei wirio" in auto_figure
    assert "Checked" not in auto_figure
    assert "Checked" in edited_figure and html.escape("Wedi'i wirio") in edited_figure
    assert "Automatic" not in edited_figure
    page = (dest / "index.html").read_text(encoding="utf-8")
    captions = json.loads(re.search(r'<script type="application/json" id="captions">(.*?)</script>', page).group(1))
    assert captions[automatic.sidecar.id]["label"] == "English (automatic transcript, not checked)"
    assert captions[edited.sidecar.id]["label"] == "English (checked)"
    assert captions[welsh.sidecar.id]["label"] == "Cymraeg (trawsgrifiad awtomatig, heb ei wirio)"
