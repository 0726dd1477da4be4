"""The transcript editor, opened from a clip in the Clips page: play the clip with its captions, correct each one, save.

It shows and edits only: the panel controller reads the .vtt and saves the cues on the disk worker. Quoting, captions
are chosen and the quote's ends nudged while it plays; the controller makes the quote, on the disk worker too.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from kiosk.config import Theme
from kiosk.transcripts import AUTO, EDITED, NO_SPEECH, NO_WELSH_MODEL, NONE, UNREADABLE
from kiosk.transcripts.vtt import Cue
from kiosk.ui.panel import PageBase
from kiosk.ui.panel.jobs import ClipRow
from kiosk.ui.panel.themes import ThemeChooser
from kiosk.ui.playback import ClipPlayer
from kiosk.ui import theme
from kiosk.ui.widgets import (CameraPreview, OnScreenKeyboard, TextBox, TypedFieldInView, button, label, set_text,
                              touch_scrolling)


# The core's reasons for "none" are English sentences (kiosk.transcripts), written here so that lupdate finds them.
_REASONS = {
    NO_WELSH_MODEL: lambda: QCoreApplication.translate("Transcripts", "no Welsh speech model"),
    NO_SPEECH: lambda: QCoreApplication.translate("Transcripts", "no speech heard"),
    UNREADABLE: lambda: QCoreApplication.translate("Transcripts", "the clip's sound could not be read"),
}


def transcript_words(status: str, reason: str = "", transcripts_off: bool = False) -> str:
    """A clip's transcript state in words, in the current language. A facilitator checks a transcript by saving it
    in the editor: until then the model's words are not taken for what was said."""
    if status == AUTO:
        return QCoreApplication.translate("Transcripts", "automatic transcript, not checked")
    if status == EDITED:
        return QCoreApplication.translate("Transcripts", "checked transcript")
    if status == NONE:
        because = _REASONS[reason]() if reason in _REASONS else reason
        return QCoreApplication.translate("Transcripts", "no transcript: %1").replace("%1", because)
    if transcripts_off:
        return QCoreApplication.translate("Transcripts", "transcripts are off")
    return QCoreApplication.translate("Transcripts", "transcript: waiting")


def clock(seconds: float, tenths: bool = False) -> str:
    """m:ss, or m:ss.t with `tenths` (a quote's ends move by half seconds)."""
    if not tenths:
        minutes, whole = divmod(int(max(0.0, seconds)), 60)
        return f"{minutes}:{whole:02d}"
    minutes, tenth = divmod(round(max(0.0, seconds) * 10), 600)
    return f"{minutes}:{tenth // 10:02d}.{tenth % 10}"


@dataclass(frozen=True)
class QuoteSpan:
    """A quote's start and end, in seconds into its clip: the chosen captions' edges, as nudged since."""

    start: float
    end: float

    def nudged(self, edge: str, by: float, duration: float, shortest: float) -> QuoteSpan:
        """The span with its `edge` ("start" or "end") moved `by` seconds: clamped to the clip (0 to `duration`) and
        to at least `shortest` seconds long, so never moved the other way; the same span when that edge cannot move
        that way at all. A span already shorter than `shortest` (one short caption) can still grow."""
        duration = max(duration, self.end)  # a sidecar with no duration does not pull the end back
        start, end = self.start, self.end
        if edge == "start":
            start = max(0.0, start + by) if by < 0 else max(start, min(start + by, end - shortest))
        else:
            end = min(duration, end + by) if by > 0 else min(end, max(end + by, start + shortest))
        return QuoteSpan(round(start, 3), round(end, 3))


class CueBox(TextBox):
    """One caption's text: at least three lines high, and as tall as its text needs, so a caption of two full lines
    (84 characters, laid out again in a box narrower than that) is never cut.

    No scroll bar: the theme's tap-sized one took a third of the box for a caption a line too long for it; the list
    of captions scrolls instead. The height is a minimum the box sets itself, not a size hint: the list gives its
    rows no more than their minimum, and the theme's min-height would win over a hint.
    """

    LEAST_LINES = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "cue")
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.textChanged.connect(self._fit)

    def _fit(self) -> None:
        margin = self.document().documentMargin()
        width = self.viewport().width() - 2 * margin
        if width <= 0:
            return  # not laid out yet: its first resize fits it
        metrics = self.fontMetrics()
        text = metrics.boundingRect(QRect(0, 0, int(width), 1_000_000), Qt.TextWordWrap, self.toPlainText() or " ")
        lines = max(text.height(), self.LEAST_LINES * metrics.lineSpacing())
        frame = self.height() - self.viewport().height()  # border and padding around the text
        self.setMinimumHeight(int(lines + 2 * margin) + frame)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():  # the text wraps anew
            self._fit()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.FontChange, QEvent.StyleChange):  # the theme scaled: its min-height is back
            self._fit()


