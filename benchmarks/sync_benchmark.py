"""The event fleet on loopback: seconds from Keep to whole at the hub, the kiosk's CPU while it sends, and a take
recorded while gigabytes of clips transfer.

    python benchmarks/sync_benchmark.py [--clips 50] [--megabytes 8] [--take-seconds 60] [--transfer-gb 2] [--out ...]

Two real `kiosk sync serve` processes (a kiosk and a hub, each with its own Syncthing on 127.0.0.1, discovery off)
are paired by command. Each clip is kept as a take leaves it (the sidecar first, the media written in place, then the
sidecar rewritten kept with its sha256); its time is from that last write until the hub's ArrivalCheck counts it
whole (sidecar kept, media's sha256 matching), polled every 20 ms; clips go one at a time. The kiosk's CPU is its
`sync serve` and Syncthing processes' CPU time over the wall time of the sending, in percent of one core. Then
`kiosk record` makes a 720p30 take from the synthetic sources while the kiosk sends `--transfer-gb` of clips, and
its dropped frames are reported beside the same take with nothing transferring, and beside a take with Syncthing
suspended while it records, as the kiosk window does (`kiosk record` beside `kiosk sync serve` does not).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kiosk.store import ClipStore  # noqa: E402
from kiosk.sync.arrivals import ArrivalCheck  # noqa: E402
from tests.sync.fleet import Node, hub_copy, keep_clip, pair, wait_for  # noqa: E402


def cpu_seconds(processes: list[psutil.Process]) -> float:
    return sum(sum(process.cpu_times()[:2]) for process in processes)


def keep_to_hub(kiosk: Node, hub: Node, clips: int, megabytes: float) -> dict:
    folder = hub.recordings / "kiosks" / kiosk.name
    check = ArrivalCheck()
    processes = [psutil.Process(kiosk.process.pid), psutil.Process(kiosk.syncthing_pid)]
    seconds = []
    cpu_before, wall_before = cpu_seconds(processes), time.monotonic()
    for _ in range(clips):
        clip = keep_clip(kiosk.recordings, os.urandom(int(megabytes * 1e6)))
        kept = time.monotonic()
        while True:
            copy = hub_copy(hub, kiosk, clip)
            if copy.exists():
                whole, _ = check.split(ClipStore(folder).list())
                if clip.sidecar.id in {c.sidecar.id for c in whole}:
                    break
            time.sleep(0.02)
        seconds.append(time.monotonic() - kept)
    wall = time.monotonic() - wall_before
    cpu = cpu_seconds(processes) - cpu_before
    return {"clips": clips, "megabytes_each": megabytes, "median_seconds": round(statistics.median(seconds), 2),
            "worst_seconds": round(max(seconds), 2), "best_seconds": round(min(seconds), 2),
            "kiosk_cpu_percent_of_one_core_while_sending": round(100 * cpu / wall, 1)}


def take(kiosk: Node, seconds: float) -> dict:
    done = kiosk.kiosk("record", "--seconds", str(seconds), "--camera", "synthetic", "--microphone", "synthetic",
                       "--width", "1280", "--height", "720", "--fps", "30", timeout=seconds * 4 + 120)
    found = re.search(r"(\d+) frames \(([\d.]+) fps\), (\d+) dropped", done.stderr)
    if done.returncode != 0 or not found:
        raise SystemExit(f"the take failed: {done.stderr}")
    return {"frames": int(found[1]), "fps": float(found[2]), "dropped": int(found[3])}


def write_batch(folder: Path, count: int, size: int) -> None:
    """Written under hidden names before the take, so the take competes only with the sending."""
    folder.mkdir(exist_ok=True)
    for number in range(count):
        with open(folder / f".{number}.part", "wb") as file:
            for _ in range(size // (1024 * 1024)):
                file.write(os.urandom(1024 * 1024))


def send_during_take(kiosk: Node, hub: Node, name: str, seconds: float, count: int, size: int,
                     suspended: bool) -> tuple[dict, float]:
    day = kiosk.recordings / name
    write_batch(day, count, size)
    arrived = hub.recordings / "kiosks" / kiosk.name / name
    started = time.monotonic()
    for number in range(count):
        os.rename(day / f".{number}.part", day / f"{number}.bin")
    syncthing = psutil.Process(kiosk.syncthing_pid)
    if suspended:  # what the kiosk does from the countdown to the end of the take (kiosk/ui/sync_service.py)
        syncthing.suspend()
    try:
        result = take(kiosk, seconds)
    finally:
        if suspended:
            syncthing.resume()
    wait_for(lambda: arrived.is_dir() and len([p for p in arrived.iterdir() if p.suffix == ".bin"]) == count,
             3600, "the transfer at the hub")
    return result, time.monotonic() - started


def take_while_sending(kiosk: Node, hub: Node, seconds: float, gigabytes: float) -> dict:
    size = 64 * 1024 * 1024
    count = max(1, int(gigabytes * 1e9 / size))
    quiet = take(kiosk, seconds)
    busy, busy_seconds = send_during_take(kiosk, hub, "transfer", seconds, count, size, suspended=False)
    paused, _ = send_during_take(kiosk, hub, "transfer-2", seconds, count, size, suspended=True)
    return {"take_seconds": seconds, "transfer_gigabytes": round(count * size / 1e9, 2),
            "transfer_seconds": round(busy_seconds, 1), "take_alone": quiet, "take_while_sending": busy,
            "take_while_sending_syncthing_suspended_as_the_kiosk_does": paused,
            "load_average_after": [round(load, 1) for load in os.getloadavg()]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clips", type=int, default=50)
    parser.add_argument("--megabytes", type=float, default=8.0, help="each clip's size (8 MB: about 15 s at 720p)")
    parser.add_argument("--take-seconds", type=float, default=60.0)
    parser.add_argument("--transfer-gb", type=float, default=2.0)
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "sync_results.json")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as base:
        kiosk, hub = Node(Path(base), "Entrance", "kiosk"), Node(Path(base), "Hub", "hub")
        try:
            kiosk.start()
            hub.start()
            pair(kiosk, hub)
            results = {"syncthing": subprocess.run(["syncthing", "--version"], capture_output=True, text=True)
                       .stdout.split(" (")[0], "cores": os.cpu_count(),
                       "keep_to_hub": keep_to_hub(kiosk, hub, options.clips, options.megabytes)}
            print(json.dumps(results["keep_to_hub"]), flush=True)
            if options.take_seconds > 0:
                results["take_while_sending"] = take_while_sending(kiosk, hub, options.take_seconds,
                                                                   options.transfer_gb)
        finally:
            kiosk.stop()
            hub.stop()
    options.out.write_text(json.dumps(results, indent=1) + "\n")
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
