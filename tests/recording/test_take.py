"""Takes recorded end to end into real MP4 files, checked by decoding them with PyAV and ffprobe."""

import json
import os
import select
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np
import pytest

from kiosk.capture import open_microphone, open_sources
from kiosk.capture.base import AudioBlock, CameraSource, MicrophoneSource, Source, VideoFrame
from kiosk.diagnostics import measure_av_offsets
from kiosk.recording.take import MAX_LENGTH, VIDEO_QUEUE_FRAMES, Take, TakeResult

REPO = Path(__file__).resolve().parents[2]
SYNC_TOLERANCE = 0.020  # half of EBU R37, see CAPTURE-NOTES.md
CRASH_LOSS_SECONDS = 1.5  # about one fragment (a keyframe a second) plus the frame in flight


# -- running a take ------------------------------------------------------------------------------

def record(take: Take, *sources: Source, until: threading.Event | None = None, timeout: float = 20.0) -> TakeResult:
    """Start the take, then its sources; stop once `until` is set (by default, when the take ends by itself)."""
    until = until or take.finished
    take.start()
    try:
        for source in sources:
            source.start()
        assert until.wait(timeout), f"nothing happened in {timeout} s"
    finally:
        take.stop()
        for source in sources:
            source.stop()
    return take.result


class ScriptedMicrophone(MicrophoneSource):
    """Emits the given (offset, samples) blocks at once, stamped from when it starts."""

    def __init__(self, script: list[tuple[float, np.ndarray]], rate: int = 48000) -> None:
        super().__init__("Scripted microphone", rate, 1)
        self.script = script
        self.done = threading.Event()

    def _run(self) -> None:
        start = time.monotonic()
        for offset, samples in self.script:
            self._emit(AudioBlock(samples, start + offset, self.rate))
        self.done.set()


class BurstCamera(CameraSource):
    """Hands over `count` frames of noise as fast as it can: far faster than any encoder keeps up with."""

    def __init__(self, count: int, width: int = 1280, height: int = 720) -> None:
        super().__init__("Burst camera", width, height, 30.0)
        self.count = count
        self.done = threading.Event()
        rng = np.random.default_rng(7)
        self._images = [rng.integers(0, 256, (height, width, 3), np.uint8) for _ in range(4)]

    def _run(self) -> None:
        for index in range(self.count):
            self._emit(VideoFrame(self._images[index % len(self._images)], time.monotonic()))
        self.done.set()


