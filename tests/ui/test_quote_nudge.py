"""Nudging a quote's ends in the transcript editor: bounded to the clip, played from its start to its end (the player
stops there by the clip's own time), and the quote made keeps the nudged times and the words said then."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtGui import QImage

from kiosk.transcripts.vtt import Cue
from kiosk.ui.panel.jobs import ClipRow
from kiosk.ui.panel.transcript import QuoteSpan, TranscriptEditor, clock
from tests.toned_clip import SECONDS
from tests.ui import test_panel
from tests.ui.test_panel_transcripts import Day, clip_list, make_quiet_kiosk, open_editor, sidecar_of, transcribed_day

day_of_clips = test_panel.day_of_clips
__all__ = ["make_quiet_kiosk", "transcribed_day"]  # fixtures used here by name

CUES = (Cue(0.0, 0.6, "first"), Cue(0.6, 1.2, "second"), Cue(1.2, SECONDS, "third"))


def test_a_span_nudged_stays_inside_the_clip_and_no_shorter_than_the_shortest():
    span = QuoteSpan(0.5, 3.0)
    assert span.nudged("start", -0.5, 10.0, 1.0) == QuoteSpan(0.0, 3.0)
    assert span.nudged("start", -1.0, 10.0, 1.0) == QuoteSpan(0.0, 3.0)  # clamped at the clip's start
    assert QuoteSpan(0.0, 3.0).nudged("start", -0.5, 10.0, 1.0) == QuoteSpan(0.0, 3.0)  # there already
    assert span.nudged("start", 3.0, 10.0, 1.0) == QuoteSpan(2.0, 3.0)  # clamped a second before the end
    assert span.nudged("end", -3.0, 10.0, 1.0) == QuoteSpan(0.5, 1.5)
    assert span.nudged("end", 9.0, 10.0, 1.0) == QuoteSpan(0.5, 10.0)  # clamped at the clip's end
    assert QuoteSpan(0.1, 0.3).nudged("start", 0.5, 10.0, 1.0) == QuoteSpan(0.1, 0.3)  # short already: not moved back
    assert QuoteSpan(0.1, 0.3).nudged("end", 0.5, 10.0, 1.0) == QuoteSpan(0.1, 0.8)  # but it can grow
    assert QuoteSpan(0.1, 0.3).nudged("end", 0.5, 0.0, 1.0) == QuoteSpan(0.1, 0.3)  # no duration: the end stays
    assert QuoteSpan(0.1, 0.2).nudged("end", 0.1, 10.0, 1.0) == QuoteSpan(0.1, 0.3)  # no 0.30000000000000004


def test_a_quotes_ends_are_shown_to_a_tenth_of_a_second():
    assert clock(83.0) == "1:23" and clock(83.46, tenths=True) == "1:23.5" and clock(59.96, tenths=True) == "1:00.0"


@pytest.fixture
def editor(qtbot, toned_clip):
    """The editor on the 2 s toned clip (picture i at i/15 s is grey 8*i), three captions, quoting."""
    thumbnail = QImage(32, 18, QImage.Format_RGB32)
    row = ClipRow("K7M4PX", toned_clip, "frontline", datetime(2026, 5, 1, 14, 30), SECONDS, "event", False, True,
                  thumbnail)
    editor = TranscriptEditor()
    qtbot.addWidget(editor)
    editor.open_clip(row)
    editor.show_cues(CUES)
    editor.choose_quote.click()
    greys: list[int] = []
    shown = editor.video.show_frame
    editor.video.show_frame = lambda frame: (greys.append(round(float(frame.mean()) / 8)), shown(frame))
    editor.greys = greys
    yield editor
    editor.stop_playback()
    editor.shutdown()


def test_the_nudges_show_once_captions_are_chosen_and_out_of_bounds_is_refused_calmly(editor):
    assert not editor.span_box.isVisibleTo(editor) and not editor.play_quote.isVisibleTo(editor)
    editor.rows[0].time.click()
    assert editor.span_box.isVisibleTo(editor) and editor.play_quote.isVisibleTo(editor)
    assert not editor.play.isVisibleTo(editor) and not editor.add_cue.isVisibleTo(editor)
    assert (editor.start_time.text(), editor.end_time.text()) == ("From 0:00.0", "To 0:00.6")
    editor.nudges["start", -1].click()
    assert editor.quote_span() == QuoteSpan(0.0, 0.6)
    assert editor.outcome.text() == "The quote starts at the start of the clip already."
    editor.nudges["end", -1].click()  # 0.6 s is shorter than a quote may be made by nudging already
    assert editor.quote_span() == QuoteSpan(0.0, 0.6) and editor.outcome.text() == "A quote lasts at least 1 s."
    for _ in range(3):
        editor.nudges["end", 1].click()
    assert editor.quote_span() == QuoteSpan(0.0, 2.0) and editor.end_time.text() == "To 0:02.0"  # 2.1 clamped
    editor.nudges["end", 1].click()
    assert editor.quote_span() == QuoteSpan(0.0, 2.0)
    assert editor.outcome.text() == "The quote ends at the end of the clip already."
    for _ in range(3):
        editor.nudges["start", 1].click()
    assert editor.quote_span() == QuoteSpan(1.0, 2.0) and editor.outcome.text() == "A quote lasts at least 1 s."
    editor.rows[1].time.click()  # another caption chosen: the span is the chosen captions' edges again
    assert editor.quote_span() == QuoteSpan(0.0, 1.2) and editor.outcome.text().startswith("Move its start and end")
    editor.choose_quote.click()
    assert editor.quote_span() is None and not editor.span_box.isVisibleTo(editor)
    assert editor.play.isVisibleTo(editor) and editor.add_cue.isVisibleTo(editor)


def test_play_the_quote_plays_from_its_start_and_stops_at_its_end(qtbot, editor):
    editor.rows[1].time.click()  # 0.6 to 1.2 s: pictures 9 to 17
    with qtbot.waitSignal(editor.playback.finished, timeout=10_000) as ended:
        editor.play_quote.click()
    assert ended.args == [""] and not editor.playback.is_playing() and not editor.playing_quote
    assert editor.greys and set(editor.greys) <= set(range(9, 18))


def test_a_nudge_while_it_plays_plays_again_up_to_a_new_end_or_from_a_new_start(qtbot, editor, monkeypatch):
    monkeypatch.setattr(TranscriptEditor, "NUDGE_SECONDS", 0.2)
    monkeypatch.setattr(TranscriptEditor, "HEARD_BEFORE_END", 0.4)
    monkeypatch.setattr(TranscriptEditor, "SHORTEST_QUOTE", 0.2)
    editor.rows[1].time.click()
    editor.play_quote.click()
    with qtbot.waitSignal(editor.playback.finished, timeout=10_000) as ended:
        editor.nudges["end", 1].click()  # while it plays: the last 0.4 s up to the new end, 1.4 s
        assert (editor.playback.current.start_at, editor.playback.current.end_at) == (1.0, 1.4)
    assert ended.args == [""] and editor.greys and set(editor.greys) <= set(range(15, 21))
    editor.greys.clear()
    editor.play_quote.click()
    with qtbot.waitSignal(editor.playback.finished, timeout=10_000):
        editor.nudges["start", 1].click()  # from the new start, 0.8 s, to the end
        assert (editor.playback.current.start_at, editor.playback.current.end_at) == (0.8, 1.4)
    assert editor.greys and set(editor.greys) <= set(range(12, 21))
    editor.nudges["start", -1].click()  # not playing: nothing starts
    assert not editor.playback.is_playing() and editor.quote_span() == QuoteSpan(0.6, 1.4)


def test_the_quote_made_keeps_its_nudged_times_and_the_words_said_then(qtbot, make_quiet_kiosk, panel_config,
                                                                       transcribed_day: Day, monkeypatch):
    """The day's clips last 1 s, their captions 0-0.5 s and 0.5-0.9 s: nudges of a tenth, quotes of a fifth."""
    monkeypatch.setattr(TranscriptEditor, "NUDGE_SECONDS", 0.1)
    monkeypatch.setattr(TranscriptEditor, "SHORTEST_QUOTE", 0.2)
    _, page = clip_list(qtbot, make_quiet_kiosk(panel_config))
    editor = open_editor(qtbot, page, transcribed_day.automatic)
    editor.choose_quote.click()
    editor.rows[1].time.click()
    editor.nudges["start", 1].click()
    editor.nudges["end", -1].click()
    assert editor.quote_span() == QuoteSpan(0.6, 0.8)
    editor.make_quote.click()
    qtbot.waitUntil(lambda: not editor.quoting, timeout=10_000)
    assert editor.outcome.text() == "Quoted: “is to listen first”"
    editor.choose_quote.click()
    editor.rows[1].time.click()
    editor.nudges["start", -1].click()  # into the first caption: its words are said in the quote now
    editor.make_quote.click()
    qtbot.waitUntil(lambda: not editor.quoting, timeout=10_000)
    quotes = sidecar_of(transcribed_day.store, transcribed_day.automatic).facilitator.quotes
    assert [(q.start, q.end, q.words) for q in quotes] == [
        (0.6, 0.8, "is to listen first"), (0.4, 0.9, "what I am learning is to listen first")]

