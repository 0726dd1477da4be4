"""Long, cancellable work owned by the panel controller on its own plain thread: the runner shape, and the export's."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from kiosk.export import ExportError, ExportOptions, export_record


class ThreadRunner(QObject):
    """Runs one piece of work at a time on a plain thread; `cancel` asks it to stop, `stop` also joins the thread.

    A subclass says what `_run` does and emits its answer there, on the work's thread: the receivers live in the GUI
    thread, so Qt queues the answer to them, and an answer joins the thread that sent it. The GUI thread never waits
    on the work, only on a thread already told to stop.
    """

    thread_name = "panel-work"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cancel_requested = threading.Event()
        self._thread: threading.Thread | None = None

    def is_running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _start(self, *args) -> bool:
        """Starts `_run(*args, cancel)` unless a run is going; False if one is."""
        if self.is_running():
            return False
        self._join()
        self.cancel_requested = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(*args, self.cancel_requested), name=self.thread_name,
                                        daemon=False)
        self._thread.start()
        return True

    def cancel(self) -> None:
        self.cancel_requested.set()

    def stop(self) -> None:
        """Cancels the work in progress and waits for it to stop (an export after its current file)."""
        self.cancel_requested.set()
        self._join()

    def _join(self, *_) -> None:
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join()
            self._thread = None

    def _run(self, *args) -> None:
        raise NotImplementedError


class ExportRunner(ThreadRunner):
    """The export: export_record with its progress and its report (or one sentence why not) as queued signals."""

    progressed = Signal(int, int, object)  # done, total, the line (a kiosk.sentence Sentence or a str)
    finished = Signal(object)  # ExportReport
    failed = Signal(object)  # one sentence (a Sentence or a str), said in the panel's language where it is shown
    thread_name = "panel-export"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.finished.connect(self._join)
        self.failed.connect(self._join)

    def start(self, sources: list[Path], dest: Path, options: ExportOptions) -> bool:
        return self._start(sources, dest, options)

    def _run(self, sources, dest, options, cancel: threading.Event) -> None:
        try:
            report = export_record(sources, dest, options, progress=self.progressed.emit, cancel=cancel)
        except ExportError as error:
            self.failed.emit(error.sentence)
        except OSError as error:
            self.failed.emit(f"{error.strerror or error} ({error.filename or dest})")
        else:
            self.finished.emit(report)

