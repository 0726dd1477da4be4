"""The event's themes as a row of toggle buttons: a clip's tags on the clip page, a new quote's in the editor."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QWidget

from kiosk.config import Theme
from kiosk.ui.widgets import button, label, set_text, touch_scrolling


class ThemeChooser(QWidget):
    """One checkable button a theme, in a row a finger scrolls sideways; `toggled(theme_id, on)` when one is tapped."""

    toggled = Signal(str, bool)

    def __init__(self, caption: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.themes: tuple[Theme, ...] = ()
        self.language = "en"
        self.buttons: dict[str, object] = {}
        self.caption = label("body", wrap=False)
        self.caption.setText(caption)
        self.row = QWidget()
        self.row_layout = QHBoxLayout(self.row)
        self.row_layout.setContentsMargins(0, 0, 0, 0)
        self.row_layout.addStretch()
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.NoFrame)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.row)
        touch_scrolling(self.scroll)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.scroll, 1)
        self.setVisible(False)  # until the event has themes

    def show_themes(self, themes: tuple[Theme, ...], language: str) -> None:
        """The event's themes as buttons (none checked); hidden when the event has none."""
        chosen = self.chosen()
        for theme_button in self.buttons.values():
            theme_button.deleteLater()
        self.buttons = {}
        self.themes, self.language = themes, language
        for theme in themes:
            theme_button = button()
            theme_button.setCheckable(True)
            theme_button.setProperty("theme", theme.id)
            theme_button.clicked.connect(lambda on, theme_id=theme.id: self.toggled.emit(theme_id, on))
            self.row_layout.insertWidget(self.row_layout.count() - 1, theme_button)
            self.buttons[theme.id] = theme_button
        self.scroll.setFixedHeight(self.row.sizeHint().height() + 4)
        self.setVisible(bool(themes))
        self.show_chosen(chosen)
        self.retranslate()

    def show_chosen(self, theme_ids: tuple[str, ...], enabled: bool = True) -> None:
        for theme_id, theme_button in self.buttons.items():
            theme_button.setChecked(theme_id in theme_ids)
            theme_button.setEnabled(enabled)

    def chosen(self) -> tuple[str, ...]:
        return tuple(theme_id for theme_id, theme_button in self.buttons.items() if theme_button.isChecked())

    def set_caption(self, caption: str) -> None:
        self.caption.setText(caption)

    def retranslate(self) -> None:
        for theme in self.themes:
            words = theme.label(self.language)
            set_text(self.buttons[theme.id], words, f"{self.caption.text()} {words}".strip())
