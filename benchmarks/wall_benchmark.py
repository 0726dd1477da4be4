"""What the live wall costs beside a kiosk recording on the same laptop: the take's dropped frames, alone and with the
wall playing 720p clips, and the wall's own CPU.

    python benchmarks/wall_benchmark.py [--seconds 60] [--out benchmarks/wall_results.json]

The wall runs as `kiosk wall` does, in a process of its own, full screen at 1920x1080 on an Xvfb server (the
laptop's HDMI output; the offscreen platform when there is no Xvfb), looping three approved 1280x720 30 fps clips
with captions, sound off (the shipped setting). The take is record_benchmark's `webcam720`: webcam-like 720p
pictures (sensor noise) through a Take with the kiosk's preset, first alone, then while the wall plays. CPU is given
per second of the run, so 0.5 is half of one core.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.export_benchmark import encode_clip  # noqa: E402
from benchmarks.record_benchmark import make_webcam_like, record_take  # noqa: E402
from kiosk.store import ClipStore, ClipTags  # noqa: E402
from kiosk.store.clips import KEPT, KEPT_AT_REVIEW  # noqa: E402
from kiosk.store.media import sha256  # noqa: E402
from kiosk.transcripts import Cue  # noqa: E402
from kiosk.transcripts.vtt import to_vtt  # noqa: E402

CLIPS, CLIP_SECONDS = 3, 20.0
WALL_SIZE = (1920, 1080)
WARM_UP_SECONDS = 10.0  # the wall's first card, then its first clip, before the take starts
PLAYED = re.compile(r"the wall showed clip \S+: (\d+) pictures in ([0-9.]+) s")  # its log line at each clip's end


def make_wall_clips(root: Path) -> None:
    """Three kept, approved 720p clips with one caption each, as the kiosk and `kiosk approve` leave them."""
    store = ClipStore(root)
    for number in range(CLIPS):
        clip = store.begin(ClipTags("Benchmark", "frontline", "What are you learning?", "public", "en"))
        encode_clip(clip.media_path, CLIP_SECONDS, 1280, 720, 30)
        clip.transcript_path.write_text(to_vtt([Cue(0.0, CLIP_SECONDS, f"Clip {number + 1}: words on the wall")]),
                                        encoding="utf-8")
        clip = store.update(clip, status=KEPT, duration=CLIP_SECONDS, width=1280, height=720,
                            sha256=sha256(clip.media_path))
        clip = store.keep(clip, reviewed=True, visit_ended=KEPT_AT_REVIEW)
        store.annotate(clip, wall=True, reviewed=True)


def start_display() -> tuple[subprocess.Popen | None, dict]:
    """An Xvfb server at the wall's size, or none (then Qt's offscreen platform) when Xvfb is not installed."""
    if shutil.which("Xvfb") is None:
        return None, {"QT_QPA_PLATFORM": "offscreen"}
    number = next(n for n in range(90, 100) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", f"{WALL_SIZE[0]}x{WALL_SIZE[1]}x24",
                               "-nolisten", "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while not Path(f"/tmp/.X11-unix/X{number}").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    return server, {"DISPLAY": f":{number}", "QT_QPA_PLATFORM": "xcb"}


def cpu_seconds(process: psutil.Process) -> float:
    times = process.cpu_times()
    return times.user + times.system


def take(video: Path, folder: Path, seconds: float) -> dict:
    result = record_take(f"file:{video}", "synthetic", folder / f"take-{time.monotonic_ns()}.mp4", seconds)
    return {key: result[key] for key in ("recorded_seconds", "frames", "achieved_fps", "dropped_frames",
                                         "cpu_seconds_per_recorded_second")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="how long each take lasts")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "wall_results.json")
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="bench-wall-") as folder:
        folder = Path(folder)
        recordings = folder / "recordings"
        recordings.mkdir()
        make_wall_clips(recordings)
        video = make_webcam_like(folder / "webcam720.avi", args.seconds + 5, 1280, 720)
        alone = take(video, folder, args.seconds)
        server, display = start_display()
        wall = subprocess.Popen([sys.executable, "-m", "kiosk", "wall", "--recordings", str(recordings)], cwd=REPO,
                                env={**os.environ, **display}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            watched = psutil.Process(wall.pid)
            time.sleep(WARM_UP_SECONDS)  # the wall's start and first card: not what is measured
            began, wall_cpu = time.monotonic(), cpu_seconds(watched)
            beside = take(video, folder, args.seconds)
            wall_seconds = time.monotonic() - began
            wall_cpu = cpu_seconds(watched) - wall_cpu
            rss = watched.memory_info().rss
            log = (recordings / "logs" / "kiosk.log").read_text(encoding="utf-8")
        finally:
            wall.send_signal(signal.SIGTERM)
            _, errors = wall.communicate(timeout=60)
            if server is not None:
                server.terminate()
                server.wait(10)
    played = [(int(shown), float(seconds)) for shown, seconds in PLAYED.findall(log)]
    report = {
        "seconds": args.seconds,
        "cores": psutil.cpu_count(),
        "wall": {"screen": f"{WALL_SIZE[0]}x{WALL_SIZE[1]}", "platform": display["QT_QPA_PLATFORM"],
                 "clips": f"{CLIPS} x {CLIP_SECONDS:g} s at 1280x720@30, sound off",
                 "cpu_seconds_per_second": round(wall_cpu / wall_seconds, 3), "rss_mb": round(rss / 2**20, 1),
                 # Pictures a second the wall showed of its 30 fps clips (from its log, every clip it played).
                 "pictures_per_second": round(sum(n for n, _ in played) / max(1e-9, sum(s for _, s in played)), 1),
                 "clips_played": len(played),
                 "exit_code": wall.returncode, "errors": errors.decode(errors="replace").strip()[-500:]},
        "take_alone": alone,
        "take_beside_the_wall": beside,
        # Other work on the machine meanwhile (1-minute load averages before and after the run).
        "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)],
    }
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
