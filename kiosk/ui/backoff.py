"""The PIN lock-out, one place for both PIN pages: a refusal, and the back-off counted down on the page that was
refused, a second at a time, until it takes a PIN again."""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QObject, QTimer


class PinLockOut:
    """What the kiosk's PIN screen and the panel's Change PIN share: a wrong PIN refused, too many locking the page
    (`state` "wait", `wait_seconds` left) until `allow_again`. A page mixes it in and says what `clear_typed` clears."""

    state = "ask"
    wait_seconds = 0.0

    def clear_typed(self) -> None:
        """Forgets the PIN that was refused."""

    def locked(self) -> bool:
        """True while a PIN is being checked or the back-off holds: a tap must not send another."""
        return self.state in ("checking", "wait")

    def show_refused(self, wait_seconds: float) -> None:
        self.clear_typed()
        self.state, self.wait_seconds = ("wait" if wait_seconds > 0 else "wrong"), wait_seconds
        self.retranslate()

    def allow_again(self) -> None:
        if self.state == "wait":
            self.state = "ask"
            self.retranslate()

    def wait_sentence(self) -> str:
        return WAIT_WORDS.sentence(math.ceil(self.wait_seconds))


class PinWaitWords(QObject):
    """The back-off's sentence, counted (1 second, 5 seconds): lupdate reads a count (%n) only from a tr() in a class."""

    def sentence(self, seconds: int) -> str:
        return self.tr("Too many tries. Please wait %n second(s).", "", seconds)


WAIT_WORDS = PinWaitWords()


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

    def refuse(self, page: PinLockOut, wait_seconds: float) -> None:
        """A wrong PIN on `page`: refused there, and counted down there while the back-off holds."""
        page.show_refused(wait_seconds)
        if wait_seconds > 0:
            self.start(page, wait_seconds)

    def start(self, page: PinLockOut, seconds: float) -> None:
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
