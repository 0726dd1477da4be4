"""The settings page's devices: a live preview and level meter, and a switch of camera and microphone without a restart."""

from pathlib import Path

import av
import pytest

from kiosk.diagnostics import make_clapper
from kiosk.ui.flow import Screen
from tests.ui.conftest import wait_for_screen, walk_to_prompt
from tests.ui.test_panel import open_panel


@pytest.fixture(scope="module")
def small_clapper(tmp_path_factory) -> Path:
    """An 8 s clapper video at 160x120: a camera easy to tell from the 320x240 demo pattern."""
    folder = tmp_path_factory.mktemp("small-clapper")
    video = folder / "small.mp4"
    make_clapper(video, folder / "small.wav", seconds=8.0, width=160, height=120, fps=15.0)
    return video


def open_settings(qtbot, kiosk):
    panel = open_panel(qtbot, kiosk)
    panel.nav_buttons["settings"].click()
    return panel.settings_page


def picture_size(page) -> tuple[int, int]:
    image = page.preview._image
    return (image.width(), image.height()) if image is not None else (0, 0)


def use_devices(qtbot, page, camera: str, microphone: str = "synthetic") -> None:
    page.fields["camera"].setText(camera)
    page.fields["microphone"].setText(microphone)
    page.use_devices.click()
    qtbot.waitUntil(lambda: page.device_state in ("switched", "refused"), timeout=10_000)


def test_settings_preview_shows_the_camera_and_the_meter_moves(qtbot, make_kiosk, panel_config):
    page = open_settings(qtbot, make_kiosk(panel_config))
    shown = page.preview.frames_shown
    qtbot.waitUntil(lambda: page.preview.frames_shown >= shown + 5, timeout=5_000)
    assert picture_size(page) == (320, 240)
    qtbot.waitUntil(lambda: page.meter.level > 0, timeout=5_000)
    assert "Camera: Demo pattern" in page.devices.text() and "Microphone:" in page.devices.text()
    assert page.use_devices.accessibleName() and page.use_devices.minimumHeight() >= 60


def test_the_camera_field_says_what_is_really_in_use(qtbot, make_kiosk, panel_config):
    page = open_settings(qtbot, make_kiosk(panel_config))  # the config says auto; the demo pattern stands in
    assert page.fields["camera"].text() == panel_config.camera == "auto"
    assert page.in_use_notes["camera"].text() == "In use now: Demo pattern"  # chosen by the command: no "(no camera)"
    assert page.in_use_notes["microphone"].text() == "In use now: Demo tone"
    assert page.in_use_notes["camera"].isVisibleTo(page)


def test_switching_to_a_file_camera_changes_the_line_and_the_pictures(qtbot, make_kiosk, panel_config, small_clapper):
    kiosk = make_kiosk(panel_config)
    page = open_settings(qtbot, kiosk)
    qtbot.waitUntil(lambda: picture_size(page) == (320, 240), timeout=5_000)
    with qtbot.waitSignal(kiosk.controller.feed.devices_switched, timeout=10_000):
        page.fields["camera"].setText(f"file:{small_clapper}")
        page.use_devices.click()
    assert page.device_state == "switched" and "in use now" in page.devices_outcome.text()
    assert "Camera: File small.mp4" in page.devices.text()
    qtbot.waitUntil(lambda: picture_size(page) == (160, 120), timeout=5_000)
    assert kiosk.controller.config.camera == f"file:{small_clapper}"


def test_a_camera_that_cannot_open_pauses_the_kiosk_until_it_appears(qtbot, make_kiosk, panel_config, small_clapper,
                                                                     tmp_path):
    # The event is set up (it has its own config): no demo stands in for the camera the facilitator chose.
    kiosk = make_kiosk(panel_config)
    c = kiosk.controller
    page = open_settings(qtbot, kiosk)
    later = tmp_path / "later.mp4"
    use_devices(qtbot, page, f"file:{later}")
    assert page.device_state == "switched"
    assert "Demo pattern" not in page.devices.text()
    assert f"The camera file {later} does not exist." in page.devices.text()
    assert "Camera: missing since" in page.devices.text()
    assert [absence.kind for absence in c.devices.missing()] == ["camera"]
    later.write_bytes(small_clapper.read_bytes())  # the camera "is plugged in"
    qtbot.waitUntil(lambda: c.feed.working_camera() is not None, timeout=10_000)
    assert c.feed.camera.name == "File later.mp4" and not c.devices.missing()
    assert "missing" not in page.devices.text()
    qtbot.waitUntil(lambda: picture_size(page) == (160, 120), timeout=5_000)


