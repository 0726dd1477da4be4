"""A compressed day left alone: visits, idle hours with the screen kept awake, the microphone (a real PulseAudio
server stopped and started) and the camera (a file that ends and is away a while) lost and back several times, a
battery falling to a pause and plugged in, and one sleep and wake. RSS, threads and open files stay flat, and
every kept clip plays with sound.

Not in the default run (`-m soak` runs it): see the README for its figures.
"""

import json
import os
import time

import pytest

from kiosk.diagnostics import make_clapper
from kiosk.power import BatteryReading
from kiosk.store.media import probe
from kiosk.ui.flow import Screen
from kiosk.ui.resume_watch import ResumeWatch
from tests.recording.test_take import decode, rms
from tests.test_soak import _usage
from tests.ui.conftest import delete_take, record_for, wait_for_screen, walk_to_prompt

HOURS = int(os.environ.get("SOAK_HOURS", "8"))  # 9 to 5
TAKE_SECONDS = 3.0  # past the test sound server's 2 s bursts (see test_devices_come_and_go.py)
CAMERA_SECONDS = 8.0  # the file camera ends, and is opened again, this often
IDLE_BEATS = 10  # an idle hour: this many heartbeats with nobody there


class Battery:
    def __init__(self) -> None:
        self.reading = BatteryReading(100.0, True)

    def __call__(self) -> BatteryReading:
        return self.reading


@pytest.mark.soak
def test_a_long_day_unattended(pulse_sine_source, qtbot, make_kiosk, panel_config, screensaver, tmp_path,
                               monkeypatch, capsys):
    monkeypatch.setattr(ResumeWatch, "BEAT_MS", 200)
    video = tmp_path / "camera.mp4"
    make_clapper(video, tmp_path / "camera.wav", seconds=CAMERA_SECONDS, width=320, height=240, fps=15.0)
    away = tmp_path / "unplugged.mp4"
    started = time.monotonic()
    kiosk = make_kiosk(panel_config, camera=f"file:{video}", microphone=pulse_sine_source.device)
    c = kiosk.controller
    battery = Battery()
    c.power.read = battery
    offset = [0.0]
    c.resume.read = lambda: (time.time() + offset[0], time.monotonic())
    kept, samples, events = [], [], []

    def fresh_camera() -> None:
        """Waits for the file camera to start again from its beginning, so a take fits before it ends."""
        previous = c.feed.camera
        qtbot.waitUntil(lambda: c.feed.camera is not previous and c.feed.working_camera() is not None
                        and not c.devices.missing(), timeout=30_000)

    def visit(keep: bool) -> None:
        fresh_camera()
        walk_to_prompt(qtbot, kiosk, card_key=str(len(events) % 7 + 1))
        record_for(qtbot, kiosk, TAKE_SECONDS)
        c.recording.stop.click()
        wait_for_screen(qtbot, kiosk, Screen.REVIEW)
        if keep:
            with qtbot.waitSignal(c.clip_kept, timeout=10_000) as done:
                c.review.keep.click()
            kept.append(done.args[0])
            wait_for_screen(qtbot, kiosk, Screen.THANKS)
            c.thanks.done.click()
        else:
            delete_take(kiosk)
        wait_for_screen(qtbot, kiosk, Screen.ATTRACT)

    def idle_hour() -> None:
        beats = c.resume.beats
        qtbot.waitUntil(lambda: c.resume.beats >= beats + IDLE_BEATS, timeout=30_000)
        assert c.current == Screen.ATTRACT

    def paused_and_back(lose, bring_back, kind: str) -> None:
        lose()
        qtbot.waitUntil(lambda: [a.kind for a in c.devices.missing()] == [kind], timeout=30_000)
        assert c.attract.paused.isVisible() and not c.attract.start.isVisible()
        bring_back()
        qtbot.waitUntil(lambda: not c.devices.missing(), timeout=30_000)
        assert c.attract.start.isVisible()
        events.append(f"{kind} lost and back")

    for hour in range(HOURS):
        if hour == 1:
            baseline = _usage()
        visit(keep=True)
        visit(keep=hour % 2 == 0)
        idle_hour()
        battery.reading = BatteryReading(max(5.0, 90.0 - hour * 14), plugged=False)
        c.power.check_battery()
        if c.power.level == "critical":
            assert c.attract.paused.isVisible()
            battery.reading = BatteryReading(battery.reading.percent, plugged=True)
            c.power.check_battery()
            events.append("battery paused and plugged in")
        if hour % 3 == 0:
            paused_and_back(pulse_sine_source.server.stop, pulse_sine_source.server.start, "microphone")
        elif hour % 3 == 1:
            paused_and_back(lambda: video.rename(away), lambda: away.rename(video), "camera")
        if hour == HOURS // 2:
            camera = c.feed.camera
            offset[0] += 3600.0  # an hour asleep, lid closed
            qtbot.waitUntil(lambda: c.feed.camera is not camera and not c.devices.missing(), timeout=30_000)
            events.append("slept and woke")
        samples.append(_usage())
    after = _usage()
    minutes = (time.monotonic() - started) / 60
    assert [call.split()[0] for call in screensaver.calls()] == ["ready", "Inhibit"]  # held all day
    figures = {"hours": HOURS, "kept": len(kept), "events": events, "baseline": baseline, "after": after,
               "samples": samples, "minutes": round(minutes, 1)}
    with capsys.disabled():
        print("\nsoak day:", json.dumps(figures))
    assert after["fds"] <= baseline["fds"]
    assert after["threads"] <= baseline["threads"]
    assert after["rss_mb"] - baseline["rss_mb"] < 40
    for clip in kept:
        assert probe(clip.media_path).duration >= TAKE_SECONDS * 0.8
        decoded = decode(clip.media_path)
        assert decoded.rate and len(decoded.audio) / decoded.rate > 0.5 and rms(decoded.audio) > 0.05, clip.media_path
    kiosk.close()
    assert screensaver.calls()[-1].startswith("UnInhibit")
