"""Status: free space and the minutes of recording it leaves, clips today, devices, recovery and the last error; Exit kiosk."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from kiosk.ui.panel import PageBase
from kiosk.ui.widgets import button, label, scrolled, set_text


class StatusPage(PageBase):
    exit_chosen = Signal()
    refresh_chosen = Signal()
    check_chosen = Signal()  # "Test camera and microphone"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.lines: list[str] = []
        self.check_lines: list[str] = []  # the last device check's report, shown below the status
        self.checking = False
        self.heading = label("heading")
        self.details = label("body")
        self.details.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.details.setTextInteractionFlags(Qt.NoTextInteraction)
        self.refresh = button()
        self.refresh.clicked.connect(self.refresh_chosen)
        self.check = button()
        self.check.clicked.connect(self.check_chosen)
        # Exit asks once more: on a kiosk session with no desktop, a mis-tap would leave nothing to restart it from.
        self.exit = button()
        self.exit.clicked.connect(lambda: self.ask_exit(True))
        self.exit_question = label("body")
        self.confirm_exit = button("danger")
        self.confirm_exit.clicked.connect(self.exit_chosen)
        self.cancel_exit = button()
        self.cancel_exit.clicked.connect(lambda: self.ask_exit(False))
        actions = QHBoxLayout()
        actions.addWidget(self.exit)
        actions.addWidget(self.refresh)
        actions.addWidget(self.check)
        actions.addStretch()
        question = QHBoxLayout()
        question.addWidget(self.exit_question, 1)
        question.addWidget(self.cancel_exit)
        question.addWidget(self.confirm_exit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addSpacing(12)
        layout.addWidget(scrolled(self.details), 1)
        layout.addLayout(question)
        layout.addLayout(actions)
        self.ask_exit(False)
        self.retranslate()

    def ask_exit(self, asking: bool) -> None:
        for part in (self.exit_question, self.confirm_exit, self.cancel_exit):
            part.setVisible(asking)
        self.exit.setVisible(not asking)
        (self.cancel_exit if asking else self.exit).setFocus()

    def show_status(self, lines: list[str]) -> None:
        self.lines = list(lines)
        # The device test first: what to do while it records, then its report, are what the facilitator is reading for.
        set_text(self.details, "\n".join((self.check_lines + [""] if self.check_lines else []) + self.lines))

    def show_check(self, checking: bool, lines: list[str] = ()) -> None:
        """A device check under way (the button waits), or its report."""
        self.checking = checking
        # What to do while it records goes with the status, not on the button: the button keeps a short word.
        self.check_lines = [self.tr("Testing the camera and microphone: say a few words.")] if checking else \
            [self.tr("Camera and microphone test:")] + [f"  • {line}" for line in lines]
        self.check.setEnabled(not checking)
        self.retranslate()
        self.show_status(self.lines)

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("How the kiosk is doing"))
        set_text(self.refresh, self.tr("Refresh"), self.tr("Refresh the status"))
        set_text(self.check, self.tr("Testing…") if self.checking else self.tr("Test camera and microphone"))
        set_text(self.exit, self.tr("Exit kiosk"))
        set_text(self.exit_question, self.tr("Close the kiosk? It records nothing until it is started again."))
        set_text(self.confirm_exit, self.tr("Yes, exit"), self.tr("Yes, close the kiosk"))
        set_text(self.cancel_exit, self.tr("Keep it running"))
