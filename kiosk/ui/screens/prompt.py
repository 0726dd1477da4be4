"""The prompt: the question for the chosen card, the live mirrored picture to frame oneself, and a big "I'm ready"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QVBoxLayout

from kiosk.config import Text
from kiosk.ui.screens import ScreenBase
from kiosk.ui.widgets import CameraPreview, button, label, set_text


class PromptScreen(ScreenBase):
    ready_chosen = Signal()

    def __init__(self, max_seconds: float, parent=None) -> None:
        super().__init__(parent)
        self.max_seconds = max_seconds
        self.prompt = Text("")
        self.perspective = Text("")
        self.message = ""
        self.heading = label("lead")
        self.heading.setAlignment(Qt.AlignCenter)
        self.question = label("heading")  # not the title size: it shares the width with the picture
        self.question.setAlignment(Qt.AlignCenter)
        self.hint = label("lead")
        self.hint.setAlignment(Qt.AlignCenter)
        self.problem = label("notice")
        self.problem.setAlignment(Qt.AlignCenter)
        self.problem.hide()
        # Framing before the countdown: people see themselves, and can move into the picture, before it counts.
        self.preview = CameraPreview()
        self.framing = label("muted")
        self.framing.setAlignment(Qt.AlignCenter)
        self.ready = button("primary")
        self.ready.setProperty("shape", "large")
        self.ready.clicked.connect(self.ready_chosen)
        self.back = button()
        self.back.clicked.connect(self.back_chosen)
        actions = QHBoxLayout()
        actions.addWidget(self.back)
        actions.addStretch()
        actions.addWidget(self.ready)
        words = QVBoxLayout()
        words.addStretch()
        words.addWidget(self.question)
        words.addSpacing(40)
        words.addWidget(self.hint)
        words.addStretch()
        picture = QVBoxLayout()
        picture.addWidget(self.preview, 1)
        picture.addWidget(self.framing)
        self.stage = stage = QBoxLayout(QBoxLayout.LeftToRight)
        stage.addLayout(words, 3)
        stage.addSpacing(32)
        stage.addLayout(picture, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(120, 48, 120, 40)
        layout.addWidget(self.heading)
        layout.addLayout(stage, 1)
        layout.addWidget(self.problem)
        layout.addLayout(actions)
        self.retranslate()

    def resizeEvent(self, event) -> None:
        # On a portrait screen the picture goes under the words, at the page's width, not in a narrow column beside.
        portrait = event.size().height() > event.size().width()
        self.stage.setDirection(QBoxLayout.TopToBottom if portrait else QBoxLayout.LeftToRight)
        super().resizeEvent(event)

    def show_frame(self, frame) -> None:
        self.preview.show_frame(frame)

    def show_no_camera(self) -> None:
        self.preview.show_message(self.tr("No camera: only your voice will be recorded."))

    def show_prompt(self, perspective: Text, prompt: Text, problem: str = "") -> None:
        self.perspective, self.prompt, self.message = perspective, prompt, problem
        self.retranslate()

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Speaking as: %1").replace("%1", self.perspective(self.language)))
        set_text(self.question, self.prompt(self.language))
        seconds = round(self.max_seconds)
        set_text(self.hint, self.tr("You can talk for up to %n second(s), and stop whenever you like. "
                                    "A short countdown comes first.", "", seconds))
        set_text(self.framing, self.tr("This is you. Move so that your face is in the picture."))
        self.preview.setAccessibleName(self.tr("Camera picture, mirrored"))
        set_text(self.ready, self.tr("I'm ready"))
        set_text(self.back, self.tr("Back"))
        self.problem.setVisible(bool(self.message))
        set_text(self.problem, self.message)
