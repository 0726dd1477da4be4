"""Whether the GUI thread ever waits: event-loop gaps and preview paints of the real kiosk through a whole visit and an export.

    QT_QPA_PLATFORM=offscreen python benchmarks/gui_benchmark.py [--take-seconds 20] [--clips 20] [--clip-seconds 60]
                                                                 [--size 1920x1080] [--out benchmarks/gui_results.json]

The real kiosk (build_kiosk, synthetic camera and microphone, recording at 1280x720 @ 30) is shown at --size and
driven by clicks from an ordinary event loop, as docs/screenshots/take_screenshots.py does. A QTimer every 5 ms
on the GUI thread notes when it fires: a gap between two ticks much longer than 5 ms is time the loop spent
elsewhere (a slot, painting, waiting for Python's GIL). Each phase reports its gaps; the preview and review
pictures are counted as they are painted (Paint events on the picture widgets), not only as they are handed in.

The recordings folder first gets --clips kept clips of --clip-seconds at 720p (webcam-like bit rate; see
export_benchmark.make_recordings), so the panel's export has realistic files to copy. The control phase runs the
same export synchronously on the GUI thread, so a blocked loop shows in the same units.

A watchdog thread looks at the GUI thread's Python stack whenever no tick has come for 80 ms and keeps where it
was, so a stall outside the control phase says where it happened.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QEvent, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.export_benchmark import make_recordings  # noqa: E402
from docs.screenshots.take_screenshots import pump, wait_until  # noqa: E402  (the same event-loop driver)
from kiosk import config as configuration  # noqa: E402
from kiosk.export import ExportOptions, export_record  # noqa: E402
from kiosk.store import ClipStore  # noqa: E402
from kiosk.ui.app import build_kiosk  # noqa: E402
from kiosk.ui.flow import Screen  # noqa: E402
from kiosk.ui.pin import DEFAULT_PIN  # noqa: E402

TICK_MS = 5
WAIT_MS = 60_000  # how long a step of the visit may take before the run gives up
STALL_MS = 80  # the watchdog looks at the GUI thread's stack once no tick has come for this long


class LoopMonitor(QObject):
    """Ticks every TICK_MS on the GUI thread and keeps each tick's time, by phase."""

    def __init__(self) -> None:
        super().__init__()
        self.ticks: list[float] = []
        self.phase = "start-up"
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start(TICK_MS)

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        self.last = time.perf_counter()
        self.ticks.append(self.last)

    def since(self, index: int) -> list[float]:
        return self.ticks[index:]


class Watchdog(threading.Thread):
    """Samples the GUI thread's Python stack every 10 ms while the monitor has not ticked for STALL_MS."""

    def __init__(self, monitor: LoopMonitor) -> None:
        super().__init__(name="bench-watchdog", daemon=True)
        self.monitor = monitor
        self.main_id = threading.main_thread().ident
        self.samples: list[tuple[str, float, str]] = []  # (phase, the stall's start, the stack, innermost last)
        self.stopping = threading.Event()

    def run(self) -> None:
        while not self.stopping.wait(0.01):
            last = self.monitor.last
            if (time.perf_counter() - last) * 1000 < STALL_MS or not self.monitor.timer.isActive():
                continue
            frame = sys._current_frames().get(self.main_id)
            if frame is not None:
                stack = traceback.format_stack(frame)[-10:]
                self.samples.append((self.monitor.phase, last, "".join(stack)))


class PaintCounter(QObject):
    """Counts Paint events reaching the widgets it watches."""

    def __init__(self, widgets: dict) -> None:
        super().__init__()
        self.counts = Counter()
        self.names = {widget: name for name, widget in widgets.items()}
        for widget in widgets.values():
            widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Paint:
            self.counts[self.names[watched]] += 1
        return False


