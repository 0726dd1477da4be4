"""Export speed against a plain file copy, and the gallery's size and load time, for N clips.

    python benchmarks/export_benchmark.py [--clips 200] [--seconds 60] [--out benchmarks/export_results.json]

One clip is encoded with the kiosk's own MP4 writer (moving bars plus camera-like noise, so its bit rate is
a webcam's, not a test pattern's), then stored N times under new ids and codes, as N kiosk clips. The target:
exporting them takes no longer than copying their files; the gallery page loads in under 1 s from disk.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
import uuid
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kiosk.config import load  # noqa: E402
from kiosk.export import ExportOptions, export_record  # noqa: E402
from kiosk.recording.writer import Mp4Writer  # noqa: E402
from kiosk.store import KEPT, Clip, ClipStore, ClipTags  # noqa: E402
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
        sidecar = replace(clip.sidecar, id=str(uuid.uuid4()), status=KEPT, reviewed=True, duration=seconds,
                          width=width, height=height, sha256=digest)
        store.update(Clip(sidecar, clip.sidecar_path))
    template.unlink()
    thumbnail.unlink()
    return encoding


def plain_copy(sources: list[Path], target: Path, durable: bool) -> float:
    target.mkdir()
    started = time.perf_counter()
    for source in sources:
        copied = target / source.name
        shutil.copy(source, copied)
        for beside in (".json", ".jpg"):
            shutil.copy(source.with_suffix(beside), target / source.with_suffix(beside).name)
        if durable:
            with open(copied, "rb") as file:
                os.fsync(file.fileno())
    return time.perf_counter() - started


def timed_export(root: Path, dest: Path, durable: bool) -> float:
    started = time.perf_counter()
    report = export_record([root], dest, ExportOptions(scope="public", config=load()[0], durable=durable))
    elapsed = time.perf_counter() - started
    assert not report.damaged and report.clips == len(list(root.glob("*/*.mp4"))), report
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clips", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=720)
    parser.add_argument("--fps", type=int, default=30)
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
        results = {}
        for durable in (False, True):
            label = "durable" if durable else "cached"
            copy_seconds = plain_copy(media, work / f"copy-{label}", durable)
            export_seconds = timed_export(root, work / f"export-{label}", durable)
            copy_again = plain_copy(media, work / f"copy2-{label}", durable)
            baseline = min(copy_seconds, copy_again)
            results[label] = {"copy_seconds": round(baseline, 3), "export_seconds": round(export_seconds, 3),
                              "ratio_export_to_copy": round(export_seconds / baseline, 3)}
            for folder in (f"copy-{label}", f"copy2-{label}"):
                shutil.rmtree(work / folder)
        started = time.perf_counter()
        again = timed_export(root, work / "export-durable", True)
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
        del started
        output = {
            "clips": args.clips, "seconds_each": args.seconds, "size": f"{args.width}x{args.height}@{args.fps}",
            "total_megabytes": round(total_bytes / 1e6, 1), "encoding_template_seconds": round(encoding, 1),
            "cores": os.cpu_count(), **results,
            "note": ("cached: no fsync in either contender; durable: both fsync every media file (the export's "
                     "default, so a USB stick pulled out straight after holds whole files). The export also "
                     "checks each file's sha256 in the same pass; both copy the thumbnail the store made "
                     "when each take finished."),
        }
        args.out.write_text(json.dumps(output, indent=2) + "\n")
        print(json.dumps(output, indent=2))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
