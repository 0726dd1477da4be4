"""The disk worker catches every error for the facilitator; its traceback still reaches the log and the panel's Status."""

from kiosk.log import latest_faults, log_path, start_log, stop_log
from kiosk.ui.disk import DiskWorker
from kiosk.ui.panel.jobs import StatusFacts
from kiosk.ui.panel.status_lines import status_lines


def test_a_caught_programming_error_leaves_its_traceback_in_the_log(qtbot, recordings):
    start_log(recordings)
    worker = DiskWorker()
    try:
        job = worker.submit(keep)
        with qtbot.waitSignal(job.failed, timeout=10_000) as failed:
            pass
    finally:
        worker.stop()
        stop_log()
    assert failed.args == ["'missing'"]
    text = log_path(recordings).read_text(encoding="utf-8")
    assert "keep failed" in text and "Traceback (most recent call last)" in text and "KeyError: 'missing'" in text


def keep():
    return {}["missing"]


def test_the_panel_status_shows_the_latest_faults(make_kiosk, kiosk_config, recordings):
    kiosk = make_kiosk(kiosk_config)
    facts = StatusFacts(10**9, 0, 1.0, False, (), None, ("2026-06-14 10:02:11 camera lost: Camera 0 stopped",))
    c = kiosk.controller
    lines = status_lines(c.config, c.devices.lines(), c.notes, 10**9, facts)
    assert lines[-1] == "  • 2026-06-14 10:02:11 camera lost: Camera 0 stopped"
    assert "Latest faults in the log" in lines[-2]
    assert latest_faults(recordings) == []  # nothing was logged in this folder
