"""Records the same length several ways and prints, as JSON, what each costs and how well its sound keeps to its picture.

(a) `synthetic`:  the demo camera and microphone through a Take. Its flat test pattern is cheap to encode.
(b) `clapper`:    a clapper pair (VFR flashes + beeps) through file sources and a Take.
(c) `baseline`:   the usual way: cv2.VideoWriter (mp4v, a fixed 30 fps) fed by the same file camera,
                  the sound written apart to a WAV with soundfile.
(d) `webcam720`, `webcam1080`: webcam-like pictures through a Take: a moving shape with sensor noise of sigma
                  10, as a webcam gives in a dim hall, stored as MJPG and decoded by OpenCV while recording, as a
                  webcam's MJPG stream is. What a real event costs, unlike (a).
(e) `kiosk720`:   the whole kiosk (build_kiosk, offscreen, its window at 1366x768 with the mirrored preview)
                  recording the 720p webcam-like pictures: the CPU of everything the laptop runs during a take.
Every take uses the kiosk's default x264 preset; `NAME-veryfast` is the same scenario with the preset used before.
Each runs in a process of its own, one after the other, so CPU time and peak memory are its alone. CPU is given per
recorded second, so 0.5 is half of one core; peak memory of (d) and (e) includes the file camera's decoding.

    python benchmarks/record_benchmark.py --seconds 60 > benchmarks/results.json
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

import av
import cv2
import numpy as np
import psutil
import soundfile as sf

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from kiosk.capture import open_sources  # noqa: E402
from kiosk.config import Config  # noqa: E402
from kiosk.diagnostics import make_clapper, measure_av_offsets  # noqa: E402
from kiosk.recording.take import Take  # noqa: E402

WIDTH, HEIGHT, FPS = 1280, 720, 30.0
SCENARIOS = ("synthetic", "clapper", "baseline", "webcam720", "webcam720-veryfast", "webcam1080", "kiosk720",
             "kiosk720-veryfast")
WEBCAM_SIZES = {"webcam720": (1280, 720), "webcam1080": (1920, 1080), "kiosk720": (1280, 720)}
PRESET = Config().preset  # the kiosk's default; a scenario named NAME-PRESET uses that preset instead
CLAPPER_SPARE_SECONDS = 3.0  # the clapper file outlasts the recording, so Stop, not its end, ends it
KIOSK_SPARE_SECONDS = 30.0  # the kiosk's camera plays from its start: attract, consent, countdown come first
SENSOR_NOISE_SIGMA = 10.0  # a webcam in a dim hall: 6 to 12 grey levels


class Meter:
    """CPU seconds and peak resident memory of this process while in use; memory sampled every 50 ms."""

    def __enter__(self) -> "Meter":
        self._process = psutil.Process()
        self._cpu_at_start = self._cpu()
        self.peak_rss = self._process.memory_info().rss
        self._done = threading.Event()
        self._sampler = threading.Thread(target=self._sample, name="benchmark:memory", daemon=True)
        self._sampler.start()
        return self

    def __exit__(self, *_) -> None:
        self._done.set()
        self._sampler.join()
        self.cpu_seconds = self._cpu() - self._cpu_at_start

    def _cpu(self) -> float:
        times = self._process.cpu_times()
        return times.user + times.system

    def _sample(self) -> None:
        while not self._done.wait(0.05):
            self.peak_rss = max(self.peak_rss, self._process.memory_info().rss)


def seconds_until_playable(path: Path, since: float, timeout: float = 30.0) -> float:
    """From `since` until PyAV opens `path` and finds a video stream in it."""
    while True:
        try:
            with av.open(str(path)) as container:
                if container.streams.video:
                    return time.monotonic() - since
        except (av.error.FFmpegError, OSError):
            if time.monotonic() - since > timeout:
                raise
        time.sleep(0.01)  # polling for the finished file, with a deadline


def decoded_video(path: Path) -> tuple[int, float]:
    """Frames in the file and the seconds its video lasts when played."""
    with av.open(str(path)) as container:
        times = [float(frame.pts * frame.time_base) for frame in container.decode(video=0)]
    step = (times[-1] - times[0]) / (len(times) - 1) if len(times) > 1 else 0.0
    return len(times), times[-1] - times[0] + step if times else 0.0


def offsets_summary(offsets: list[float] | None, events: int | None) -> dict:
    if offsets is None:
        return {"av_offsets_ms": None}
    in_ms = [round(offset * 1000, 2) for offset in offsets]
    return {
        "clapper_events": events,
        "events_measured": len(in_ms),
        "av_offsets_ms": in_ms,
        "av_offset_max_abs_ms": max(map(abs, in_ms)) if in_ms else None,
        "av_offset_mean_ms": round(sum(in_ms) / len(in_ms), 2) if in_ms else None,
    }


def make_webcam_like(path: Path, seconds: float, width: int, height: int, fps: float = FPS,
                     sigma: float = SENSOR_NOISE_SIGMA) -> Path:
    """An MJPG file of webcam-like pictures: a lit background, a moving head-sized shape, fresh sensor noise each frame.

    The noise is drawn from a bank of fields shifted by a random offset each frame, so making the file is quick;
    every frame's noise differs from its neighbours', which is what makes a webcam's picture costly to encode.
    """
    rng = np.random.default_rng(7)
    y, x = np.mgrid[0:height, 0:width]
    background = np.stack([90 + 60 * x / width, 80 + 50 * y / height, 70 + 40 * (x + y) / (width + height)], -1)
    background = background.astype(np.int16)
    bank = [rng.normal(0, sigma, (height, width, 3)).astype(np.int16) for _ in range(6)]
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, (width, height))
    writer.set(cv2.VIDEOWRITER_PROP_QUALITY, 85)
    for index in range(int(seconds * fps)):
        t = index / fps
        picture = background.copy()
        centre = (int(width * (0.5 + 0.25 * np.sin(t * 0.9))), int(height * (0.5 + 0.08 * np.sin(t * 2.3))))
        axes = (width // 9, height // 4)
        cv2.ellipse(picture, centre, axes, 0, 0, 360, (150, 170, 200), -1)  # a face, moving as people do
        cv2.rectangle(picture, (centre[0] - axes[0] * 2, centre[1] + axes[1]), (centre[0] + axes[0] * 2, height),
                      (60, 40, 120), -1)  # shoulders
        noise = np.roll(bank[index % len(bank)], (int(rng.integers(height)), int(rng.integers(width))), (0, 1))
        writer.write(np.clip(picture + noise, 0, 255).astype(np.uint8))
    writer.release()
    return path


def record_take(camera_spec: str, microphone_spec: str, path: Path, seconds: float, preset: str = PRESET) -> dict:
    camera, microphone = open_sources(camera_spec, microphone_spec, WIDTH, HEIGHT, FPS)
    take = Take(path, camera, microphone, preset=preset)
    try:
        with Meter() as meter:
            take.start()
            microphone.start()
            camera.start()
            take.finished.wait(seconds)  # returns early only if the take ends by itself
            stop_requested = time.monotonic()
            take.stop()
            playable = seconds_until_playable(path, stop_requested)
    finally:
        camera.stop()
        microphone.stop()
    result = take.result
    frames, played = decoded_video(path)
    return {
        "ended_by": result.ended_by,
        "preset": preset,
        "recorded_seconds": round(result.duration, 3),
        "file_video_seconds": round(played, 3),
        "frames": frames,
        "achieved_fps": round(result.measured_fps, 2),
        "dropped_frames": result.dropped_frames,
        "silence_inserted_seconds": round(result.silence_inserted_seconds, 3),
        "cpu_seconds_per_recorded_second": round(meter.cpu_seconds / result.duration, 3),
        "peak_rss_mb": round(meter.peak_rss / 2**20, 1),
        "stop_to_playable_seconds": round(playable, 3),
        "file_mb": round(path.stat().st_size / 2**20, 2),
    }


def record_baseline(video: Path, audio: Path, folder: Path, seconds: float) -> dict:
    """What a first recorder usually does: write each frame as it comes to a fixed-rate writer, the sound apart."""
    camera, microphone = open_sources(f"file:{video}", f"file:{audio}", WIDTH, HEIGHT, FPS)
    video_out, audio_out = folder / "baseline.mp4", folder / "baseline.wav"
    writer = cv2.VideoWriter(str(video_out), cv2.VideoWriter_fourcc(*"mp4v"), FPS, (camera.width, camera.height))
    sound = sf.SoundFile(str(audio_out), "w", samplerate=microphone.rate, channels=microphone.channels)
    stamps: list[float] = []

    def write_frame(frame) -> None:
        writer.write(frame.image)
        stamps.append(frame.timestamp)

    camera.add_sink(write_frame)
    microphone.add_sink(lambda block: sound.write(block.samples))
    lost = threading.Event()
    camera.add_lost_listener(lambda reason: lost.set())
    with Meter() as meter:
        microphone.start()
        camera.start()
        lost.wait(seconds)
        stop_requested = time.monotonic()
        camera.stop()
        microphone.stop()
        writer.release()
        sound.close()
        playable = seconds_until_playable(video_out, stop_requested)
    recorded = stamps[-1] - stamps[0] + 1 / FPS
    frames, played = decoded_video(video_out)
    return {
        "ended_by": "stopped" if not lost.is_set() else camera.lost_reason,
        "recorded_seconds": round(recorded, 3),
        "file_video_seconds": round(played, 3),
        "frames": frames,
        "achieved_fps": round((len(stamps) - 1) / (stamps[-1] - stamps[0]), 2),
        "dropped_frames": len(stamps) - frames,
        "cpu_seconds_per_recorded_second": round(meter.cpu_seconds / recorded, 3),
        "peak_rss_mb": round(meter.peak_rss / 2**20, 1),
        "stop_to_playable_seconds": round(playable, 3),
        "file_mb": round((video_out.stat().st_size + audio_out.stat().st_size) / 2**20, 2),
    }


def record_whole_kiosk(camera_spec: str, recordings: Path, seconds: float, preset: str) -> dict:
    """The real kiosk, offscreen in a 1366x768 window, driven to a take of `seconds`; the process's CPU meanwhile."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from docs.screenshots.take_screenshots import pump, wait_until
    from kiosk import config as configuration
    from kiosk.ui.app import build_kiosk
    from kiosk.ui.flow import Screen

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    config, _ = configuration.load(None)
    config = replace(config, width=WIDTH, height=HEIGHT, fps=FPS, max_seconds=seconds + 30, countdown_seconds=3,
                     idle_seconds=600, min_free_mb=0, preset=preset)
    kiosk = build_kiosk(config, recordings, camera_spec, "synthetic", windowed=True)
    c = kiosk.controller
    try:
        kiosk.window.resize(1366, 768)
        kiosk.window.show()
        wait_until(lambda: c.recovery_reports is not None, 60_000, step_ms=10)
        c.attract.start.click()
        c.consent.scope_buttons.buttons()[0].click()
        c.consent.agree.click()
        c.cards.card_buttons[1].click()
        c.prompt.ready.click()
        wait_until(lambda: c.current == Screen.RECORDING, 20_000, step_ms=10)
        pump(1000)  # the take settles in
        with Meter() as meter:
            started = time.monotonic()
            pump(int(seconds * 1000))
            wall = time.monotonic() - started
        recording = c.visit.recording
        c.recording.stop.click()
        wait_until(lambda: recording.finished.is_set(), 30_000, step_ms=10)
        result = recording.result
    finally:
        kiosk.close()
    return {
        "ended_by": result.ended_by,
        "preset": config.preset,
        "recorded_seconds": round(result.duration, 3),
        "size": f"{result.width}x{result.height}",
        "achieved_fps": round(result.measured_fps, 2),
        "dropped_frames": result.dropped_frames,
        "whole_kiosk_cores": round(meter.cpu_seconds / wall, 3),
        "cpu_seconds_per_recorded_second": round(meter.cpu_seconds / wall, 3),
        "peak_rss_mb": round(meter.peak_rss / 2**20, 1),
    }


