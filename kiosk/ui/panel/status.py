"""Status: free space and the minutes of recording it leaves, clips today, devices, recovery and the last error; Exit kiosk."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from kiosk.ui.panel import PageBase
from kiosk.ui.widgets import button, label, set_text


class StatusPage(PageBase):
    exit_chosen = Signal()
    refresh_chosen = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.lines: list[str] = []
        self.heading = label("heading")
        self.details = label("body")
        self.details.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.details.setTextInteractionFlags(Qt.NoTextInteraction)
        self.refresh = button()
        self.refresh.clicked.connect(self.refresh_chosen)
        self.exit = button()
        self.exit.clicked.connect(self.exit_chosen)
        actions = QHBoxLayout()
        actions.addWidget(self.exit)
        actions.addWidget(self.refresh)
        actions.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addSpacing(12)
        layout.addWidget(self.details, 1)
        layout.addLayout(actions)
        self.retranslate()

    def show_status(self, lines: list[str]) -> None:
        self.lines = list(lines)
        set_text(self.details, "\n".join(self.lines))

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("How the kiosk is doing"))
        set_text(self.refresh, self.tr("Refresh"), self.tr("Refresh the status"))
        set_text(self.exit, self.tr("Exit kiosk"))