def gap_stats(ticks: list[float]) -> dict:
    gaps = [(b - a) * 1000 for a, b in zip(ticks, ticks[1:])]
    if not gaps:
        return {"ticks": len(ticks)}
    ordered = sorted(gaps)
    return {
        "ticks": len(ticks),
        "gap_ms_p50": round(statistics.median(ordered), 1),
        "gap_ms_p99": round(ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))], 1),
        "gap_ms_max": round(ordered[-1], 1),
        "gaps_over_50ms": sum(gap > 50 for gap in gaps),
        "gaps_over_100ms": sum(gap > 100 for gap in gaps),
    }


class Phases:
    """Each phase: its wall time, the loop's gaps, CPU per second, and the pictures painted in it."""

    def __init__(self, monitor: LoopMonitor, paints: PaintCounter, previews: dict) -> None:
        self.monitor, self.paints, self.previews = monitor, paints, previews
        self.results: dict[str, dict] = {}
        self._open: tuple | None = None

    def begin(self, name: str) -> None:
        self.monitor.phase = name
        shown = {key: widget.frames_shown for key, widget in self.previews.items()}
        self._open = (name, len(self.monitor.ticks), time.perf_counter(), os.times(), Counter(self.paints.counts), shown)

    def end(self, **facts) -> dict:
        name, first_tick, began, cpu, paints, shown = self._open
        wall = time.perf_counter() - began
        after = os.times()
        # The last tick before the phase began too, so a stall that straddles the start is counted here.
        result = {"seconds": round(wall, 2), **gap_stats(self.monitor.since(max(0, first_tick - 1))),
                  "cpu_cores": round((after.user + after.system - cpu.user - cpu.system) / wall, 2)}
        for key, widget in self.previews.items():
            painted = self.paints.counts[key] - paints[key]
            handed = widget.frames_shown - shown[key]
            if painted or handed:
                result[f"{key}_frames_shown"] = handed
                result[f"{key}_paints"] = painted
                if wall >= 1:
                    result[f"{key}_paints_per_s"] = round(painted / wall, 1)
        result.update(facts)
        self.results[name] = result
        self.monitor.phase = "between"
        print(f"{name}: {json.dumps(result)}", file=sys.stderr)
        return result


def timed_until(condition, timeout_ms: int = 60_000) -> float:
    """Milliseconds from now until `condition()`, polled by the event loop every millisecond or so."""
    began = time.perf_counter()
    wait_until(condition, timeout_ms, step_ms=1)
    return (time.perf_counter() - began) * 1000


def stall_report(samples: list[tuple[str, float, str]]) -> list[dict]:
    """One entry a stall: its phase, how many 10 ms samples caught it, and the stack seen most often."""
    stalls: dict[tuple[str, float], list[str]] = {}
    for phase, started, stack in samples:
        stalls.setdefault((phase, started), []).append(stack)
    report = []
    for (phase, _), stacks in stalls.items():
        stack, seen = Counter(stacks).most_common(1)[0]
        report.append({"phase": phase, "samples": len(stacks), "approx_ms": STALL_MS + 10 * len(stacks),
                       "gui_thread_stack": stack.strip().splitlines()[-8:], "samples_with_this_stack": seen})
    return report


