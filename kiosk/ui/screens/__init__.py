"""One screen a module: each shows state and says what the attendee did through past-tense signals."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from kiosk.ui.widgets import Retranslated


MAIN_ROLES = ("primary", "stop")  # a screen's main button: Start, I agree, I'm ready, Stop, Keep it, Done


class ScreenBase(Retranslated, QWidget):
    """Retranslates itself when the language changes; Esc means back.

    `language` is set by the controller before it switches Qt's translator, so texts that come
    from the event config (card labels, prompts, consent) follow in the same retranslate pass.
    """

    back_chosen = Signal()
    busy_ended = Signal()  # what held idle off (busy() was True) is over: idle may count again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = "en"
        # It takes the focus when given it (keys it gets bubble up here) but is no stop of Tab's: a stop with nothing
        # to show for it, before the first control, left keyboard users lost.
        self.setFocusPolicy(Qt.ClickFocus)

    def busy(self) -> bool:
        """True while idle must not interrupt, though the screen is one idle may leave (a review playing)."""
        return False

    def take_focus(self) -> None:
        """Keyboard focus on the screen's main button, so Enter or Space does what a tap on it would."""
        for candidate in self.findChildren(QPushButton):
            if candidate.property("role") in MAIN_ROLES and candidate.isEnabled() and candidate.isVisibleTo(self):
                candidate.setFocus()
                return
        self.setFocus()

    def keyPressEvent(self, event) -> None:
        # Key presses a focused button does not use bubble up to here.
        if event.key() == Qt.Key_Escape:
            self.back_chosen.emit()
            return
        super().keyPressEvent(event)