class CueRow(QWidget):
    """A caption: its time (tap: play from there) and its text to correct."""

    seek_chosen = Signal(float)

    def __init__(self, cue: Cue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start, self.end = cue.start, cue.end
        self.time = button()
        self.time.setProperty("shape", "cuetime")
        self.time.setCheckable(True)  # checked: the caption playing now
        self.time.clicked.connect(lambda: self.seek_chosen.emit(self.start))
        self.text = CueBox()
        self.text.setText(" ".join(cue.text.split()))  # its lines are laid out again on Save
        self.in_quote = False  # chosen, while quoting, as part of the quote
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(max(theme.GAP_FLOOR_PX, theme.px(12)))  # made after the window scaled its layouts
        layout.addWidget(self.time, 0, Qt.AlignTop)
        layout.addWidget(self.text, 1)
        self.retranslate()

    def cue(self) -> Cue:
        return Cue(self.start, self.end, self.text.text())

    def covers(self, seconds: float) -> bool:
        return self.start <= seconds < self.end

    def retranslate(self, quoting: bool = False) -> None:
        span = f"{clock(self.start)}–{clock(self.end)}"
        tapped = (QCoreApplication.translate("Transcripts", "Take the caption from %1 into the quote") if quoting
                  else QCoreApplication.translate("Transcripts", "Play from %1"))
        set_text(self.time, span, tapped.replace("%1", clock(self.start)))
        self.text.setAccessibleName(QCoreApplication.translate("Transcripts", "Caption from %1 to %2")
                                    .replace("%1", clock(self.start)).replace("%2", clock(self.end)))


class TranscriptEditor(PageBase):
    """Plays the clip with the caption of the moment under the picture; lists the captions to correct.

    `save_chosen(row, cues)` asks the controller to save; `closed` says the facilitator went back to the list.
    """

    save_chosen = Signal(object, list)  # the ClipRow, its cues as typed
    quote_chosen = Signal(object, float, float, tuple)  # the ClipRow, the quote's start and end, its theme ids
    closed = Signal()

    TICK_MS = 100  # how often the caption under the picture follows the clip
    SHORTEST_NEW_CUE = 0.3  # seconds: no new caption this close to another one's start, or to the clip's end
    NUDGE_SECONDS = 0.5  # how far one tap moves a quote's start or end
    SHORTEST_QUOTE = 1.0  # seconds: a nudge makes no quote shorter than this
    HEARD_BEFORE_END = 2.0  # seconds: a new end is heard with what leads up to it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = "en"
        self.row: ClipRow | None = None
        self.state = "closed"  # closed, loading, editing, saving, saved, refused
        self.problem = ""  # why the .vtt could not be read
        self.message = ""
        self.transcripts_off = False
        self.rows: list[CueRow] = []
        self.position_seen = 0.0  # where the clip last was while it played: a stopped clip adds its caption there
        self.as_read: list[tuple] = []  # the captions as read or last saved: Back asks before dropping changes
        self.leaving = False  # Back was tapped with changes not saved: a second tap leaves without them
        self.heading = label("heading")
        self.about = label("muted")
        self.video = CameraPreview(mirrored=False)
        self.playback = ClipPlayer(self.video, self)
        self.playback.finished.connect(self._played)
        self.playback.sound_only.connect(
            lambda: self.video.show_message(self.tr("Sound only: no camera was working.")))
        self.ticker = QTimer(self)
        self.ticker.setInterval(self.TICK_MS)
        self.ticker.timeout.connect(self.follow_playback)
        self.now_caption = label("body")
        self.now_caption.setAlignment(Qt.AlignHCenter | Qt.AlignTop)
        self.play = button("primary")
        self.play.clicked.connect(lambda: self.play_from(0.0))
        self.stop = button()
        self.stop.clicked.connect(self.stop_playback)
        self.add_cue = button()
        self.add_cue.clicked.connect(self._add_cue_here)
        self.cue_list = QWidget()
        self.cue_layout = QVBoxLayout(self.cue_list)
        self.cue_layout.addStretch()
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.cue_list)
        # Qt would keep room for a whole tap-sized scroll bar handle: a caption's height is enough, and with the keyboard
        # up on a 720-pixel screen there is no more.
        self.scroll.setMinimumHeight(100)
        touch_scrolling(self.scroll)
        self.keyboard = OnScreenKeyboard()
        self.keyboard.hide()  # it comes up when a caption is tapped, as on the settings page
        self.show_keyboard = button()
        self.show_keyboard.setCheckable(True)
        self.show_keyboard.toggled.connect(self._keyboard_toggled)
        # A caption's whole row, its time too, shows above the keyboard.
        self.in_view = TypedFieldInView(self, self.scroll, self.keyboard, self.show_keyboard,
                                        lambda text: QRect(text.parentWidget().mapTo(self.cue_list, QPoint(0, 0)),
                                                           text.parentWidget().size()))
        # A row of its own, one row of themes in view (more scroll): beside Cancel and Make the quote the Welsh labels
        # were cut, and a second row took the height the quote's nudges need on a 720-pixel screen.
        self.quote_themes = ThemeChooser(shown_rows=1)
        self.quote_themes.hide()
        self.make_quote = button("primary")
        self.make_quote.clicked.connect(self._make_quote)
        self.make_quote.hide()
        self.choose_quote = button()  # checked: a tap on a caption's time chooses it for a quote instead of playing
        self.choose_quote.setCheckable(True)
        self.choose_quote.toggled.connect(self._quote_mode)
        self.quoting = False  # a quote is being written
        self.quote_message = ""
        self.span: QuoteSpan | None = None  # the quote's times: the chosen captions' edges, nudged
        self.playing_quote = False  # what plays is the quote (or part of it), stopping at its end
        self.play_quote = button()
        self.play_quote.setProperty("shape", "cuetime")  # Welsh's "Chwarae'r dyfyniad" beside Stop, at 1280 pixels
        self.play_quote.clicked.connect(lambda: self._play_span(self.span.start if self.span else 0.0))
        self.play_quote.hide()
        self.start_time = label("body")
        self.end_time = label("body")
        self.nudges = {}  # (edge, direction): its button
        for edge in ("start", "end"):
            for direction in (-1, 1):
                nudge = button()
                nudge.setProperty("shape", "cuetime")
                nudge.clicked.connect(lambda _=False, edge=edge, direction=direction: self.nudge_quote(edge, direction))
                self.nudges[edge, direction] = nudge
        self.span_box = QWidget()  # the quote's ends and their nudges, once captions are chosen
        span_grid = QGridLayout(self.span_box)
        span_grid.setContentsMargins(0, 0, 0, 0)
        span_grid.setSpacing(12)  # the window scales it
        for line, (edge, time) in enumerate((("start", self.start_time), ("end", self.end_time))):
            time.setAlignment(Qt.AlignCenter)
            span_grid.addWidget(self.nudges[edge, -1], line, 0)
            span_grid.addWidget(time, line, 1)
            span_grid.addWidget(self.nudges[edge, 1], line, 2)
        span_grid.setColumnStretch(1, 1)
        self.span_box.hide()
        self.outcome = label("body")
        self.back = button()
        self.back.clicked.connect(self._back)
        self.save = button("primary")
        self.save.clicked.connect(self._save)
        self.player = QWidget()
        player_column = QVBoxLayout(self.player)
        player_column.setContentsMargins(0, 0, 0, 0)
        player_column.addWidget(self.video, 1)
        player_column.addWidget(self.now_caption)
        player_column.addWidget(self.span_box)
        controls = QGridLayout()
        controls.addWidget(self.play, 0, 0)
        controls.addWidget(self.play_quote, 0, 0)  # in Play's place while a quote's span is chosen
        controls.addWidget(self.stop, 0, 1)
        controls.addWidget(self.add_cue, 1, 0, 1, 2)
        player_column.addLayout(controls)
        body = QHBoxLayout()
        body.addWidget(self.player, 2)
        body.addWidget(self.scroll, 3)
        actions = QHBoxLayout()
        actions.addStretch()
        actions.addWidget(self.choose_quote)
        actions.addWidget(self.make_quote)
        actions.addWidget(self.show_keyboard)
        actions.addWidget(self.back)
        actions.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.about)
        layout.addLayout(body, 1)
        layout.addWidget(self.outcome)
        layout.addWidget(self.quote_themes)
        layout.addLayout(actions)
        layout.addWidget(self.keyboard)
        self.retranslate()

    # -- opening and closing -----------------------------------------------------------------------------

    def open_clip(self, row: ClipRow) -> None:
        """Shows `row`'s clip while its transcript is read (the controller hands the cues to show_cues)."""
        self.stop_playback()
        self.choose_quote.setChecked(False)
        self.row, self.problem, self.message, self.quote_message = row, "", "", ""
        self.state, self.position_seen, self.leaving, self.quoting = "loading", 0.0, False, False
        self._set_cues(())
        self.retranslate()

    def show_cues(self, cues: tuple[Cue, ...], problem: str = "") -> None:
        """The clip's captions; with none (no transcript yet, or one that could not be read) one empty caption
        covers the whole clip, for a facilitator to type what is said."""
        if self.row is None:
            return
        self.problem = problem
        if not cues:
            cues = (Cue(0.0, max(0.0, self.row.duration), ""),)
        self._set_cues(cues)
        self.state, self.as_read = "editing", self._typed()
        self.retranslate()

    def _typed(self) -> list[tuple]:
        return [(row.start, row.end, " ".join(row.text.text().split())) for row in self.rows]

    def changed(self) -> bool:
        return self.row is not None and self.state != "loading" and self._typed() != self.as_read

    def _back(self) -> None:
        """Back to the list; with changes not saved, the first tap asks (the words said, not the words typed, would
        be lost otherwise) and a second leaves without them."""
        if self.changed() and not self.leaving and self.state not in ("saving", "refused"):  # refused: told already
            self.leaving = True
            self.retranslate()
            return
        self.close_editor()

    def close_editor(self) -> None:
        """Back to the list, nothing saved."""
        self.stop_playback()
        self.choose_quote.setChecked(False)
        self.row, self.state, self.leaving = None, "closed", False
        self._set_cues(())
        self.keyboard.hide()
        self.show_keyboard.setChecked(False)
        self.closed.emit()

    def cues(self) -> list[Cue]:
        return [row.cue() for row in self.rows]

    def _set_cues(self, cues) -> None:
        self.keyboard.forget([row.text for row in self.rows])
        for row in self.rows:
            self.cue_layout.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for cue in cues:
            self._insert_row(len(self.rows), cue)

    def _insert_row(self, index: int, cue: Cue) -> CueRow:
        row = CueRow(cue)
        row.seek_chosen.connect(lambda seconds, row=row: self._caption_tapped(row, seconds))
        self.rows.insert(index, row)
        self.cue_layout.insertWidget(index, row)
        self.keyboard.serve([row.text])
        return row

    def _add_cue_here(self) -> None:
        """A caption starting where the clip is now (or was, when it stopped): the caption playing there
        ends at that moment, and the new one runs to where it ended."""
        if self.row is None or self.state in ("loading", "saving"):
            return
        at = self.playback.position()
        at = max(0.0, min(self.position_seen if at is None else at, self.row.duration - self.SHORTEST_NEW_CUE))
        index = next((number for number, row in enumerate(self.rows) if row.start > at), len(self.rows))
        before = self.rows[index - 1] if index else None
        if before is not None and at - before.start < self.SHORTEST_NEW_CUE:
            before.text.setFocus()  # that caption starts here already
            return
        end = self.rows[index].start if index < len(self.rows) else max(self.row.duration, at + self.SHORTEST_NEW_CUE)
        if before is not None and before.end > at:
            end = before.end
            before.end = at
            before.retranslate()
        row = self._insert_row(index, Cue(at, end, ""))
        row.text.setFocus()
        self.retranslate()

    # -- playing -------------------------------------------------------------------------------------------

    def play_from(self, seconds: float) -> None:
        if self.row is None:
            return
        self.playing_quote = False
        self.playback.play(self.row.media_path, seconds)
        self.ticker.start()
        self.follow_playback()

    def _play_span(self, seconds: float) -> None:
        """The quote from `seconds` (within it) to its end: the player stops there by the clip's own time."""
        if self.row is None or self.span is None:
            return
        self.playing_quote = True
        start = round(max(self.span.start, min(seconds, self.span.end)), 3)
        self.playback.play(self.row.media_path, start, end=self.span.end)
        self.ticker.start()
        self.follow_playback()

    def stop_playback(self) -> None:
        self.playing_quote = False
        self.playback.stop()
        self.ticker.stop()
        self.video.clear()
        self.show_caption_at(None)

    def shutdown(self) -> None:
        self.ticker.stop()
        self.playback.shutdown()

    def _played(self, problem: str) -> None:
        self.playing_quote = False
        self.ticker.stop()
        self.show_caption_at(None)
        if problem:
            self.video.show_message(problem)

    def follow_playback(self) -> None:
        """Shows the caption of the moment under the picture and marks its time in the list."""
        position = self.playback.position()
        if position is not None:
            self.position_seen = position
        self.show_caption_at(position)

    def show_caption_at(self, position: float | None) -> None:
        current = None if position is None else next((row for row in self.rows if row.covers(position)), None)
        for row in self.rows:
            row.time.setChecked(row.in_quote if self.choose_quote.isChecked() else row is current)
        text = " ".join(current.text.text().split()) if current is not None else ""
        if self.now_caption.text() != text:
            set_text(self.now_caption, text, self.tr("Caption now playing"))

    # -- the keyboard ----------------------------------------------------------------------------------------

    def _keyboard_toggled(self, shown: bool) -> None:
        self.keyboard.setVisible(shown)
        # The keyboard takes the picture's and the heading's room: what is typed and why it was not saved stay in
        # view on a 720-pixel screen.
        for part in (self.player, self.heading, self.about):
            part.setVisible(not shown)

    # -- saving ------------------------------------------------------------------------------------------------

    def _save(self) -> None:
        if self.row is None or self.state not in ("editing", "saved", "refused"):
            return
        self.state, self.leaving = "saving", False
        self.retranslate()
        self.save_chosen.emit(self.row, self.cues())

    def show_saved(self, row: ClipRow, cues: tuple[Cue, ...]) -> None:
        """Saved: the captions as laid out for the screen (a long text may have become several)."""
        if self.row is None:
            return
        self.row, self.state, self.problem = row, "saved", ""
        self._set_cues(cues or (Cue(0.0, max(0.0, row.duration), ""),))
        self.as_read = self._typed()
        self.retranslate()

    # -- quotes ----------------------------------------------------------------------------------------------

    def show_themes(self, themes: tuple[Theme, ...]) -> None:
        self.quote_themes.show_themes(themes, self.language)
        self.quote_themes.setVisible(self.choose_quote.isChecked() and bool(themes))

    def chosen_span(self) -> tuple[float, float] | None:
        """From the first caption taken into the quote to the last (those between them too); None with none."""
        chosen = [row for row in self.rows if row.in_quote]
        return (chosen[0].start, chosen[-1].end) if chosen else None

    def quote_span(self) -> QuoteSpan | None:
        """The quote as it would be made: the chosen captions' span with its ends as nudged; None with none chosen."""
        return self.span

    def _caption_tapped(self, row: CueRow, seconds: float) -> None:
        """A caption's time: while quoting it is taken into the quote (or out again), else the clip plays from it.
        The quote's ends go back to the chosen captions' edges: nudged ends belonged to the captions chosen before."""
        if not self.choose_quote.isChecked():
            self.play_from(seconds)
            return
        row.in_quote = not row.in_quote
        row.time.setChecked(row.in_quote)
        chosen = self.chosen_span()
        self.span = QuoteSpan(*chosen) if chosen else None
        if self.span is None and self.playing_quote:
            self.stop_playback()
        self.quote_message = ""
        self.retranslate()

    def nudge_quote(self, edge: str, direction: int) -> None:
        """Moves the quote's `edge` ("start" or "end") NUDGE_SECONDS earlier (-1) or later (1), within the clip and
        no shorter than SHORTEST_QUOTE; out of bounds it stops at the bound, or, already there, says why not. While
        the clip plays it plays again where the change is heard: from a new start, or up to a new end."""
        if self.span is None or self.row is None or self.quoting:
            return
        span = self.span.nudged(edge, direction * self.NUDGE_SECONDS, self.row.duration, self.SHORTEST_QUOTE)
        if span == self.span:
            self.quote_message = self._why_not_nudged(edge, direction)
            self.retranslate()
            return
        self.span, self.quote_message = span, ""
        self.retranslate()
        if self.playback.is_playing():
            self._play_span(span.start if edge == "start" else span.end - self.HEARD_BEFORE_END)

    def _why_not_nudged(self, edge: str, direction: int) -> str:
        if edge == "start" and direction < 0:
            return self.tr("The quote starts at the start of the clip already.")
        if edge == "end" and direction > 0:
            return self.tr("The quote ends at the end of the clip already.")
        return self.tr("A quote lasts at least %1 s.").replace("%1", f"{self.SHORTEST_QUOTE:g}")

    def _quote_mode(self, on: bool) -> None:
        """Quoting: the captions' times choose, and the quote's themes and Make a quote take Save's and Back's place
        (the keyboard goes: a quote takes the words as saved). The heading gives its room to the quote's ends and
        themes, as it does to the keyboard."""
        self.stop_playback()
        if on:
            self.show_keyboard.setChecked(False)
        for row in self.rows:
            row.in_quote = False
        self.span = None
        self.quote_themes.setVisible(on and bool(self.quote_themes.themes))
        self.make_quote.setVisible(on)
        for part in (self.show_keyboard, self.back, self.save, self.heading, self.about):
            part.setVisible(not on)
        self.show_caption_at(None)
        self.retranslate()

    def _make_quote(self) -> None:
        span = self.quote_span()
        if self.row is None or self.quoting:
            return
        if span is None:
            self.quote_message = self.tr("Tap the times of the captions to quote first.")
        elif self.changed():
            self.quote_message = self.tr("Save the transcript first: a quote takes the words as saved.")
        else:
            self.quoting, self.quote_message = True, ""
        self.retranslate()
        if not self.quoting:
            return
        self.quote_chosen.emit(self.row, span.start, span.end, self.quote_themes.chosen())

    def show_quoted(self, row: ClipRow, words: str) -> None:
        """The quote is in the clip's sidecar: the captions are let go for the next one."""
        if self.row is None:
            return
        self.row, self.quoting = row, False
        self.quote_themes.show_chosen(())
        self.choose_quote.setChecked(False)
        self.quote_message = (self.tr("Quoted: “%1”").replace("%1", words) if words
                              else self.tr("Quoted (no words in it)."))
        self.retranslate()

    def show_quote_refused(self, error: str) -> None:
        self.quoting = False
        self.quote_message = self.tr("No quote was made: %1").replace("%1", error)
        self.retranslate()

    def show_refused(self, error: str) -> None:
        if self.row is None:
            return
        self.state, self.message = "refused", error
        self.retranslate()

    # -- words -----------------------------------------------------------------------------------------------

    def _show_span(self, quoting: bool) -> None:
        """The quote's ends and their nudges, and Play the quote in Play's place, once its captions are chosen."""
        span = self.span if quoting else None
        self.span_box.setVisible(span is not None)
        self.play_quote.setVisible(span is not None)
        self.play.setVisible(span is None)
        self.add_cue.setVisible(span is None)  # a caption added now would not be in the saved words a quote takes
        set_text(self.play_quote, self.tr("Play the quote"), self.tr("Play the quote from its start to its end"))
        step = f"{self.NUDGE_SECONDS:g}"
        moves = {("start", -1): self.tr("Start the quote %1 s earlier"),
                 ("start", 1): self.tr("Start the quote %1 s later"),
                 ("end", -1): self.tr("End the quote %1 s earlier"),
                 ("end", 1): self.tr("End the quote %1 s later")}
        for (edge, direction), nudge in self.nudges.items():
            set_text(nudge, self.tr("%1 s").replace("%1", f"{'−' if direction < 0 else '+'}{step}"),
                     moves[edge, direction].replace("%1", step))
            nudge.setEnabled(not self.quoting)
        if span is not None:
            set_text(self.start_time, self.tr("From %1").replace("%1", clock(span.start, tenths=True)),
                     self.tr("The quote starts at %1").replace("%1", clock(span.start, tenths=True)))
            set_text(self.end_time, self.tr("To %1").replace("%1", clock(span.end, tenths=True)),
                     self.tr("The quote ends at %1").replace("%1", clock(span.end, tenths=True)))

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Transcript"))
        row = self.row
        if row is not None:
            minutes, seconds = divmod(round(row.duration), 60)
            set_text(self.about, " · ".join([row.started_at.strftime("%H:%M"), f"{minutes}:{seconds:02d}",
                                              transcript_words(row.transcript, row.transcript_reason,
                                                               self.transcripts_off)]))
        else:
            set_text(self.about, "")
        self.video.setAccessibleName(self.tr("The clip, playing"))
        self.scroll.setAccessibleName(self.tr("Captions, in the order they are heard"))
        set_text(self.play, self.tr("Play"), self.tr("Play the clip from its start"))
        set_text(self.stop, self.tr("Stop"), self.tr("Stop playing"))
        set_text(self.add_cue, self.tr("New caption here"),
                 self.tr("Start a new caption where the clip is now"))
        set_text(self.show_keyboard, self.tr("Keyboard"), self.tr("Show or hide the keyboard"))
        if self.leaving:
            set_text(self.back, self.tr("Leave without saving"), self.tr("Back to the clips; your changes are lost"))
        else:
            set_text(self.back, self.tr("Back"), self.tr("Back to the clips, without saving"))
        set_text(self.save, self.tr("Save"), self.tr("Save the transcript"))
        quoting = self.choose_quote.isChecked()
        for cue_row in self.rows:
            cue_row.retranslate(quoting)
        set_text(self.make_quote, self.tr("Make the quote"),
                 self.tr("Make a quote of the captions chosen, with the themes chosen beside"))
        self._show_span(quoting)
        if quoting:
            set_text(self.choose_quote, self.tr("Cancel"), self.tr("Stop choosing captions for a quote"))
        else:
            set_text(self.choose_quote, self.tr("Quote…"), self.tr("Choose captions to make a quote of"))
        self.quote_themes.set_caption(self.tr("Quote's themes:"))
        self.quote_themes.language = self.language
        self.quote_themes.retranslate()
        self.make_quote.setEnabled(self.state in ("editing", "saved") and row is not None and not self.quoting)
        self.choose_quote.setEnabled(self.state in ("editing", "saved") and row is not None and not self.quoting)
        self.choose_quote.setVisible(not self.leaving)  # Welsh's "leave without saving" needs the row's width
        busy = self.state in ("loading", "saving")
        self.cue_list.setEnabled(self.state != "saving")  # what is typed now would be replaced by the cues as saved
        self.save.setEnabled(not busy and row is not None)
        self.add_cue.setEnabled(not busy and row is not None)
        outcome = {
            "closed": "",
            "loading": self.tr("Reading the transcript…"),
            "editing": "",
            "saving": self.tr("Saving…"),
            "saved": self.tr("Saved. The transcript is marked as checked."),
            "refused": self.tr("Not saved: %1").replace("%1", self.message),
        }[self.state]
        if self.state == "editing" and self.problem:
            outcome = self.tr("The transcript file could not be read (%1). Saving writes a new one.").replace(
                "%1", self.problem)
        elif self.state == "editing" and row is not None and row.transcript == AUTO:
            outcome = self.tr("Automatic transcript, not checked: correct it as the clip plays, then Save to mark it "
                              "checked.")
        elif self.state == "editing" and row is not None and row.transcript in ("", NONE):
            outcome = self.tr("No transcript yet: type what is said. Tap New caption here as the clip plays "
                              "to start another.")
        if self.state in ("editing", "saved") and self.quoting:
            outcome = self.tr("Making the quote…")
        elif quoting and not self.quote_message and self.span is not None:
            outcome = self.tr("Move its start and end, playing it to hear where it cuts, then Make the quote.")
        elif quoting and not self.quote_message:
            outcome = self.tr("Tap the times of the captions to quote, choose its themes, then Make the quote.")
        elif self.state in ("editing", "saved") and self.quote_message:
            outcome = self.quote_message  # what became of the last quote
        if self.leaving:
            outcome = self.tr("Your changes are not saved. Tap Save to keep them, or Leave without saving.")
        set_text(self.outcome, outcome)
