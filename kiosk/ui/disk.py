"""One worker thread, owned by the controller, for everything that touches the disk: keep, discard, recover, PIN checks."""

from __future__ import annotations

import logging
import queue
import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class DiskWorker(QObject):
    """Runs jobs one at a time, in order, off the GUI thread; each result comes back as `job_done`.

    `job_done(token, result, error)`: `error` is a sentence (an OSError or StoreError message) or "".
    """

    job_done = Signal(str, object, str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._jobs: queue.Queue = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="kiosk-disk", daemon=False)
        self._thread.start()

    def submit(self, token: str, job: Callable[[], Any]) -> None:
        self._jobs.put((token, job))

    def stop(self) -> None:
        """Finishes the jobs already queued (a Keep must reach the disk), then joins the thread."""
        if self._thread.is_alive():
            self._jobs.put(None)
            self._thread.join()

    def _run(self) -> None:
        while (entry := self._jobs.get()) is not None:
            token, job = entry
            try:
                result, error = job(), ""
            except (OSError, ValueError) as failure:
                log.warning("%s failed: %s", token, failure, exc_info=True)
                result, error = None, str(failure)
            except Exception as failure:  # StoreError and friends: one sentence for the facilitator
                log.exception("%s failed", token)  # a programming error too: its traceback is in the log
                result, error = None, str(failure) or type(failure).__name__
            self.job_done.emit(token, result, error)
