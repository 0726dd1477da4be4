"""The 3-2-1 countdown over the live mirrored preview, with a Cancel until the take starts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout

from kiosk.ui.screens import ScreenBase
from kiosk.ui.widgets import CameraPreview, button, label, set_text


class CountdownScreen(ScreenBase):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.count = 3
        self.heading = label("heading")
        self.heading.setAlignment(Qt.AlignCenter)
        self.preview = CameraPreview()
        self.number = label("countdown")
        self.number.setAlignment(Qt.AlignCenter)
        self.cancel = button()
        self.cancel.clicked.connect(self.back_chosen)  # as Esc: back to the prompt, no take started
        actions = QHBoxLayout()
        actions.addWidget(self.cancel)
        actions.addStretch()
        stage = QGridLayout()
        stage.addWidget(self.preview, 0, 0)
        stage.addWidget(self.number, 0, 0, Qt.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(120, 40, 120, 60)
        layout.addWidget(self.heading)
        layout.addLayout(stage, 1)
        layout.addSpacing(16)
        layout.addLayout(actions)
        self.retranslate()

    def show_frame(self, frame) -> None:
        self.preview.show_frame(frame)

    def show_count(self, count: int) -> None:
        self.count = count
        self.cancel.setEnabled(True)
        self.retranslate()

    def show_starting(self) -> None:
        """The take is being started: too late to cancel (Stop on the next screen ends it)."""
        self.cancel.setEnabled(False)

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Get ready, recording starts in…"))
        set_text(self.cancel, self.tr("Cancel"), self.tr("Cancel, do not record yet"))
        set_text(self.number, str(self.count), self.tr("%n second(s)", "", self.count))
