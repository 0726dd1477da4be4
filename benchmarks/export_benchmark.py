"""Export speed against a plain file copy, and the gallery's size and load time, for N clips.

    python benchmarks/export_benchmark.py [--clips 200] [--seconds 60] [--out benchmarks/export_results.json]

One clip is encoded with the kiosk's own MP4 writer (moving bars plus camera-like noise, so its bit rate is
a webcam's, not a test pattern's), then stored N times under new ids and codes, as N kiosk clips. The target:
exporting them takes no longer than copying their files; the gallery page loads in under 1 s from disk.

The copy and the export take turns for --rounds rounds, in alternating order, each starting after a sync with
no dirty pages left by the other and its output removed after it: otherwise whichever runs second pays for
writing back the first one's gigabytes, which on this machine changed a time by a factor of two. cpu_seconds
(this process's user + system time) shows what each costs apart from waiting for the disk.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kiosk.config import load  # noqa: E402
from kiosk.export import ExportOptions, export_record  # noqa: E402
from kiosk.recording.writer import Mp4Writer  # noqa: E402
from kiosk.store import KEPT, ClipStore, ClipTags  # noqa: E402
from kiosk.store.media import make_thumbnail, sha256  # noqa: E402


def encode_clip(path: Path, seconds: float, width: int, height: int, fps: int) -> None:
    writer = Mp4Writer(path, (width, height), 48000)
    rng = np.random.default_rng(1)
    base = np.zeros((height, width, 3), np.uint8)
    base[:, : width // 2] = (40, 90, 160)
    for index in range(int(seconds * fps)):
        image = base.copy()
        x = index * 8 % width
        image[:, x : x + width // 20] = 230
        image += rng.integers(0, 6, (height, width, 3), dtype=np.uint8)  # sensor noise sets the bit rate
        writer.write_video(image, index * 1000 // fps, keyframe=index % fps == 0)
        samples = (0.2 * np.sin(2 * np.pi * 440 * (np.arange(1600) + index * 1600) / 48000)).astype(np.float32)
        writer.write_audio(samples.reshape(-1, 1))
    writer.close()


def make_recordings(root: Path, clips: int, seconds: float, width: int, height: int, fps: int) -> float:
    """N kept clips sharing one encoded file's bytes; returns the seconds spent encoding it."""
    started = time.perf_counter()
    root.mkdir(parents=True, exist_ok=True)
    template = root / "template.mp4"
    encode_clip(template, seconds, width, height, fps)
    encoding = time.perf_counter() - started
    digest = sha256(template)
    thumbnail = root / "template.jpg"
    make_thumbnail(template, thumbnail)  # the store makes one when each take finishes
    store = ClipStore(root)
    cards = [card.id for card in load()[0].cards]
    moment = datetime.now().astimezone().replace(hour=9, minute=0, second=0, microsecond=0)
    for number in range(clips):
        clip = store.begin(ClipTags("Benchmark", cards[number % len(cards)], "What are you learning today?",
                                    "public"), now=moment + timedelta(seconds=number * 90))
        shutil.copyfile(template, clip.media_path)
        shutil.copyfile(thumbnail, clip.thumbnail_path)
        store.update(clip, id=str(uuid.uuid4()), status=KEPT, reviewed=True, duration=seconds, width=width,
                     height=height, sha256=digest)
    template.unlink()
    thumbnail.unlink()
    return encoding


def plain_copy(sources: list[Path], target: Path, durable: bool) -> None:
    target.mkdir()
    for source in sources:
        copied = target / source.name
        shutil.copy(source, copied)
        for beside in (".json", ".jpg"):
            shutil.copy(source.with_suffix(beside), target / source.with_suffix(beside).name)
        if durable:
            with open(copied, "rb") as file:
                os.fsync(file.fileno())


def export(root: Path, dest: Path, durable: bool) -> None:
    report = export_record([root], dest, ExportOptions(scope="public", config=load()[0], durable=durable))
    assert not report.damaged and report.clips == len(list(root.glob("*/*.mp4"))), report


