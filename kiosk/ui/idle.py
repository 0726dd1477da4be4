"""Idle: a screen left alone goes back to the start, but never mid-take or mid-review, and never without asking."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal


class IdleWatch(QObject):
    """Counts quiet time on a screen that idle may leave; says when it is up.

    `restart(allowed)` on every touch, key and screen change: `allowed` is False while idle must not
    fire at all (recording, a review playing), and the watch then waits for the next restart.
    """

    timed_out = Signal()

    def __init__(self, seconds: Callable[[], float], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.seconds = seconds
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.timed_out)

    def restart(self, allowed: bool) -> None:
        if allowed:
            self.timer.start(int(self.seconds() * 1000))
        else:
            self.timer.stop()

    def stop(self) -> None:
        self.timer.stop()
