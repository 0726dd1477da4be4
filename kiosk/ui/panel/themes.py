"""The event's themes as toggle buttons: a clip's tags on the clip page, a new quote's in the transcript editor."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QScrollArea, QWidget

from kiosk.config import Theme
from kiosk.ui.widgets import button, label, set_text, touch_scrolling

SHOWN_ROWS = 2  # rows of buttons in view; more themes scroll up and down (never sideways, a finger misses that)


class ThemeChooser(QWidget):
    """One checkable button a theme, as many to a row as fit; `toggled(theme_id, on)` when one is tapped."""

    toggled = Signal(str, bool)

    def __init__(self, shown_rows: int = SHOWN_ROWS, parent: QWidget | None = None, shape: str = "") -> None:
        super().__init__(parent)
        self.shown_rows = shown_rows
        self.shape = shape  # the buttons' shape in the style sheet ("compact" where a page is crowded)
        self.themes: tuple[Theme, ...] = ()
        self.language = "en"
        self.buttons: dict[str, object] = {}
        self.columns = 0
        self.caption = label("body", wrap=False)
        self.grid_holder = QWidget()
        self.grid = QGridLayout(self.grid_holder)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.grid_holder)
        touch_scrolling(self.scroll)
        # The buttons share the view's width, which changes without the chooser's: a bar comes or goes, or a page laid
        # out while hidden is shown (its view still had its old width, and four themes stood one to a row).
        self.scroll.viewport().installEventFilter(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption, 0, Qt.AlignTop)
        layout.addWidget(self.scroll, 1)
        self.setVisible(False)  # until the event has themes

    def show_themes(self, themes: tuple[Theme, ...], language: str) -> None:
        """The event's themes as buttons, those chosen before still chosen; hidden when the event has none."""
        chosen = self.chosen()
        for theme_button in self.buttons.values():
            self.grid.removeWidget(theme_button)
            theme_button.deleteLater()
        self.buttons, self.columns = {}, 0
        self.themes, self.language = themes, language
        for theme in themes:
            theme_button = button(parent=self.grid_holder)
            theme_button.setCheckable(True)
            if self.shape:
                theme_button.setProperty("shape", self.shape)
            theme_button.clicked.connect(lambda on, theme_id=theme.id: self.toggled.emit(theme_id, on))
            self.buttons[theme.id] = theme_button
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
        self.columns = 0  # the labels' widths changed
        self._lay_out()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._lay_out()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Resize and watched is self.scroll.viewport():
            self._lay_out()
        return super().eventFilter(watched, event)

    def _lay_out(self) -> None:
        """As many buttons to a row as the widest fits in the width there is; at most `shown_rows` rows in view."""
        if not self.buttons:
            return
        spacing = max(0, self.grid.horizontalSpacing())
        widest = max(theme_button.sizeHint().width() for theme_button in self.buttons.values()) + spacing
        columns = max(1, min(len(self.buttons), (self.scroll.viewport().width() + spacing) // max(1, widest)))
        if columns != self.columns:
            self.columns = columns
            for number, theme_button in enumerate(self.buttons.values()):
                self.grid.addWidget(theme_button, number // columns, number % columns)
        rows = -(-len(self.buttons) // columns)
        height = next(iter(self.buttons.values())).sizeHint().height()
        shown = min(rows, self.shown_rows)  # the spacing goes between rows, not after the last
        self.scroll.setFixedHeight(shown * height + (shown - 1) * max(0, self.grid.verticalSpacing()))