def test_invalid_device_values_are_refused_with_the_reason(qtbot, make_kiosk, panel_config):
    kiosk = make_kiosk(panel_config)
    page = open_settings(qtbot, kiosk)
    camera = kiosk.controller.feed.camera
    page.fields["fps"].setText("fast")
    page.use_devices.click()
    assert page.device_state == "refused"
    assert "“Frames a second” must be a number, not 'fast'" in page.devices_outcome.text()
    assert page.fields["fps"].property("problem") is True
    assert kiosk.controller.feed.camera is camera and not kiosk.controller.feed.switching()


def test_a_lost_camera_comes_back_by_itself_and_the_same_device_can_be_used_again(qtbot, make_kiosk, panel_config,
                                                                                   tmp_path):
    video = tmp_path / "short.mp4"
    make_clapper(video, tmp_path / "short.wav", seconds=1.0, width=160, height=120, fps=15.0)
    kiosk = make_kiosk(panel_config, camera=f"file:{video}")
    c = kiosk.controller
    first = c.feed.camera
    qtbot.waitUntil(lambda: first.lost_reason is not None, timeout=10_000)  # the file ends: "unplugged"
    # Nobody touches the panel: the same file is opened again (it plays from the start), a new source.
    qtbot.waitUntil(lambda: c.feed.camera is not first and c.feed.camera.name == "File short.mp4", timeout=10_000)
    page = open_settings(qtbot, kiosk)
    use_devices(qtbot, page, f"file:{video}")  # and "Use these devices" still opens it again
    assert page.device_state == "switched"
    qtbot.waitUntil(lambda: picture_size(page) == (160, 120), timeout=5_000)


def test_devices_are_not_switched_while_a_take_is_recording(qtbot, make_kiosk, panel_config):
    kiosk = make_kiosk(panel_config)
    c = kiosk.controller
    walk_to_prompt(qtbot, kiosk)
    c.prompt.ready.click()
    wait_for_screen(qtbot, kiosk, Screen.RECORDING)
    camera = c.feed.camera
    page = c.facilitator.settings_page
    page.fields["camera"].setText("synthetic")
    page.use_devices.click()
    assert page.device_state == "refused" and "a take is being recorded" in page.devices_outcome.text()
    assert c.feed.camera is camera and not c.feed.switching()
    c.recording.stop.click()
    wait_for_screen(qtbot, kiosk, Screen.REVIEW)


def test_after_a_switch_a_whole_take_records_a_playable_clip(qtbot, make_kiosk, panel_config, small_clapper):
    kiosk = make_kiosk(panel_config)
    c = kiosk.controller
    page = open_settings(qtbot, kiosk)
    use_devices(qtbot, page, f"file:{small_clapper}")
    assert page.device_state == "switched"
    c.facilitator.back.click()
    assert c.current == Screen.ATTRACT
    walk_to_prompt(qtbot, kiosk)
    c.prompt.ready.click()
    wait_for_screen(qtbot, kiosk, Screen.RECORDING)
    qtbot.waitUntil(lambda: c.recording.preview.frames_shown >= 5, timeout=5_000)
    qtbot.waitUntil(lambda: c.visit.recording.take.elapsed() >= 1.0, timeout=5_000)
    c.recording.stop.click()
    wait_for_screen(qtbot, kiosk, Screen.REVIEW)
    with qtbot.waitSignal(c.clip_kept, timeout=10_000) as kept:
        c.review.keep.click()
    clip = kept.args[0]
    wait_for_screen(qtbot, kiosk, Screen.THANKS)
    with av.open(str(clip.media_path)) as container:
        video = container.streams.video[0]
        assert (video.width, video.height) == (160, 120)
        assert container.streams.audio
        frames = sum(1 for _ in container.decode(video=0))
    assert frames >= 10
