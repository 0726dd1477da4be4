"""The facilitator's way in: the PIN screen's tries checked off the GUI thread, with the back-off counted down."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kiosk.sentence import Sentence
from kiosk.store import ClipStore
from kiosk.ui.backoff import BackOffCountdown
from kiosk.ui.disk import DiskWorker
from kiosk.ui.notes import KioskNotes
from kiosk.ui.pin import DEFAULT_PIN, PinStore
from kiosk.ui.screens.pin import PinScreen


class PinEntry(QObject):
    """Checks what is typed on `screen` against `pins` on the DiskWorker (scrypt is slow on purpose)."""

    pin_accepted = Signal(object)  # the free bytes for recordings (an int past 2**31), for the panel's status
    # A refusal is shown on the screen even if the facilitator has left it: the next opening resets it.

    def __init__(self, screen: PinScreen, pins: PinStore, store: ClipStore, worker: DiskWorker, notes: KioskNotes,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.screen, self.pins, self.store, self.worker, self.notes = screen, pins, store, worker, notes
        self.wait_timer = BackOffCountdown(self)
        screen.pin_entered.connect(self.check)

    def check(self, typed: str) -> None:
        pins, store = self.pins, self.store
        checking = self.worker.submit(lambda: (pins.check(typed), store.free_bytes(), typed == DEFAULT_PIN))
        checking.finished.connect(self._checked)
        checking.failed.connect(self._not_checked)

    def stop(self) -> None:
        self.wait_timer.stop()

    def _not_checked(self, error: Sentence | str) -> None:
        self.screen.show_refused(0)
        self.notes.errors.append(error)

    def _checked(self, result) -> None:
        check, free_bytes, is_default = result
        if not check.accepted:
            self.wait_timer.refuse(self.screen, check.wait_seconds)
            return
        self.notes.default_pin = is_default
        self.pin_accepted.emit(free_bytes)
