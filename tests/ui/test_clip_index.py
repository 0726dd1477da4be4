"""The clip index for windows (issue 18): its announcements arrive as signals in the GUI thread, the panel's list and
status follow them (a clip kept by `kiosk record` shows with no action; a review and a withdrawal reach the list
through the index), and after the first load only what changed is read."""

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

import kiosk.store.index as index_module
from kiosk.store import ClipStore, ClipTags
from kiosk.store.index import ClipIndex
from kiosk.ui.clip_index import WatchedClips
from kiosk.ui.disk import DiskWorker
from kiosk.ui.flow import Screen
from kiosk.ui.pin import DEFAULT_PIN
from tests.cli_runner import kiosk as run_kiosk
from tests.store.test_index import _age
from tests.ui.conftest import wait_for_screen

TAGS = ClipTags("Test event", "volunteer", "What are you learning today?", "public")


def _kept(root: Path, number: int, reviewed: bool = True):
    store = ClipStore(root)
    clip = store.begin(TAGS, now=datetime.now().astimezone() - timedelta(minutes=10 + number))
    clip.media_path.write_bytes(b"not really a video")
    return store.keep(clip, reviewed=reviewed)


def open_panel(qtbot, kiosk):
    c = kiosk.controller
    qtbot.waitUntil(lambda: c.recovery_reports is not None, timeout=10_000)
    c.open_pin()
    for digit in DEFAULT_PIN:
        c.pin.digit_keys[digit].click()
    c.pin.ok.click()
    wait_for_screen(qtbot, kiosk, Screen.FACILITATOR)
    c.facilitator.nav_buttons["clips"].click()
    return c.facilitator


def test_watched_clips_signal_each_change_in_the_gui_thread(qtbot, tmp_path):
    worker = DiskWorker()
    watched = WatchedClips(ClipIndex([tmp_path]), worker)
    threads = []
    watched.clips_added.connect(lambda clips: threads.append(QThread.currentThread()))
    try:
        with qtbot.waitSignal(watched.clips_added, timeout=10_000) as added:
            watched.start()
            clip = _kept(tmp_path, 0)
        assert [found.sidecar.id for found in added.args[0]] == [clip.sidecar.id]
        assert watched.clips() == [clip]
        with qtbot.waitSignal(watched.clips_changed, timeout=10_000) as changed:
            ClipStore(tmp_path).update(clip, notes=("seen",))
        assert changed.args[0][0].sidecar.notes == ("seen",)
        with qtbot.waitSignal(watched.clips_removed, timeout=10_000) as removed:
            ClipStore(tmp_path).discard(clip)
        assert removed.args[0][0].sidecar.id == clip.sidecar.id
        assert watched.clips() == []
        assert threads == [QApplication.instance().thread()]
    finally:
        watched.stop()
        worker.stop()


def test_the_panel_shows_a_clip_kept_by_kiosk_record_without_any_action(qtbot, make_kiosk, panel_config, recordings):
    kiosk = make_kiosk(panel_config)
    panel = open_panel(qtbot, kiosk)
    qtbot.waitUntil(lambda: kiosk.controller.panel.facts is not None, timeout=10_000)
    assert panel.clips_page.model.rowCount() == 0 and kiosk.controller.panel.facts.clips_today == 0

    done = run_kiosk("record", "--recordings", recordings, "--seconds", "1", "--camera", "synthetic",
                     "--microphone", "synthetic", "--width", "320", "--height", "240", "--fps", "15")
    assert done.returncode == 0, done.stderr

    qtbot.waitUntil(lambda: panel.clips_page.model.rowCount() == 1, timeout=15_000)
    [row] = panel.clips_page.model.rows
    assert row.unconfirmed  # recorded by command: nobody confirmed it at review
    qtbot.waitUntil(lambda: kiosk.controller.panel.facts.clips_today == 1, timeout=10_000)
    assert kiosk.controller.panel.facts.unconfirmed == 1


def test_a_review_and_a_withdrawal_reach_the_list_through_the_index(qtbot, make_kiosk, panel_config, recordings,
                                                                     monkeypatch):
    unconfirmed, other = _kept(recordings, 0, reviewed=False), _kept(recordings, 1)
    _age(recordings)  # written earlier in the day: outside the racy window, so only a change is read again
    read: list[Path] = []
    reading = index_module.read_sidecar
    monkeypatch.setattr(index_module, "read_sidecar", lambda path, shown: read.append(path) or reading(path, shown))
    kiosk = make_kiosk(panel_config)
    c = kiosk.controller
    page = open_panel(qtbot, kiosk).clips_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    assert sorted(read) == sorted([unconfirmed.sidecar_path, other.sidecar_path])  # the first load, once each
    assert page.model.rows[0].code == unconfirmed.code and page.model.rows[0].unconfirmed
    read.clear()

    page.select_row(0)
    with qtbot.waitSignal(c.clip_index.clips_changed, timeout=10_000) as changed:
        page.review.click()
    assert [clip.sidecar.reviewed for clip in changed.args[0]] == [True]
    qtbot.waitUntil(lambda: not any(row.unconfirmed for row in page.model.rows), timeout=10_000)
    assert set(read) == {unconfirmed.sidecar_path}  # the one sidecar that changed, nothing else

    with qtbot.waitSignal(c.clip_index.clips_removed, timeout=10_000) as removed:
        c.panel.withdraw_clip(other.code)
    assert [clip.code for clip in removed.args[0]] == [other.code]
    qtbot.waitUntil(lambda: [row.code for row in page.model.rows] == [unconfirmed.code], timeout=10_000)
    assert other.sidecar_path not in read
    qtbot.waitUntil(lambda: c.panel.facts is not None and c.panel.facts.unconfirmed == 0, timeout=10_000)
