"""What playing a take back on the review screen costs: pictures shown and skipped, CPU, time to the first picture.

    python benchmarks/playback_benchmark.py [--seconds 30] [--out benchmarks/playback_results.json]

A take is encoded with the kiosk's own writer (webcam-like noise, see export_benchmark), then played by
kiosk.playback.Playback with a consumer that converts nothing further, as the review screen's thread does
before its queued signal. No GUI: this is the playback's own cost, not the painting's.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.export_benchmark import encode_clip  # noqa: E402
from kiosk.playback import Playback, default_speaker  # noqa: E402


def play(media: Path) -> dict:
    first_picture = threading.Event()
    began = time.perf_counter()
    first_at = []

    def show(_picture) -> None:
        if not first_picture.is_set():
            first_at.append(time.perf_counter() - began)
            first_picture.set()

    cpu = os.times()
    playback = Playback(media, show, lambda problem: None)
    playback.start()
    playback.join()
    after, wall = os.times(), time.perf_counter() - began
    cpu_seconds = after.user + after.system - cpu.user - cpu.system
    return {"wall_seconds": round(wall, 3), "first_picture_seconds": round(first_at[0], 3),
            "pictures_shown": playback.pictures_shown, "pictures_skipped": playback.pictures_skipped,
            "cpu_seconds_per_second": round(cpu_seconds / wall, 3),
            "sound": playback.sound_problem or f"played on {default_speaker()}"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "playback_results.json")
    args = parser.parse_args()
    results = {"seconds": args.seconds, "cores": os.cpu_count()}
    with tempfile.TemporaryDirectory() as folder:
        for width, height in ((1280, 720), (640, 360)):
            media = Path(folder) / f"take-{width}.mp4"
            encode_clip(media, args.seconds, width, height, 30)
            results[f"{width}x{height}@30"] = play(media)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