class NoisyCamera(CameraSource):
    """A dark picture with a patch of noise, at 30 fps in real time: a few hundred kB a second to encode."""

    def __init__(self, width: int = 640, height: int = 360) -> None:
        super().__init__("Noisy camera", width, height, 30.0)

    def _run(self) -> None:
        rng = np.random.default_rng(3)
        image = np.full((self.height, self.width, 3), 40, np.uint8)
        started, index = time.monotonic(), 0
        patch = (self.height // 4, self.width // 4, 3)
        while not self._stopping.wait(max(0.0, started + index / self.fps - time.monotonic())):
            image[: patch[0], : patch[1]] = rng.integers(0, 256, patch, np.uint8)
            self._emit(VideoFrame(image.copy(), time.monotonic()))
            index += 1


# -- reading the file back -----------------------------------------------------------------------

@dataclass
class Decoded:
    video_times: list[float]
    audio: np.ndarray  # mono float samples from the audio stream's first pts
    audio_start: float
    rate: int
    packets: int  # with data in them
    damaged_packets: list[int]  # indices of those the decoder rejected

    @property
    def video_seconds(self) -> float:
        return self.video_times[-1] - self.video_times[0] if self.video_times else 0.0

    @property
    def audio_seconds(self) -> float:
        return len(self.audio) / self.rate if self.rate else 0.0

    def between(self, start: float, end: float) -> np.ndarray:
        """The audio from `start` to `end` seconds on the clip's timeline."""
        first = round((start - self.audio_start) * self.rate)
        return self.audio[max(0, first) : round((end - self.audio_start) * self.rate)]


def decode(path: Path) -> Decoded:
    """Every frame PyAV can decode, packet by packet, noting packets it can't (a torn last fragment)."""
    video_times, audio, damaged = [], [], []
    audio_start, rate, packets = None, 0, 0
    with av.open(str(path)) as container:
        for packet in container.demux():
            packets += packet.size > 0  # the empty ones at the end only flush the decoders
            try:
                frames = packet.decode()
            except av.error.InvalidDataError:
                damaged.append(packets - 1)
                continue
            for frame in frames:
                if packet.stream.type == "video":
                    video_times.append(float(frame.pts * frame.time_base))
                else:
                    if audio_start is None:
                        audio_start, rate = float(frame.pts * frame.time_base), frame.sample_rate
                    audio.append(frame.to_ndarray().mean(axis=0))
    samples = np.concatenate(audio) if audio else np.zeros(0, np.float32)
    return Decoded(video_times, samples, audio_start or 0.0, rate, packets, damaged)


def ffprobe(path: Path) -> dict:
    output = subprocess.run(
        ["ffprobe", "-v", "error", "-count_frames", "-show_format", "-show_streams", "-of", "json", str(path)],
        capture_output=True, text=True, check=True,
    ).stdout
    return json.loads(output)


def top_level_boxes(path: Path) -> list[str]:
    boxes, data = [], Path(path).read_bytes()
    offset = 0
    while offset + 8 <= len(data):
        size, kind = int.from_bytes(data[offset : offset + 4], "big"), data[offset + 4 : offset + 8].decode("latin-1")
        if size == 1:
            size = int.from_bytes(data[offset + 8 : offset + 16], "big")
        boxes.append(kind)
        if size < 8:
            break
        offset += size
    return boxes


def rms(samples: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(samples)))) if len(samples) else 0.0


# -- the tests -----------------------------------------------------------------------------------

