"""Event settings, made from the config's schema: every setting a person may set, with its label, help and range;
devices with a live preview and level meter; consent wording, cards and themes."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, QRect, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QScrollArea, QStyledItemDelegate, QVBoxLayout, QWidget

from kiosk.config import DEVICE_SETTINGS, SETTINGS, Config, Text, number_text
from kiosk.ui.panel import PageBase
from kiosk.ui.panel.cards import CardEditor
from kiosk.ui.panel.theme_editor import ThemeEditor
from kiosk.ui.widgets import (CameraPreview, LevelMeter, OnScreenKeyboard, TextBox, TypedFieldInView, button, caption, label,
                              set_text, touch_scrolling)

# The consent choices, the cards and the themes have editors of their own; every other setting is one row (a text two:
# English and Welsh), in the schema's order.
FORM = tuple(setting for setting in SETTINGS if setting.name not in ("scopes", "cards", "themes"))
SCHEMA = {setting.name: setting for setting in SETTINGS}


# The config's refusals a person can meet on this page, as the config words them (English, for the log and the CLI),
# each with the page's sentence for it: %1 is the setting (by its label), %2 and %3 the values the refusal names.
REFUSALS = (
    (r"(?P<where>.+) must be a text of 1 to (?P<a>\d+) characters\.",
     QT_TRANSLATE_NOOP("Settings", "%1 must be a text of 1 to %2 characters.")),
    (r"(?P<where>.+) needs an English \(en\) text\.", QT_TRANSLATE_NOOP("Settings", "%1 needs an English text.")),
    (r"(?P<where>.+) must be YYYY-MM-DD or empty, not (?P<a>.*)\.",
     QT_TRANSLATE_NOOP("Settings", "%1 must be a date written YYYY-MM-DD, or empty, not %2.")),
    (r"(?P<where>.+) must be empty, off, a speech model's name or its folder\.",
     QT_TRANSLATE_NOOP("Settings", "%1 must be empty, off, a speech model's name or its folder.")),
    (r"(?P<where>.+) must be a device spec such as auto or synthetic\.",
     QT_TRANSLATE_NOOP("Settings", "%1 must name a device, or be auto or synthetic.")),
    (r"(?P<where>.+) must be a number, not (?P<a>.*)\.", QT_TRANSLATE_NOOP("Settings", "%1 must be a number, not %2.")),
    (r"(?P<where>.+) must be between (?P<a>\S+) and (?P<b>\S+), not (?P<c>\S+)\.",
     QT_TRANSLATE_NOOP("Settings", "%1 must be a number from %2 to %3, not %4.")),
    (r"(?P<where>\S+) must be shorter than (?P<a>\S+)\.", QT_TRANSLATE_NOOP("Settings", "%1 must be shorter than %2.")),
    (r"(?P<where>\S+) must be lower than (?P<a>\S+)\.", QT_TRANSLATE_NOOP("Settings", "%1 must be lower than %2.")),
    (r"There can be at most (?P<a>\d+) cards\.", QT_TRANSLATE_NOOP("Settings", "There can be at most %2 cards.")),
    (r"There can be at most (?P<a>\d+) themes\.", QT_TRANSLATE_NOOP("Settings", "There can be at most %2 themes.")),
    (r"(?P<where>.+) must be at most (?P<a>\d+) characters in each language\.",
     QT_TRANSLATE_NOOP("Settings", "%1 must be at most %2 characters in English and in Welsh.")),
    (r"(?P<where>.+) has the same id twice\.", QT_TRANSLATE_NOOP("Settings", "Two of %1 have the same id.")),
)
# What a refusal names that is not one of the form's settings: a card's, a theme's or a consent choice's words. A
# theme is named by its label as typed (THEME_PART), a new one having no id a person knows.
THEME_PART = r"theme '(?P<id>[^']+)' label"
PARTS = (
    (r"card '(?P<id>[^']+)' label", QT_TRANSLATE_NOOP("Settings", "the label of the card “%1”")),
    (r"card '(?P<id>[^']+)' prompt", QT_TRANSLATE_NOOP("Settings", "the prompt of the card “%1”")),
    (r"consent scope '(?P<id>[^']+)' label", QT_TRANSLATE_NOOP("Settings", "the consent choice “%1”")),
    (THEME_PART, QT_TRANSLATE_NOOP("Settings", "the label of the theme “%1”")),
    (r"\[\[cards\]\]", QT_TRANSLATE_NOOP("Settings", "the cards")),
    (r"\[\[themes\]\]", QT_TRANSLATE_NOOP("Settings", "the themes")),
    (r"consent\.scopes", QT_TRANSLATE_NOOP("Settings", "the consent choices")),
)


def kind_of(setting) -> str:
    """How a setting is typed on the page: a text in both languages, a choice, a number or a line."""
    if setting.type == "Text":
        return "text"
    if setting.metadata["choices"]:
        return "choice"
    return "number" if setting.type in ("int", "float") else "line"


def field_names(setting) -> tuple[str, ...]:
    """The page's fields for a setting: a text has its English one under the setting's name, its Welsh one beside."""
    return (setting.name, f"{setting.name}_cy") if kind_of(setting) == "text" else (setting.name,)


def label_of(setting) -> str:
    """The setting's label in the current language (declared once, in the schema; its Welsh in kiosk_cy.ts)."""
    return QCoreApplication.translate("Settings", setting.metadata["label"])


