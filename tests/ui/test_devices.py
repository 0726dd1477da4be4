"""No camera or microphone: the kiosk still starts and says so; a device lost mid-take ends it gracefully."""

import av

from kiosk.diagnostics import make_clapper
from kiosk.ui.flow import Screen
from tests.ui.conftest import sidecar, wait_for_screen, walk_to_prompt


def test_missing_devices_are_replaced_by_demo_sources_with_a_notice(qtbot, make_kiosk, kiosk_config):
    # No /dev/video here and no sound card: "auto" finds nothing; /dev/video9 cannot open.
    kiosk = make_kiosk(kiosk_config, camera="/dev/video9", microphone="auto")
    c = kiosk.controller
    assert c.attract.notice.isVisible()
    notice = c.attract.notice.text()
    assert "There is no camera at /dev/video9" in notice
    assert "microphone" in notice
    assert c.feed.camera is not None and c.feed.camera.running  # the demo pattern stands in


def test_auto_camera_notice_is_translated(qtbot, make_kiosk, kiosk_config):
    kiosk = make_kiosk(kiosk_config, camera="auto", microphone="synthetic")
    c = kiosk.controller
    assert "No camera was found" in c.attract.notice.text()
    c.attract.welsh.click()
    qtbot.waitUntil(lambda: "Ni chafwyd hyd i gamera" in c.attract.notice.text())
    c.attract.english.click()
    # The panel's line says what stands in and why once, not the stand-in's name and then the notice again.
    assert c.devices.lines()[0] == "Camera: No camera was found, so the kiosk is showing a demo pattern."


def test_camera_lost_mid_take_keeps_what_was_recorded_and_says_so_calmly(qtbot, make_kiosk, kiosk_config,
                                                                          recordings, tmp_path):
    video, audio = tmp_path / "short.mp4", tmp_path / "short.wav"
    make_clapper(video, audio, seconds=3.0, width=320, height=240, fps=15.0)
    kiosk = make_kiosk(kiosk_config, camera="synthetic", microphone="synthetic")
    c = kiosk.controller
    walk_to_prompt(qtbot, kiosk)
    # A file camera plays from when it is opened: opened at the prompt, not at the kiosk's start, so a slow walk on a
    # loaded machine does not spend the file before the take (a CI clone recorded 0.2 s of it).
    with qtbot.waitSignal(c.devices.switch_finished, timeout=10_000) as switched:
        c.devices.choose({"camera": f"file:{video}"})
    assert switched.args == [[]]
    c.prompt.ready.click()
    wait_for_screen(qtbot, kiosk, Screen.RECORDING)
    wait_for_screen(qtbot, kiosk, Screen.REVIEW, timeout=10_000)  # the file ends: the camera is "unplugged"
    assert "camera stopped working" in c.review.problem.text()
    with qtbot.waitSignal(c.clip_kept, timeout=10_000) as kept:
        c.review.keep.click()
    clip = kept.args[0]
    tags = sidecar(clip.media_path)
    assert tags["status"] == "kept" and tags["notes"]
    assert tags["duration"] > 0.3
    with av.open(str(clip.media_path)) as container:
        assert sum(1 for _ in container.decode(video=0)) > 3
    wait_for_screen(qtbot, kiosk, Screen.THANKS)
    c.thanks.done.click()
    # The file camera is opened again by itself (it plays from the start): the next attendee finds the kiosk whole.
    qtbot.waitUntil(lambda: c.feed.working_camera() is not None and not c.devices.missing(), timeout=10_000)
    assert c.attract.start.isVisible() and not c.attract.paused.isVisible()


def test_file_sources_play_as_camera_and_microphone(qtbot, make_kiosk, kiosk_config, clapper_files):
    kiosk = make_kiosk(kiosk_config, camera=f"file:{clapper_files.video}", microphone=f"file:{clapper_files.audio}")
    c = kiosk.controller
    walk_to_prompt(qtbot, kiosk)
    c.prompt.ready.click()
    wait_for_screen(qtbot, kiosk, Screen.RECORDING)
    qtbot.waitUntil(lambda: c.recording.preview.frames_shown >= 3, timeout=5_000)
    c.recording.stop.click()
    wait_for_screen(qtbot, kiosk, Screen.REVIEW)
    assert c.review.problem.text() == ""
