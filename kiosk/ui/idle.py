"""Idle: a screen left alone goes back to the start, but never mid-take or mid-review, and never without asking."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.ui.seconds import SecondsCountdown
from kiosk.ui.still_there import StillThereOverlay


class IdleWatch(QObject):
    """Counts quiet time on a screen idle may leave; then asks "Still there?" with a countdown; then says so.

    `restart(allowed)` on every screen change and `noticed(allowed)` on every touch or key: `allowed` is
    False while idle must not fire at all (recording, a review playing), and the watch then waits to be
    restarted. While the question shows, only "I'm still here" (or a tap on it) puts it away.
    """

    WARNING_SECONDS = 20.0  # how long "Still there?" counts down before the reset

    timed_out = Signal()

    def __init__(self, seconds: Callable[[], float], may_reset: Callable[[], bool], overlay: StillThereOverlay,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.seconds, self.may_reset, self.overlay = seconds, may_reset, overlay
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

    def restart(self, allowed: bool) -> None:
        self._put_away()
        if allowed:
            self.timer.start(int(self.seconds() * 1000))
        else:
            self.timer.stop()

    def noticed(self, allowed: bool) -> None:
        if not self.asking():
            self.restart(allowed)

    def still_here(self) -> None:
        self.restart(self.may_reset())

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
        if self.may_reset():  # else it became busy meanwhile (a review playing again): its end restarts the watch
            self.ask()

    def _warning_over(self) -> None:
        self._put_away()
        if self.may_reset():
            self.timed_out.emit()