def timed(run, output: Path) -> tuple[float, float]:
    """Wall and CPU seconds (this process's user + system) of `run(output)`, started clean and cleaned up after."""
    os.sync()
    started, cpu = time.perf_counter(), os.times()
    run(output)
    elapsed, after = time.perf_counter() - started, os.times()
    shutil.rmtree(output)
    return elapsed, after.user + after.system - cpu.user - cpu.system


def compare(root: Path, media: list[Path], work: Path, durable: bool, rounds: int) -> dict:
    contenders = {"copy": lambda output: plain_copy(media, output, durable),
                  "export": lambda output: export(root, output, durable)}
    runs = {name: [] for name in contenders}
    for number in range(rounds):
        for name in (contenders if number % 2 == 0 else reversed(contenders)):
            runs[name].append(timed(contenders[name], work / name))
    copy, exported = (statistics.median(wall for wall, _ in runs[name]) for name in ("copy", "export"))
    return {
        "copy_seconds": round(copy, 3), "export_seconds": round(exported, 3),
        "ratio_export_to_copy": round(exported / copy, 3),
        "ratio_each_round": [round(e[0] / c[0], 3) for c, e in zip(runs["copy"], runs["export"])],
        "copy_each_round": [round(wall, 3) for wall, _ in runs["copy"]],
        "export_each_round": [round(wall, 3) for wall, _ in runs["export"]],
        "cpu_seconds": {name: round(statistics.median(cpu for _, cpu in runs[name]), 2) for name in runs},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clips", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=720)
    parser.add_argument("--fps", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=5, help="turns each of copy and export takes")
    parser.add_argument("--work", type=Path, default=None, help="scratch folder (default: a temporary one)")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "export_results.json")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="export-bench-", dir=args.work))
    try:
        root = work / "recordings"
        encoding = make_recordings(root, args.clips, args.seconds, args.width, args.height, args.fps)
        media = sorted(root.glob("*/*.mp4"))
        total_bytes = sum(path.stat().st_size for path in media)
        for path in media:  # both contenders start from a warm page cache
            path.read_bytes()
        # Untimed: the first gigabytes written into this VM's untouched memory cost the kernel 3-4 times as much,
        # whoever writes them.
        timed(lambda output: plain_copy(media, output, False), work / "warm-up")
        results = {label: compare(root, media, work, durable, args.rounds)
                   for label, durable in (("cached", False), ("durable", True))}
        export(root, work / "export-durable", True)
        started = time.perf_counter()
        export(root, work / "export-durable", True)
        again = time.perf_counter() - started
        gallery = work / "export-durable" / "index.html"
        results["re_export_unchanged_seconds"] = round(again, 3)
        results["gallery"] = {"bytes": gallery.stat().st_size}
        try:
            from tests.export.browser import find_chromium, load_times

            if find_chromium():
                results["gallery"].update(load_times(gallery))
            else:
                results["gallery"]["chromium"] = "not installed; load time not measured"
        except AssertionError as error:
            results["gallery"]["chromium"] = f"failed: {error}"
        output = {
            "clips": args.clips, "seconds_each": args.seconds, "size": f"{args.width}x{args.height}@{args.fps}",
            "total_megabytes": round(total_bytes / 1e6, 1), "encoding_template_seconds": round(encoding, 1),
            "cores": os.cpu_count(), "rounds": args.rounds, **results,
            "note": ("cached: no fsync in either contender; durable: both fsync every media file (the export's "
                     "default, so a USB stick pulled out straight after holds whole files). The export also "
                     "checks each file's sha256 in the same pass; both copy the thumbnail the store made "
                     "when each take finished. Times are medians over the rounds, each contender starting "
                     "after a sync; cpu_seconds is this process's user + system time."),
        }
        args.out.write_text(json.dumps(output, indent=2) + "\n")
        print(json.dumps(output, indent=2))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
