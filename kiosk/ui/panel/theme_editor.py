"""The settings page's themes: each one's label in both languages and its colour, themes added and removed."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QComboBox, QFormLayout, QFrame, QLineEdit, QPushButton, QStyledItemDelegate, QVBoxLayout, QWidget

from kiosk.config import LONGEST_THEME_LABEL, Text, Theme
from kiosk.store import Clip
from kiosk.ui.panel.cards import card_id_for
from kiosk.ui.widgets import button, caption, label, set_text

# The colours a theme may have: the cards' own choice for a card a facilitator adds (white text on each passes WCAG
# AA), named as a person says them, since a screen reader cannot show a swatch.
COLOUR_NAMES = {
    "#00695C": QT_TRANSLATE_NOOP("ThemeEditor", "Teal"),
    "#1A237E": QT_TRANSLATE_NOOP("ThemeEditor", "Dark blue"),
    "#BF360C": QT_TRANSLATE_NOOP("ThemeEditor", "Burnt orange"),
    "#33691E": QT_TRANSLATE_NOOP("ThemeEditor", "Green"),
    "#006064": QT_TRANSLATE_NOOP("ThemeEditor", "Sea blue"),
    "#311B92": QT_TRANSLATE_NOOP("ThemeEditor", "Purple"),
    "#37474F": QT_TRANSLATE_NOOP("ThemeEditor", "Slate grey"),
    "#AD1457": QT_TRANSLATE_NOOP("ThemeEditor", "Raspberry"),
}
SWATCH_PX = 32


def clips_by_theme(clips: list[Clip]) -> Counter:
    """How many clips carry each theme id, tagged with it or in one of their quotes (a clip counts once a theme)."""
    counts: Counter = Counter()
    for clip in clips:
        facilitator = clip.sidecar.facilitator
        counts.update(set(facilitator.themes).union(*(quote.themes for quote in facilitator.quotes)))
    return counts


def swatch(colour: str) -> QIcon:
    picture = QPixmap(SWATCH_PX, SWATCH_PX)
    picture.fill(QColor(colour))
    return QIcon(picture)


@dataclass
class ThemeRow:
    key: str  # the theme's id, or "new-N" for a theme added here and not saved yet
    theme: Theme | None
    fields: dict[str, QLineEdit]  # label_en, label_cy
    colour: QComboBox
    captions: dict[str, QWidget]  # label_en, label_cy, colour
    remove: QPushButton
    note: QWidget  # under Remove: what becomes of the clips tagged with a theme removed
    box: QFrame

    def removed(self) -> bool:
        return self.remove.isChecked()

    def chosen_colour(self) -> str:
        return self.colour.currentData()


class ThemeEditor(QWidget):
    """One box a theme, like the cards'; Remove is a toggle (tap again to keep it), so nothing goes until Save. An
    existing theme keeps its id whatever its label becomes: the clips' sidecars name their themes by id."""

    fields_added = Signal(list)  # the new line edits, for the on-screen keyboard
    fields_removed = Signal(list)  # line edits about to be deleted

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ThemeRow] = []
        self._added = 0
        self.language = "en"  # the panel's: a theme is named by its label in it, as people know it, not by its id
        self.carried: Counter = Counter()  # clips by theme id, as the clip list last found them
        self.heading = label("body")
        self.help = label("muted")
        self.add = button()
        self.add.clicked.connect(self.add_theme)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 16, 0, 0)
        self._layout.addWidget(self.heading)
        self._layout.addWidget(self.help)
        self._layout.addWidget(self.add)
        self.retranslate()

    def show_themes(self, themes: tuple[Theme, ...]) -> None:
        for row in self.rows:
            self.fields_removed.emit(list(row.fields.values()))
            self._layout.removeWidget(row.box)
            row.box.deleteLater()
        self.rows, self._added = [], 0
        for theme in themes:
            row = self._add_row(theme.id, theme, theme.colour)
            row.fields["label_en"].setText(theme.label.en)
            row.fields["label_cy"].setText(theme.label.cy)
        self.retranslate()

    def show_carried(self, counts: Counter) -> None:
        """How many clips carry each theme, for the sentence under a theme being removed."""
        self.carried = Counter(counts)
        self.retranslate()

    def add_theme(self) -> None:
        self._added += 1
        used = {row.chosen_colour() for row in self.rows if not row.removed()}
        colour = next((c for c in COLOUR_NAMES if c not in used), next(iter(COLOUR_NAMES)))
        row = self._add_row(f"new-{self._added}", None, colour)
        self.retranslate()
        row.fields["label_en"].setFocus()

    def _add_row(self, key: str, theme: Theme | None, colour: str) -> ThemeRow:
        box = QFrame()
        box.setFrameShape(QFrame.StyledPanel)
        form = QFormLayout(box)
        form.setVerticalSpacing(8)
        form.setRowWrapPolicy(QFormLayout.WrapAllRows)  # each caption above its field: both get the whole width
        fields, captions = {}, {}
        for part in ("label_en", "label_cy"):
            fields[part] = QLineEdit()
            fields[part].setMaxLength(LONGEST_THEME_LABEL)
            captions[part] = caption()
            form.addRow(captions[part], fields[part])
        choice = self._colour_choice(colour)
        captions["colour"] = caption()
        form.addRow(captions["colour"], choice)
        remove = button("destructive")
        remove.setCheckable(True)
        form.addRow(remove)
        note = label("muted")
        note.hide()
        form.addRow(note)
        row = ThemeRow(key, theme, fields, choice, captions, remove, note, box)
        remove.toggled.connect(lambda removed: self._removal_toggled(row, removed))
        self._layout.insertWidget(self._layout.indexOf(self.add), box)
        self.rows.append(row)
        self.fields_added.emit(list(fields.values()))
        return row

    @staticmethod
    def _colour_choice(colour: str) -> QComboBox:
        """The cards' colours, and first the theme's own when it is none of them (a colour typed in kiosk.toml)."""
        choice = QComboBox()
        # Qt's own combo box delegate ignores the style sheet's item height: this one keeps the theme's tap size.
        choice.setItemDelegate(QStyledItemDelegate(choice))
        for each in ((colour,) if colour not in COLOUR_NAMES else ()) + tuple(COLOUR_NAMES):
            choice.addItem(swatch(each), "", each)
        choice.setCurrentIndex(choice.findData(colour))
        return choice

    def _removal_toggled(self, row: ThemeRow, removed: bool) -> None:
        for field in (*row.fields.values(), row.colour):
            field.setEnabled(not removed)
        self.retranslate()

    def themes(self) -> tuple[Theme, ...]:
        """The themes as the fields say, removed ones left out; an added one gets an id made from its English label."""
        taken = {row.theme.id for row in self.rows if row.theme is not None}
        themes = []
        for row in self.rows:
            if row.removed():
                continue
            label_text = Text(row.fields["label_en"].text(), row.fields["label_cy"].text())
            if row.theme is not None:
                themes.append(Theme(row.theme.id, label_text, row.chosen_colour()))
                continue
            theme_id = card_id_for(label_text.en, taken, "theme")
            taken.add(theme_id)
            themes.append(Theme(theme_id, label_text, row.chosen_colour()))
        return tuple(themes)

    def row_of(self, theme_id: str) -> ThemeRow | None:
        """The row a saved theme id stands for: an existing theme's own, or the added one that would get that id."""
        made = {theme.id: row for theme, row in zip(self.themes(), [r for r in self.rows if not r.removed()])}
        return made.get(theme_id)

    def name_of(self, row: ThemeRow) -> str:
        """A theme as the page names it: its label in the panel's language as typed, else as saved, else New theme N."""
        typed = Text(row.fields["label_en"].text().strip(), row.fields["label_cy"].text().strip())
        words = typed(self.language) or typed.cy or (row.theme.label(self.language) if row.theme else "")
        return words or self.tr("New theme %1").replace("%1", row.key[4:])

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Themes"))
        set_text(self.help, QCoreApplication.translate("Settings", "What facilitators tag clips and quotes with."))
        set_text(self.add, self.tr("Add a theme"), self.tr("Add a theme to tag clips and quotes with"))
        parts = {"label_en": self.tr("%1: label (English)"), "label_cy": self.tr("%1: label (Welsh)"),
                 "colour": self.tr("%1: colour")}
        for row in self.rows:
            # Named as saved (or New theme N): a caption that changed with every letter typed would jump about.
            name = row.theme.label(self.language) if row.theme is not None \
                else self.tr("New theme %1").replace("%1", row.key[4:])
            for part, wording in parts.items():
                text = wording.replace("%1", name)
                set_text(row.captions[part], text)
                (row.colour if part == "colour" else row.fields[part]).setAccessibleName(text)
            self._name_colours(row.colour)
            # Not named on the button (it is in the theme's box): a label of up to 80 characters would not fit it.
            if row.removed():
                set_text(row.remove, self.tr("Removed: tap to keep it"), self.tr("Keep the theme %1").replace("%1", name))
            else:
                set_text(row.remove, self.tr("Remove this theme"), self.tr("Remove the theme %1").replace("%1", name))
            carried = self.carried[row.theme.id] if row.theme is not None else 0
            row.note.setVisible(row.removed() and carried > 0)
            set_text(row.note, self.tr("%n clip(s) tagged with it keep the tag in their sidecar, but the tag is not "
                                       "shown or exported while the theme is not in the settings.", "", carried))

    def _name_colours(self, choice: QComboBox) -> None:
        for index in range(choice.count()):
            colour = choice.itemData(index)
            words = QCoreApplication.translate("ThemeEditor", COLOUR_NAMES[colour]) if colour in COLOUR_NAMES \
                else self.tr("Its own colour (%1)").replace("%1", colour)
            choice.setItemText(index, words)