def run(args, work: Path) -> dict:
    width, height = (int(n) for n in args.size.split("x"))
    recordings = work / "recordings"
    began = time.perf_counter()
    make_recordings(recordings, args.clips, args.clip_seconds, 1280, 720, 30)
    making = time.perf_counter() - began
    clip_bytes = sum(path.stat().st_size for path in recordings.glob("*/*.mp4"))

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    config, _ = configuration.load(None)
    config = replace(config, width=1280, height=720, fps=30.0, max_seconds=args.take_seconds + 30,
                     countdown_seconds=3, idle_seconds=600, min_free_mb=0)
    monitor = LoopMonitor()
    watchdog = Watchdog(monitor)
    kiosk = build_kiosk(config, recordings, "synthetic", "synthetic", windowed=True)
    c, window = kiosk.controller, kiosk.window
    results: dict = {}
    try:
        window.resize(width, height)
        window.show()
        previews = {"countdown_preview": c.countdown.preview, "recording_preview": c.recording.preview,
                    "review_video": c.review.video}
        paints = PaintCounter(previews)
        phases = Phases(monitor, paints, previews)
        # The start-up recovery lists the clips made above.
        wait_until(lambda: c.recovery_reports is not None, WAIT_MS, step_ms=10)
        pump(1000)
        monitor.start()
        watchdog.start()

        phases.begin("1_attract_idle")
        pump(int(args.idle_seconds * 1000))
        phases.end()

        c.attract.start.click()
        c.consent.scope_buttons.buttons()[0].click()
        c.consent.agree.click()
        c.cards.card_buttons[1].click()
        pump(500)
        phases.begin("2a_countdown")
        c.prompt.ready.click()
        countdown_ms = timed_until(lambda: c.current == Screen.RECORDING, 20_000)
        phases.end(countdown_to_recording_ms=round(countdown_ms))
        phases.begin("2b_recording")
        wait_until(lambda: c.visit.recording.take.elapsed() >= args.take_seconds, WAIT_MS, step_ms=10)
        phases.end(camera_fps=config.fps)

        phases.begin("3_stop_to_review")
        c.recording.stop.click()
        stop_ms = timed_until(lambda: c.current == Screen.REVIEW, 20_000)
        phases.end(stop_to_review_ms=round(stop_ms))

        finished: list[str] = []
        c.review.playback.finished.connect(finished.append)
        player = c.review.playback.current  # the take's Playback: it counts what it showed and skipped
        phases.begin("4_review_playback")
        first_picture_ms = timed_until(lambda: c.review.video.frames_shown > 0, 20_000)
        wait_until(lambda: bool(finished), int(args.take_seconds * 1000) + 30_000, step_ms=10)
        phases.end(first_picture_ms=round(first_picture_ms), playback_problem=finished[0],
                   pictures_shown_by_player=player.pictures_shown, pictures_skipped_by_player=player.pictures_skipped)

        kept: list = []
        c.clip_kept.connect(kept.append)
        phases.begin("5_keep_to_thanks")
        c.review.keep.click()
        keep_ms = timed_until(lambda: c.current == Screen.THANKS, 20_000)
        pump(1000)
        phases.end(keep_to_thanks_ms=round(keep_ms))
        take = kept[0].sidecar
        results["take"] = {"seconds": round(take.duration, 2), "size": f"{take.width}x{take.height}",
                           "measured_fps": take.measured_fps, "frames": take.frames,
                           "dropped_frames": take.dropped_frames}

        c.thanks.done.click()
        c.open_pin()
        for digit in DEFAULT_PIN:
            c.pin.digit_keys[digit].click()
        phases.begin("6a_pin_to_panel")
        c.pin.ok.click()
        pin_ms = timed_until(lambda: c.current == Screen.FACILITATOR, 20_000)
        pump(1500)  # the panel's status, clip list and drives arrive from the disk worker
        phases.end(pin_ok_to_panel_ms=round(pin_ms))

        panel = c.facilitator
        panel.nav_buttons["export"].click()
        page = panel.export_page
        page.dest.setText(str(work / "usb" / "whose-shoes-record"))
        progress: list[float] = []
        c.panel.runner.progressed.connect(lambda *_: progress.append(time.perf_counter()))
        shown_values: list[int] = []
        page.progress.valueChanged.connect(shown_values.append)
        pump(500)
        os.sync()  # neither export pays for the other's dirty pages, nor for the clips made above
        phases.begin("6b_panel_export")
        export_began = time.perf_counter()
        page.start.click()
        wait_until(lambda: page.state in ("done", "failed"), 300_000, step_ms=10)
        export_seconds = time.perf_counter() - export_began
        pump(500)
        report = page.report
        phases.end(export_seconds=round(export_seconds, 2), state=page.state,
                   clips_exported=report.clips if report else None, progress_signals=len(progress),
                   progress_bar_values_shown=len(shown_values))

        # The same page with compilations for one card: the export thread re-encodes, which is Python-heavy work
        # (a numpy array and a PyAV call a frame) competing with the GUI for the GIL. Cancelled if it runs long.
        page.compilations.setChecked(True)
        last_card = page.card_buttons[-1]
        last_card.setChecked(True)
        page.dest.setText(str(work / "usb" / "with-compilations"))
        pump(500)
        os.sync()
        phases.begin("6c_panel_export_with_compilations")
        export_began = time.perf_counter()
        page.start.click()
        wait_until(lambda: page.state in ("done", "failed") or time.perf_counter() - export_began > args.compile_cap,
                   WAIT_MS, step_ms=10)
        cancel_ms = None
        if page.state == "running":
            page.cancel.click()
            cancel_ms = round(timed_until(lambda: page.state in ("done", "failed"), 300_000))
        export_seconds = time.perf_counter() - export_began
        pump(500)
        report = page.report
        phases.end(export_seconds=round(export_seconds, 2), state=page.state, card=last_card.property("card_id"),
                   clips_chosen=report.clips if report else None,
                   compilations_made=len(report.compilations) if report else None,
                   cancelled_after_s=args.compile_cap if cancel_ms is not None else None, cancel_to_done_ms=cancel_ms)

        os.sync()
        pump(500)
        control: dict = {}

        def export_on_the_gui_thread() -> None:
            started = time.perf_counter()
            done = export_record([recordings], work / "usb" / "control-record",
                                 ExportOptions(scope=page.chosen_options().scope, config=c.config))
            control.update(seconds=time.perf_counter() - started, clips=done.clips)

        phases.begin("control_export_on_gui_thread")
        QTimer.singleShot(0, export_on_the_gui_thread)
        wait_until(lambda: bool(control), 300_000, step_ms=10)
        pump(500)
        phases.end(export_seconds=round(control["seconds"], 2), clips_exported=control["clips"])
        results["phases"] = phases.results
    finally:
        monitor.stop()
        watchdog.stopping.set()
        kiosk.close()
        kiosk.window.deleteLater()
        pump(50)
    watchdog.join()
    results["stalls_over_80ms"] = stall_report(watchdog.samples)
    results["recordings"] = {"made_for_export": args.clips, "seconds_each": args.clip_seconds,
                             "megabytes": round(clip_bytes / 1e6, 1), "making_seconds": round(making, 1),
                             "clips_in_store_with_the_take": len(ClipStore(recordings).list().clips)}
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--take-seconds", type=float, default=20.0)
    parser.add_argument("--idle-seconds", type=float, default=10.0)
    parser.add_argument("--clips", type=int, default=20, help="kept clips made before the kiosk starts, for the export")
    parser.add_argument("--clip-seconds", type=float, default=60.0)
    parser.add_argument("--compile-cap", type=float, default=60.0,
                        help="seconds the export with compilations may run before Cancel is pressed")
    parser.add_argument("--size", default="1920x1080", help="the window, as the kiosk's screen")
    parser.add_argument("--work", type=Path, default=None, help="scratch folder (default: a temporary one)")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "gui_results.json")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="gui-bench-", dir=args.work))
    try:
        results = run(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    output = {"window": args.size, "recording": "1280x720@30", "tick_ms": TICK_MS, "cores": os.cpu_count(),
              "platform": os.environ["QT_QPA_PLATFORM"], **results,
              "note": ("gap_ms_*: time between two ticks of a 5 ms QTimer on the GUI thread (5 ms is a loop that "
                       "never waited). *_paints: Paint events reaching the picture widget (per second "
                       "in phases of 1 s or more); *_frames_shown: pictures handed to it. cpu_cores: this process's user + system "
                       "time per wall second. The control phase runs the same export synchronously on the GUI "
                       "thread.")}
    args.out.write_text(json.dumps(output, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps(output, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
