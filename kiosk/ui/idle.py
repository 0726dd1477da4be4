"""Idle: a screen left alone goes back to the start, but never mid-take or mid-review, and never without asking."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.ui.seconds import SecondsCountdown
from kiosk.ui.still_there import StillThereOverlay


class IdleWatch(QObject):
    """Counts quiet time on a screen idle may leave; then asks "Still there?" with a countdown; then says so.

    `allowed()`: the screen showing is one idle may leave at all (never a recording). `busy()`: it is doing
    something idle must not cut (a review playing back); quiet time that ends while it is busy is simply
    counted again, so a playback stopped without a word still lets idle come back. `restart()` on every
    screen change and `noticed()` on every touch or key; while the question shows, only "I'm still here"
    (or a tap on it) puts it away.
    """

    WARNING_SECONDS = 20.0  # how long "Still there?" counts down before the reset

    timed_out = Signal()

    def __init__(self, seconds: Callable[[], float], allowed: Callable[[], bool], busy: Callable[[], bool],
                 overlay: StillThereOverlay, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.seconds, self.allowed, self.busy, self.overlay = seconds, allowed, busy, overlay
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._quiet_over)
        self.warning = SecondsCountdown(self)
        self.warning.ticked.connect(overlay.show_seconds)
        self.warning.finished.connect(self._warning_over)
        overlay.still_here_chosen.connect(self.still_here)

    def asking(self) -> bool:
        """True while "Still there?" shows."""
        return self.overlay.isVisible() or self.warning.isActive()

    def restart(self) -> None:
        self._put_away()
        if self.allowed():
            self.timer.start(int(self.seconds() * 1000))
        else:
            self.timer.stop()

    def noticed(self) -> None:
        if not self.asking():
            self.restart()

    def still_here(self) -> None:
        self.restart()

    def ask(self) -> None:
        """Asks "Still there?" now, counting WARNING_SECONDS down (what quiet time ends in; screenshots use it)."""
        self.timer.stop()
        self.warning.start(self.WARNING_SECONDS)

    def stop(self) -> None:
        self.timer.stop()
        self._put_away()

    def _put_away(self) -> None:
        self.warning.stop()
        self.overlay.hide()

    def _quiet_over(self) -> None:
        if not self.allowed():
            return
        if self.busy():
            self.restart()  # the busy screen's end restarts it too; this catches an end nobody announced
        else:
            self.ask()

    def _warning_over(self) -> None:
        self._put_away()
        if self.allowed() and not self.busy():
            self.timed_out.emit()
        else:
            self.restart()
