"""The attract screen: the event's name, an invitation, the event's cards in turn, a big Start and the language toggle."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QVBoxLayout

from kiosk.config import Card, Text
from kiosk.ui import theme
from kiosk.ui.screens import ScreenBase
from kiosk.ui.widgets import button, caption, label, set_text


class AttractScreen(ScreenBase):
    """While it waits, the event's perspectives go by one at a time on their own colours: someone walking past
    sees whose shoes they could speak from. The turning runs only while the screen is shown."""

    start_chosen = Signal()
    language_chosen = Signal(str)
    TURN_MS = 3000
    LONG_NAME = 32  # characters: longer event names are shown a size smaller

    def __init__(self, event_name: Text, cards: tuple[Card, ...] = (), parent=None) -> None:
        super().__init__(parent)
        self.event_name = event_name
        self.notices: list[str] = []
        self.cards: tuple[Card, ...] = ()
        self.turn = 0
        self.perspective = caption(role="perspective")  # one line; wrapped when a long label does not fit
        self.perspective.setAlignment(Qt.AlignCenter)
        self.turn_timer = QTimer(self)
        self.turn_timer.timeout.connect(self.show_next_card)
        self.title = label("title")
        self.title.setAlignment(Qt.AlignCenter)
        self.invitation = label("lead")
        self.invitation.setAlignment(Qt.AlignCenter)
        self.start = button("primary")
        self.start.setProperty("shape", "hero")
        self.start.clicked.connect(self.start_chosen)
        self.notice = label("notice")
        self.notice.setAlignment(Qt.AlignCenter)
        self.notice.hide()
        # While a device a take needs is missing, or the battery is nearly empty: no Start, and a calm word instead.
        self.paused = label("lead")
        self.paused.setAlignment(Qt.AlignCenter)
        self.paused.setWordWrap(True)
        self.paused.hide()
        self.paused_text = ""

        self.english, self.welsh = button("language"), button("language")
        self.languages = QButtonGroup(self)
        for code, widget in (("en", self.english), ("cy", self.welsh)):
            widget.setCheckable(True)
            self.languages.addButton(widget)
            widget.clicked.connect(lambda _=False, code=code: self.language_chosen.emit(code))

        toggles = QHBoxLayout()
        toggles.addStretch()
        toggles.addWidget(self.english)
        toggles.addWidget(self.welsh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(120, 32, 120, 32)  # room for a long event name, notices and card at once
        layout.addLayout(toggles)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addSpacing(16)
        layout.addWidget(self.invitation)
        layout.addSpacing(24)
        layout.addWidget(self.perspective, 0, Qt.AlignHCenter)
        layout.addSpacing(24)
        layout.addWidget(self.start, 0, Qt.AlignHCenter)
        layout.addWidget(self.paused)
        layout.addStretch(3)
        layout.addWidget(self.notice)
        self.show_cards(cards)

    def show_cards(self, cards: tuple[Card, ...]) -> None:
        self.cards, self.turn = tuple(cards), 0
        self.retranslate()

    def show_next_card(self) -> None:
        if self.cards:
            self.turn = (self.turn + 1) % len(self.cards)
            self.retranslate()

    def showEvent(self, event) -> None:
        self.turn_timer.start(self.TURN_MS)
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        self.turn_timer.stop()
        super().hideEvent(event)

    def show_notices(self, notices: list[str]) -> None:
        """Plain sentences for what is missing (no camera, no microphone); empty hides the notice."""
        self.notices = list(notices)
        self.retranslate()

    def show_paused(self, text: str) -> None:
        """Attendees cannot start a take: `text` says why, in both languages; "" brings Start back."""
        self.paused_text = text
        self.start.setVisible(not text)
        self.paused.setVisible(bool(text))
        set_text(self.paused, text)

    def retranslate(self) -> None:
        # A long event name in title size takes three lines; in heading size two, leaving room for the rest.
        name = self.event_name(self.language)
        role = "title" if len(name) <= self.LONG_NAME else "heading"
        if self.title.property("role") != role:
            self.title.setProperty("role", role)
            theme.restyle(self.title)
        set_text(self.title, name)
        set_text(self.invitation, self.tr("Share your thoughts in a short video. It only takes a minute or two."))
        set_text(self.start, self.tr("Start"), self.tr("Start: record your thoughts"))
        set_text(self.english, "English", self.tr("Use English"))
        set_text(self.welsh, "Cymraeg", self.tr("Use Welsh (Cymraeg)"))
        self.english.setChecked(self.language == "en")
        self.welsh.setChecked(self.language == "cy")
        self.perspective.setVisible(bool(self.cards))
        if self.cards:
            card = self.cards[self.turn]
            set_text(self.perspective, self.tr("In the shoes of: %1").replace("%1", card.label(self.language)))
            # The card's own colour; white on each passes WCAG AA (checked when a card is added).
            self.perspective.setStyleSheet(f"background: {card.colour}; color: white;")
        self.notice.setVisible(bool(self.notices))
        set_text(self.notice, "\n".join(self.notices))
