"""Clips of the day: a list (a model, not a widget a clip) with thumbnail, time, code, card and flags; filter by card;
play one, check one kept without the attendee's confirmation, or withdraw one without its code."""

from __future__ import annotations

import math
import re
from datetime import date

from PySide6.QtCore import (QAbstractListModel, QCoreApplication, QModelIndex, QRect, QSize, QSortFilterProxyModel, Qt,
                            Signal)
from PySide6.QtGui import QFontMetrics, QFontMetricsF, QPixmap
from PySide6.QtWidgets import (QBoxLayout, QComboBox, QHBoxLayout, QListView, QSizePolicy, QStackedWidget,
                               QStyledItemDelegate, QVBoxLayout, QWidget)

from kiosk.config import Card, Scope, Theme
from kiosk.store import KEPT, codes
from kiosk.ui import theme
from kiosk.ui.panel import PageBase
from kiosk.ui.panel.jobs import ClipRow
from kiosk.ui.panel.themes import ThemeChooser
from kiosk.ui.panel.transcript import TranscriptEditor, transcript_words
from kiosk.ui.playback import ClipPlayer
from kiosk.ui.widgets import CameraPreview, button, label, scrolled, set_text, touch_scrolling
from kiosk.wall import WallPreview
from kiosk.wall.playlist import is_approved

CARD_ROLE = Qt.UserRole + 1
ROW_ROLE = Qt.UserRole + 2
ABOUT_SHARE = 1 / 9  # of the page's height the chosen clip's words may take before they scroll: two lines at 16:9


class ClipListModel(QAbstractListModel):
    """The clips as rows of text (flags in words, not colour alone) with their thumbnails."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[ClipRow] = []
        self.cards: dict[str, Card] = {}
        self.scopes: dict[str, Scope] = {}
        self.language = "en"
        self.transcripts_off = False  # the kiosk's transcription said it cannot run (no model, or turned off)
        self._pixmaps: dict[str, QPixmap] = {}

    def show_rows(self, rows: list[ClipRow], cards: tuple[Card, ...], scopes: tuple[Scope, ...] = ()) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.cards = {card.id: card for card in cards}
        self.scopes = {scope.id: scope for scope in scopes}
        self._pixmaps = {}
        self.endResetModel()

    def relabel(self) -> None:
        """The rows' words changed (language, transcripts off), and with them their heights. Announced as a layout
        change in its two halves: layoutChanged alone left the filter's and the selection's indexes stale, and asking
        the selection then crashed."""
        self.layoutAboutToBeChanged.emit()
        self.layoutChanged.emit()

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
        parts = [when, code_words(row.code), self.card_label(row.card_id), f"{minutes}:{seconds:02d}",
                 self.consent(row.consent_scope)]
        if row.unconfirmed:
            parts.append(self.tr("kept without the attendee's confirmation"))
        if row.recovered:
            parts.append(self.tr("recovered after a crash"))
        if not row.reviewed and not row.unconfirmed:  # not kept yet: a take cut short that recovery marked damaged
            parts.append(self.tr("not reviewed"))
        parts.append(transcript_words(row.transcript, row.transcript_reason, self.transcripts_off))
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
        if role == CARD_ROLE:
            return row.card_id
        if role == ROW_ROLE:
            return row
        return None


def code_words(code: str) -> str:
    """The withdrawal code as the attendee saw it on the thanks screen (K7M-4PX)."""
    return QCoreApplication.translate("ClipListModel", "code %1").replace("%1", codes.display(code)) \
        if codes.is_code(code) else QCoreApplication.translate("ClipListModel", "no withdrawal code")


class ClipRowDelegate(QStyledItemDelegate):
    """Each row as tall as its words need at the list's width: with every flag, or in Welsh, a row takes more lines."""

    def sizeHint(self, option, index) -> QSize:
        view = self.parent()
        room = max(theme.px(100), view.viewport().width() - view.iconSize().width() - theme.px(32))
        text = index.data() or ""
        needed = QFontMetrics(option.font).boundingRect(QRect(0, 0, room, 100_000), Qt.TextWordWrap, text).height()
        return QSize(0, max(view.iconSize().height(), needed) + theme.px(16))


