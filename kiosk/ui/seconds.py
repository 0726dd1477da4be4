"""A countdown a person watches: whole seconds left, told once a second, then done (idle's warning, the thanks code)."""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QObject, Qt, QTimer, Signal


class SecondsCountdown(QObject):
    """Says the whole seconds left as each one begins (`ticked`), then `finished`; a deadline, so ticks do not drift."""

    ticked = Signal(int)
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.PreciseTimer)  # a coarse timer may wake early and show the same second twice
        self._timer.timeout.connect(self._tick)
        self._until = 0.0
        self._shown = 0

    def start(self, seconds: float) -> None:
        self._until, self._shown = time.monotonic() + seconds, 0
        self._tick()

    def stop(self) -> None:
        self._timer.stop()

    def isActive(self) -> bool:
        return self._timer.isActive()

    def _tick(self) -> None:
        left = self._until - time.monotonic()
        if left <= 0:
            self.finished.emit()
            return
        whole = math.ceil(left)
        if whole != self._shown:
            self._shown = whole
            self.ticked.emit(whole)
        # Wake when the number shown changes: the fraction of a second left above the next whole one.
        self._timer.start(max(1, math.ceil((left - (whole - 1)) * 1000)))
