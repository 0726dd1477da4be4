"""Sources on their real paths: a microphone through sounddevice and PulseAudio, cameras from a file and a pattern."""

import threading
import time
from typing import Callable

import av
import numpy as np
import pytest

from kiosk.capture import SourceError, open_camera, open_microphone
from kiosk.capture.microphone import ANCHOR_RISE_PER_SECOND
from kiosk.recording.take import AUDIO_JITTER_SECONDS

MICROPHONE_SECONDS = 3.0  # the sine source hands over audio in 2 s bursts: this needs the second burst
SETTLED_BLOCKS = 50  # the last second, after the clock has found its anchor


class Collector:
    """A sink that keeps what a source emits, with when it arrived, and says when it has `wanted`."""

    def __init__(self, wanted: Callable[[list], bool] = lambda items: False) -> None:
        self.items: list = []
        self.arrivals: list[float] = []
        self.enough = threading.Event()
        self._wanted = wanted

    def __call__(self, item) -> None:
        self.items.append(item)
        self.arrivals.append(time.monotonic())
        if self._wanted(self.items):
            self.enough.set()


def audio_seconds(blocks: list) -> float:
    return sum(len(block.samples) / block.rate for block in blocks)


def record_microphone(device: str) -> tuple[Collector, str | None]:
    microphone = open_microphone(device)
    blocks = Collector(lambda items: audio_seconds(items) >= MICROPHONE_SECONDS)
    microphone.add_sink(blocks)
    microphone.start()
    try:
        assert blocks.enough.wait(15), f"only {len(blocks.items)} blocks arrived from {microphone.name}"
    finally:
        microphone.stop()
    return blocks, microphone.lost_reason


def test_microphone_records_the_pulse_sine_through_sounddevice(pulse_sine_source):
    blocks, lost = record_microphone(pulse_sine_source.device)

    stamps = np.array([block.timestamp for block in blocks.items])
    lengths = np.array([len(block.samples) / block.rate for block in blocks.items])
    assert lost is None
    assert {block.samples.dtype for block in blocks.items} == {np.dtype(np.float32)}
    # A block can't be stamped later than it could have been captured...
    assert np.all(stamps + lengths <= np.array(blocks.arrivals) + 1e-6)
    # ...so late bursts never move the stamps later than the anchor's slow allowed rise (a drifting crystal).
    rise = ANCHOR_RISE_PER_SECOND * MICROPHONE_SECONDS  # the most it may rise in all the time recorded
    assert np.all(np.diff(stamps) <= lengths[:-1] + rise + 1e-6)
    settled = slice(-SETTLED_BLOCKS, None)
    assert np.diff(stamps[settled]) == pytest.approx(lengths[settled][:-1], abs=rise + 1e-6)
    sound = np.concatenate([block.samples[:, 0] for block in blocks.items[settled]])
    spectrum = np.abs(np.fft.rfft(sound * np.hanning(len(sound))))
    peak = np.argmax(spectrum) * blocks.items[0].rate / len(sound)
    assert peak == pytest.approx(pulse_sine_source.frequency, abs=2.0)


def test_microphone_stamps_never_pile_up_or_jump_back_past_the_jitter_a_take_absorbs(pulse_sine_source):
    # PulseAudio hands over its first ~2 s in one burst: anchored as a whole, the burst's stamps are
    # contiguous, and a later, tighter burst only nudges the anchor by its delivery jitter.
    blocks, _ = record_microphone(pulse_sine_source.device)

    stamps = np.array([block.timestamp for block in blocks.items])
    lengths = np.array([len(block.samples) / block.rate for block in blocks.items])
    steps = np.diff(stamps) - lengths[:-1]
    assert np.all(steps <= ANCHOR_RISE_PER_SECOND * MICROPHONE_SECONDS + 1e-6)
    assert np.all(steps > -AUDIO_JITTER_SECONDS)
    assert np.count_nonzero(steps < -1e-3) <= 3


def file_frame_times(path) -> list[float]:
    with av.open(str(path)) as container:
        return [float(frame.pts * frame.time_base) for frame in container.decode(video=0)]


def test_file_camera_plays_the_files_variable_frame_rate_in_real_time_and_is_lost_at_its_end(clapper_files):
    camera = open_camera(f"file:{clapper_files.video}")
    frames = Collector()
    losses = Collector(lambda reasons: True)
    camera.add_sink(frames)
    camera.add_lost_listener(losses)
    camera.start()
    try:
        assert losses.enough.wait(clapper_files.seconds + 5), "the camera file never ended"
    finally:
        camera.stop()

    expected = np.array(file_frame_times(clapper_files.video))
    stamps = np.array([frame.timestamp for frame in frames.items])
    lateness = np.array(frames.arrivals) - stamps
    assert (camera.width, camera.height) == (clapper_files.width, clapper_files.height)
    assert len(stamps) == len(expected)
    assert stamps - camera.epoch == pytest.approx(expected, abs=1e-3)
    intervals = np.round(np.diff(stamps) * 1000)
    assert {33, 42} <= set(intervals)  # both halves of the variable rate came through
    assert lateness.min() >= -1e-3 and np.median(lateness) < 0.02 and lateness.max() < 0.25
    for event in clapper_files.events:
        flash = int(np.argmin(np.abs(expected - event)))
        assert frames.items[flash].image.mean() > 200 > frames.items[flash - 1].image.mean()
    assert list(map(str, losses.items)) == ["The camera file has ended."]
    assert losses.arrivals[0] >= stamps[-1]


def test_synthetic_camera_delivers_its_rate_in_real_time():
    camera = open_camera("synthetic", 640, 360, 30.0)
    frames = Collector(lambda items: len(items) >= 31)
    camera.add_sink(frames)
    camera.start()
    try:
        assert frames.enough.wait(5), f"only {len(frames.items)} frames in 5 s"
    finally:
        camera.stop()

    stamps = np.array([frame.timestamp for frame in frames.items[:31]])
    assert frames.items[0].image.shape == (360, 640, 3)
    assert np.all(np.diff(stamps) > 0)
    assert stamps[-1] - stamps[0] == pytest.approx(1.0, abs=0.1)


@pytest.mark.parametrize("opener, spec", [(open_camera, "file:/nowhere/clip.mp4"),
                                          (open_microphone, "file:/nowhere/sound.wav")])
def test_a_missing_file_source_says_which_file(opener, spec):
    with pytest.raises(SourceError, match="/nowhere/.* does not exist"):
        opener(spec)


def test_a_demo_source_says_no_camera_only_where_it_stands_in_for_one(monkeypatch):
    import kiosk.capture as capture

    assert (open_camera("synthetic").name, open_microphone("synthetic").name) == ("Demo pattern", "Demo tone")
    assert not open_camera("synthetic").notice
    monkeypatch.setattr(capture, "list_cameras", lambda: [])  # this machine has no camera; said so it stays true
    stand_in = open_camera("auto")
    assert stand_in.name == "Demo pattern (no camera)" and stand_in.notice == capture.NO_CAMERA_NOTICE
