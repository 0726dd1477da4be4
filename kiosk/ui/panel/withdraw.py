"""Withdraw by code: type the attendee's code, see which clip it is, confirm, see what was removed.

A clip chosen on the Clips page ("Withdraw this clip") comes here found, and is asked about in the same words.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout

from kiosk.config import Card
from kiosk.sentence import Sentence
from kiosk.store import codes
from kiosk.store.withdraw import WithdrawalReport
from kiosk.ui.i18n import say
from kiosk.ui.panel import PageBase
from kiosk.ui.panel.jobs import ClipRow
from kiosk.ui.widgets import OnScreenKeyboard, button, label, scrolled, set_text

CODE_ROWS = tuple(codes.ALPHABET[start:start + 9] for start in range(0, len(codes.ALPHABET), 9))


class WithdrawPage(PageBase):
    find_chosen = Signal(str)  # the code as typed
    withdraw_confirmed = Signal(str)  # the code as stored
    back_to_clips = Signal()  # Cancel on a clip chosen on the Clips page: back there, the clip kept

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.language = "en"
        self.cards: dict[str, Card] = {}
        self.state = "ask"  # ask, finding, found, gone-before, unknown, malformed, withdrawing, done, failed
        self.code = ""
        self.row: ClipRow | None = None
        self.message = ""
        self.error: Sentence | str = ""  # why the last withdrawal failed
        self.from_clips = False  # the clip was chosen on the Clips page, not found by its code
        self.heading = label("heading")
        self.hint = label("body")
        self.code_field = QLineEdit()
        self.code_field.setMaxLength(12)
        self.code_field.setProperty("role", "code")
        self.code_field.returnPressed.connect(self.find)
        self.keypad = OnScreenKeyboard(CODE_ROWS, extra="", shift=False, space=False)
        self.keypad.serve([self.code_field])
        self.find_button = button("primary")
        self.find_button.clicked.connect(self.find)
        self.thumbnail = QLabel()
        self.thumbnail.setProperty("role", "thumbnail")  # its size is in the theme, so it follows the screen
        self.thumbnail.setScaledContents(True)
        self.thumbnail.setAlignment(Qt.AlignCenter)
        self.found = label("body")
        self.outcome = label("body")
        self.outcome.setTextInteractionFlags(Qt.NoTextInteraction)
        self.confirm = button("danger")  # it deletes the clip and its exported copies
        self.confirm.clicked.connect(self._confirm)
        self.cancel = button()
        self.cancel.clicked.connect(self._cancel)
        entry = QHBoxLayout()
        entry.addWidget(self.code_field, 1)
        entry.addWidget(self.find_button)
        clip = QHBoxLayout()
        clip.addWidget(self.thumbnail)
        clip.addWidget(self.found, 1)
        choices = QHBoxLayout()
        choices.addStretch()
        choices.addWidget(self.cancel)
        choices.addWidget(self.confirm)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(entry)
        layout.addWidget(self.keypad)
        layout.addLayout(clip)
        self.outcome.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        layout.addWidget(scrolled(self.outcome), 1)
        layout.addLayout(choices)
        self.retranslate()

    def set_cards(self, cards: tuple[Card, ...]) -> None:
        self.cards = {card.id: card for card in cards}

    def reset(self) -> None:
        self.state, self.code, self.row, self.message = "ask", "", None, ""
        self.from_clips = False
        self.code_field.clear()
        self.retranslate()

    def _cancel(self) -> None:
        back = self.from_clips
        self.reset()
        if back:
            self.back_to_clips.emit()

    def show_chosen(self, row: ClipRow) -> None:
        """A clip chosen on the Clips page, as if its code had been typed and found: Withdraw it asks the same."""
        if self.state == "withdrawing":
            return
        self.reset()
        self.from_clips = True
        self.code_field.setText(codes.display(row.code))
        self.show_found(row.code, row)

    def find(self) -> None:
        typed = self.code_field.text()
        if self.state in ("finding", "withdrawing") or not typed.strip():
            return
        self.row, self.message, self.from_clips = None, "", False
        if not codes.is_code(codes.normalise(typed)):
            self.state = "malformed"
            self.retranslate()
            return
        self.state = "finding"
        self.retranslate()
        self.find_chosen.emit(typed)

    def show_found(self, code: str, row: ClipRow | None) -> None:
        self.code, self.row = code, row
        self.state = "found" if row is not None else "gone-before"
        self.retranslate()

    def show_unknown(self) -> None:
        self.state = "unknown"
        self.retranslate()

    def _confirm(self) -> None:
        if self.state in ("found", "gone-before"):
            self.state = "withdrawing"
            self.retranslate()
            self.withdraw_confirmed.emit(self.code)

    def show_withdrawn(self, report: WithdrawalReport) -> None:
        self.state = "done"
        lines = [self.tr("Withdrawn: %1. Removed %2 files.").replace("%1", codes.display(report.code))
                 .replace("%2", str(len(report.removed)))]
        lines += [f"  • {path.name}" for path in report.removed[:8]]
        if len(report.removed) > 8:
            lines.append("  …")
        for dest in report.exports_updated:
            lines.append(self.tr("Export updated: %1").replace("%1", str(dest)))
        if report.problems:
            lines.append(self.tr("Exports that could not be reached:"))
            lines += [f"  • {problem}" for problem in report.problems]
        self.message = "\n".join(lines)
        self.code_field.clear()
        self.retranslate()

    def show_failed(self, error: Sentence | str) -> None:
        """The withdrawal did not happen, and why: a store's Sentence is said in the language shown, again after a
        switch."""
        self.state, self.error = "failed", error
        self.retranslate()

    def _clip_text(self) -> str:
        row = self.row
        if row is None:
            return ""
        card = self.cards.get(row.card_id)
        minutes, seconds = divmod(round(row.duration), 60)
        # Two lines, not four: with the keypad and the question above Withdraw it, a 720-pixel page has no more.
        return self.tr("Code %1").replace("%1", codes.display(self.code)) + "\n" + " · ".join([
            row.started_at.strftime("%Y-%m-%d %H:%M"),
            card.label(self.language) if card else row.card_id,
            self.tr("%1 long").replace("%1", f"{minutes}:{seconds:02d}"),
        ])

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Withdraw a clip"))
        set_text(self.hint, self.tr("Type the attendee's code (6 letters and digits, like K7M-4PX), then Find."))
        self.code_field.setAccessibleName(self.tr("Withdrawal code"))
        self.keypad.setAccessibleName(self.tr("Keys for the withdrawal code"))
        set_text(self.find_button, self.tr("Find"), self.tr("Find the clip with this code"))
        found = self.state == "found" and self.row is not None
        self.thumbnail.setVisible(found)
        self.found.setVisible(found)
        if found:
            image = self.row.thumbnail
            self.thumbnail.setPixmap(QPixmap.fromImage(image) if not image.isNull() else QPixmap())
            self.thumbnail.setAccessibleName(self.tr("Picture from the clip"))
            set_text(self.found, self._clip_text())
        outcome = {
            "ask": "",
            "finding": self.tr("Looking for the clip…"),
            "found": self.tr("Is this the clip? Withdrawing deletes it and its copies in earlier exports."),
            "gone-before": self.tr("This code was withdrawn before. Withdrawing again removes copies in exports "
                                   "that were out of reach then."),
            "unknown": self.tr("No clip has that code. Please check it with the attendee and try again."),
            "malformed": self.tr("A code has 6 letters and digits, like K7M-4PX. Please check it and try again."),
            "withdrawing": self.tr("Withdrawing…"),
            "done": self.message,
            "failed": self.tr("The clip could not be withdrawn: %1").replace("%1", say(self.error)),
        }[self.state]
        set_text(self.outcome, outcome)
        self.confirm.setVisible(self.state in ("found", "gone-before"))
        self.cancel.setVisible(self.state in ("found", "gone-before"))
        set_text(self.confirm, self.tr("Withdraw it"), self.tr("Yes, withdraw this clip"))
        set_text(self.cancel, self.tr("Cancel"), self.tr("Cancel, keep the clip"))
