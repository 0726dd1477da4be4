"""Change PIN: the old PIN, then the new one twice, on a digit keypad."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QVBoxLayout

from kiosk.ui.backoff import PinLockOut
from kiosk.ui.panel import PageBase
from kiosk.ui.widgets import DIGIT_ROWS, OnScreenKeyboard, button, label, set_text


class PinChangePage(PinLockOut, PageBase):
    change_chosen = Signal(str, str)  # old PIN, new PIN

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.state = "ask"  # ask, mismatch, invalid, checking, wrong, wait, changed, failed
        self.message = ""
        self.heading = label("heading")
        self.old, self.new, self.repeat = (self._field() for _ in range(3))
        self.keypad = OnScreenKeyboard(DIGIT_ROWS, extra="", shift=False, space=False)
        self.keypad.serve([self.old, self.new, self.repeat])
        self.captions = [label("body") for _ in range(3)]
        self.outcome = label("body")
        self.change = button("primary")
        self.change.clicked.connect(self._change)
        form = QFormLayout()
        for caption, field in zip(self.captions, (self.old, self.new, self.repeat)):
            form.addRow(caption, field)
        columns = QHBoxLayout()
        columns.addLayout(form, 1)
        columns.addSpacing(40)
        columns.addWidget(self.keypad)
        actions = QHBoxLayout()
        actions.addWidget(self.outcome, 1)
        actions.addWidget(self.change)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(columns)
        layout.addStretch()
        layout.addLayout(actions)
        self.retranslate()

    def _field(self) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.Password)
        field.setMaxLength(8)
        field.setProperty("role", "pin")
        return field

    def reset(self) -> None:
        for field in (self.old, self.new, self.repeat):
            field.clear()
        self.state = "ask"
        self.keypad.target = self.old
        self.retranslate()

    def _change(self) -> None:
        if self.locked():
            return
        old, new, repeat = self.old.text(), self.new.text(), self.repeat.text()
        if not (new.isascii() and new.isdigit() and 4 <= len(new) <= 8):
            self.state = "invalid"
        elif new != repeat:
            self.state = "mismatch"
        else:
            self.state = "checking"
            self.change_chosen.emit(old, new)
        self.retranslate()

    def show_changed(self) -> None:
        self.reset()
        self.state = "changed"
        self.retranslate()

    def clear_typed(self) -> None:
        self.old.clear()

    def show_failed(self, error: str) -> None:
        self.state, self.message = "failed", error
        self.retranslate()

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Change the facilitator PIN"))
        for caption, field, text in zip(self.captions, (self.old, self.new, self.repeat),
                                        (self.tr("PIN now"), self.tr("New PIN"), self.tr("New PIN again"))):
            set_text(caption, text)
            field.setAccessibleName(text)
        self.keypad.setAccessibleName(self.tr("Digits"))
        set_text(self.change, self.tr("Change PIN"))
        self.change.setEnabled(not self.locked())
        set_text(self.outcome, {
            "ask": self.tr("Tap a box, then type on the keypad."),
            "invalid": self.tr("A PIN is 4 to 8 digits."),
            "mismatch": self.tr("The two new PINs are not the same. Please type them again."),
            "checking": self.tr("Checking…"),
            "wrong": self.tr("The PIN now is not right, so the PIN was not changed."),
            "wait": self.wait_sentence(),
            "changed": self.tr("The PIN is changed. Use the new one from now on."),
            "failed": self.tr("The PIN could not be changed: %1").replace("%1", self.message),
        }[self.state])
