"""Clips of the day: a list (a model, not a widget a clip) with thumbnail, time, card and flags; filter by card; play one."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QAbstractListModel, QModelIndex, QSize, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QListView, QStyledItemDelegate, QVBoxLayout

from kiosk.config import Card, Scope
from kiosk.ui.panel import PageBase
from kiosk.ui.panel.jobs import ClipRow
from kiosk.ui.playback import ClipPlayer
from kiosk.ui.widgets import CameraPreview, button, label, set_text, touch_scrolling

CARD_ROLE = Qt.UserRole + 1
ROW_ROLE = Qt.UserRole + 2


class ClipListModel(QAbstractListModel):
    """The clips as rows of text (flags in words, not colour alone) with their thumbnails."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[ClipRow] = []
        self.cards: dict[str, Card] = {}
        self.scopes: dict[str, Scope] = {}
        self.language = "en"
        self._pixmaps: dict[str, QPixmap] = {}

    def show_rows(self, rows: list[ClipRow], cards: tuple[Card, ...], scopes: tuple[Scope, ...] = ()) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.cards = {card.id: card for card in cards}
        self.scopes = {scope.id: scope for scope in scopes}
        self._pixmaps = {}
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def card_label(self, card_id: str) -> str:
        card = self.cards.get(card_id)
        return card.label(self.language) if card else card_id

    def consent(self, scope_id: str) -> str:
        if not scope_id:  # a media file adopted after a crash: a facilitator has not decided yet
            return self.tr("consent not chosen")
        scope = self.scopes.get(scope_id)
        return self.tr("consent: %1").replace("%1", scope.label(self.language) if scope else scope_id)

    def describe(self, row: ClipRow) -> str:
        when = row.started_at.strftime("%H:%M" if row.started_at.date() == date.today() else "%Y-%m-%d %H:%M")
        minutes, seconds = divmod(round(row.duration), 60)
        parts = [when, self.card_label(row.card_id), f"{minutes}:{seconds:02d}",
                 self.consent(row.consent_scope)]
        if row.recovered:
            parts.append(self.tr("recovered after a crash"))
        if not row.reviewed:
            parts.append(self.tr("not reviewed"))
        return " · ".join(parts)

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.DisplayRole, Qt.AccessibleTextRole):
            return self.describe(row)
        if role == Qt.DecorationRole and not row.thumbnail.isNull():
            if row.code not in self._pixmaps:  # a QPixmap may only be made in the GUI thread, so here
                self._pixmaps[row.code] = QPixmap.fromImage(row.thumbnail)
            return self._pixmaps[row.code]
        if role == Qt.SizeHintRole:
            return QSize(0, 100)
        if role == CARD_ROLE:
            return row.card_id
        if role == ROW_ROLE:
            return row
        return None


