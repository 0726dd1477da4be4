"""The attract screen: the event's name, an invitation, a big Start and the English / Cymraeg toggle."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QVBoxLayout

from kiosk.ui.screens import ScreenBase
from kiosk.ui.widgets import button, label, set_text


class AttractScreen(ScreenBase):
    start_chosen = Signal()
    language_chosen = Signal(str)

    def __init__(self, event_name: str, parent=None) -> None:
        super().__init__(parent)
        self.event_name = event_name
        self.notices: list[str] = []
        self.title = label("title")
        self.title.setAlignment(Qt.AlignCenter)
        self.invitation = label("lead")
        self.invitation.setAlignment(Qt.AlignCenter)
        self.start = button("primary")
        self.start.setMinimumSize(520, 140)
        self.start.setStyleSheet("font-size: 52px; min-height: 140px; border-radius: 28px;")
        self.start.clicked.connect(self.start_chosen)
        self.notice = label("notice")
        self.notice.setAlignment(Qt.AlignCenter)
        self.notice.hide()

        self.english, self.welsh = button("language"), button("language")
        self.languages = QButtonGroup(self)
        for code, widget in (("en", self.english), ("cy", self.welsh)):
            widget.setCheckable(True)
            widget.setMinimumWidth(220)
            self.languages.addButton(widget)
            widget.clicked.connect(lambda _=False, code=code: self.language_chosen.emit(code))

        toggles = QHBoxLayout()
        toggles.addStretch()
        toggles.addWidget(self.english)
        toggles.addWidget(self.welsh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(120, 60, 120, 60)
        layout.addLayout(toggles)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addSpacing(24)
        layout.addWidget(self.invitation)
        layout.addSpacing(56)
        layout.addWidget(self.start, 0, Qt.AlignHCenter)
        layout.addStretch(3)
        layout.addWidget(self.notice)
        self.retranslate()

    def show_notices(self, notices: list[str]) -> None:
        """Plain sentences for what is missing (no camera, no microphone); empty hides the notice."""
        self.notices = list(notices)
        self.retranslate()

    def retranslate(self) -> None:
        set_text(self.title, self.event_name)
        set_text(self.invitation, self.tr("Share your thoughts in a short video. It only takes a minute or two."))
        set_text(self.start, self.tr("Start"), self.tr("Start: record your thoughts"))
        set_text(self.english, "English", self.tr("Use English"))
        set_text(self.welsh, "Cymraeg", self.tr("Use Welsh (Cymraeg)"))
        self.english.setChecked(self.language == "en")
        self.welsh.setChecked(self.language == "cy")
        self.notice.setVisible(bool(self.notices))
        set_text(self.notice, "\n".join(self.notices))
