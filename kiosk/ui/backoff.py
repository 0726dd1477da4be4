"""A PIN back-off counted down on the page that was refused, a second at a time, until it takes a PIN again."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer


class BackOffCountdown(QObject):
    """Drives a PIN page's `wait_seconds` and `allow_again()` (the kiosk's PIN screen and the panel's Change PIN)."""

    TICK_MS = 1000

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._tick)
        self._page = None
        self._until = 0.0

    def start(self, page, seconds: float) -> None:
        self._page, self._until = page, time.monotonic() + seconds
        self._arm(seconds)

    def stop(self) -> None:
        self._timer.stop()

    def isActive(self) -> bool:
        return self._timer.isActive()

    def _arm(self, left: float) -> None:
        self._timer.start(max(1, round(min(left * 1000, self.TICK_MS))))

    def _tick(self) -> None:
        left = self._until - time.monotonic()
        if left <= 0:
            self._page.allow_again()
            return
        if self._page.state == "wait":
            self._page.wait_seconds = left
            self._page.retranslate()
        self._arm(left)
