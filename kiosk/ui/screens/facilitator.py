"""The facilitator's minimal panel: how the kiosk is doing, and Exit kiosk / Back to kiosk."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from kiosk.ui.screens import ScreenBase
from kiosk.ui.widgets import button, label, set_text


class FacilitatorScreen(ScreenBase):
    exit_chosen = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.lines: list[str] = []
        self.heading = label("heading")
        self.status = label("body")
        self.status.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.status.setTextInteractionFlags(Qt.NoTextInteraction)
        self.back = button("primary")
        self.back.clicked.connect(self.back_chosen)
        self.exit = button()
        self.exit.clicked.connect(self.exit_chosen)
        actions = QHBoxLayout()
        actions.addWidget(self.exit)
        actions.addStretch()
        actions.addWidget(self.back)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(120, 60, 120, 60)
        layout.addWidget(self.heading)
        layout.addSpacing(24)
        layout.addWidget(self.status, 1)
        layout.addLayout(actions)
        self.retranslate()

    def show_status(self, lines: list[str]) -> None:
        self.lines = list(lines)
        set_text(self.status, "\n".join(self.lines))

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Facilitator"))
        set_text(self.back, self.tr("Back to kiosk"))
        set_text(self.exit, self.tr("Exit kiosk"))
