"""Thanks: the withdrawal code, large, with how to use it; it stays until Done or a visible countdown ends."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout

from kiosk.store.codes import display
from kiosk.ui.screens import ScreenBase
from kiosk.ui.seconds import SecondsCountdown
from kiosk.ui.widgets import button, label, set_text


class ThanksScreen(ScreenBase):
    """Taps anywhere but Done (the code itself too) leave the code where it is: people photograph it."""

    done_chosen = Signal()
    time_ran_out = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.code = ""
        self.seconds_left = 0
        self.countdown = SecondsCountdown(self)
        self.countdown.ticked.connect(self._show_seconds)
        self.countdown.finished.connect(self.time_ran_out)
        self.heading = label("title")
        self.heading.setAlignment(Qt.AlignCenter)
        self.code_intro = label("lead")
        self.code_intro.setAlignment(Qt.AlignCenter)
        self.code_label = label("code", wrap=False)
        self.code_label.setAlignment(Qt.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.NoTextInteraction)
        self.how = label("body")
        self.how.setAlignment(Qt.AlignCenter)
        self.time_left = label("muted")
        self.time_left.setAlignment(Qt.AlignCenter)
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
        layout.addWidget(self.time_left)
        self.retranslate()

    def show_code(self, code: str, seconds: float) -> None:
        """Shows `code` and counts `seconds` down on screen; `time_ran_out` at the end."""
        self.code = code
        self.retranslate()
        self.done.setFocus()
        self.countdown.start(seconds)

    def stop_countdown(self) -> None:
        self.countdown.stop()

    def _show_seconds(self, seconds: int) -> None:
        self.seconds_left = seconds
        self.retranslate()

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Thank you!"))
        set_text(self.code_intro, self.tr("Your code is"))
        shown = display(self.code) if self.code else ""
        set_text(self.code_label, shown, " ".join(shown))  # spelled out, one character at a time
        set_text(self.how, self.tr("Take a photo of it or write it down. If you change your mind, "
                                   "give it to a facilitator and your video will be deleted."))
        set_text(self.time_left, self.tr("This screen goes back to the start in %n second(s).", "", self.seconds_left))
        set_text(self.done, self.tr("Done"))
