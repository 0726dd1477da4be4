"""The consent spine through the kiosk: which words were agreed to, how the visit ended, and a walk-away's take kept
out of a public export until a facilitator reviews it."""

import csv
import io
from dataclasses import replace

import pytest

from kiosk.config import Text
from kiosk.export import ExportError, ExportOptions, export_record
from kiosk.store.consent import consent_version, read_consent
from kiosk.ui.flow import Screen
from tests.cli_runner import kiosk as run_kiosk
from tests.ui.conftest import record_for, record_until_review, sidecar, wait_for_screen, walk_to_prompt

PUBLIC = 1  # the consent screen's second choice: "May be shared publicly"


def _ids(dest) -> set[str]:
    raw = (dest / "manifest.csv").read_bytes().decode("utf-8-sig")
    return {row["id"] for row in csv.DictReader(io.StringIO(raw, newline=""))}


def test_a_walk_away_at_review_stays_out_of_the_public_export_until_kiosk_review(qtbot, make_kiosk, kiosk_config,
                                                                                  recordings, tmp_path):
    kiosk = make_kiosk(replace(kiosk_config, idle_seconds=0.3))
    c = kiosk.controller
    c.attract.welsh.click()  # the consent words are read in Welsh
    walk_to_prompt(qtbot, kiosk, card_key="2", scope_index=PUBLIC)
    record_until_review(qtbot, kiosk, seconds=1.0)
    with qtbot.waitSignal(c.clip_kept, timeout=20_000) as kept:
        pass  # the take plays back, then nobody answers "Still there?"
    assert c.current == Screen.ATTRACT
    clip = kept.args[0]
    tags = sidecar(clip.media_path)
    assert (tags["status"], tags["reviewed"], tags["reviewed_by"]) == ("kept", False, "")
    assert (tags["visit_ended"], tags["consent_scope"]) == ("walked away", "public")
    welsh = kiosk_config.consent_text("cy")
    assert tags["consent_version"] == consent_version(welsh) and read_consent(recordings, tags["consent_version"]) == welsh

    options = ExportOptions(config=kiosk_config, durable=False)
    with pytest.raises(ExportError, match="1 left out"):
        export_record([recordings], tmp_path / "public", replace(options, scope="public"))
    narrow = export_record([recordings], tmp_path / "event", options)  # the narrowest scope takes it, marked
    assert narrow.clips == 1 and "Not yet confirmed by the speaker" in (tmp_path / "event" / "index.html").read_text()

    reviewed = run_kiosk("review", clip.code, "--recordings", recordings, timeout=60)  # while the kiosk runs
    assert reviewed.returncode == 0, reviewed.stderr
    assert sidecar(clip.media_path)["reviewed_by"] == "facilitator"
    public = export_record([recordings], tmp_path / "public", replace(options, scope="public"))
    assert public.clips == 1 and _ids(tmp_path / "public") == {tags["id"]}


def test_keep_is_the_attendees_confirmation_under_the_consent_words_shown(qtbot, make_kiosk, kiosk_config, recordings):
    kiosk = make_kiosk(kiosk_config)
    c = kiosk.controller
    walk_to_prompt(qtbot, kiosk, scope_index=PUBLIC)
    record_until_review(qtbot, kiosk, seconds=0.5)
    with qtbot.waitSignal(c.clip_kept, timeout=10_000) as kept:
        c.review.keep.click()
    tags = sidecar(kept.args[0].media_path)
    assert (tags["reviewed"], tags["reviewed_by"], tags["visit_ended"]) == (True, "attendee", "kept at review")
    assert tags["consent_version"] == consent_version(kiosk_config.consent_text("en"))
    wait_for_screen(qtbot, kiosk, Screen.THANKS)


def test_new_consent_words_from_the_panel_are_a_new_version(qtbot, make_kiosk, kiosk_config, recordings):
    kiosk = make_kiosk(kiosk_config)
    c = kiosk.controller
    changed = Text("We record a short video; a facilitator deletes it whenever you ask.", "Rydym yn recordio fideo byr.")
    c.apply_config(replace(kiosk_config, consent_text=changed))  # what the panel's Save does
    walk_to_prompt(qtbot, kiosk, scope_index=PUBLIC)
    assert c.consent.text.text() == changed.en
    record_for(qtbot, kiosk, 0.3)
    kiosk.close()  # closed with the take under way: kept, not confirmed
    media = next(recordings.glob("*/*.mp4"))
    tags = sidecar(media)
    assert (tags["reviewed"], tags["visit_ended"]) == (False, "kiosk closed")
    assert tags["consent_version"] == consent_version(changed.en) != consent_version(kiosk_config.consent_text("en"))
    assert read_consent(recordings, tags["consent_version"]) == changed.en
