"""Thanks: the withdrawal code, large, with one line on how to use it; a tap or a few seconds go back to the start."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout

from kiosk.store.codes import display
from kiosk.ui.screens import ScreenBase
from kiosk.ui.widgets import button, label, set_text


class ThanksScreen(ScreenBase):
    done_chosen = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.code = ""
        self.heading = label("title")
        self.heading.setAlignment(Qt.AlignCenter)
        self.code_intro = label("lead")
        self.code_intro.setAlignment(Qt.AlignCenter)
        self.code_label = label("code", wrap=False)
        self.code_label.setAlignment(Qt.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.NoTextInteraction)
        self.how = label("body")
        self.how.setAlignment(Qt.AlignCenter)
        self.done = button("primary")
        self.done.setProperty("shape", "wide")
        self.done.clicked.connect(self.done_chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(160, 80, 160, 80)
        layout.addStretch()
        layout.addWidget(self.heading)
        layout.addSpacing(32)
        layout.addWidget(self.code_intro)
        layout.addWidget(self.code_label)
        layout.addWidget(self.how)
        layout.addStretch()
        layout.addWidget(self.done, 0, Qt.AlignHCenter)
        self.retranslate()

    def show_code(self, code: str) -> None:
        self.code = code
        self.retranslate()
        self.done.setFocus()

    def mouseReleaseEvent(self, event) -> None:
        self.done_chosen.emit()  # a tap anywhere finishes

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Thank you!"))
        set_text(self.code_intro, self.tr("Your code is"))
        shown = display(self.code) if self.code else ""
        set_text(self.code_label, shown, " ".join(shown))  # spelled out, one character at a time
        set_text(self.how, self.tr("Take a photo of it or write it down. If you change your mind, "
                                   "give it to a facilitator and your video will be deleted."))
        set_text(self.done, self.tr("Done"))
