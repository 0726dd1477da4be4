"""Brings a lost or missing camera or microphone back by itself: tried again off the GUI thread, with a back-off."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.sentence import Sentence
from kiosk.ui.devices import KINDS, DeviceFeed

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Absence:
    """A device the kiosk is without: which, since when (wall clock, for a person; monotonic, for how long), and why."""

    kind: str  # "camera" or "microphone"
    since: float  # time.time()
    since_monotonic: float
    reason: Sentence | str  # said in the panel's language where it is shown

    def since_text(self) -> str:
        return time.strftime("%H:%M:%S", time.localtime(self.since))


class DeviceWatch(QObject):
    """Notices a source lost (or never opened) and opens the same spec again until it works.

    Each try runs on a thread of its own, so a webcam that takes seconds to open, or a sound server that is not
    back yet, never holds up the GUI; the source it opens is swapped in on the GUI thread. Tries come quickly at
    first and then every LONGEST_WAIT seconds, so a device that returns is in use again within a few seconds,
    and a device that stays away costs a try every few seconds, logged once. No try is made while a take may be
    recording (`may_reopen()` false): its encoder is fed by the sources in use.
    """

    FIRST_WAIT = 0.3  # seconds before the first try: a sound server restarting needs a moment
    LONGEST_WAIT = 3.0

    changed = Signal()  # a device went missing or came back
    _tried = Signal()  # from a try's thread: its outcome waits to be taken on the GUI thread

    def __init__(self, feed: DeviceFeed, opener: Callable[[str], Callable[[], object]], may_reopen: Callable[[], bool],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.feed, self.opener, self.may_reopen = feed, opener, may_reopen
        self.absences: dict[str, Absence] = {}
        self._waits: dict[str, float] = {}
        self._timers = {kind: self._timer(kind) for kind in KINDS}
        self._thread: threading.Thread | None = None
        self._outcome: tuple | None = None  # (kind, source or None, error sentence)
        self._lock = threading.Lock()
        self._stopped = False
        self._tried.connect(self._take_outcome)

    def _timer(self, kind: str) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: self._try(kind))
        return timer

    def missing(self) -> list[Absence]:
        return [self.absences[kind] for kind in KINDS if kind in self.absences]

    def lost(self, kind: str, reason: Sentence | str) -> None:
        """`kind` is gone (lost mid-stream or never opened): remember since when, and start trying to open it again."""
        if self._stopped:
            return
        if kind not in self.absences:
            self.absences[kind] = Absence(kind, time.time(), time.monotonic(), reason)
            log.warning("%s missing since %s: %s It is tried again by itself.", kind,
                        self.absences[kind].since_text(), reason)
            self._waits[kind] = self.FIRST_WAIT
            self.changed.emit()
        if not self._timers[kind].isActive():
            self._timers[kind].start(round(self._waits[kind] * 1000))

    def check_again(self) -> None:
        """Tries every missing device now (after a resume from sleep), without waiting out the back-off."""
        for kind in list(self.absences):
            self._waits[kind] = self.FIRST_WAIT
            self._timers[kind].stop()
            self._try(kind)

    def forget(self) -> None:
        """The devices were switched from the panel: what was missing is whatever the switch says now."""
        for timer in self._timers.values():
            timer.stop()
        self.absences.clear()

    def stop(self) -> None:
        """No more tries; one under way is joined and what it opened is stopped."""
        self._stopped = True
        for timer in self._timers.values():
            timer.stop()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        with self._lock:
            outcome, self._outcome = self._outcome, None
        if outcome is not None and outcome[1] is not None:
            outcome[1].stop()

    def _try(self, kind: str) -> None:
        if self._stopped or kind not in self.absences:
            return
        if self._thread is not None or not self.may_reopen() or self.feed.switching():
            self._timers[kind].start(round(self.FIRST_WAIT * 1000))  # soon, once the take or the other try is over
            return
        work = self.opener(kind)  # the spec and config read here, on the GUI thread
        self._thread = threading.Thread(target=self._open, args=(kind, work), name=f"devices:reopen {kind}",
                                        daemon=False)
        self._thread.start()

    def _open(self, kind: str, work: Callable[[], object]) -> None:
        try:
            source, error = work(), ""
        except Exception as failure:  # SourceError, or a driver's own (cv2.error, PortAudio): still missing
            source, error = None, str(failure) or type(failure).__name__
        with self._lock:
            self._outcome = (kind, source, error)
        self._tried.emit()

    def _take_outcome(self) -> None:
        with self._lock:
            outcome, self._outcome = self._outcome, None
        if self._thread is not None:
            self._thread.join()  # it has emitted its last signal: the join does not wait
            self._thread = None
        if outcome is None:
            return  # stopped meanwhile: stop() has already stopped what was opened
        kind, source, error = outcome
        absence = self.absences.get(kind)
        if source is None or absence is None or not self.may_reopen():
            if source is not None:
                source.stop()  # not wanted now (a take began, or the panel switched devices): tried again later
            if absence is not None:
                self._waits[kind] = min(self._waits[kind] * 2, self.LONGEST_WAIT)
                self._timers[kind].start(round(self._waits[kind] * 1000))
                log.debug("%s still missing: %s", kind, error)
            return
        del self.absences[kind]  # first: a source lost again at once is missing again from now
        self.feed.put(kind, source)
        log.info("%s back after %.0f s: %s", kind, time.monotonic() - absence.since_monotonic, source.name)
        self.changed.emit()
