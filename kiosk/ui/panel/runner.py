"""The export's own thread, owned by the panel controller: export_record with progress and results as queued signals."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from kiosk.export import ExportError, ExportOptions, export_record


class ExportRunner(QObject):
    """Runs one export at a time on a plain thread; `stop` cancels it and joins the thread.

    The signals are emitted on the export thread; their receivers live in the GUI thread, so Qt
    queues them there.
    """

    progressed = Signal(int, int, str)  # done, total, message
    finished = Signal(object)  # ExportReport
    failed = Signal(str)  # one sentence

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cancel_requested = threading.Event()
        self._thread: threading.Thread | None = None
        self.finished.connect(self._join)
        self.failed.connect(self._join)

    def is_running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, sources: list[Path], dest: Path, options: ExportOptions) -> bool:
        if self.is_running():
            return False
        self._join()
        self.cancel_requested = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(sources, dest, options, self.cancel_requested),
                                        name="panel-export", daemon=False)
        self._thread.start()
        return True

    def cancel(self) -> None:
        self.cancel_requested.set()

    def stop(self) -> None:
        """Cancels an export in progress and waits for it to stop after its current file."""
        self.cancel_requested.set()
        self._join()

    def _join(self, *_) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def _run(self, sources, dest, options, cancel: threading.Event) -> None:
        try:
            report = export_record(sources, dest, options, progress=self.progressed.emit, cancel=cancel)
        except ExportError as error:
            self.failed.emit(str(error))
        except OSError as error:
            self.failed.emit(f"{error.strerror or error} ({error.filename or dest})")
        else:
            self.finished.emit(report)
