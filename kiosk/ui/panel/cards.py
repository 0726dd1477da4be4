"""The settings page's cards: labels and prompts in both languages, and cards taken away or added for the event."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QFrame, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.config import Card, Text
from kiosk.ui import theme
from kiosk.ui.widgets import TextBox, button, caption, label, set_text

PARTS = ("label_en", "label_cy", "prompt_en", "prompt_cy")
NEW_CARD_ICON = "card"


@dataclass
class CardRow:
    key: str  # the card's id, or "new-N" for a card added here and not saved yet
    card: Card | None
    fields: dict[str, QLineEdit | TextBox]
    captions: dict[str, QWidget]
    remove: QPushButton
    box: QFrame

    def removed(self) -> bool:
        return self.remove.isChecked()


def card_id_for(label: str, taken: set[str], kind: str = "card") -> str:
    """An id for a new card (or theme, `kind`) from its English label (config ids are ASCII): "Carers' Network" ->
    carers-network; a label with no letter to keep gives `kind` itself."""
    ascii_label = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode().lower()
    base = re.sub(r"[^a-z0-9]+", "-", ascii_label).strip("-")[:28].strip("-") or kind
    if not base[0].isalpha():
        base = f"{kind}-{base}"[:28]
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


class CardEditor(QWidget):
    """One box a card; Remove is a toggle (tap again to keep it), so nothing goes until Save."""

    fields_added = Signal(list)  # the new line edits, for the on-screen keyboard
    fields_removed = Signal(list)  # line edits about to be deleted

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CardRow] = []
        self._added = 0
        self.language = "en"  # the panel's: a card is named by its label in it, as people know it, not by its id
        self.heading = label("body")
        self.add = button()
        self.add.clicked.connect(self.add_card)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 16, 0, 0)
        self._layout.addWidget(self.heading)
        self._layout.addWidget(self.add)
        self.retranslate()

    @property
    def card_fields(self) -> dict[str, dict[str, QLineEdit | TextBox]]:
        return {row.key: row.fields for row in self.rows}

    def show_cards(self, cards: tuple[Card, ...]) -> None:
        for row in self.rows:
            self.fields_removed.emit(list(row.fields.values()))
            self._layout.removeWidget(row.box)
            row.box.deleteLater()
        self.rows, self._added = [], 0
        for card in cards:
            row = self._add_row(card.id, card)
            row.fields["label_en"].setText(card.label.en)
            row.fields["label_cy"].setText(card.label.cy)
            row.fields["prompt_en"].setText(card.prompt.en if card.prompt else "")
            row.fields["prompt_cy"].setText(card.prompt.cy if card.prompt else "")
        self.retranslate()

    def add_card(self) -> None:
        self._added += 1
        row = self._add_row(f"new-{self._added}", None)
        self.retranslate()
        row.fields["label_en"].setFocus()

    def _add_row(self, key: str, card: Card | None) -> CardRow:
        box = QFrame()
        box.setFrameShape(QFrame.StyledPanel)
        form = QFormLayout(box)
        form.setVerticalSpacing(8)
        form.setRowWrapPolicy(QFormLayout.WrapAllRows)  # each caption above its field: both get the whole width
        fields, captions = {}, {}
        for part in PARTS:
            fields[part] = TextBox() if part.startswith("prompt") else QLineEdit()  # a prompt is a sentence or two
            captions[part] = caption()
            form.addRow(captions[part], fields[part])
        remove = button("destructive")
        remove.setCheckable(True)
        form.addRow(remove)
        row = CardRow(key, card, fields, captions, remove, box)
        remove.toggled.connect(lambda removed: self._removal_toggled(row, removed))
        self._layout.insertWidget(self._layout.indexOf(self.add), box)
        self.rows.append(row)
        self.fields_added.emit(list(fields.values()))
        return row

    def _removal_toggled(self, row: CardRow, removed: bool) -> None:
        for field in row.fields.values():
            field.setEnabled(not removed)
        self.retranslate()

    def cards(self) -> tuple[Card, ...]:
        """The cards as the fields say, removed ones left out; added ones get an id, a free colour and an icon."""
        taken = {row.card.id for row in self.rows if row.card is not None}
        used_colours = {row.card.colour for row in self.rows if row.card is not None and not row.removed()}
        cards = []
        for row in self.rows:
            if row.removed():
                continue
            text = {part: field.text() for part, field in row.fields.items()}
            label_text = Text(text["label_en"], text["label_cy"])
            prompt = Text(text["prompt_en"], text["prompt_cy"]) if (text["prompt_en"] + text["prompt_cy"]).strip() else None
            if row.card is not None:
                cards.append(replace(row.card, label=label_text, prompt=prompt))
                continue
            card_id = card_id_for(text["label_en"], taken)
            taken.add(card_id)
            colour = next((c for c in theme.NEW_CARD_COLOURS if c not in used_colours), theme.NEW_CARD_COLOURS[0])
            used_colours.add(colour)
            cards.append(Card(card_id, label_text, colour, NEW_CARD_ICON, prompt))
        return tuple(cards)

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Cards"))
        set_text(self.add, self.tr("Add a card"), self.tr("Add a card for another perspective"))
        parts = {"label_en": self.tr("%1: label (English)"), "label_cy": self.tr("%1: label (Welsh)"),
                 "prompt_en": self.tr("%1: prompt (English, empty: the event prompt)"),
                 "prompt_cy": self.tr("%1: prompt (Welsh)")}
        for row in self.rows:
            name = row.card.label(self.language) if row.card is not None \
                else self.tr("New card %1").replace("%1", row.key[4:])
            for part, wording in parts.items():
                text = wording.replace("%1", name)
                set_text(row.captions[part], text)
                row.fields[part].setAccessibleName(text)
            if row.removed():
                set_text(row.remove, self.tr("%1 is removed: tap to keep it").replace("%1", name),
                         self.tr("Keep the card %1").replace("%1", name))
            else:
                set_text(row.remove, self.tr("Remove %1").replace("%1", name),
                         self.tr("Remove the card %1").replace("%1", name))
