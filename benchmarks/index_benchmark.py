"""The clip index against listing every sidecar, with N clips (sidecars, tiny media and thumbnails).

    QT_QPA_PLATFORM=offscreen python benchmarks/index_benchmark.py [--clips 5000] [--days 10] [--out ...]

Measured in one run, old against new: a full listing (the store's listing as it was before the index, and
ClipStore.list() now, which is the index's fresh scan), the index's first load, one refresh with nothing changed
(and one sweep, which stats every sidecar),
the time to notice one new clip (before: a full listing, which is what the panel did; now: one refresh), and the
facilitator panel's time to open on the real kiosk (before: every sidecar listed and every row's thumbnail read at
each opening; now: the rows the index already had). The folder's files are stamped an hour ago once made, as a
folder written earlier in the day is: otherwise they are all inside the index's racy window and read every time.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path

import cv2
import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kiosk.store import KEPT, Clip, ClipStore, Listing, Sidecar  # noqa: E402
from kiosk.store.clips import MAX_JSON_BYTES, MEDIA_NAME  # noqa: E402
from kiosk.store.codes import new_code  # noqa: E402
from kiosk.store.files import NotAFile, check_regular, read_regular  # noqa: E402
from kiosk.store.index import ClipIndex, scan_folder  # noqa: E402
from kiosk.store.measurements import TakeMeasurements  # noqa: E402
from kiosk.store.withdraw import read_withdrawals  # noqa: E402

CARDS = ("community", "frontline", "volunteer", "policy")


def make_recordings(root: Path, clips: int, days: int) -> None:
    """`clips` kept clips over `days` day folders, each a sidecar, 1 KB of media and a 160x90 thumbnail."""
    picture = np.full((90, 160, 3), (40, 90, 160), np.uint8)
    thumbnail = cv2.imencode(".jpg", picture)[1].tobytes()
    start = datetime(2026, 12, 6, 9, 0).astimezone() - timedelta(days=days - 1)
    used: set[str] = set()
    for number in range(clips):
        when = start + timedelta(days=number % days, seconds=(number // days) * 30)
        code = new_code()
        while code in used:
            code = new_code()
        used.add(code)
        card = CARDS[number % len(CARDS)]
        media = f"{when.strftime('%Y%m%dT%H%M%S')}_{card}_{code}.mp4"
        folder = root / when.strftime("%Y-%m-%d")
        folder.mkdir(parents=True, exist_ok=True)
        sidecar = Sidecar(id=str(uuid.uuid4()), withdrawal_code=code, event="Benchmark", perspective=card,
                          prompt="What are you learning today?", consent_scope="public", language="en",
                          started_at=when.isoformat(timespec="seconds"), media=media, status=KEPT, reviewed=True,
                          reviewed_by="attendee", take=TakeMeasurements(duration=42.0, width=1280, height=720),
                          transcript="auto")
        (folder / media).write_bytes(b"\0" * 1024)
        (folder / media).with_suffix(".jpg").write_bytes(thumbnail)
        (folder / media).with_suffix(".json").write_bytes(sidecar.to_json())


def age(root: Path, seconds: float = 3600, only: list[Path] | None = None) -> None:
    """Files stamped `seconds` ago (every file and folder under root, or `only` these)."""
    when = time.time_ns() - int(seconds * 1e9)
    paths = only if only is not None else [Path(folder) / name for folder, names, files in os.walk(root)
                                           for name in names + files] + [root]
    for path in paths:
        os.utime(path, ns=(when, when), follow_symlinks=False)


def added(root: Path, media: Path) -> list[Path]:
    """One new clip's files and its folder: what adding it changed."""
    return [media, media.with_suffix(".json"), media.parent, root]


def list_before_the_index(store: ClipStore) -> Listing:
    """The store's listing as it was before the index (its code until 2026-12-06), kept here as the baseline."""
    listing = Listing()
    entries = read_withdrawals(store.root)
    withdrawn, codes = {(e.clip_id, e.code) for e in entries}, {e.code for e in entries}
    described: set[Path] = set()
    for path in store.files("*.json", listing.problems):
        try:
            sidecar = Sidecar.from_json(read_regular(path, MAX_JSON_BYTES))
        except (ValueError, OSError) as error:
            listing.problems.append(f"{path}: {error}")
            continue
        clip = Clip(sidecar, path)
        described.add(clip.media_path)
        if (sidecar.id, sidecar.withdrawal_code) in withdrawn:
            listing.withdrawn.append(clip)
            continue
        try:
            check_regular(clip.media_path)
        except (NotAFile, OSError) as error:
            listing.problems.append(f"{path}: {error}")
            continue
        listing.clips.append(clip)
    for media in store.files("*.mp4"):
        named = MEDIA_NAME.fullmatch(media.name)
        if media not in described and not (named and named["code"] in codes):
            listing.problems.append(f"{media} has no sidecar")
    listing.clips.sort(key=lambda clip: (datetime.fromisoformat(clip.sidecar.started_at), clip.sidecar.media))
    return listing