def test_synthetic_take_is_an_ordinary_mp4_with_h264_and_aac_starting_together(recordings):
    camera, microphone = open_sources("synthetic", "synthetic", 640, 360, 30.0)
    path = recordings / "synthetic.mp4"

    result = record(Take(path, camera, microphone, max_seconds=3.0), microphone, camera)

    probe = ffprobe(path)
    video, audio = probe["streams"]
    decoded = decode(path)
    assert result.ended_by == MAX_LENGTH and result.error is None
    assert "mp4" in probe["format"]["format_name"]
    assert (video["codec_name"], audio["codec_name"]) == ("h264", "aac")
    assert (video["width"], video["height"]) == (640, 360)
    # A clean close leaves an ordinary MP4: one moov, no fragments left behind.
    assert "moov" in top_level_boxes(path) and "moof" not in top_level_boxes(path)
    assert float(probe["format"]["duration"]) == pytest.approx(3.0, abs=0.15)
    assert int(video["nb_read_frames"]) == len(decoded.video_times) == result.frames
    assert len(decoded.video_times) == pytest.approx(30 * decoded.video_seconds, rel=0.1)
    assert float(video["start_time"]) == float(audio["start_time"]) == 0.0
    assert decoded.video_times[0] == decoded.audio_start == 0.0
    assert decoded.audio_seconds == pytest.approx(decoded.video_seconds, abs=0.1)
    assert rms(decoded.audio[: decoded.rate // 10]) > 0.01  # sound from the first moment, not padding
    assert result.dropped_frames == 0 and result.stop_latency < 1.0


@pytest.fixture(scope="module")
def clapper_take(clapper_files, tmp_path_factory) -> tuple[TakeResult, Path]:
    """The clapper pair played through file sources into a take longer than the video file."""
    path = tmp_path_factory.mktemp("clapper-take") / "clapper.mp4"
    camera, microphone = open_sources(f"file:{clapper_files.video}", f"file:{clapper_files.audio}")
    result = record(Take(path, camera, microphone, max_seconds=clapper_files.seconds + 10), camera, microphone)
    return result, path


def test_clapper_take_keeps_sound_within_20ms_of_picture(clapper_take, clapper_files):
    _, path = clapper_take

    offsets = measure_av_offsets(path)

    assert len(offsets) == len(clapper_files.events)
    assert max(abs(offset) for offset in offsets) <= SYNC_TOLERANCE, offsets


def test_clapper_take_keeps_the_cameras_variable_frame_rate(clapper_take):
    _, path = clapper_take

    intervals = np.round(np.diff(decode(path).video_times) * 1000)

    assert {33, 42} <= set(intervals)


def test_camera_lost_mid_take_keeps_what_was_recorded_with_a_readable_reason(clapper_take, clapper_files):
    result, path = clapper_take

    decoded = decode(path)
    assert result.ended_by == result.error == "The camera file has ended."
    assert result.duration == pytest.approx(clapper_files.seconds, abs=0.25)
    assert decoded.damaged_packets == []
    assert decoded.video_seconds == pytest.approx(clapper_files.seconds, abs=0.25)
    assert decoded.audio_seconds == pytest.approx(decoded.video_seconds, abs=0.25)


def test_audio_hole_is_filled_with_silence_where_it_was(recordings):
    rate, block = 48000, 960
    tone = (0.5 * np.sin(2 * np.pi * 440 * np.arange(int(2.5 * rate)) / rate)).astype(np.float32)[:, None]
    # 0-1 s of tone, nothing from the device for half a second, then 1.5-2.5 s of tone.
    script = [(start / rate, tone[start : start + block]) for start in range(0, len(tone), block)
              if not rate <= start < 1.5 * rate]
    microphone = ScriptedMicrophone(script, rate)
    path = recordings / "hole.mp4"

    result = record(Take(path, None, microphone), microphone, until=microphone.done)

    decoded = decode(path)
    resumed = 1.1 + np.argmax(np.abs(decoded.between(1.1, 2.0)) > 0.25) / rate
    assert result.silence_inserted_seconds == pytest.approx(0.5, abs=1e-3)
    assert result.audio_seconds == pytest.approx(2.5, abs=1e-3)
    assert decoded.audio_seconds == pytest.approx(2.5, abs=1024 / rate)
    assert rms(decoded.between(0.1, 0.9)) == pytest.approx(0.354, abs=0.02)
    assert rms(decoded.between(1.05, 1.45)) < 0.005
    assert rms(decoded.between(1.6, 2.4)) == pytest.approx(0.354, abs=0.02)
    assert resumed == pytest.approx(1.5, abs=0.005)


@pytest.fixture(scope="module")
def burst_take(tmp_path_factory) -> tuple[TakeResult, Path, int]:
    """A take stopped as soon as a camera has handed over 150 720p frames of noise in a burst."""
    camera = BurstCamera(count=150)
    path = tmp_path_factory.mktemp("burst") / "burst.mp4"
    result = record(Take(path, camera, None), camera, until=camera.done)
    return result, path, camera.count


def test_frames_the_encoder_cannot_keep_up_with_are_dropped_and_counted(burst_take):
    result, path, offered = burst_take

    assert result.dropped_frames >= offered - VIDEO_QUEUE_FRAMES
    assert len(decode(path).video_times) == result.frames > 0


def test_every_frame_captured_before_stop_is_written_or_counted_as_dropped(burst_take):
    result, _, offered = burst_take

    assert result.frames + result.dropped_frames == offered


@pytest.fixture
def small_disk(tmp_path):
    """A 2 MB filesystem of its own, to fill up."""
    if os.geteuid() != 0:
        pytest.skip("Filling a disk needs a small tmpfs, and mounting one needs root.")
    folder = tmp_path / "small-disk"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"Could not mount a 2 MB tmpfs to fill: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def test_full_disk_ends_the_take_and_keeps_what_was_written_playable(small_disk):
    camera, microphone = NoisyCamera(), open_microphone("synthetic")
    path = small_disk / "full.mp4"

    result = record(Take(path, camera, microphone), microphone, camera, timeout=60)

    decoded = decode(path)
    assert shutil.disk_usage(small_disk).free < 64 * 1024
    assert result.ended_by == result.error == "The disk is full."
    # Only the fragment being written when the disk filled is torn; everything before it plays.
    assert decoded.damaged_packets in ([], [decoded.packets - 1]), decoded.damaged_packets
    assert decoded.video_seconds >= result.duration - CRASH_LOSS_SECONDS > 0.5
    assert decoded.audio_seconds >= result.duration - CRASH_LOSS_SECONDS


RECORD_UNTIL_KILLED = """
import sys
from kiosk.capture import open_microphone, open_sources
from kiosk.recording.take import Take

camera, microphone = open_sources("synthetic", "synthetic", 640, 360, 30.0)
if sys.argv[2:] == ["sound-only"]:
    camera = None
take = Take(sys.argv[1], camera, microphone)
take.start()
microphone.start()
if camera is not None:
    camera.start()
while take.elapsed() < 3.0 and not take.finished.wait(0.02):
    pass
print(f"recording {take.elapsed():.3f}", flush=True)
take.finished.wait(60)
"""


@pytest.mark.parametrize("kind", ["pictures and sound", "sound-only"])
def test_sigkill_mid_take_leaves_playable_clip(recordings, kind):
    path = recordings / "killed.mp4"
    child = subprocess.Popen([sys.executable, "-c", RECORD_UNTIL_KILLED, str(path), kind], cwd=REPO,
                             env={**os.environ, "PYTHONPATH": str(REPO)},
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        ready, _, _ = select.select([child.stdout], [], [], 30)
        line = child.stdout.readline() if ready else ""
        said_at = time.monotonic()
        child.send_signal(signal.SIGKILL)
        killed_at = time.monotonic()
    finally:
        child.kill()
        _, errors = child.communicate(timeout=10)
    assert line.startswith("recording"), f"the recorder never got going: {errors}"
    elapsed = float(line.split()[1]) + (killed_at - said_at)

    decoded = decode(path)
    assert child.returncode == -signal.SIGKILL
    if kind != "sound-only":
        assert decoded.video_seconds >= elapsed - CRASH_LOSS_SECONDS
    assert decoded.audio_seconds >= elapsed - CRASH_LOSS_SECONDS


def test_a_sound_file_of_more_than_two_channels_keeps_its_length(recordings, tmp_path):
    import soundfile as sf

    tone = (0.3 * np.sin(2 * np.pi * 440 * np.arange(48000 * 3) / 48000)).astype(np.float32)
    sf.write(tmp_path / "quad.wav", np.stack([tone] * 4, axis=1), 48000)
    microphone = open_microphone(f"file:{tmp_path / 'quad.wav'}")
    path = recordings / "quad.mp4"

    record(Take(path, None, microphone, max_seconds=2.0), microphone, timeout=30)

    assert decode(path).audio_seconds == pytest.approx(2.0, abs=0.1)


class FailingMicrophone(MicrophoneSource):
    """Delivers a second of tone in real time, then its stream errors, as a pulled-out USB microphone's does."""

    def __init__(self, rate: int = 48000) -> None:
        super().__init__("USB microphone", rate, 1)

    def _run(self) -> None:
        started, block = time.monotonic(), 960
        for index in range(50):
            if self._stopping.wait(max(0.0, started + (index + 1) * block / self.rate - time.monotonic())):
                return
            tone = 0.3 * np.sin(2 * np.pi * 440 * (np.arange(block) + index * block) / self.rate)
            self._emit(AudioBlock(tone.astype(np.float32)[:, None], started + index * block / self.rate, self.rate))
        raise OSError("PortAudio stream error: device unavailable")


def test_microphone_lost_mid_take_ends_it_and_keeps_the_sound_so_far(recordings):
    camera, _ = open_sources("synthetic", "synthetic", 320, 240, 15)
    microphone = FailingMicrophone()
    path = recordings / "lost-mic.mp4"

    result = record(Take(path, camera, microphone, max_seconds=10), camera, microphone)

    assert result.error == "USB microphone stopped working (PortAudio stream error: device unavailable)."
    assert result.ended_by == result.error
    decoded = decode(path)
    assert decoded.audio_seconds == pytest.approx(1.0, abs=0.1)
    assert decoded.video_seconds == pytest.approx(1.0, abs=0.2)
    assert rms(decoded.between(0.2, 0.8)) == pytest.approx(0.3 / np.sqrt(2), abs=0.02)
