"""Export: a destination (a removable drive or a typed folder), scope and cards; progress, Cancel and the report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QGridLayout, QHBoxLayout, QLineEdit, QProgressBar, QScrollArea,
                               QVBoxLayout, QWidget)

from kiosk.config import Card, Scope
from kiosk.export import ExportOptions, ExportReport
from kiosk.sentence import Sentence
from kiosk.ui.i18n import say
from kiosk.ui.panel import PageBase
from kiosk.ui.widgets import OnScreenKeyboard, button, label, scrolled, set_text, touch_scrolling

RECORD_FOLDER = "whose-shoes-record"
CARD_COLUMNS = 2


class ExportPage(PageBase):
    export_chosen = Signal(object, object)  # (Path, ExportOptions without its config)
    cancel_chosen = Signal()
    drives_refresh_chosen = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.language = "en"
        self.cards: tuple[Card, ...] = ()
        self.scopes: tuple[Scope, ...] = ()
        self.drives: list[Path] = []
        self.state = "ready"  # ready, running, cancelling, done, failed
        self.report: ExportReport | None = None
        self.message = ""
        self.heading = label("heading")
        self.drives_label = label("body", wrap=False)
        self.drive_row = QHBoxLayout()
        self.drive_buttons: list = []
        self.refresh_drives = button()
        self.refresh_drives.clicked.connect(self.drives_refresh_chosen)
        self.dest = QLineEdit()
        # The keyboard lies over the choices below the folder field rather than among them: the page has no room
        # for both on a 720-pixel screen, and while a folder is typed the choices are not needed.
        self.keyboard = OnScreenKeyboard(extra="", parent=self)
        self.keyboard.setAttribute(Qt.WA_StyledBackground)  # opaque, over what it covers
        self.keyboard.serve([self.dest])
        self.keyboard.hide()
        self.keyboard.field_focused.connect(lambda _: self.show_keyboard.setChecked(True))
        self.show_keyboard = button()
        self.show_keyboard.setCheckable(True)
        self.show_keyboard.toggled.connect(self._keyboard_toggled)
        self.scope_label = label("body")
        self.scope_buttons = QButtonGroup(self)
        self.scope_row = QHBoxLayout()
        self.cards_label = label("body")
        self.card_grid = QGridLayout()
        self.card_buttons: list = []
        self.compilations = self._toggle()
        self.zip = self._toggle()
        self.what_we_heard = self._toggle()  # report.html, report.docx and record.qdpx
        self.reel = self._toggle()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress_text = label("muted")
        self.outcome = label("body")
        self.outcome.setTextInteractionFlags(Qt.NoTextInteraction)
        self.start = button("primary")
        self.start.clicked.connect(self._start)
        self.cancel = button()
        self.cancel.clicked.connect(self._cancel)
        dest_row = QHBoxLayout()
        dest_row.addWidget(self.dest, 1)
        dest_row.addWidget(self.show_keyboard)
        drives = QHBoxLayout()
        drives.addWidget(self.drives_label)
        drives.addLayout(self.drive_row)
        drives.addStretch()
        drives.addWidget(self.refresh_drives)
        scope = QHBoxLayout()
        scope.addWidget(self.scope_label)
        scope.addLayout(self.scope_row)
        scope.addStretch()
        extras = QHBoxLayout()
        extras.addWidget(self.compilations)
        extras.addWidget(self.zip)
        extras.addStretch()
        heard = QHBoxLayout()
        heard.addWidget(self.what_we_heard)
        heard.addWidget(self.reel)
        heard.addStretch()
        # The choices scroll, so the destination, progress and report stay in view on a 768-pixel screen.
        choices = QWidget()
        choice_layout = QVBoxLayout(choices)
        choice_layout.addLayout(scope)
        choice_layout.addWidget(self.cards_label)
        choice_layout.addLayout(self.card_grid)
        choice_layout.addLayout(extras)
        choice_layout.addLayout(heard)
        choice_layout.addStretch()
        self.choices = QScrollArea()
        self.choices.setWidgetResizable(True)
        self.choices.setWidget(choices)
        touch_scrolling(self.choices)
        actions = QHBoxLayout()
        actions.addWidget(self.progress, 1)
        actions.addWidget(self.cancel)
        actions.addWidget(self.start)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(drives)
        layout.addLayout(dest_row)
        layout.addWidget(self.choices, 1)
        layout.addWidget(self.progress_text)
        self.outcome_area = scrolled(self.outcome)
        layout.addWidget(self.outcome_area, 1)
        layout.addLayout(actions)
        self.retranslate()

    def _keyboard_toggled(self, shown: bool) -> None:
        self.keyboard.setVisible(shown)
        self._place_keyboard()

    def _place_keyboard(self) -> None:
        if not self.keyboard.isVisible():
            return
        top = self.dest.mapTo(self, self.dest.rect().bottomLeft()).y() + 1 + self.layout().spacing()
        covered = self.choices.geometry().bottom() + 1 - top  # all of the choices, none of the page's foot
        height = min(max(self.keyboard.sizeHint().height(), covered), self.height() - top)
        self.keyboard.setGeometry(0, top, self.width(), max(0, height))
        self.keyboard.raise_()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_keyboard()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._place_keyboard()

    def _toggle(self):
        toggle = button("scope")
        toggle.setCheckable(True)
        toggle.setProperty("shape", "compact")  # not bold when chosen: the label would no longer fit
        return toggle

    def set_choices(self, scopes: tuple[Scope, ...], cards: tuple[Card, ...]) -> None:
        """The scopes and cards to choose from (the event's settings)."""
        self.scopes, self.cards = scopes, cards
        for choice in self.scope_buttons.buttons():
            self.scope_buttons.removeButton(choice)
            choice.deleteLater()
        for index, scope in enumerate(scopes):
            choice = self._toggle()
            choice.setProperty("scope_id", scope.id)
            self.scope_buttons.addButton(choice)
            self.scope_row.addWidget(choice)
            choice.setChecked(index == 0)
        for choice in self.card_buttons:
            choice.deleteLater()
        self.card_buttons = []
        for index, card in enumerate(cards):
            choice = self._toggle()
            choice.setProperty("card_id", card.id)
            self.card_grid.addWidget(choice, index // CARD_COLUMNS, index % CARD_COLUMNS)
            self.card_buttons.append(choice)
        self.retranslate()

    def show_drives(self, drives: list[Path]) -> None:
        for choice in self.drive_buttons:
            choice.deleteLater()
        self.drives = list(drives)
        self.drive_buttons = []
        for drive in self.drives:
            choice = button()
            choice.setText(drive.name)
            choice.setAccessibleName(self.tr("Export to the drive %1").replace("%1", drive.name))
            choice.clicked.connect(lambda _=False, drive=drive: self.choose_destination(drive / RECORD_FOLDER))
            self.drive_row.addWidget(choice)
            self.drive_buttons.append(choice)
        if not self.dest.text() and self.drives:
            self.choose_destination(self.drives[0] / RECORD_FOLDER)
        self.retranslate()

    def choose_destination(self, dest: Path) -> None:
        self.dest.setText(str(dest))

    def chosen_options(self) -> ExportOptions:
        checked = self.scope_buttons.checkedButton()
        cards = tuple(choice.property("card_id") for choice in self.card_buttons if choice.isChecked())
        return ExportOptions(scope=checked.property("scope_id") if checked else None, cards=cards,
                             zip=self.zip.isChecked(), compilations=self.compilations.isChecked(),
                             report=self.what_we_heard.isChecked(), reel=self.reel.isChecked())

    def _start(self) -> None:
        text = self.dest.text().strip()
        if self.state in ("running", "cancelling"):
            return
        if not text or not Path(text).is_absolute():
            self.state, self.message = "failed", self.tr("Choose a drive, or type a whole folder path starting with /.")
            self.retranslate()
            return
        self.state, self.report, self.message = "running", None, ""
        self.progress.setValue(0)
        set_text(self.progress_text, "")
        self.retranslate()
        self.export_chosen.emit(Path(text), self.chosen_options())

    def _cancel(self) -> None:
        if self.state == "running":
            self.state = "cancelling"
            self.retranslate()
            self.cancel_chosen.emit()

    def show_progress(self, done: int, total: int, message: Sentence | str) -> None:
        self.progress.setValue(round(100 * done / total) if total else 0)
        set_text(self.progress_text, f"{done}/{total} · {say(message)}")

    def show_report(self, report: ExportReport) -> None:
        self.state, self.report = "done", report
        if not report.cancelled:
            self.progress.setValue(100)
        self.retranslate()

    def show_failed(self, error: Sentence | str) -> None:
        self.state, self.message = "failed", say(error)
        self.retranslate()

    def _report_text(self) -> str:
        report = self.report
        lines = [self.tr("Export cancelled: the record holds what was copied so far.") if report.cancelled
                 else self.tr("Export finished.")]
        lines.append(self.tr("%n clip(s) in the record at %2 (%3 new, %4 removed).", "", report.clips)
                     .replace("%2", str(report.dest))
                     .replace("%3", str(report.added)).replace("%4", str(report.removed)))
        if report.left_out:
            lines.append(self.tr("%n clip(s) left out by card, date or consent.", "", report.left_out))
        for title, sentences in ((self.tr("Skipped:"), report.skipped), (self.tr("Damaged, not exported:"), report.damaged)):
            if sentences:
                lines.append(title)
                lines += [f"  • {say(sentence)}" for sentence in sentences]
        return "\n".join(lines)

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Export the event record"))
        set_text(self.drives_label, self.tr("Drives:") if self.drives else self.tr("No USB drive found."))
        set_text(self.refresh_drives, self.tr("Look again"), self.tr("Look again for USB drives"))
        self.dest.setAccessibleName(self.tr("Folder to export into"))
        self.dest.setPlaceholderText(self.tr("Folder to export into"))
        set_text(self.show_keyboard, self.tr("Keyboard"), self.tr("Show the keyboard to type a folder"))
        set_text(self.scope_label, self.tr("Consent:"))
        for choice, scope in zip(self.scope_buttons.buttons(), self.scopes):
            set_text(choice, scope.label(self.language))
        set_text(self.cards_label, self.tr("Cards (none chosen: every card):"))
        for choice, card in zip(self.card_buttons, self.cards):
            set_text(choice, card.label(self.language))
        set_text(self.compilations, self.tr("Compilations"), self.tr("Also make a compilation video per card"))
        set_text(self.zip, self.tr("One zip file"), self.tr("Export as one zip file"))
        set_text(self.what_we_heard, self.tr("What we heard"),
                 self.tr("Also write the report of themes and quotes (web page and Word) and a REFI-QDA project"))
        set_text(self.reel, self.tr("Highlight reel"), self.tr("Also make a video of the quotes, theme by theme"))
        self.choices.setAccessibleName(self.tr("What to export"))
        self.progress.setAccessibleName(self.tr("Export progress"))
        set_text(self.start, self.tr("Start export"))
        set_text(self.cancel, self.tr("Cancel"), self.tr("Cancel the export"))
        running = self.state in ("running", "cancelling")
        self.start.setEnabled(not running)
        self.cancel.setEnabled(self.state == "running")
        outcome = {
            "ready": "",
            "running": self.tr("Exporting…"),
            "cancelling": self.tr("Cancelling after the current file…"),
            "done": self._report_text() if self.report else "",
            "failed": self.tr("The export did not run: %1").replace("%1", self.message),
        }[self.state]
        set_text(self.outcome, outcome)
        self.outcome_area.setVisible(bool(outcome))
