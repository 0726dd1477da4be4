"""`kiosk check` and the panel's "Test camera and microphone": does this laptop keep up with these devices?

Records a few seconds through the same Take the kiosk records with, then measures what matters before an event:
the size and frame rate the camera really delivers, dropped frames, whether the microphone hears anything (or
clips), how fast this laptop's encoder is on the camera's own picture (frames a second on one core, so the
headroom), and how many hours of recording the free space holds. It recommends the largest size and x264 preset
that keep at least twice the speed the camera needs. Qt-free: the CLI and the panel's worker thread both call it.
"""

from __future__ import annotations

import logging
import math
import os
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

import av
import cv2
import numpy as np

from kiosk.capture import CameraSource, MicrophoneSource, SourceError, open_camera, open_microphone
from kiosk.config import PRESETS, Config
from kiosk.power import MAINS, battery_level, probe_awake, read_battery
from kiosk.recording.take import Take
from kiosk.sentence import QT_TRANSLATE_NOOP, Sentence
from kiosk.space import SpaceLeft, space_left

log = logging.getLogger(__name__)

CHECK_SECONDS = 5.0
TARGET_HEADROOM = 2.0  # the encoder must manage twice the camera's rate on one core: the other runs the preview
SILENT_DBFS = -70.0  # quieter than any working microphone's own noise in a room: nothing is connected
CLIPPED_SAMPLE = 0.99
CLIPPING_SHARE = 0.001  # more than 1 sample in 1000 at full scale: the input gain is too high
SAMPLE_FRAMES = 24  # consecutive frames kept from the middle of the take for the encoder test
# Sizes tried from the largest down, no larger than what the camera delivered; presets from the best picture down.
SIZES = ((1920, 1080), (1280, 720), (960, 540), (640, 360))
CANDIDATE_PRESETS = tuple(p for p in PRESETS if PRESETS.index(p) <= PRESETS.index("veryfast"))[::-1]
CONTEXT = "DeviceCheck"  # the report's sentences, translated by the panel (kiosk.sentence)


def _say(text: str, *facts) -> Sentence:
    return Sentence(CONTEXT, text, tuple(facts))


