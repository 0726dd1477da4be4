"""The clip index for windows: refreshed on a timer on the DiskWorker, its announcements as Qt signals."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.store import Clip
from kiosk.store.index import ClipChanges, ClipIndex
from kiosk.ui.disk import DiskWorker, Job

log = logging.getLogger(__name__)


class WatchedClips(QObject):
    """A ClipIndex that every window can watch: `clips_added`, `clips_changed`, `clips_removed` (each a list of
    Clip) and `problems_changed`, in the GUI thread, whoever refreshed the index (the timer here, or a job that
    listed the store through it). The refresh itself runs on the kiosk's DiskWorker, so the GUI thread never waits
    on the disk; `clips()` is the last refresh's answer and reads nothing.

    A window subscribes by connecting to the signals; `refresh()` asks for a look now (after an action whose
    result should show at once) rather than at the next tick.
    """

    REFRESH_MS = 1000  # a clip kept by `kiosk record` or a synced copy shows within a second

    clips_added = Signal(list)
    clips_changed = Signal(list)
    clips_removed = Signal(list)
    problems_changed = Signal()
    _announced = Signal(object)  # ClipChanges, from the refreshing thread: queued to this object's (the GUI) thread

    def __init__(self, index: ClipIndex, worker: DiskWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.index, self.worker = index, worker
        self._pending: Job | None = None
        self._again = False  # asked for while a refresh was under way: one more after it
        self._stopped = False
        self._announced.connect(self._announce)
        self._unsubscribe = index.subscribe(self._announced.emit)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)

    def start(self) -> None:
        self._timer.start(self.REFRESH_MS)
        self.refresh()

    def stop(self) -> None:
        """No more refreshes or signals (the kiosk is closing); one already queued on the worker still runs."""
        self._stopped = True
        self._timer.stop()
        self._unsubscribe()

    def refresh(self) -> None:
        if self._stopped:
            return
        if self._pending is not None:
            self._again = True
            return
        self._pending = job = self.worker.submit(self.index.refresh)
        job.finished.connect(self._refreshed)
        job.failed.connect(self._refresh_failed)

    def clips(self) -> list[Clip]:
        """Every clip as the last refresh found it; none before the first."""
        return self.index.clips() if self.index.loaded else []

    def _refreshed(self, _changes=None) -> None:
        self._pending = None
        if self._again:
            self._again = False
            self.refresh()

    def _refresh_failed(self, error: str) -> None:
        log.warning("the clip index could not be refreshed: %s", error)
        self._refreshed()

    def _announce(self, changes: ClipChanges) -> None:
        if self._stopped:
            return
        if changes.removed:
            self.clips_removed.emit(list(changes.removed))
        if changes.added:
            self.clips_added.emit(list(changes.added))
        if changes.changed:
            self.clips_changed.emit(list(changes.changed))
        if changes.problems_changed:
            self.problems_changed.emit()
