"""One worker thread, owned by the controller, for everything that touches the disk: keep, discard, recover, PIN checks."""

from __future__ import annotations

import logging
import queue
import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal

from kiosk.sentence import Sentence, sentence_of

log = logging.getLogger(__name__)


class Job(QObject):
    """The handle `DiskWorker.submit` gives back: exactly one of its signals is emitted, in the GUI thread.

    `finished(result)`: what the callable returned. `failed(sentence)`: why it did not, a kiosk.sentence Sentence
    (a StoreError's, said with kiosk.ui.i18n.say in the language shown) or a str (an OSError's message; a
    programming error's too, its traceback being in the log).
    """

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.name = _describe(work)


class DiskWorker(QObject):
    """Runs jobs one at a time, in order, off the GUI thread; each answers on the `Job` its `submit` returned.

    The worker keeps every job until its answer is delivered, so a consumer may connect to the handle and let it
    go. Answers that arrive after `stop` (the kiosk closing, its screens gone) are dropped.
    """

    _answered = Signal(object, object, object)  # Job, result, error Sentence or str (None on success); from the thread

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._jobs: queue.Queue = queue.Queue()
        self._waiting: set[Job] = set()  # submitted and not yet answered: touched in the GUI thread only
        self._stopped = False
        self._answered.connect(self._deliver)  # a slot of an object in the GUI thread: queued there
        self._thread = threading.Thread(target=self._run, name="kiosk-disk", daemon=False)
        self._thread.start()

    def submit(self, work: Callable[[], Any]) -> Job:
        job = Job(work)
        self._waiting.add(job)
        self._jobs.put(job)
        return job

    def stop(self) -> None:
        """Finishes the jobs already queued (a Keep must reach the disk), then joins the thread."""
        self._stopped = True
        if self._thread.is_alive():
            self._jobs.put(None)
            self._thread.join()

    def _run(self) -> None:
        while (job := self._jobs.get()) is not None:
            try:
                result, error = job.work(), None
            except (OSError, ValueError) as failure:
                log.warning("%s failed: %s", job.name, failure, exc_info=True)
                result, error = None, sentence_of(failure)
            except Exception as failure:  # StoreError and friends: one sentence for the facilitator
                log.exception("%s failed", job.name)  # a programming error too: its traceback is in the log
                result, error = None, sentence_of(failure)
            self._answered.emit(job, result, error)

    def _deliver(self, job: Job, result, error: Sentence | str | None) -> None:
        self._waiting.discard(job)  # the handle goes once its consumers have heard (unless they keep it)
        if self._stopped:
            return
        if error is None:
            job.finished.emit(result)
        else:
            job.failed.emit(error)


def _describe(work: Callable[[], Any]) -> str:
    """Where a job comes from, for the log: "KioskController.keep_take" for a lambda written in that method."""
    name = getattr(work, "__qualname__", None) or type(work).__name__
    return name.replace(".<locals>.<lambda>", "").replace(".<locals>.", ".")
