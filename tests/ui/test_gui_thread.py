"""The GUI thread never waits on the disk or the encoder: every store, encoder, export and withdrawal call of a
whole day at the kiosk (visits, the panel's pages, a playback, a facilitator's check, a withdrawal, an export) runs on
another thread."""

import json
import threading

import pytest

import kiosk.ui.panel.controller as panel_controller
import kiosk.ui.panel.runner as export_runner
from kiosk.recording.writer import Mp4Writer
from kiosk.store import ClipStore
from kiosk.ui.flow import Screen
from kiosk.ui.pin import PinStore
from tests.sidecars import put
from tests.ui.conftest import delete_take, record_until_review, wait_for_screen, walk_to_prompt
from tests.ui.test_panel import open_panel, play_first_clip, type_on

# What touches the disk or the encoder; a call of any of these on the GUI thread is what this test looks for.
WATCHED = [
    (ClipStore, name) for name in ("begin", "finish", "make_thumbnail", "keep", "discard", "update", "list", "find",
                                   "free_bytes", "review")
] + [(Mp4Writer, name) for name in ("__init__", "write_video", "write_audio", "close")] + [
    (PinStore, "check"), (export_runner, "export_record"), (panel_controller, "withdraw"),
]


@pytest.fixture
def watched_calls(monkeypatch):
    """Each watched call made, by name, with whether it ran on the GUI (main) thread."""
    calls: list[tuple[str, bool]] = []

    def watch(owner, name):
        original = getattr(owner, name)

        def watched(*args, **kwargs):
            calls.append((f"{getattr(owner, '__name__', owner)}.{name}",
                          threading.current_thread() is threading.main_thread()))
            return original(*args, **kwargs)

        monkeypatch.setattr(owner, name, watched)

    for owner, name in WATCHED:
        watch(owner, name)
    return calls


def test_a_day_at_the_kiosk_leaves_the_disk_and_the_encoder_to_other_threads(qtbot, make_kiosk, panel_config,
                                                                             watched_calls, tmp_path, recordings):
    kiosk = make_kiosk(panel_config)
    c = kiosk.controller
    # A kept visit, a retake that is deleted.
    walk_to_prompt(qtbot, kiosk)
    record_until_review(qtbot, kiosk, seconds=0.5)
    qtbot.waitUntil(lambda: c.review.video.frames_shown >= 2, timeout=10_000)
    with qtbot.waitSignal(c.clip_kept, timeout=10_000):
        c.review.keep.click()
    code = c.thanks.code
    c.thanks.done.click()
    walk_to_prompt(qtbot, kiosk, card_key="3")
    record_until_review(qtbot, kiosk, seconds=0.5)
    c.review.retry.click()
    wait_for_screen(qtbot, kiosk, Screen.PROMPT)
    record_until_review(qtbot, kiosk, seconds=0.5)
    delete_take(kiosk)
    wait_for_screen(qtbot, kiosk, Screen.ATTRACT)
    # The kept clip as if its attendee had walked away at review (written here, by the test, not by the kiosk).
    sidecar_path = next(recordings.glob("*/*.json"))
    sidecar = json.loads(sidecar_path.read_text("utf-8"))
    put(sidecar, "reviewed", False)
    put(sidecar, "reviewed_by", "")
    sidecar_path.write_text(json.dumps(sidecar), "utf-8")
    # The panel: its clip list, a playback, a facilitator's check, an export, a withdrawal.
    panel = open_panel(qtbot, kiosk)
    play_first_clip(qtbot, panel)
    panel.clips_page.stop.click()
    assert panel.clips_page.selected_row().unconfirmed
    panel.clips_page.review.click()
    qtbot.waitUntil(lambda: not panel.clips_page.model.rows[0].unconfirmed, timeout=10_000)
    panel.nav_buttons["export"].click()
    panel.export_page.dest.setText(str(tmp_path / "usb" / "record"))
    with qtbot.waitSignal(c.panel.runner.finished, timeout=30_000):
        panel.export_page.start.click()
    panel.nav_buttons["withdraw"].click()
    type_on(panel.withdraw_page.keypad, code)
    panel.withdraw_page.find_button.click()
    qtbot.waitUntil(lambda: panel.withdraw_page.state == "found", timeout=10_000)
    panel.withdraw_page.confirm.click()
    qtbot.waitUntil(lambda: panel.withdraw_page.state == "done", timeout=10_000)
    assert not list((tmp_path / "usb" / "record").glob("clips/*/*.mp4"))  # the whole path really ran

    made = {name for name, _ in watched_calls}
    assert made >= {"ClipStore.begin", "ClipStore.keep", "ClipStore.discard", "ClipStore.list", "ClipStore.review",
                    "Mp4Writer.write_video", "Mp4Writer.write_audio", "Mp4Writer.close", "PinStore.check",
                    "kiosk.ui.panel.runner.export_record", "kiosk.ui.panel.controller.withdraw"}  # the watch itself works
    assert [name for name, on_gui_thread in watched_calls if on_gui_thread] == []
