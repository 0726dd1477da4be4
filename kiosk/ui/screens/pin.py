"""The facilitator PIN, typed on an on-screen keypad (a kiosk has no keyboard and no system keyboard)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout

from kiosk.ui.backoff import PinLockOut
from kiosk.ui.screens import ScreenBase
from kiosk.ui.widgets import button, label, set_text

MAX_DIGITS = 8


class PinScreen(PinLockOut, ScreenBase):
    pin_entered = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.typed = ""
        self.state = "ask"  # ask, checking, wrong, wait
        self.heading = label("heading")
        self.heading.setAlignment(Qt.AlignCenter)
        self.dots = label("pindots", wrap=False)
        self.dots.setAlignment(Qt.AlignCenter)
        self.status = label("lead")
        self.status.setAlignment(Qt.AlignCenter)
        keypad = QGridLayout()
        keypad.setSpacing(16)
        self.digit_keys = {}
        for index, digit in enumerate("123456789"):
            self.digit_keys[digit] = self._key(digit)
            keypad.addWidget(self.digit_keys[digit], index // 3, index % 3)
        self.erase = self._key("⌫")
        self.digit_keys["0"] = self._key("0")
        self.ok = self._key("OK")
        self.ok.setProperty("role", "primary")
        keypad.addWidget(self.erase, 3, 0)
        keypad.addWidget(self.digit_keys["0"], 3, 1)
        keypad.addWidget(self.ok, 3, 2)
        for digit, key in self.digit_keys.items():
            key.clicked.connect(lambda _=False, digit=digit: self.type_digit(digit))
        self.erase.clicked.connect(self.erase_digit)
        self.ok.clicked.connect(self.submit)
        self.cancel = button()
        self.cancel.clicked.connect(self.back_chosen)
        # Two columns, so the keypad fits a 768-pixel-high screen at full size.
        info = QVBoxLayout()
        info.addStretch()
        info.addWidget(self.heading)
        info.addWidget(self.dots)
        info.addWidget(self.status)
        info.addStretch()
        info.addWidget(self.cancel, 0, Qt.AlignHCenter)
        keypad_column = QVBoxLayout()
        keypad_column.addStretch()
        keypad_column.addLayout(keypad)
        keypad_column.addStretch()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(120, 60, 120, 60)
        layout.addLayout(info, 1)
        layout.addSpacing(60)
        layout.addLayout(keypad_column)
        self.retranslate()

    def _key(self, text: str):
        key = button("key")
        key.setText(text)
        key.setProperty("shape", "keypad")
        return key

    def reset(self) -> None:
        self.typed, self.state = "", "ask"
        self.retranslate()

    def type_digit(self, digit: str) -> None:
        if self.locked() or len(self.typed) >= MAX_DIGITS:
            return
        self.typed += digit
        self.state = "ask"
        self.retranslate()

    def erase_digit(self) -> None:
        self.typed = self.typed[:-1]
        self.retranslate()

    def submit(self) -> None:
        if self.typed and not self.locked():
            self.state = "checking"
            self.retranslate()
            self.pin_entered.emit(self.typed)

    def clear_typed(self) -> None:
        self.typed = ""

    def keyPressEvent(self, event) -> None:
        if event.text().isascii() and event.text().isdigit():
            self.type_digit(event.text())
        elif event.key() == Qt.Key_Backspace:
            self.erase_digit()
        elif event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.submit()
        else:
            super().keyPressEvent(event)

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Facilitator PIN"))
        set_text(self.dots, "●" * len(self.typed) or "–", self.tr("%n digit(s) typed", "", len(self.typed)))
        status = {
            "ask": self.tr("Type the PIN, then OK."),
            "checking": self.tr("Checking…"),
            "wrong": self.tr("That PIN is not right. Please try again."),
            "wait": self.wait_sentence(),
        }[self.state]
        set_text(self.status, status)
        for digit, key in self.digit_keys.items():
            key.setAccessibleName(digit)
        self.erase.setAccessibleName(self.tr("Delete last digit"))
        self.ok.setAccessibleName(self.tr("OK, check the PIN"))
        set_text(self.cancel, self.tr("Cancel"), self.tr("Cancel, back to the kiosk"))
