"""The panel's "Test camera and microphone": the same check as `kiosk check`, off the GUI thread, its report on Status."""

from tests.ui.test_panel import open_panel


def test_the_panel_tests_the_running_devices_in_the_background_and_shows_the_report(qtbot, make_kiosk, kiosk_config):
    kiosk = make_kiosk(kiosk_config)
    panel = open_panel(qtbot, kiosk)
    page = panel.status_page
    kiosk.controller.panel.check_seconds = 2.0

    page.check.click()

    # The click returned at once: the check runs on its own thread while the button waits, and the page says
    # what to do, first.
    assert kiosk.controller.panel.check_runner.is_running() and not page.check.isEnabled()
    assert page.details.text().startswith("Testing the camera and microphone: say a few words.")
    qtbot.waitUntil(lambda: page.check.isEnabled(), timeout=30_000)
    shown = page.details.text()
    assert shown.startswith("Camera and microphone test:")
    assert "Camera: Demo pattern, 320x240" in shown and "Microphone: Demo tone" in shown  # chosen: no "(no camera)"
    assert "All essential checks passed." in shown and "Recommended: 320x240" in shown
    assert kiosk.controller.feed.working_camera() is not None  # the kiosk's own camera still runs
