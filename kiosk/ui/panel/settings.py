"""Event settings: name, date, timings, devices (with a live preview and level meter), consent wording and cards."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPoint, QRect, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from kiosk.config import Config, Text
from kiosk.ui.panel import PageBase
from kiosk.ui.panel.cards import CardEditor
from kiosk.ui.widgets import (CameraPreview, LevelMeter, OnScreenKeyboard, TextBox, TypedFieldInView, button, caption, label,
                              set_text, touch_scrolling)

DEVICE_FIELDS = ("camera", "microphone", "width", "height", "fps")
NUMBER_FIELDS = ("max_seconds", "idle_seconds", "width", "height", "fps")
LONG_FIELDS = ("consent_en", "consent_cy", "prompt_en", "prompt_cy")


def as_number(text: str):
    """A typed number as int or float; anything else is passed on as typed, for the config to refuse with its reason."""
    text = text.strip()
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            continue
    return text


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
        self.fields: dict[str, QLineEdit | TextBox] = {}
        self.labels: dict[str, object] = {}
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
        for name in ("event_name", "event_name_cy", "event_date", "max_seconds", "idle_seconds", *DEVICE_FIELDS,
                     "consent_en", "consent_cy", "prompt_en", "prompt_cy"):
            self.fields[name] = self._field(name)
        # Under the camera and microphone fields, what really records: the field may say auto while a demo stands in.
        self.in_use_notes: dict[str, object] = {}
        for kind in ("camera", "microphone"):
            self.in_use_notes[kind] = label("muted")
            self.form.insertRow(self.form.getWidgetPosition(self.fields[kind])[0] + 1, label("muted"),
                                self.in_use_notes[kind])
        form_holder = QWidget()
        holder_layout = QVBoxLayout(form_holder)
        holder_layout.addLayout(device_box)
        holder_layout.addLayout(self.form)
        self.card_editor = CardEditor()
        holder_layout.addWidget(self.card_editor)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(form_holder)
        touch_scrolling(self.scroll)
        self.keyboard = OnScreenKeyboard()
        self.keyboard.serve(list(self.fields.values()))
        self.card_editor.fields_added.connect(self.keyboard.serve)
        self.card_editor.fields_removed.connect(self.keyboard.forget)
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
        actions.addWidget(self.outcome, 1)
        actions.addWidget(self.show_keyboard)
        actions.addWidget(self.undo)
        actions.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(actions)
        layout.addWidget(self.keyboard)
        self.retranslate()

    def _field(self, name: str, row: int = -1) -> QLineEdit | TextBox:
        # Texts of a sentence or more get a box of a few lines: a one-line field shows only the end of them.
        field = TextBox() if name in LONG_FIELDS else QLineEdit()
        text = caption()
        self.labels[name] = text
        self.form.insertRow(row, text, field)
        return field

    def _scope_fields(self, config: Config) -> None:
        """Each consent choice's wording in both languages, below the consent text (choices come from the TOML)."""
        row = self.form.getWidgetPosition(self.fields["consent_cy"])[0] + 1
        for scope in config.scopes:
            for language in ("en", "cy"):
                name = f"scope:{scope.id}:{language}"
                if name not in self.fields:
                    self.fields[name] = self._field(name, row)
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
        """Fills the fields from `config`, cards included (cards added or removed and not saved are undone)."""
        self.config = config
        values = {"event_name": config.event_name.en, "event_name_cy": config.event_name.cy,
                  "event_date": config.event_date,
                  "max_seconds": f"{config.max_seconds:g}", "idle_seconds": f"{config.idle_seconds:g}",
                  "camera": config.camera, "microphone": config.microphone, "width": str(config.width),
                  "height": str(config.height), "fps": f"{config.fps:g}",
                  "consent_en": config.consent_text.en, "consent_cy": config.consent_text.cy,
                  "prompt_en": config.default_prompt.en, "prompt_cy": config.default_prompt.cy}
        for name, value in values.items():
            self.fields[name].setText(value)
        self._scope_fields(config)
        self.card_editor.show_cards(config.cards)
        self.state, self.message = "editing", ""
        self.retranslate()

    def changes(self) -> dict:
        """What the fields say, as Config.with_changes arguments (validated there, not here)."""
        text = {name: field.text() for name, field in self.fields.items()}
        changes = {"event_name": Text(text["event_name"], text["event_name_cy"]),
                   "event_date": text["event_date"].strip(),
                   "camera": text["camera"], "microphone": text["microphone"],
                   "consent_text": Text(text["consent_en"], text["consent_cy"]),
                   "default_prompt": Text(text["prompt_en"], text["prompt_cy"])}
        for name in NUMBER_FIELDS:
            changes[name] = as_number(text[name])
        changes["scopes"] = tuple(replace(scope, label=Text(text[f"scope:{scope.id}:en"], text[f"scope:{scope.id}:cy"]))
                                  for scope in self.config.scopes)
        changes["cards"] = self.card_editor.cards()
        return changes

    def device_changes(self) -> dict:
        """What the device fields say, as Config.with_changes arguments (validated there, not here)."""
        return {"camera": self.fields["camera"].text(), "microphone": self.fields["microphone"].text(),
                **{name: as_number(self.fields[name].text()) for name in ("width", "height", "fps")}}

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
        self.device_message = self.tr("Devices not changed: %1").replace("%1", reason)
        self.retranslate()

    def _save(self) -> None:
        if self.config is None or self.state == "saving":
            return
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
        self.state = "refused"
        self.message = self.tr("Not saved: %1").replace("%1", reason)
        self.retranslate()

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Event settings"))
        captions = {
            "event_name": self.tr("Event name (English)"), "event_name_cy": self.tr("Event name (Welsh)"),
            "event_date": self.tr("Date (YYYY-MM-DD)"),
            "max_seconds": self.tr("Longest clip (seconds)"), "idle_seconds": self.tr("Back to start when idle (seconds)"),
            "camera": self.tr("Camera (auto, synthetic, a device)"), "microphone": self.tr("Microphone (auto, synthetic, a device)"),
            "width": self.tr("Picture width"), "height": self.tr("Picture height"), "fps": self.tr("Frames a second"),
            "consent_en": self.tr("Consent text (English)"), "consent_cy": self.tr("Consent text (Welsh)"),
            "prompt_en": self.tr("Prompt (English)"), "prompt_cy": self.tr("Prompt (Welsh)"),
        }
        scopes = {scope.id: scope for scope in self.config.scopes} if self.config else {}
        for name in self.fields:
            if name.startswith("scope:"):
                _, scope_id, language = name.split(":")
                caption = self.tr("Consent choice %1 (English)") if language == "en" else self.tr("Consent choice %1 (Welsh)")
                # Named by its words as the attendee reads them (in the panel's language), not by its id.
                words = scopes[scope_id].label(self.language) if scope_id in scopes else scope_id
                captions[name] = caption.replace("%1", f"“{words}”")
        for kind, note in self.in_use_notes.items():
            note.setVisible(kind in self.in_use)
            set_text(note, self.tr("In use now: %1").replace("%1", self.in_use.get(kind, "")))
        for name, caption in captions.items():
            set_text(self.labels[name], caption)
            self.fields[name].setAccessibleName(caption)
        self.card_editor.language = self.language
        self.card_editor.retranslate()
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
