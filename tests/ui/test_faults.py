"""Faults met at the kiosk itself: the attendee gets one calm sentence, the facilitator the reason, no clip is lost."""

import os
from dataclasses import replace

from kiosk.store import recover
from kiosk.store.clips import ClipStore
from kiosk.store.media import probe
from kiosk.ui.flow import Screen
from tests.sidecars import flat_tags
from tests.ui.conftest import wait_for_screen, walk_to_prompt

HEADROOM = 150 * 1024  # what is left free on the small disk when the take starts


def fill(disk, leave: int) -> None:
    free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
    (disk / "filler").write_bytes(b"\0" * max(0, free - leave))


def test_disk_full_mid_take_ends_it_calmly_and_keeps_what_was_written(qtbot, make_kiosk, kiosk_config, small_disk, tmp_path):
    recordings = small_disk / "recordings"
    kiosk = make_kiosk(replace(kiosk_config, min_free_mb=0, width=640, height=360, fps=30.0), folder=recordings)
    c = kiosk.controller
    walk_to_prompt(qtbot, kiosk)
    fill(small_disk, HEADROOM)
    c.prompt.ready.click()
    wait_for_screen(qtbot, kiosk, Screen.RECORDING)
    wait_for_screen(qtbot, kiosk, Screen.REVIEW, timeout=30_000)

    assert "ended early" in c.review.message and "What you said so far is kept" in c.review.message
    assert "The disk is full." in c.facilitator_notes
    media = next(recordings.rglob("*.mp4"))
    assert probe(media).duration > 0.5  # playable as it stands, before any repair

    c.review.keep.click()  # the sidecar cannot be written on a full disk: the clip must survive that too
    wait_for_screen(qtbot, kiosk, Screen.THANKS)
    assert c.thanks.code and c.thanks.code in media.name  # the code the attendee walks away with stays good
    assert any("could not be kept" in str(note) for note in c.facilitator_notes)
    (small_disk / "filler").unlink()
    reports = recover(ClipStore(recordings))  # what the kiosk's next start does
    sidecar = flat_tags(media.with_suffix(".json"))
    assert sidecar["status"] == "kept", reports
    assert probe(media).duration > 0.5


def test_recording_is_refused_calmly_below_the_free_space_threshold(qtbot, make_kiosk, kiosk_config, small_disk):
    kiosk = make_kiosk(replace(kiosk_config, min_free_mb=500), folder=small_disk / "recordings")
    c = kiosk.controller
    walk_to_prompt(qtbot, kiosk)
    c.prompt.ready.click()
    qtbot.waitUntil(lambda: c.current == Screen.PROMPT and bool(c.facilitator_notes), timeout=10_000)
    assert "less than 500 MB free" in str(c.facilitator_notes[-1])
    assert not list(small_disk.rglob("*.mp4"))