def timed(run, rounds: int) -> tuple[float, object]:
    """The median seconds of `rounds` runs, and the last run's result."""
    times, result = [], None
    for _ in range(rounds):
        started = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def add_one_clip(root: Path, number: int) -> Path:
    """One more kept clip, written as the kiosk writes it (the sidecar last, by an atomic rename)."""
    folder = sorted(day for day in root.iterdir() if day.is_dir())[-1]
    code = new_code()
    when = datetime(2026, 12, 6, 18, 0).astimezone() + timedelta(seconds=number)
    media = f"{when.strftime('%Y%m%dT%H%M%S')}_community_{code}.mp4"
    (folder / media).write_bytes(b"\0" * 1024)
    sidecar = Sidecar(id=str(uuid.uuid4()), withdrawal_code=code, event="Benchmark", perspective="community",
                      prompt="?", consent_scope="public", language="en", started_at=when.isoformat(timespec="seconds"),
                      media=media, status=KEPT)
    ClipStore(root).update(Clip(sidecar, folder / media.replace(".mp4", ".json")))
    return folder / media


def store_figures(root: Path, rounds: int) -> dict:
    store = ClipStore(root)
    before, old = timed(lambda: list_before_the_index(store), rounds)
    now, listed = timed(store.list, rounds)
    assert [c.sidecar_path for c in listed.clips] == [c.sidecar_path for c in old.clips] and not listed.problems
    loads = []
    for _ in range(rounds):
        index = ClipIndex([root])
        started = time.perf_counter()
        index.refresh()
        loads.append(time.perf_counter() - started)
    unchanged, changes = timed(lambda: index.refresh(thorough=False), rounds)
    assert not changes
    swept, changes = timed(lambda: index.refresh(thorough=True), rounds)
    assert not changes
    notices, reads = [], index.reads
    for number in range(rounds):
        media = add_one_clip(root, number)
        started = time.perf_counter()
        changes = index.refresh(thorough=False)
        notices.append(time.perf_counter() - started)
        assert len(changes.added) == 1, changes
        age(root, only=added(root, media))  # the new clip leaves the racy window, as it does three seconds later
        index.refresh()
    re_read = index.reads - reads
    full_after, _ = timed(lambda: scan_folder(root), 1)
    return {
        "clips": len(listed.clips),
        "list_before_index_seconds": round(before, 4),
        "list_now_seconds": round(now, 4),
        "index_first_load_seconds": round(statistics.median(loads), 4),
        "index_refresh_unchanged_seconds": round(unchanged, 4),
        "index_sweep_unchanged_seconds": round(swept, 4),  # every sidecar stat'ed: one refresh in 30 s
        "notice_one_new_clip_before_seconds": round(full_after, 4),
        "notice_one_new_clip_index_seconds": round(statistics.median(notices), 4),
        "sidecars_read_to_notice_each_new_clip": re_read / rounds / 2,  # each new clip: its refresh and the next
    }


def panel_figures(root: Path) -> dict:
    """The real kiosk (synthetic devices, offscreen) on the folder: the PIN's OK to the clip list filled."""
    from PySide6.QtWidgets import QApplication

    from kiosk import config as configuration
    from kiosk.ui.app import build_kiosk
    from kiosk.ui.flow import Screen
    from kiosk.ui.panel import jobs

    app = QApplication.instance() or QApplication([])
    config, _ = configuration.load_event(root)
    kiosk = build_kiosk(config, root, "synthetic", "synthetic", windowed=True)
    c = kiosk.controller
    expected = len(ClipStore(root).list().clips)

    def wait(condition, limit: float = 300.0) -> None:
        deadline = time.monotonic() + limit
        while not condition():
            app.processEvents()
            if time.monotonic() > deadline:
                raise TimeoutError("the panel did not fill in time")

    def open_panel() -> float:
        c.open_pin()
        started = time.perf_counter()
        c._open_panel(0)
        wait(lambda: c.facilitator.clips_page.model.rowCount() == expected and c.panel._rows_job is None)
        elapsed = time.perf_counter() - started
        c.go(Screen.ATTRACT)
        return elapsed

    try:
        wait(lambda: c.recovery_reports is not None and c.clip_index.index.loaded)
        # Before: each opening listed every sidecar and read every row's thumbnail, then showed the rows.
        started = time.perf_counter()
        rows, _ = jobs.clip_rows(list_before_the_index(ClipStore(root)).clips)
        c.facilitator.clips_page.show_clips(rows, config.cards, config.scopes)
        app.processEvents()
        before = time.perf_counter() - started
        first = open_panel()
        again = statistics.median(open_panel() for _ in range(3))
    finally:
        kiosk.close()
    return {"panel_open_before_seconds": round(before, 3), "panel_first_open_index_seconds": round(first, 3),
            "panel_open_again_index_seconds": round(again, 3)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clips", type=int, default=5000)
    parser.add_argument("--days", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "index_results.json")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as place:
        root = Path(place) / "recordings"
        started = time.perf_counter()
        make_recordings(root, args.clips, args.days)
        age(root)
        made = time.perf_counter() - started
        results = {"date": datetime.now().date().isoformat(), "clips_made": args.clips, "days": args.days,
                   "seconds_to_make": round(made, 1), **store_figures(root, args.rounds), **panel_figures(root)}
    print(json.dumps(results, indent=2))
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