class ClipsPage(PageBase):
    """The list and a player beside it (above it on a portrait screen); under them, across the page, the chosen clip's
    words, its themes and what to do with it, always in view. A clip's transcript opens in the editor, in the list's
    place. Withdraw this clip goes to the withdraw page, which asks first, as for a code typed there."""

    refresh_chosen = Signal()
    transcript_chosen = Signal(object)  # the ClipRow whose transcript the facilitator opened
    withdraw_chosen = Signal(object)  # the ClipRow the facilitator asked to withdraw (not withdrawn yet: it asks)
    review_chosen = Signal(object)  # the ClipRow, kept without the attendee's confirmation, a facilitator checked
    theme_toggled = Signal(object, str, bool)  # the ClipRow, a theme id, tagged (True) or no longer (False)
    wall_chosen = Signal(object, bool)  # the ClipRow, and whether the facilitator wants it on the wall or off it

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.cards: tuple[Card, ...] = ()
        self.language = "en"
        self.reviewing = ""  # the code of the clip being marked as checked
        self.walling = ""  # the code of the clip being put on the wall or taken off it
        self.wall = WallPreview(0)
        self.message: tuple[str, str] = ("", "")  # a clip's code, and what became of its check
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
        self.list.setItemDelegate(ClipRowDelegate(self.list))
        self.list.setResizeMode(QListView.Adjust)  # the rows' heights follow the list's width
        touch_scrolling(self.list)
        self.list.selectionModel().selectionChanged.connect(self._update_buttons)
        self.list.doubleClicked.connect(self.play_selected)
        self.video = CameraPreview(mirrored=False)
        # The picture gives way to a long line about the wall: at its usual least it slid under its own buttons.
        self.video.setProperty("shape", "clip")
        self.playback = ClipPlayer(self.video, self)
        self.playback.finished.connect(self._played)
        self.playback.sound_only.connect(lambda: self.video.show_message(self.tr("Sound only: no camera was working.")))
        self.play = button("primary")
        self.play.clicked.connect(self.play_selected)
        self.stop = button()
        self.stop.clicked.connect(self.stop_playback)
        self.transcript = button()
        self.transcript.clicked.connect(self.open_transcript)
        self.about = label("body")  # the chosen clip's code, and whether anyone confirmed it
        self.review = button()
        self.review.clicked.connect(self._review)
        self.withdraw = button("danger")  # the withdraw page asks before anything is deleted
        self.on_wall = button()
        self.on_wall.setCheckable(True)  # on: approved for the live wall
        self.on_wall.clicked.connect(self._wall_switched)
        self.wall_line = label("muted")  # what a wall over these clips loops next
        self.withdraw.clicked.connect(self._withdraw)
        # Two rows of themes in view (the shipped four take two in Welsh), more by finger, with a bar.
        self.themes = ThemeChooser(shape="compact")
        self.themes.toggled.connect(self._theme_toggled)
        self.tagging = ""  # the code of the clip whose tags are being written
        self.editor = TranscriptEditor()
        self.editor.closed.connect(self.show_list)
        # The page's many controls in smaller words (the same tap height): at their full size, a 1280-pixel screen in
        # Welsh had room for them only below the fold of a scroll area, where a facilitator never found them.
        for control in (self.play, self.stop, self.transcript, self.on_wall, self.review, self.withdraw):
            control.setProperty("shape", "compact")
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.card_filter)
        top.addWidget(self.refresh)
        player_column = QVBoxLayout()
        player_column.addWidget(self.video, 1)
        controls = QHBoxLayout()
        controls.addWidget(self.play)
        controls.addWidget(self.stop)
        controls.addWidget(self.transcript)
        player_column.addLayout(controls)
        # The list beside the player on a landscape screen, above it on a portrait one (resizeEvent).
        self.body = QBoxLayout(QBoxLayout.LeftToRight)
        self.body.addWidget(self.list, 1)
        self.body.addLayout(player_column, 1)
        # The chosen clip's words scroll, with a bar that says so, when there are more than their room holds; what to
        # do with the clip (the wall, the check, the withdrawal) and its themes are always in view, across the width.
        self.about_area = scrolled(self.about)
        self.about_area.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)  # whole lines, set by _fit_about
        self.words_to_end = False  # a new outcome is in the words: show their end, where it is, once laid out
        self.about_area.verticalScrollBar().rangeChanged.connect(self._show_words_end)
        actions = QHBoxLayout()
        actions.addWidget(self.on_wall)
        actions.addStretch()
        actions.addWidget(self.review)
        actions.addWidget(self.withdraw)
        self.browser = QWidget()
        browser = QVBoxLayout(self.browser)
        browser.setContentsMargins(0, 0, 0, 0)
        browser.addLayout(top)
        counts = QHBoxLayout()
        counts.addWidget(self.count)
        counts.addWidget(self.wall_line, 1)
        browser.addLayout(counts)
        browser.addLayout(self.body, 1)
        browser.addWidget(self.about_area)
        browser.addWidget(self.themes)
        browser.addLayout(actions)
        self.views = QStackedWidget()
        self.views.addWidget(self.browser)
        self.views.addWidget(self.editor)
        layout = QVBoxLayout(self)
        layout.addWidget(self.views)
        self.retranslate()

    def resizeEvent(self, event) -> None:
        portrait = event.size().height() > event.size().width()
        self.body.setDirection(QBoxLayout.TopToBottom if portrait else QBoxLayout.LeftToRight)
        super().resizeEvent(event)
        self._fit_about()

    def _fit_about(self) -> None:
        """The chosen clip's words in whole lines: all of them while they take under a ninth of the page's height,
        else as many lines as that holds, and the bar shows there are more (a line cut in half read as a fault)."""
        self.about.ensurePolished()  # its font is the style sheet's
        margins = self.layout().contentsMargins()
        # Measured beside the bar: Qt keeps a bar it has shown while the words need it at the width it leaves them
        # (a line of 945 px in one, cut to two by the bar, showed one line and a bar).
        width = self.width() - margins.left() - margins.right() - self.about_area.verticalScrollBar().sizeHint().width()
        # A label lays its lines out a whole pixel apart, rounded up: 31 px for a font's 30.25 (30 in fontMetrics()).
        line = math.ceil(QFontMetricsF(self.about.font()).lineSpacing())
        room = max(2, int(self.height() * ABOUT_SHARE // line)) * line
        self.about_area.setFixedHeight(min(self.about.heightForWidth(width), room))

    def _show_words_end(self, _low: int, high: int) -> None:
        if self.words_to_end:
            self.about_area.verticalScrollBar().setValue(high)

    def show_clips(self, rows: list[ClipRow], cards: tuple[Card, ...], scopes: tuple[Scope, ...] = ()) -> None:
        """The clips as read again; the clip chosen before stays chosen (a checked one has moved down the list)."""
        chosen, selected = self.chosen_card(), self.selected_row()
        self.cards = cards
        self.model.language = self.language
        self.model.show_rows(rows, cards, scopes)
        self._fill_filter(chosen)
        if selected is not None:
            self.select_code(selected.code)
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
        set_text(self.count, self.tr("%1 of %n clip(s) shown", "", self.model.rowCount())
                 .replace("%1", str(self.filtered.rowCount())))

    def selected_row(self) -> ClipRow | None:
        indexes = self.list.selectionModel().selectedIndexes()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def select_row(self, number: int) -> None:
        self.list.setCurrentIndex(self.filtered.index(number, 0))

    def select_code(self, code: str) -> None:
        """Chooses the clip with withdrawal code `code`, if the list shows it."""
        for number in range(self.filtered.rowCount()):
            if self.filtered.index(number, 0).data(ROW_ROLE).code == code:
                self.select_row(number)
                return

    def _update_buttons(self, *_) -> None:
        row = self.selected_row()
        self.play.setEnabled(row is not None)
        self.transcript.setEnabled(row is not None)
        self.withdraw.setEnabled(row is not None and codes.is_code(row.code) and row.clip is not None)
        self.review.setVisible(row is not None and row.unconfirmed)
        self.review.setEnabled(row is not None and row.clip is not None and not self.reviewing)
        self.themes.show_chosen(row.themes if row is not None else (),
                                enabled=row is not None and row.clip is not None and not self.tagging)
        self.on_wall.setVisible(row is not None)
        self.on_wall.setEnabled(row is not None and self.may_go_on_wall(row) and not self.walling)
        self.on_wall.setChecked(row is not None and row.clip is not None and is_approved(row.clip.sidecar))
        self._describe_chosen()

    def _describe_chosen(self) -> None:
        row = self.selected_row()
        if row is None:
            set_text(self.about, self.tr("Choose a clip to play it, check it or withdraw it."))
            return
        lines = [self.tr("Withdrawal code: %1").replace("%1", codes.display(row.code)) if codes.is_code(row.code)
                 else code_words(row.code)]
        if row.code == self.reviewing:
            lines.append(self.tr("Marking it as checked…"))
        elif row.unconfirmed:
            lines.append(self.tr("Kept without the attendee's confirmation: watch it, then check it or withdraw it."))
        # The wall's word shares the code's line: a line of its own left the player's buttons no room at 720 px.
        if row.code == self.walling:
            lines[0] += "  ·  " + self.tr("Changing what the wall shows…")
        elif not self.may_go_on_wall(row):
            lines[0] += "  ·  " + self.tr("Not for the wall: the attendee's consent does not allow showing it in public.")
        elif row.clip is not None and is_approved(row.clip.sidecar):
            lines[0] += "  ·  " + self.tr("On the wall: it is in the loop of the venue's screen.")
        # What became of the facilitator's last tap comes last: the words scroll to it, so it is never out of sight.
        self.words_to_end = self.message[0] == row.code and bool(self.message[1])
        if self.words_to_end:
            lines.append(self.message[1])
        set_text(self.about, "\n".join(lines))
        self._fit_about()
        self._show_words_end(0, self.about_area.verticalScrollBar().maximum())

    # -- themes ----------------------------------------------------------------------------------------------

    def show_themes(self, themes: tuple[Theme, ...]) -> None:
        """The event's themes, for tagging the chosen clip; the editor offers them for a new quote."""
        self.themes.show_themes(themes, self.language)
        self.editor.show_themes(themes)
        self._update_buttons()

    def _theme_toggled(self, theme_id: str, on: bool) -> None:
        row = self.selected_row()
        if row is None or row.clip is None or self.tagging:
            return
        self.tagging, self.message = row.code, ("", "")
        self._update_buttons()
        self.theme_toggled.emit(row, theme_id, on)

    def show_tagged(self, row: ClipRow) -> None:
        """The clip's tags are written (the controller reads the list again)."""
        self.tagging = ""
        self._update_buttons()

    def show_tag_failed(self, code: str, error: str) -> None:
        self.tagging = ""
        self.message = (code, self.tr("Its themes could not be changed: %1").replace("%1", error))
        self._update_buttons()

    # -- the live wall -------------------------------------------------------------------------------------

    def may_go_on_wall(self, row: ClipRow) -> bool:
        """A kept clip whose consent scope the config declares public (the scopes handed in with the rows)."""
        scope = self.model.scopes.get(row.consent_scope)
        return row.clip is not None and scope is not None and scope.public and row.clip.sidecar.status == KEPT

    def _wall_switched(self, on: bool) -> None:
        row = self.selected_row()
        if row is None or self.walling or not self.may_go_on_wall(row):
            self._update_buttons()
            return
        self.walling, self.message = row.code, ("", "")
        self._update_buttons()
        self.wall_chosen.emit(row, on)

    def show_wall_set(self, row: ClipRow, on: bool) -> None:
        self.walling = ""
        self.message = (row.code, self.tr("Approved for the wall: it joins the loop within seconds.") if on else
                        self.tr("Taken off the wall: a wall showing it stops within seconds."))
        self._update_buttons()

    def show_wall_failed(self, code: str, error: str) -> None:
        self.walling = ""
        self.message = (code, self.tr("The wall could not be changed: %1").replace("%1", error))
        self._update_buttons()

    def show_wall(self, wall: WallPreview) -> None:
        """What a wall over these clips loops: how many, and the next in the loop."""
        self.wall = wall
        self._describe_wall()

    def _describe_wall(self) -> None:
        wall = self.wall
        if not wall.count:
            set_text(self.wall_line, self.tr("The wall: no clip approved yet, so it shows the invitation to the kiosk."))
            return
        line = self.tr("Clips in the wall's loop: %1.").replace("%1", str(wall.count))
        if wall.next is not None:
            line += " " + self.tr("Next in the loop: %1.").replace("%1", self._named(wall.next))
        if wall.then is not None:
            line += " " + self.tr("Then: %1.").replace("%1", self._named(wall.then))
        set_text(self.wall_line, line)

    def _named(self, clip) -> str:
        started = clip.sidecar.started_at[11:16]
        return f"{started} {self.model.card_label(clip.sidecar.perspective)} ({code_words(clip.code)})"

    # -- checking and withdrawing --------------------------------------------------------------------------

    def _review(self) -> None:
        row = self.selected_row()
        if row is None or not row.unconfirmed or self.reviewing:
            return
        self.reviewing, self.message = row.code, ("", "")
        self._update_buttons()
        self.review_chosen.emit(row)

    def show_reviewed(self, row: ClipRow) -> None:
        """The clip is checked: it goes where the attendee chose from now on (the controller reads the list again)."""
        self.reviewing = ""
        self.message = (row.code, self.tr("Checked: it now goes where the attendee chose."))
        self._update_buttons()

    def show_review_failed(self, code: str, error: str) -> None:
        self.reviewing = ""
        self.message = (code, self.tr("It could not be marked as checked: %1").replace("%1", error))
        self._update_buttons()

    def _withdraw(self) -> None:
        row = self.selected_row()
        if row is None or not codes.is_code(row.code):
            return
        self.stop_playback()
        self.withdraw_chosen.emit(row)

    def play_selected(self, *_) -> None:
        row = self.selected_row()
        if row is None:
            return
        self.playback.play(row.media_path)

    def stop_playback(self) -> None:
        self.playback.stop()
        self.video.clear()
        self.editor.stop_playback()

    def shutdown(self) -> None:
        self.playback.shutdown()
        self.editor.shutdown()

    def is_playing(self) -> bool:
        return self.playback.is_playing() or self.editor.playback.is_playing()

    # -- the transcript editor -----------------------------------------------------------------------------

    def open_transcript(self, *_) -> None:
        """The chosen clip's transcript in the editor; the controller reads it and hands it to editor.show_cues."""
        row = self.selected_row()
        if row is None:
            return
        self.playback.stop()
        self.video.clear()
        self.editor.open_clip(row)
        self.views.setCurrentWidget(self.editor)
        self.transcript_chosen.emit(row)

    def show_list(self) -> None:
        if self.editor.row is not None:
            self.editor.close_editor()  # emits closed, which comes back here
            return
        self.views.setCurrentWidget(self.browser)

    def editing(self) -> bool:
        return self.views.currentWidget() is self.editor

    def set_transcripts_off(self, off: bool) -> None:
        """Whether the kiosk's transcription is off: clips without a transcript say so instead of waiting."""
        self.model.transcripts_off = self.editor.transcripts_off = off
        self.model.relabel()
        self.editor.retranslate()

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
        self.list.setAccessibleName(self.tr("Clips: those kept without the attendee's confirmation first, then the "
                                            "newest"))
        self.video.setAccessibleName(self.tr("The chosen clip, playing"))
        set_text(self.refresh, self.tr("Refresh"), self.tr("Refresh the list of clips"))
        set_text(self.play, self.tr("Play"), self.tr("Play the chosen clip"))
        set_text(self.stop, self.tr("Stop"), self.tr("Stop playing"))
        set_text(self.transcript, self.tr("Transcript"), self.tr("Read or correct the chosen clip's transcript"))
        set_text(self.review, self.tr("I have checked this clip"),
                 self.tr("I have watched this clip: it may go where the attendee chose"))
        self.themes.set_caption(self.tr("Themes:"))
        self.themes.language = self.language
        self.themes.retranslate()
        self.editor.language = self.language  # its quote's themes are named in the panel's language
        self.editor.retranslate()
        set_text(self.on_wall, self.tr("Show on the wall"),
                 self.tr("Approve the chosen clip for the live wall on the venue's screen, or take it off"))
        set_text(self.withdraw, self.tr("Withdraw this clip"),
                 self.tr("Withdraw the chosen clip, without its code (you are asked first)"))
        self._describe_chosen()
        self._describe_wall()
        self.model.language = self.language
        self.model.relabel()
        self.set_count()