def run_scenario(name: str, seconds: float, clapper: Path) -> dict:
    video, audio = clapper / "clapper.mp4", clapper / "clapper.wav"
    events = json.loads((clapper / "events.json").read_text())
    kind, _, preset = name.partition("-")
    preset = preset or PRESET
    with tempfile.TemporaryDirectory(prefix=f"bench-{name}-") as folder:
        folder = Path(folder)
        if kind in WEBCAM_SIZES:
            width, height = WEBCAM_SIZES[kind]
            webcam = clapper / f"webcam{height}.avi"
            if kind.startswith("kiosk"):
                figures = record_whole_kiosk(f"file:{webcam}", folder / "recordings", seconds, preset)
            else:
                figures = record_take(f"file:{webcam}", "synthetic", folder / "take.mp4", seconds, preset)
            return {"scenario": name, "noise_sigma": SENSOR_NOISE_SIGMA, **figures}
        if name == "synthetic":
            figures = record_take("synthetic", "synthetic", folder / "take.mp4", seconds)
            return {"scenario": name, **figures, **offsets_summary(None, None)}
        if name == "clapper":
            figures = record_take(f"file:{video}", f"file:{audio}", folder / "take.mp4", seconds)
            offsets = measure_av_offsets(folder / "take.mp4")
        else:
            figures = record_baseline(video, audio, folder, seconds)
            offsets = measure_av_offsets(folder / "baseline.mp4", folder / "baseline.wav")
    recorded_events = sum(1 for event in events if event < figures["recorded_seconds"] - 0.2)
    return {"scenario": name, **figures, **offsets_summary(offsets, recorded_events)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="how long each recording lasts")
    parser.add_argument("--constant-rate", action="store_true", help="a clapper at a steady 30 fps, not 30/24 fps")
    parser.add_argument("--only", nargs="+", choices=SCENARIOS, help="run these scenarios only")
    parser.add_argument("--scenario", choices=SCENARIOS, help=argparse.SUPPRESS)  # one, in this process
    parser.add_argument("--clapper", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.scenario:
        print(json.dumps(run_scenario(args.scenario, args.seconds, args.clapper)))
        return
    with tempfile.TemporaryDirectory(prefix="bench-clapper-") as clapper:
        clapper = Path(clapper)
        events = make_clapper(clapper / "clapper.mp4", clapper / "clapper.wav", args.seconds + CLAPPER_SPARE_SECONDS,
                              WIDTH, HEIGHT, FPS, events_every=1.0, variable_rate=not args.constant_rate)
        (clapper / "events.json").write_text(json.dumps(events))
        kinds = {name.partition("-")[0] for name in args.only or SCENARIOS}
        for width, height in sorted({WEBCAM_SIZES[kind] for kind in kinds if kind in WEBCAM_SIZES}):
            spare = KIOSK_SPARE_SECONDS if height == 720 else CLAPPER_SPARE_SECONDS  # only the kiosk starts early
            make_webcam_like(clapper / f"webcam{height}.avi", args.seconds + spare, width, height)
        load_before = os.getloadavg()
        results = []
        for name in args.only or SCENARIOS:
            command = [sys.executable, __file__, "--scenario", name, "--seconds", str(args.seconds),
                       "--clapper", str(clapper)]
            child = subprocess.run(command, capture_output=True, text=True, check=True)
            results.append(json.loads(child.stdout.splitlines()[-1]))
    report = {
        "seconds": args.seconds,
        "size": f"{WIDTH}x{HEIGHT}@{FPS:g}",
        "clapper_frame_rate": "30 fps" if args.constant_rate else "alternating 30/24 fps each second",
        "machine": {"cpus": psutil.cpu_count(), "python": platform.python_version(), "pyav": av.__version__,
                    "opencv": cv2.__version__,
                    # Other work on the machine meanwhile (1-minute load averages before and after the run).
                    "load_average": [round(load_before[0], 2), round(os.getloadavg()[0], 2)]},
        "results": results,
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
