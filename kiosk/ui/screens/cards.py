"""Pick a perspective: the event's cards as large tappable tiles; the number keys choose too."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QIcon
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout

from kiosk.config import Card
from kiosk.ui import theme
from kiosk.ui.screens import ScreenBase
from kiosk.ui.widgets import button, label, set_text

COLUMNS = 4
PORTRAIT_COLUMNS = 2  # on a screen taller than wide, four columns made slabs a fifth as wide as they were tall


class CardTile(QPushButton):
    """One card: its icon, the number key that chooses it, and its label wrapped to fit, on its colour.

    The icon and the label's size follow the tile's: at 1366x768 a long label ("Member of the local
    community") needs three lines, and a fixed 96 px icon and 30 px text cut it off.
    """

    CAPTION_SIZES = (30, 28, 26, 24, 22, 20)
    PART_STYLE = "background: transparent; border: none; color: white; font-weight: bold;"
    MARGINS = (16, 12, 16, 16)  # left, top, right, bottom

    def __init__(self, card: Card, number: int) -> None:
        super().__init__()
        self.setProperty("role", "card")
        self.setFocusPolicy(Qt.StrongFocus)
        self.setCursor(Qt.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        # Its own style sheet (its colour) would hide the theme's focus ring: the ring is in it too.
        self.setStyleSheet(f"CardTile {{ background: {card.colour}; border: 3px solid {card.colour}; }}"
                           f"CardTile:focus {{ border: 6px solid {theme.FOCUS}; }}")
        path = theme.ICONS / f"{card.icon}.svg"
        self._icon = QIcon(str(path)) if path.exists() else None
        self.icon = QLabel()
        self.number = QLabel(str(number))
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        for part in (self.icon, self.number, self.caption):
            part.setAttribute(Qt.WA_TransparentForMouseEvents)
            part.setAlignment(Qt.AlignCenter)
            part.setStyleSheet(self.PART_STYLE)
        self.caption_size = 0
        top = QHBoxLayout()
        top.addWidget(self.number, 0, Qt.AlignLeft | Qt.AlignTop)
        top.addStretch()
        top.addWidget(self.icon)
        top.addStretch()
        top.addSpacing(self.number.sizeHint().width())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*self.MARGINS)
        layout.addLayout(top)
        layout.addWidget(self.caption, 1)

    def minimumSizeHint(self) -> QSize:
        return QSize(theme.px(200), theme.target(150))

    def set_caption(self, text: str) -> None:
        self.caption.setText(text)
        self.fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        """The largest icon and text with which the whole label shows."""
        margins = self.layout().contentsMargins()  # the window scales them with the screen
        left, top, right, bottom = margins.left(), margins.top(), margins.right(), margins.bottom()
        icon = theme.px(96 if self.height() >= theme.px(260) else 64 if self.height() >= theme.px(190) else 48)
        if self._icon is not None:
            self.icon.setPixmap(self._icon.pixmap(QSize(icon, icon)))
        room = QRect(0, 0, self.width() - left - right, self.height() - top - bottom - icon - 12)
        font = QFont(self.caption.font())
        font.setBold(True)
        for size in (theme.font_px(size) for size in self.CAPTION_SIZES):
            font.setPixelSize(size)
            needed = QFontMetrics(font).boundingRect(room, Qt.TextWordWrap | Qt.AlignCenter, self.caption.text())
            if needed.height() <= room.height() and needed.width() <= room.width():
                break
        if size != self.caption_size:  # the app's style sheet sets every font size, so only a style sheet can change it
            self.caption_size = size
            self.caption.setStyleSheet(f"{self.PART_STYLE} font-size: {size}px;")
            self.number.setStyleSheet(f"{self.PART_STYLE} font-size: {theme.font_px(24)}px;")


class CardsScreen(ScreenBase):
    card_chosen = Signal(str)

    def __init__(self, cards: tuple[Card, ...], parent=None) -> None:
        super().__init__(parent)
        self.cards: tuple[Card, ...] = ()
        self.heading = label("heading")
        self.heading.setAlignment(Qt.AlignCenter)
        self.hint = label("lead")
        self.hint.setAlignment(Qt.AlignCenter)
        self.grid = QGridLayout()
        self.grid.setSpacing(24)
        self.card_buttons: list[CardTile] = []
        self.columns = COLUMNS
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
        layout.addLayout(self.grid, 1)
        layout.addSpacing(24)
        layout.addLayout(actions)
        self.show_cards(cards)

    def show_cards(self, cards: tuple[Card, ...]) -> None:
        """One tile a card; the tiles are made again when the facilitator adds or removes a card."""
        if cards != self.cards:
            for tile in self.card_buttons:
                self.grid.removeWidget(tile)
                tile.deleteLater()
            self.card_buttons = []
            for index, card in enumerate(cards):
                tile = CardTile(card, index + 1)
                tile.clicked.connect(lambda _=False, card_id=card.id: self.card_chosen.emit(card_id))
                self.card_buttons.append(tile)
            self.cards = cards
            self._place_tiles()
        self.retranslate()

    def _place_tiles(self) -> None:
        for tile in self.card_buttons:
            self.grid.removeWidget(tile)
        for index, tile in enumerate(self.card_buttons):
            self.grid.addWidget(tile, index // self.columns, index % self.columns)

    def resizeEvent(self, event) -> None:
        size = event.size()
        columns = PORTRAIT_COLUMNS if size.height() > size.width() else COLUMNS
        if columns != self.columns:
            self.columns = columns
            self._place_tiles()
        super().resizeEvent(event)

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
            tile.set_caption(text)
            tile.setAccessibleName(text)
            tile.setAccessibleDescription(self.tr("Press %1 to choose").replace("%1", str(number)))
        set_text(self.back, self.tr("Back"))

