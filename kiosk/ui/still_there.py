"""The "Still there?" overlay: shown over any screen before idle sends the kiosk back to the start."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.widgets import Retranslated, button, label, set_text


class StillThereOverlay(Retranslated, QWidget):
    """Covers its parent (the kiosk's screens) with a dimmed layer and one question, a visible countdown and a big
    "I'm still here". It follows the parent's size and takes no room in any layout, so it cannot grow the window.
    A tap anywhere on it counts as "I'm still here" too: a person touching the screen is there.
    """

    still_here_chosen = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("still_there")
        self.setAttribute(Qt.WA_StyledBackground, True)
        self.setStyleSheet("#still_there { background: rgba(28, 27, 26, 190); }")
        self.seconds = 0
        self.card = QFrame()
        self.card.setObjectName("still_there_card")
        self.card.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Preferred)
        self.heading = label("title")
        self.heading.setAlignment(Qt.AlignCenter)
        self.countdown = label("lead")
        self.countdown.setAlignment(Qt.AlignCenter)
        self.still_here = button("primary")
        self.still_here.setProperty("shape", "hero")  # sized by the theme, so it follows the screen
        self.still_here.clicked.connect(self.still_here_chosen)
        inside = QVBoxLayout(self.card)
        inside.setContentsMargins(48, 40, 48, 40)
        inside.setSpacing(24)
        inside.addWidget(self.heading)
        inside.addWidget(self.countdown)
        inside.addWidget(self.still_here)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch()
        layout.addWidget(self.card)
        layout.addStretch()
        parent.installEventFilter(self)
        self.hide()
        self.retranslate()

    def show_seconds(self, seconds: int) -> None:
        """Shows (or updates) the question with `seconds` left before the kiosk goes back to the start."""
        self.seconds = seconds
        self.retranslate()
        if not self.isVisible():
            self._cover()
            self.show()
            self.raise_()
            self.still_here.setFocus()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Resize:
            self._cover()
        return False

    def _cover(self) -> None:
        area = self.parentWidget().rect()
        side = area.width() // 8  # the card keeps a calm width on a wide screen and wraps on a narrow one
        self.layout().setContentsMargins(side, 48, side, 48)
        self.setGeometry(area)

    def mouseReleaseEvent(self, event) -> None:
        self.still_here_chosen.emit()

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Still there?"))
        set_text(self.countdown, self.tr("Going back to the start in %n second(s).", "", self.seconds))
        set_text(self.still_here, self.tr("I'm still here"))
