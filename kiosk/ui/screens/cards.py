"""Pick a perspective: the event's cards as large tappable tiles; the number keys choose too."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QSizePolicy, QVBoxLayout

from kiosk.config import Card
from kiosk.ui import theme
from kiosk.ui.screens import ScreenBase
from kiosk.ui.widgets import button, label, set_text

COLUMNS = 4


class CardsScreen(ScreenBase):
    card_chosen = Signal(str)

    def __init__(self, cards: tuple[Card, ...], parent=None) -> None:
        super().__init__(parent)
        self.cards = cards
        self.heading = label("heading")
        self.heading.setAlignment(Qt.AlignCenter)
        self.hint = label("lead")
        self.hint.setAlignment(Qt.AlignCenter)
        grid = QGridLayout()
        grid.setSpacing(24)
        self.card_buttons = []
        for index, card in enumerate(cards):
            tile = button("card")
            tile.setStyleSheet(f"background: {card.colour}; border: 3px solid {card.colour};")
            icon = theme.ICONS / f"{card.icon}.svg"
            if icon.exists():
                tile.setIcon(QIcon(str(icon)))
                tile.setIconSize(QSize(72, 72))
            tile.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
            tile.clicked.connect(lambda _=False, card_id=card.id: self.card_chosen.emit(card_id))
            grid.addWidget(tile, index // COLUMNS, index % COLUMNS)
            self.card_buttons.append(tile)
        self.back = button()
        self.back.clicked.connect(self.back_chosen)
        actions = QHBoxLayout()
        actions.addWidget(self.back)
        actions.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(100, 60, 100, 50)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addSpacing(24)
        layout.addLayout(grid, 1)
        layout.addSpacing(24)
        layout.addLayout(actions)
        self.retranslate()

    def keyPressEvent(self, event) -> None:
        number = event.key() - Qt.Key_1
        if Qt.Key_1 <= event.key() <= Qt.Key_9 and number < len(self.cards):
            self.card_chosen.emit(self.cards[number].id)
            return
        super().keyPressEvent(event)

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Whose shoes are you in today?"))
        set_text(self.hint, self.tr("Tap the one you speak from."))
        for number, (tile, card) in enumerate(zip(self.card_buttons, self.cards), start=1):
            text = card.label(self.language)
            # The number matches the key that chooses it; wrapping keeps long Welsh labels inside the tile.
            tile.setText(f"{number}   {_wrap(text)}")
            tile.setAccessibleName(text)
            tile.setAccessibleDescription(self.tr("Press %1 to choose").replace("%1", str(number)))
        set_text(self.back, self.tr("Back"))


def _wrap(text: str, width: int = 16) -> str:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "\n     ".join(lines)
