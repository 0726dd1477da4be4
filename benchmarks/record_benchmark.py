"""Records the same length three ways and prints, as JSON, what each costs and how well its sound keeps to its picture.

(a) `synthetic`: the demo camera and microphone through a Take.
(b) `clapper`:   a clapper pair (VFR flashes + beeps) through file sources and a Take.
(c) `baseline`:  the usual way: cv2.VideoWriter (mp4v, a fixed 30 fps) fed by the same file camera,
                 the sound written apart to a WAV with soundfile.
Each runs in a process of its own, one after the other, so CPU time and peak memory are its alone.

    python benchmarks/record_benchmark.py --seconds 60 > benchmarks/results.json
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import av
import cv2
import psutil
import soundfile as sf

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from kiosk.capture import open_sources  # noqa: E402
from kiosk.diagnostics import make_clapper, measure_av_offsets  # noqa: E402
from kiosk.recording.take import Take  # noqa: E402

WIDTH, HEIGHT, FPS = 1280, 720, 30.0
SCENARIOS = ("synthetic", "clapper", "baseline")
CLAPPER_SPARE_SECONDS = 3.0  # the clapper file outlasts the recording, so Stop, not its end, ends it


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


def record_take(camera_spec: str, microphone_spec: str, path: Path, seconds: float) -> dict:
    camera, microphone = open_sources(camera_spec, microphone_spec, WIDTH, HEIGHT, FPS)
    take = Take(path, camera, microphone)
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


def run_scenario(name: str, seconds: float, clapper: Path) -> dict:
    video, audio = clapper / "clapper.mp4", clapper / "clapper.wav"
    events = json.loads((clapper / "events.json").read_text())
    with tempfile.TemporaryDirectory(prefix=f"bench-{name}-") as folder:
        folder = Path(folder)
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
        results = []
        for name in SCENARIOS:
            command = [sys.executable, __file__, "--scenario", name, "--seconds", str(args.seconds),
                       "--clapper", str(clapper)]
            child = subprocess.run(command, capture_output=True, text=True, check=True)
            results.append(json.loads(child.stdout.splitlines()[-1]))
    report = {
        "seconds": args.seconds,
        "size": f"{WIDTH}x{HEIGHT}@{FPS:g}",
        "clapper_frame_rate": "30 fps" if args.constant_rate else "alternating 30/24 fps each second",
        "machine": {"cpus": psutil.cpu_count(), "python": platform.python_version(), "pyav": av.__version__,
                    "opencv": cv2.__version__},
        "results": results,
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
