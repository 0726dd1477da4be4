"""Notices that the laptop slept (the lid closed) or its clock was changed, from a heartbeat on two clocks."""

from __future__ import annotations

import logging
import time
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)


def clocks() -> tuple[float, float]:
    """(wall clock, monotonic clock), read together."""
    return time.time(), time.monotonic()


class ResumeWatch(QObject):
    """A heartbeat every BEAT_MS that compares how far the wall clock and the monotonic clock moved since the last.

    A sleep shows as one of two things: on Linux the monotonic clock stops while the laptop sleeps and the wall
    clock does not, so they part by the sleep's length; elsewhere (macOS, Windows) the monotonic clock may count
    the sleep, and then the beat itself comes far too late. Either is a `resumed`. A clock set by hand or by the
    network parts them too; reopening the devices after one costs a moment and nothing else. The kiosk's own
    timers all run on the monotonic clock (Qt's and time.monotonic), so a clock change confuses none of them.
    """

    BEAT_MS = 5_000
    LATE_SECONDS = 30.0  # a beat this much later than due, or the clocks parting by this much, is a sleep

    resumed = Signal(float)  # about how long the laptop was away, in seconds

    def __init__(self, read: Callable[[], tuple[float, float]] = clocks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.read = read
        self.beats = 0  # how many beats have run: a soak test waits on them through an idle hour
        self._last = read()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.beat)

    def start(self) -> None:
        self._last = self.read()
        self._timer.start(self.BEAT_MS)

    def stop(self) -> None:
        self._timer.stop()

    def beat(self) -> None:
        self.beats += 1
        wall, monotonic = self.read()
        last_wall, last_monotonic = self._last
        self._last = wall, monotonic
        late = (monotonic - last_monotonic) - self.BEAT_MS / 1000
        parted = (wall - last_wall) - (monotonic - last_monotonic)
        if late > self.LATE_SECONDS or abs(parted) > self.LATE_SECONDS:
            away = max(late, parted)
            log.warning("the laptop slept or its clock changed (about %.0f s): the devices are opened again and the "
                        "attract screen returns", away)
            self.resumed.emit(away)