class ClipsPage(PageBase):
    refresh_chosen = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.cards: tuple[Card, ...] = ()
        self.language = "en"
        self.model = ClipListModel(self)
        self.filtered = QSortFilterProxyModel(self)
        self.filtered.setSourceModel(self.model)
        self.filtered.setFilterRole(CARD_ROLE)
        self.heading = label("heading")
        self.count = label("muted")
        self.card_filter = QComboBox()
        self.card_filter.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        # Qt's own combo box delegate ignores the style sheet's item height: this one keeps the theme's tap size.
        self.card_filter.setItemDelegate(QStyledItemDelegate(self.card_filter))
        self.card_filter.currentIndexChanged.connect(self._filter_chosen)
        self.refresh = button()
        self.refresh.clicked.connect(self.refresh_chosen)
        self.list = QListView()
        self.list.setModel(self.filtered)
        self.list.setIconSize(QSize(160, 90))
        self.list.setWordWrap(True)  # the flags come last in a row: at 1366x768 they were cut off
        touch_scrolling(self.list)
        self.list.selectionModel().selectionChanged.connect(self._update_buttons)
        self.list.doubleClicked.connect(self.play_selected)
        self.video = CameraPreview(mirrored=False)
        self.playback = ClipPlayer(self.video, self)
        self.playback.finished.connect(self._played)
        self.playback.sound_only.connect(lambda: self.video.show_message(self.tr("Sound only: no camera was working.")))
        self.play = button("primary")
        self.play.clicked.connect(self.play_selected)
        self.stop = button()
        self.stop.clicked.connect(self.stop_playback)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.card_filter)
        top.addWidget(self.refresh)
        player_column = QVBoxLayout()
        player_column.addWidget(self.video, 1)
        controls = QHBoxLayout()
        controls.addWidget(self.play)
        controls.addWidget(self.stop)
        player_column.addLayout(controls)
        body = QHBoxLayout()
        body.addWidget(self.list, 3)
        body.addLayout(player_column, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.count)
        layout.addLayout(body, 1)
        self.retranslate()

    def show_clips(self, rows: list[ClipRow], cards: tuple[Card, ...], scopes: tuple[Scope, ...] = ()) -> None:
        chosen = self.chosen_card()
        self.cards = cards
        self.model.language = self.language
        self.model.show_rows(rows, cards, scopes)
        self._fill_filter(chosen)
        self._update_buttons()

    def chosen_card(self) -> str:
        return self.card_filter.currentData() or ""

    def choose_card(self, card_id: str) -> None:
        """Shows only the clips of `card_id` ("" for every card)."""
        index = self.card_filter.findData(card_id)
        self.card_filter.setCurrentIndex(max(0, index))

    def _fill_filter(self, chosen: str) -> None:
        self.card_filter.blockSignals(True)
        self.card_filter.clear()
        self.card_filter.addItem(self.tr("Every card"), "")
        for card in self.cards:
            self.card_filter.addItem(card.label(self.language), card.id)
        self.card_filter.setCurrentIndex(max(0, self.card_filter.findData(chosen)))
        self.card_filter.blockSignals(False)
        self._filter_chosen()

    def _filter_chosen(self, *_) -> None:
        card_id = self.chosen_card()
        self.filtered.setFilterRegularExpression(f"^{re.escape(card_id)}$" if card_id else "")
        self.set_count()
        self._update_buttons()

    def set_count(self) -> None:
        set_text(self.count, self.tr("%1 of %2 clips shown").replace("%1", str(self.filtered.rowCount()))
                 .replace("%2", str(self.model.rowCount())))

    def selected_row(self) -> ClipRow | None:
        indexes = self.list.selectionModel().selectedIndexes()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def select_row(self, number: int) -> None:
        self.list.setCurrentIndex(self.filtered.index(number, 0))

    def _update_buttons(self, *_) -> None:
        self.play.setEnabled(self.selected_row() is not None)

    def play_selected(self, *_) -> None:
        row = self.selected_row()
        if row is None:
            return
        self.playback.play(row.media_path)

    def stop_playback(self) -> None:
        self.playback.stop()
        self.video.clear()

    def shutdown(self) -> None:
        self.playback.shutdown()

    def _played(self, problem: str) -> None:
        if problem:
            self.video.show_message(problem)

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Clips"))
        self.card_filter.setAccessibleName(self.tr("Show the clips of one card"))
        if self.card_filter.count():
            self.card_filter.setItemText(0, self.tr("Every card"))
            for number, card in enumerate(self.cards, start=1):
                self.card_filter.setItemText(number, card.label(self.language))
        self.list.setAccessibleName(self.tr("Clips, newest first"))
        self.video.setAccessibleName(self.tr("The chosen clip, playing"))
        set_text(self.refresh, self.tr("Refresh"), self.tr("Refresh the list of clips"))
        set_text(self.play, self.tr("Play"), self.tr("Play the chosen clip"))
        set_text(self.stop, self.tr("Stop"), self.tr("Stop playing"))
        self.model.language = self.language
        self.model.layoutChanged.emit()
        self.set_count()