@dataclass
class CheckReport:
    camera: str = ""
    microphone: str = ""
    width: int = 0  # what the camera delivered
    height: int = 0
    fps: float = 0.0  # measured over the take
    frames: int = 0
    dropped_frames: int = 0
    level_dbfs: float = -math.inf  # the microphone's RMS over the take
    peak_dbfs: float = -math.inf
    clipped_share: float = 0.0
    encode_fps_per_core: float = 0.0  # at the configured size and preset, on the camera's picture
    headroom: float = 0.0  # encode_fps_per_core / the rate the camera is asked for
    bytes_per_second: float = 0.0  # of the recorded clip
    free_hours: float = 0.0
    space: SpaceLeft | None = None  # the free space and the recording it holds at the rate this test measured
    recommended: tuple[int, int, str] | None = None  # width, height, preset
    awake: Sentence | str = ""  # what keeping the screen on could get here ("this laptop may sleep after ...")
    power: Sentence | str = ""  # the battery, where there is one
    failures: list[Sentence | str] = field(default_factory=list)  # essential: `kiosk check` exits non-zero
    warnings: list[Sentence | str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures

    @property
    def microphone_state(self) -> str:
        if not self.microphone:
            return "none"
        if self.level_dbfs < SILENT_DBFS:
            return "silent"
        return "clipping" if self.clipped_share > CLIPPING_SHARE else "ok"

    def sentences(self) -> list[Sentence | str]:
        """The report for a person, one fact a line; the panel shows them in its language."""
        lines: list[Sentence | str] = []
        if self.camera:
            lines.append(_say(QT_TRANSLATE_NOOP("DeviceCheck", "Camera: %1, %2x%3 at %4 fps delivered, %5 of %6 frames "
                                                               "dropped."), self.camera, self.width, self.height,
                              f"{self.fps:.1f}", self.dropped_frames, self.frames + self.dropped_frames))
        if self.microphone:
            state = {"silent": _say(QT_TRANSLATE_NOOP("DeviceCheck", "silent: is it connected and unmuted?")),
                     "clipping": _say(QT_TRANSLATE_NOOP("DeviceCheck", "clipping: turn the input down.")),
                     "ok": _say(QT_TRANSLATE_NOOP("DeviceCheck", "hears sound."))}[self.microphone_state]
            lines.append(_say(QT_TRANSLATE_NOOP("DeviceCheck", "Microphone: %1, level %2 (peak %3), %4"),
                              self.microphone, _db(self.level_dbfs), _db(self.peak_dbfs), state))
        if self.encode_fps_per_core:
            lines.append(_say(QT_TRANSLATE_NOOP("DeviceCheck", "Encoder: %1 frames a second on one core at the "
                                                               "configured size, %2x what the camera needs."),
                              f"{self.encode_fps_per_core:.0f}", f"{self.headroom:.1f}"))
        if self.space is not None:
            hours, minutes = self.space.hours_and_minutes
            lines.append(_say(QT_TRANSLATE_NOOP("DeviceCheck", "Free space: %1 GB, about %2 h %3 min of recording at "
                                                               "%4 MB a minute (measured by this test)."),
                              self.space.gigabytes, f"{hours:,}", f"{minutes:02d}", self.space.megabytes_a_minute))
        if self.awake:
            lines.append(self.awake)
        if self.power:
            lines.append(self.power)
        if self.recommended:
            width, height, preset = self.recommended
            lines.append(_say(QT_TRANSLATE_NOOP("DeviceCheck", "Recommended: %1x%2 with preset %3 (at least %4x "
                                                               "headroom)."), width, height, preset,
                              f"{TARGET_HEADROOM:g}"))
        lines.extend(_say(QT_TRANSLATE_NOOP("DeviceCheck", "Problem: %1"), failure) for failure in self.failures)
        lines.extend(_say(QT_TRANSLATE_NOOP("DeviceCheck", "Note: %1"), warning) for warning in self.warnings)
        lines.append(_say(QT_TRANSLATE_NOOP("DeviceCheck", "All essential checks passed.")) if self.ok else
                     _say(QT_TRANSLATE_NOOP("DeviceCheck", "Something essential failed (see Problem).")))
        return lines

    def lines(self) -> list[str]:
        """The report in English, for `kiosk check` and the log."""
        return [str(line) for line in self.sentences()]


def _db(value: float) -> Sentence | str:
    return _say(QT_TRANSLATE_NOOP("DeviceCheck", "silence")) if value == -math.inf else f"{value:.0f} dBFS"


def run_check(config: Config, recordings: Path, seconds: float = CHECK_SECONDS, camera_spec: str | None = None,
              microphone_spec: str | None = None, camera: CameraSource | None = None,
              microphone: MicrophoneSource | None = None, cancel: threading.Event | None = None) -> CheckReport:
    """Checks the configured devices (or the specs given); never raises for a device, says what failed instead.

    `camera` / `microphone`: sources already running (the kiosk's own, which cannot be opened twice); they are
    listened to, not started or stopped. Otherwise the sources are opened from the specs and closed again.
    """
    report = CheckReport()
    owned: list = []
    try:
        if camera is None and microphone is None:
            camera, microphone = _open(config, camera_spec, microphone_spec, report)
            owned = [source for source in (camera, microphone) if source is not None]
            for source in owned:
                source.start()
        if camera is None and microphone is None:
            return report
        frames, level = _record(camera, microphone, seconds, report, cancel or threading.Event())
    except SourceError as error:
        report.failures.append(str(error))
        return report
    finally:
        for source in owned:
            source.stop()
    if microphone is not None:
        _judge_microphone(level, report)
    if frames and not (cancel and cancel.is_set()):
        _judge_encoder(frames, config, report)
    _judge_space(config, recordings, report)
    _judge_power(config, report)
    log.info("check: %s", " | ".join(report.lines()))
    return report


def _open(config: Config, camera_spec, microphone_spec, report: CheckReport):
    camera = microphone = None
    try:
        camera = open_camera(camera_spec or config.camera, config.width, config.height, config.fps, exact_size=False)
        if camera.notice:
            report.failures.append(camera.notice)
    except SourceError as error:
        report.failures.append(str(error))
    try:
        microphone = open_microphone(microphone_spec or config.microphone)
        if microphone.notice:
            report.failures.append(microphone.notice)
    except SourceError as error:
        report.failures.append(str(error))
    return camera, microphone


class _Level:
    """The microphone's level over the take, from every block it delivered."""

    def __init__(self) -> None:
        self.samples = 0
        self.squares = 0.0
        self.peak = 0.0
        self.clipped = 0

    def __call__(self, block) -> None:
        samples = np.abs(block.samples)
        self.samples += samples.size
        self.squares += float(np.square(samples, dtype=np.float64).sum())
        self.peak = max(self.peak, float(samples.max(initial=0.0)))
        self.clipped += int(np.count_nonzero(samples >= CLIPPED_SAMPLE))


class _Frames:
    """Keeps SAMPLE_FRAMES consecutive pictures from after the first second: the real picture for the encoder test."""

    def __init__(self, skip_until: float) -> None:
        self.skip_until = skip_until
        self.images: list[np.ndarray] = []

    def __call__(self, frame) -> None:
        if frame.timestamp >= self.skip_until and len(self.images) < SAMPLE_FRAMES:
            self.images.append(frame.image)


def _record(camera, microphone, seconds: float, report: CheckReport, cancel: threading.Event):
    level, frames = _Level(), _Frames(time.monotonic() + min(1.0, seconds / 3))
    with tempfile.TemporaryDirectory(prefix="kiosk-check-") as folder:
        take = Take(Path(folder) / "check.mp4", camera, microphone, max_seconds=seconds)
        if microphone is not None:
            microphone.add_sink(level)
        if camera is not None:
            camera.add_sink(frames)
        try:
            take.start()
            while not take.finished.wait(0.1):
                if cancel.is_set():
                    take.request_stop()
            result = take.result
        finally:
            take.join()
            if microphone is not None:
                microphone.remove_sink(level)
            if camera is not None:
                camera.remove_sink(frames)
        size = take.path.stat().st_size if take.path.exists() else 0
    if result.error:
        report.failures.append(_say(QT_TRANSLATE_NOOP("DeviceCheck", "The test recording failed: %1"), result.error))
    report.camera = camera.name if camera else ""
    report.microphone = microphone.name if microphone else ""
    report.width, report.height = result.width, result.height
    report.fps, report.frames, report.dropped_frames = result.measured_fps, result.frames, result.dropped_frames
    report.bytes_per_second = size / result.duration if result.duration > 0 else 0.0
    if camera is not None and result.frames == 0:
        report.failures.append(_say(QT_TRANSLATE_NOOP("DeviceCheck", "%1 gave no picture during the test."),
                                    camera.name))
    elif result.dropped_frames:
        report.warnings.append(_say(QT_TRANSLATE_NOOP("DeviceCheck", "Frames dropped: %1. This laptop did not keep "
                                                                     "up."), result.dropped_frames))
    return frames.images, level


def _judge_microphone(level: _Level, report: CheckReport) -> None:
    if level.samples == 0:
        report.failures.append(_say(QT_TRANSLATE_NOOP("DeviceCheck", "%1 gave no sound during the test."),
                                    report.microphone))
        return
    rms = math.sqrt(level.squares / level.samples)
    report.level_dbfs = 20 * math.log10(rms) if rms > 0 else -math.inf
    report.peak_dbfs = 20 * math.log10(level.peak) if level.peak > 0 else -math.inf
    report.clipped_share = level.clipped / level.samples
    if report.microphone_state == "silent":
        report.failures.append(_say(QT_TRANSLATE_NOOP("DeviceCheck", "%1 is silent: check it is connected, chosen "
                                                                     "and not muted."), report.microphone))
    elif report.microphone_state == "clipping":
        report.warnings.append(_say(QT_TRANSLATE_NOOP("DeviceCheck", "%1 is clipping: turn its input level down."),
                                    report.microphone))


def _judge_power(config: Config, report: CheckReport) -> None:
    """Whether the laptop will stay awake with its screen on through a day left alone, and its battery now."""
    awake = probe_awake()
    report.awake = awake.said()
    if not awake.display:
        report.warnings.append(_say(QT_TRANSLATE_NOOP("DeviceCheck", "The screen may blank, lock or sleep while the "
                                                                     "kiosk is left alone (see above).")))
    reading = read_battery()
    if reading is not None:
        level = battery_level(reading, config.low_battery_percent, config.critical_battery_percent)
        percent = f"{reading.percent:.0f}%"
        report.power = (_say(QT_TRANSLATE_NOOP("DeviceCheck", "Power: plugged in, battery at %1."), percent)
                        if level == MAINS else
                        _say(QT_TRANSLATE_NOOP("DeviceCheck", "Power: on battery at %1: plug the laptop in for the "
                                                              "event."), percent))


def encoder_fps(images: list[np.ndarray], width: int, height: int, preset: str) -> float:
    """Frames a second libx264 encodes on one core, as the take sets it up, on these pictures scaled to the size.

    The pictures are encoded forwards then backwards, so every step between frames is a real one (a loop back to
    the first would be one big cut, and repeating a frame would cost almost nothing).
    """
    width, height = width - width % 2, height - height % 2
    scaled = [cv2.resize(image, (width, height), interpolation=cv2.INTER_AREA)
              if image.shape[1::-1] != (width, height) else image for image in images]
    sequence = scaled + scaled[-2:0:-1]
    context = av.CodecContext.create("libx264", "w")
    context.width, context.height, context.pix_fmt = width, height, "yuv420p"
    context.time_base, context.framerate = Fraction(1, 1000), Fraction(30)
    context.thread_count = 1  # one core's speed; x264 would otherwise spread over every core
    context.options = {"preset": preset, "tune": "zerolatency", "crf": "23"}
    started = time.thread_time()
    for index, image in enumerate(sequence):
        frame = av.VideoFrame.from_ndarray(image, format="bgr24").reformat(format="yuv420p")
        frame.pts = index * 33
        context.encode(frame)
    context.encode(None)
    spent = time.thread_time() - started
    return len(sequence) / spent if spent > 0 else math.inf


def _judge_encoder(images: list[np.ndarray], config: Config, report: CheckReport) -> None:
    needed = max(config.fps, report.fps)
    report.encode_fps_per_core = encoder_fps(images, config.width, config.height, config.preset)
    report.headroom = report.encode_fps_per_core / needed
    delivered = images[0].shape[1::-1]
    sizes = [size for size in SIZES if size[0] <= delivered[0] and size[1] <= delivered[1]] or [delivered]
    for width, height in sizes:
        for preset in CANDIDATE_PRESETS:
            speed = (report.encode_fps_per_core if (width, height, preset) == (config.width, config.height, config.preset)
                     else encoder_fps(images, width, height, preset))
            if speed / needed >= TARGET_HEADROOM:
                report.recommended = (width, height, preset)
                break
        if report.recommended:
            break
    if report.recommended is None:
        report.failures.append(_say(QT_TRANSLATE_NOOP("DeviceCheck", "Even %1x%2 with preset %3 is too slow to "
                                                                     "encode on this laptop: %4 needs %5 frames a "
                                                                     "second."), sizes[-1][0], sizes[-1][1],
                                    CANDIDATE_PRESETS[-1], report.camera, f"{needed:.0f}"))
    elif report.headroom < TARGET_HEADROOM:
        report.warnings.append(_say(QT_TRANSLATE_NOOP("DeviceCheck", "The configured %1x%2 (%3) leaves only %4x "
                                                                     "headroom: use the recommended setting (kiosk "
                                                                     "check --apply)."), config.width, config.height,
                                    config.preset, f"{report.headroom:.1f}"))


def _judge_space(config: Config, recordings: Path, report: CheckReport) -> None:
    folder = Path(recordings)
    probe = folder if folder.is_dir() else folder.resolve().parent
    try:
        free = shutil.disk_usage(probe).free
    except OSError:
        report.failures.append(_say(QT_TRANSLATE_NOOP("DeviceCheck", "The recordings folder %1 cannot be reached."),
                                    folder))
        return
    if folder.exists() and not os.access(folder, os.W_OK):
        report.failures.append(_say(QT_TRANSLATE_NOOP("DeviceCheck", "The recordings folder %1 cannot be written."),
                                    folder))
    if report.bytes_per_second:
        report.space = space_left(free, config.min_free_mb, report.bytes_per_second)
        report.free_hours = report.space.minutes / 60
        if report.space.minutes < 60:
            report.failures.append(_say(QT_TRANSLATE_NOOP("DeviceCheck", "There is room for less than an hour of "
                                                                         "recording in %1."), folder))


def apply_recommendation(config: Config, report: CheckReport) -> Config:
    """The config with the recommended size and preset; raises ValueError when there is none to apply."""
    if report.recommended is None:
        raise ValueError("There is no recommendation to apply.")
    width, height, preset = report.recommended
    return config.with_changes(width=width, height=height, preset=preset)
