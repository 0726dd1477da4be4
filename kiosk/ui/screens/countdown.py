"""The 3-2-1 countdown over the live mirrored preview."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QVBoxLayout

from kiosk.ui.screens import ScreenBase
from kiosk.ui.widgets import CameraPreview, label, set_text


class CountdownScreen(ScreenBase):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.count = 3
        self.heading = label("heading")
        self.heading.setAlignment(Qt.AlignCenter)
        self.preview = CameraPreview()
        self.number = label("countdown")
        self.number.setAlignment(Qt.AlignCenter)
        self.number.setStyleSheet("color: white; background: rgba(0, 0, 0, 150); border-radius: 40px;"
                                  "padding: 0 80px; font-size: 240px; font-weight: bold;")
        stage = QGridLayout()
        stage.addWidget(self.preview, 0, 0)
        stage.addWidget(self.number, 0, 0, Qt.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(120, 40, 120, 60)
        layout.addWidget(self.heading)
        layout.addLayout(stage, 1)
        self.retranslate()

    def show_frame(self, frame) -> None:
        self.preview.show_frame(frame)

    def show_count(self, count: int) -> None:
        self.count = count
        self.retranslate()

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Get ready, recording starts in…"))
        set_text(self.number, str(self.count), self.tr("%1 seconds").replace("%1", str(self.count)))
