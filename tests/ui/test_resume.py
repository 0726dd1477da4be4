"""A sleep and a wake (the lid closed), simulated by the two clocks the heartbeat reads: the attract screen returns,
a take under way is ended and kept unreviewed, the devices are opened afresh. A real suspend needs a real laptop."""

import pytest

from kiosk.diagnostics import make_clapper
from kiosk.ui.flow import Screen
from kiosk.ui.resume_watch import ResumeWatch
from tests.ui.conftest import sidecar, wait_for_screen, walk_to_prompt


class Clocks:
    """A wall clock and a monotonic clock a test moves; a sleep moves only the wall clock, as on Linux."""

    def __init__(self) -> None:
        self.wall, self.monotonic = 1_000_000.0, 100.0

    def tick(self, seconds: float = 5.0, slept: float = 0.0, late: float = 0.0) -> None:
        self.wall += seconds + slept + late
        self.monotonic += seconds + late

    def __call__(self) -> tuple[float, float]:
        return self.wall, self.monotonic


@pytest.mark.parametrize("move, resumed", [
    (dict(), False),  # a beat on time
    (dict(late=2.0), False),  # a busy moment
    (dict(slept=600.0), True),  # Linux: the monotonic clock stood still for ten minutes
    (dict(late=600.0), True),  # elsewhere: the beat came ten minutes late
    (dict(slept=-3600.0), True),  # the clock set back an hour
])
def test_a_sleep_or_a_clock_change_is_noticed_and_a_beat_on_time_is_not(qtbot, move, resumed):
    clocks = Clocks()
    watch = ResumeWatch(read=clocks)
    heard = []
    watch.resumed.connect(heard.append)
    clocks.tick(**move)
    watch.beat()
    assert bool(heard) == resumed


@pytest.fixture
def file_camera(tmp_path):
    video = tmp_path / "camera.mp4"
    make_clapper(video, tmp_path / "camera.wav", seconds=30.0, width=160, height=120, fps=15.0)
    return f"file:{video}"


def wake(kiosk) -> None:
    clocks = Clocks()
    kiosk.controller.resume.read = clocks
    kiosk.controller.resume.start()
    clocks.tick(slept=1800.0)
    kiosk.controller.resume.beat()


def test_on_waking_part_way_through_a_visit_the_attract_screen_returns_and_the_camera_is_new(
        qtbot, make_kiosk, panel_config, file_camera):
    kiosk = make_kiosk(panel_config, camera=file_camera)
    c = kiosk.controller
    camera = c.feed.camera
    walk_to_prompt(qtbot, kiosk)
    wake(kiosk)
    assert c.current == Screen.ATTRACT
    qtbot.waitUntil(lambda: c.feed.working_camera() is not None and c.feed.camera is not camera, timeout=10_000)
    assert not camera.running and not c.devices.missing()
    assert "The laptop slept or its clock changed (about 30 minutes)" in str(c.notes.errors[-1])
    assert c.attract.start.isVisible()


def test_a_take_under_way_when_the_laptop_wakes_is_kept_unreviewed(qtbot, make_kiosk, panel_config, file_camera):
    kiosk = make_kiosk(panel_config, camera=file_camera)
    c = kiosk.controller
    camera = c.feed.camera
    walk_to_prompt(qtbot, kiosk)
    c.prompt.ready.click()
    wait_for_screen(qtbot, kiosk, Screen.RECORDING)
    qtbot.waitUntil(lambda: c.visit.recording.take.elapsed() >= 1.0, timeout=10_000)
    with qtbot.waitSignal(c.clip_kept, timeout=15_000) as kept:
        wake(kiosk)
    assert c.current == Screen.ATTRACT
    tags = sidecar(kept.args[0].media_path)
    assert tags["status"] == "kept" and tags["reviewed"] is False
    qtbot.waitUntil(lambda: c.feed.working_camera() is not None and c.feed.camera is not camera, timeout=10_000)