def help_of(setting) -> str:
    return QCoreApplication.translate("Settings", setting.metadata["help"])


def as_number(text: str):
    """A typed number as int or float; anything else is passed on as typed, for the config to refuse with its reason."""
    text = text.strip()
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            continue
    return text


def within_range(setting, typed: str) -> bool:
    value = as_number(typed)
    meta = setting.metadata
    return isinstance(value, (int, float)) and meta["low"] <= value <= meta["high"]


class SettingsPage(PageBase):
    save_chosen = Signal(dict)  # Config.with_changes keyword arguments
    devices_chosen = Signal(dict)  # the device fields only, as Config.with_changes keyword arguments

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.language = "en"
        self.config: Config | None = None
        self.state = "editing"  # editing, saving, saved, refused
        self.message = ""
        self.heading = label("heading")
        self.fields: dict[str, QLineEdit | TextBox | QComboBox] = {}
        self.labels: dict[str, object] = {}
        self.helps: dict[str, object] = {}  # by setting name: its one line of help under its fields
        self.marked: QWidget | None = None  # the field a refusal named
        self.device_state = "idle"  # idle, switching, switched, refused
        self.device_message = ""
        self.device_lines: list[str] = []
        self.in_use: dict[str, str] = {}  # by kind (camera, microphone): the name of the source recording now
        self.preview = CameraPreview()
        self.preview.setMaximumHeight(240)
        self.meter = LevelMeter()
        self.meter.setMaximumHeight(240)
        self.devices = label("body")
        self.devices_outcome = label("body")
        self.use_devices = button()
        self.use_devices.clicked.connect(self._use_devices)
        device_column = QVBoxLayout()
        device_column.addWidget(self.devices)
        device_column.addWidget(self.devices_outcome)
        device_column.addStretch()
        device_column.addWidget(self.use_devices)
        device_box = QHBoxLayout()
        device_box.addWidget(self.preview, 2)
        device_box.addWidget(self.meter)
        device_box.addLayout(device_column, 3)
        self.form = QFormLayout()
        self.form.setVerticalSpacing(8)
        self.form.setRowWrapPolicy(QFormLayout.WrapAllRows)  # each caption above its field: both get the whole width
        # Under the camera and microphone fields, what really records: the field may say auto while a demo stands in.
        self.in_use_notes: dict[str, object] = {}
        for setting in FORM:
            self._setting_rows(setting)
        form_holder = QWidget()
        holder_layout = QVBoxLayout(form_holder)
        holder_layout.addLayout(device_box)
        holder_layout.addLayout(self.form)
        self.card_editor = CardEditor()
        holder_layout.addWidget(self.card_editor)
        self.theme_editor = ThemeEditor()
        holder_layout.addWidget(self.theme_editor)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(form_holder)
        touch_scrolling(self.scroll)
        self.keyboard = OnScreenKeyboard()
        self.keyboard.serve([field for field in self.fields.values() if not isinstance(field, QComboBox)])
        self.card_editor.fields_added.connect(self.keyboard.serve)
        self.card_editor.fields_removed.connect(self.keyboard.forget)
        self.theme_editor.fields_added.connect(self.keyboard.serve)
        self.theme_editor.fields_removed.connect(self.keyboard.forget)
        self.show_keyboard = button()
        self.show_keyboard.setCheckable(True)
        self.show_keyboard.toggled.connect(self.keyboard.setVisible)
        # At 1366x768 the keyboard takes half the page: it comes up when a field is tapped, not before.
        self.keyboard.hide()
        self.in_view = TypedFieldInView(self, self.scroll, self.keyboard, self.show_keyboard, self._field_and_caption)
        self.outcome = label("body")
        self.save = button("primary")
        self.save.clicked.connect(self._save)
        self.undo = button()
        self.undo.clicked.connect(lambda: self.show_config(self.config) if self.config else None)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.show_keyboard)
        actions.addWidget(self.undo)
        actions.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.scroll, 1)
        # On a line of its own (beside the buttons, a refusal in Welsh squeezed them until their words were cut), in
        # the heading's room: at 720 px with the keyboard up the page has no line to spare, and the page's button on
        # the left already says where this is.
        layout.addWidget(self.outcome)
        layout.addLayout(actions)
        layout.addWidget(self.keyboard)
        self.retranslate()

    def _setting_rows(self, setting) -> None:
        """A setting's fields, each under its caption, then its help (and, for a device, what is in use now)."""
        kind = kind_of(setting)
        for name in field_names(setting):
            self.fields[name] = self._field(name, self._widget_for(setting, kind))
        self.helps[setting.name] = label("muted")
        self.form.addRow(self.helps[setting.name])
        if setting.name in ("camera", "microphone"):
            self.in_use_notes[setting.name] = label("muted")
            self.form.addRow(self.in_use_notes[setting.name])

    @staticmethod
    def _widget_for(setting, kind: str) -> QLineEdit | TextBox | QComboBox:
        longest = setting.metadata["longest"]
        if kind == "choice":
            choice = QComboBox()
            choice.addItems(setting.metadata["choices"])
            # Qt's own combo box delegate ignores the style sheet's item height: this one keeps the theme's tap size.
            choice.setItemDelegate(QStyledItemDelegate(choice))
            return choice
        # Texts of a sentence or more (no longest length) get a box of a few lines: a one-line field shows only the
        # end of them. Numbers stay line edits, typed on the page's own keyboard (a spin box's arrows are too small
        # to tap, and it would hide a typed number out of range instead of saying why it is refused).
        if kind == "text" and not longest:
            return TextBox()
        field = QLineEdit()
        if longest:
            field.setMaxLength(longest)
        return field

    def _field(self, name: str, field: QWidget, row: int = -1) -> QWidget:
        text = caption()
        self.labels[name] = text
        self.form.insertRow(row, text, field)
        return field

    def _scope_fields(self, config: Config) -> None:
        """Each consent choice's wording in both languages, below the consent text (choices come from the TOML)."""
        row = self.form.getWidgetPosition(self.helps["consent_text"])[0] + 1
        for scope in config.scopes:
            for language in ("en", "cy"):
                name = f"scope:{scope.id}:{language}"
                if name not in self.fields:
                    self.fields[name] = self._field(name, QLineEdit(), row)
                    self.keyboard.serve([self.fields[name]])
                row += 1
                self.fields[name].setText(scope.label.en if language == "en" else scope.label.cy)

    def _field_and_caption(self, field: QWidget) -> QRect:
        """The field's box and its caption above it, in the scroll area's content."""
        content = self.scroll.widget()
        box = QRect(field.mapTo(content, QPoint(0, 0)), field.size())
        caption = next((form.labelForField(field) for form in content.findChildren(QFormLayout)
                        if form.labelForField(field) is not None), None)
        if caption is not None:
            box = box.united(QRect(caption.mapTo(content, QPoint(0, 0)), caption.size()))
        return box

    @property
    def card_fields(self) -> dict[str, dict[str, QLineEdit | TextBox]]:
        return self.card_editor.card_fields

    def show_config(self, config: Config) -> None:
        """Fills the fields from `config`, cards and themes included (those added or removed and not saved are
        undone)."""
        self.config = config
        for setting in FORM:
            value = getattr(config, setting.name)
            kind = kind_of(setting)
            if kind == "text":
                self.fields[setting.name].setText(value.en)
                self.fields[f"{setting.name}_cy"].setText(value.cy)
            elif kind == "choice":
                self.fields[setting.name].setCurrentText(value)
            else:
                self.fields[setting.name].setText(number_text(value) if kind == "number" else value)
        self._scope_fields(config)
        self.card_editor.show_cards(config.cards)
        self.theme_editor.show_themes(config.themes)
        self._mark(None)
        self.state, self.message = "editing", ""
        self.retranslate()

    def _typed(self, setting):
        """What a setting's fields say, as a Config.with_changes argument (validated there, not here)."""
        kind, field = kind_of(setting), self.fields[setting.name]
        if kind == "text":
            return Text(field.text(), self.fields[f"{setting.name}_cy"].text())
        if kind == "choice":
            return field.currentText()
        return as_number(field.text()) if kind == "number" else field.text().strip()

    def changes(self) -> dict:
        """What the fields say, as Config.with_changes arguments (validated there, not here)."""
        changes = {setting.name: self._typed(setting) for setting in FORM}
        text = {name: field.text() for name, field in self.fields.items() if name.startswith("scope:")}
        changes["scopes"] = tuple(replace(scope, label=Text(text[f"scope:{scope.id}:en"], text[f"scope:{scope.id}:cy"]))
                                  for scope in self.config.scopes)
        changes["cards"] = self.card_editor.cards()
        changes["themes"] = self.theme_editor.themes()
        return changes

    def device_changes(self) -> dict:
        """What the device fields say, as Config.with_changes arguments (validated there, not here)."""
        return {name: self._typed(SCHEMA[name]) for name in DEVICE_SETTINGS}

    def show_carried(self, counts: Counter) -> None:
        """How many clips carry each theme id, for the sentence under a theme being removed."""
        self.theme_editor.show_carried(counts)

    def _use_devices(self) -> None:
        if self.device_state != "switching":
            self.devices_chosen.emit(self.device_changes())

    # -- the devices in use, shown as the controller hands them over ----------------------------------------

    def show_frame(self, frame) -> None:
        self.preview.show_frame(frame)

    def show_level(self, rms: float) -> None:
        self.meter.show_level(rms)

    def show_devices(self, lines: list[str], in_use: dict[str, str] | None = None) -> None:
        """The sources in use, one line each, with any notice or the reason one was lost; `in_use` names them by
        kind under the camera and microphone fields, which may say auto while a demo source stands in."""
        self.device_lines = list(lines)
        set_text(self.devices, "\n".join(self.device_lines))
        if in_use is not None:
            self.in_use = dict(in_use)
            self.retranslate()

    def show_switching(self) -> None:
        self.device_state, self.device_message = "switching", ""
        self.preview.clear()
        self.retranslate()

    def show_switched(self, problems: list[str]) -> None:
        self.device_state = "switched"
        self.device_message = self.tr("These devices are in use now.")
        if problems:
            self.device_message += " " + " ".join(problems)
        self.retranslate()

    def show_devices_refused(self, reason: str) -> None:
        self.device_state = "refused"
        self.device_message = self.tr("Devices not changed: %1").replace("%1", self._by_label(reason))
        self.retranslate()

    def _save(self) -> None:
        if self.config is None or self.state == "saving":
            return
        # A number out of its range is refused here, in the page's language, before anything goes to the disk.
        for setting in FORM:
            if kind_of(setting) == "number" and not within_range(setting, self.fields[setting.name].text()):
                meta = setting.metadata
                self.show_refused(self.tr("%1 must be a number from %2 to %3.").replace("%1", f"“{label_of(setting)}”")
                                  .replace("%2", number_text(meta["low"])).replace("%3", number_text(meta["high"])))
                self._mark(self.fields[setting.name])
                return
        self._mark(None)
        self.state = "saving"
        self.retranslate()
        self.save_chosen.emit(self.changes())

    def show_saved(self, config: Config, path: str, devices_changed: bool) -> None:
        self.show_config(config)
        self.state = "saved"
        self.message = self.tr("Saved to %1. The next attendee sees the new settings.").replace("%1", path)
        if devices_changed:
            self.message += " " + self.tr("The new camera and microphone are being opened.")
        self.retranslate()

    def show_refused(self, reason: str) -> None:
        """Not saved, and why, in the page's language: the setting named by its label and its field marked."""
        self.state = "refused"
        self.message = self.tr("Not saved: %1").replace("%1", self._by_label(reason))
        if self.marked is not None:
            self.marked.setAccessibleDescription(self.message)  # a screen reader says why, on the field itself
        self.retranslate()

    def _by_label(self, reason: str) -> str:
        """The config's sentence in the page's words, with every setting it names (kiosk.idle_seconds) named by its
        label; the first one named is marked and brought into view. A sentence the page does not know stays as the
        config wrote it, its settings named by their labels all the same."""
        named = sorted((found.start(), setting.name) for setting in FORM
                       if (found := re.search(rf"\b{re.escape(self._where(setting))}\b", reason)))
        theme = re.search(THEME_PART, reason)
        theme_row = self.theme_editor.row_of(theme["id"]) if theme else None
        self._mark(self.fields[named[0][1]] if named else theme_row.fields["label_en"] if theme_row else None)
        for pattern, words in REFUSALS:
            if found := re.fullmatch(pattern, reason):
                values = found.groupdict()
                sentence = QCoreApplication.translate("Settings", words)
                sentence = sentence.replace("%1", self._part(values.get("where", "")))
                for mark, key in (("%2", "a"), ("%3", "b"), ("%4", "c")):
                    part = values.get(key)
                    sentence = sentence.replace(mark, self._part(part) if key == "a" else part or "")
                return sentence
        for _, name in named:
            reason = reason.replace(self._where(SCHEMA[name]), f"“{label_of(SCHEMA[name])}”")
        return reason

    def _part(self, where: str | None) -> str:
        """A setting or part of one as a refusal names it, in the page's words (a value is left as it is)."""
        where = where or ""
        for setting in FORM:
            if where == self._where(setting):
                return f"“{label_of(setting)}”"
        for pattern, words in PARTS:
            if found := re.fullmatch(pattern, where):
                name = found.groupdict().get("id", "")
                if pattern == THEME_PART and (row := self.theme_editor.row_of(name)) is not None:
                    name = self.theme_editor.name_of(row)
                return QCoreApplication.translate("Settings", words).replace("%1", name)
        return where

    @staticmethod
    def _where(setting) -> str:
        """A setting as the config's sentences name it."""
        return f"{setting.metadata['table']}.{setting.metadata['key']}"

    def _mark(self, field: QWidget | None) -> None:
        """Marks the field a refusal named (the theme draws it red), unmarking the one before."""
        for widget, problem in ((self.marked, False), (field, True)):
            if widget is not None:
                widget.setProperty("problem", problem)
                if not problem:
                    widget.setAccessibleDescription("")
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        self.marked = field
        if field is not None:
            self.scroll.ensureWidgetVisible(field)

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Event settings"))
        captions = {}
        for setting in FORM:
            words = label_of(setting)
            if kind_of(setting) == "text":
                captions[setting.name] = self.tr("%1 (English)").replace("%1", words)
                captions[f"{setting.name}_cy"] = self.tr("%1 (Welsh)").replace("%1", words)
            else:
                captions[setting.name] = words
            help_text = help_of(setting)
            if kind_of(setting) == "number":
                meta = setting.metadata
                help_text += " " + self.tr("From %1 to %2.").replace("%1", number_text(meta["low"])).replace(
                    "%2", number_text(meta["high"]))
            set_text(self.helps[setting.name], help_text)
        scopes = {scope.id: scope for scope in self.config.scopes} if self.config else {}
        for name in self.fields:
            if name.startswith("scope:"):
                _, scope_id, language = name.split(":")
                caption = self.tr("%1 %2 (English)") if language == "en" else self.tr("%1 %2 (Welsh)")
                caption = caption.replace("%1", label_of(SCHEMA["scopes"]))
                # Named by its words as the attendee reads them (in the panel's language), not by its id.
                words = scopes[scope_id].label(self.language) if scope_id in scopes else scope_id
                captions[name] = caption.replace("%2", f"“{words}”")
        for kind, note in self.in_use_notes.items():
            note.setVisible(kind in self.in_use)
            set_text(note, self.tr("In use now: %1").replace("%1", self.in_use.get(kind, "")))
        for name, caption in captions.items():
            set_text(self.labels[name], caption)
            self.fields[name].setAccessibleName(caption)
        self.card_editor.language = self.language
        self.card_editor.retranslate()
        self.theme_editor.language = self.language
        self.theme_editor.retranslate()
        self.scroll.setAccessibleName(self.tr("Settings"))
        set_text(self.show_keyboard, self.tr("Keyboard"), self.tr("Show or hide the keyboard"))
        set_text(self.undo, self.tr("Undo changes"), self.tr("Undo the changes not saved yet"))
        set_text(self.save, self.tr("Save"), self.tr("Save the settings"))
        self.preview.setAccessibleName(self.tr("Camera picture, mirrored"))
        self.meter.setAccessibleName(self.tr("Sound level"))
        set_text(self.use_devices, self.tr("Use these devices"),
                 self.tr("Use the camera, microphone and picture size typed here now"))
        self.use_devices.setEnabled(self.device_state != "switching")
        set_text(self.devices_outcome, self.tr("Opening the camera and microphone…")
                 if self.device_state == "switching" else self.device_message)
        self.save.setEnabled(self.state != "saving")
        set_text(self.outcome, self.tr("Saving…") if self.state == "saving" else self.message)
        self.outcome.setVisible(bool(self.outcome.text()))
        self.heading.setVisible(not self.outcome.isVisibleTo(self))
