"""What we heard, timed: the report (report.html, report.docx, record.qdpx) and the highlight reel of a record of
N clips holding Q quotes.

    python benchmarks/report_benchmark.py [--clips 200] [--quotes 60] [--seconds 60] [--out benchmarks/report_results.json]

The clips are the export benchmark's (one encoded clip stored N times under new ids: moving bars and camera-like
noise at 720p30, so their bit rate is a webcam's); each gets a transcript of one cue every 3 s, and Q of them a quote of
6 s under one of the shipped config's themes (made through ClipStore.annotate, as `kiosk quote` does) and a tag. The
record is exported once with neither, then its report files are written from it as a publish does, each timed, and
the reel made from it at the config's size.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from export_benchmark import make_recordings  # noqa: E402

from kiosk.config import load  # noqa: E402
from kiosk.export import ExportOptions, export_record  # noqa: E402
from kiosk.export.publish import clips_in_record  # noqa: E402
from kiosk.report.annotate import add_quote, tag  # noqa: E402
from kiosk.report.document import write_report_document  # noqa: E402
from kiosk.report.gather import heard_in_record  # noqa: E402
from kiosk.report.page import write_report_page  # noqa: E402
from kiosk.report.qdpx import write_project  # noqa: E402
from kiosk.report.reel import make_reel  # noqa: E402
from kiosk.store import ClipStore  # noqa: E402
from kiosk.store.exported import read_marker, write_marker  # noqa: E402
from kiosk.transcripts import save_edited  # noqa: E402
from kiosk.transcripts.vtt import Cue  # noqa: E402

SENTENCES = ("The bus into town stops at six", "so I walk home in the dark", "nobody asked us before today",
             "the staff at the desk were kind", "we could run the café together", "I will tell my neighbours")


def annotate(root: Path, quotes: int, seconds: float) -> None:
    config = load()[0]
    store = ClipStore(root)
    clips = store.list().clips
    step = max(1, len(clips) // max(1, quotes))
    for number, clip in enumerate(clips):
        cues = tuple(Cue(t, t + 3.0, SENTENCES[(number + int(t // 3)) % len(SENTENCES)])
                     for t in range(0, int(seconds) - 2, 3))
        save_edited(store, clip, cues)
    clips = store.list().clips
    for number in range(quotes):
        clip = clips[(number * step) % len(clips)]
        theme = config.themes[number % len(config.themes)].id
        start = 3.0 * (number % 5)
        clip, _ = add_quote(store, clip, config, start, start + 6.0, (theme,))
        tag(store, clip, config, theme)


def timed(work) -> float:
    started = time.perf_counter()
    work()
    return round(time.perf_counter() - started, 3)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clips", type=int, default=200)
    parser.add_argument("--quotes", type=int, default=60)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--work", type=Path, default=None, help="scratch folder (default: a temporary one)")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "report_results.json")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.work, prefix="report-benchmark-") as scratch:
        root, dest = Path(scratch) / "recordings", Path(scratch) / "record"
        make_recordings(root, args.clips, args.seconds, 1280, 720, 30)
        annotate(root, args.quotes, args.seconds)
        config = load()[0]
        export_seconds = timed(lambda: export_record([root], dest, ExportOptions(config=config, durable=False)))
        marker = read_marker(dest)
        marker.report_wanted = True
        write_marker(dest, marker)
        cpu = os.times()
        read_seconds = 0.0
        started = time.perf_counter()
        heard = heard_in_record(marker, clips_in_record(dest, marker))
        read_seconds = round(time.perf_counter() - started, 3)
        page = timed(lambda: write_report_page(dest, heard))
        document = timed(lambda: write_report_document(dest, heard))
        project = timed(lambda: write_project(dest, heard))
        after = os.times()
        report_cpu = round(after.user + after.system - cpu.user - cpu.system, 2)
        started, cpu = time.perf_counter(), os.times()
        reel_length = make_reel(heard, dest, dest / "reel.mp4", (config.width, config.height))
        reel_seconds = round(time.perf_counter() - started, 2)
        after = os.times()
        results = {
            "clips": args.clips, "quotes": heard.quote_count(), "clip_seconds": args.seconds,
            "export_without_report_seconds": export_seconds, "read_record_seconds": read_seconds,
            "report_html_seconds": page, "report_docx_seconds": document, "record_qdpx_seconds": project,
            "report_cpu_seconds": report_cpu,
            "report_html_bytes": (dest / "report.html").stat().st_size,
            "report_docx_bytes": (dest / "report.docx").stat().st_size,
            "record_qdpx_bytes": (dest / "record.qdpx").stat().st_size,
            "reel_seconds_to_make": reel_seconds, "reel_length_seconds": round(reel_length, 2),
            "reel_cpu_seconds": round(after.user + after.system - cpu.user - cpu.system, 2),
            "reel_bytes": (dest / "reel.mp4").stat().st_size,
            "load_average": os.getloadavg(), "date": time.strftime("%Y-%m-%d"),
        }
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
