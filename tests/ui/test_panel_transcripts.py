"""The panel's transcripts: each clip's state in words, and the editor (play with captions, correct, save, type by hand)."""

from dataclasses import dataclass, replace

import pytest
from PySide6.QtCore import Qt

from kiosk import config as configuration
from kiosk.store import Clip, ClipStore
from kiosk.store.withdraw import withdraw
from kiosk.transcripts import AUTO, EDITED, NO_WELSH_MODEL, NONE, read_transcript
from kiosk.transcripts.vtt import MAX_LINE, Cue, to_vtt
from kiosk.ui.transcription import OFF, TranscriptionService
from tests.ui import test_panel
from tests.ui.test_keyboard import in_view
from tests.ui.test_panel import open_panel, type_on

day_of_clips = test_panel.day_of_clips  # the panel tests' three clips of today, recorded once, as a fixture here too
SAID = (Cue(0.0, 0.5, "what I am learning"), Cue(0.5, 0.9, "is to listen first"))  # inside a 1 s clip


@dataclass(frozen=True)
class Day:
    store: ClipStore
    automatic: Clip  # transcribed by the model
    waiting: Clip  # not transcribed yet
    welsh: Clip  # in Welsh: no model, so no transcript


@pytest.fixture
def transcribed_day(day_of_clips) -> Day:
    """The day's three clips in three transcript states, as `kiosk transcribe` leaves them."""
    store = day_of_clips
    clips = store.list().clips
    automatic = next(clip for clip in clips if clip.sidecar.perspective == "frontline"
                     and clip.sidecar.consent_scope == "public")
    waiting = next(clip for clip in clips if clip.sidecar.perspective == "frontline" and clip is not automatic)
    welsh = next(clip for clip in clips if clip.sidecar.perspective == "volunteer")
    automatic.transcript_path.write_text(to_vtt(SAID), "utf-8")
    automatic = store.update(automatic, transcript=AUTO, transcript_language="en", transcript_model="tiny.en")
    welsh = store.update(welsh, language="cy", transcript=NONE, transcript_reason=NO_WELSH_MODEL,
                         transcript_language="cy")
    return Day(store, automatic, waiting, welsh)


@pytest.fixture
def make_quiet_kiosk(make_kiosk, monkeypatch):
    """make_kiosk with no background transcription: the clips' transcript states stay the test's own."""
    monkeypatch.setattr(TranscriptionService, "request", lambda self: None)
    return make_kiosk


def sidecar_of(store: ClipStore, clip: Clip):
    return next(found for found in store.list().clips if found.sidecar.id == clip.sidecar.id).sidecar


def clip_list(qtbot, kiosk):
    panel = open_panel(qtbot, kiosk)
    page = panel.clips_page
    panel.nav_buttons["clips"].click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    return panel, page


def row_text(page, clip: Clip) -> str:
    number = next(number for number, row in enumerate(page.model.rows) if row.code == clip.code)
    return page.model.index(number, 0).data()


def open_editor(qtbot, page, clip: Clip):
    """Chooses `clip` in the list, taps Transcript, and waits for its captions to be read."""
    page.select_row(next(number for number, row in enumerate(page.model.rows) if row.code == clip.code))
    page.transcript.click()
    editor = page.editor
    assert page.editing() and editor.state == "loading"
    qtbot.waitUntil(lambda: editor.state == "editing", timeout=10_000)
    return editor


def save(qtbot, editor, state: str = "saved") -> None:
    editor.save.click()
    qtbot.waitUntil(lambda: editor.state == state, timeout=10_000)


def test_each_clip_says_its_transcript_state_in_words(qtbot, make_quiet_kiosk, panel_config, transcribed_day):
    kiosk = make_quiet_kiosk(panel_config)
    panel, page = clip_list(qtbot, kiosk)
    assert row_text(page, transcribed_day.automatic).endswith("automatic transcript, not checked")
    assert row_text(page, transcribed_day.waiting).endswith("transcript: waiting")
    assert row_text(page, transcribed_day.welsh).endswith("no transcript: no Welsh speech model")
    kiosk.controller.set_language("cy")
    assert row_text(page, transcribed_day.automatic).endswith("trawsgrifiad awtomatig, heb ei wirio")
    assert row_text(page, transcribed_day.welsh).endswith("dim trawsgrifiad: dim model lleferydd Cymraeg")
    assert row_text(page, transcribed_day.waiting).endswith("trawsgrifiad: yn aros")


def test_clips_without_a_transcript_say_so_when_the_kiosks_transcription_is_off(qtbot, make_kiosk, panel_config,
                                                                              transcribed_day):
    off = replace(panel_config, transcript_model="off")
    configuration.save(off, off.source)
    kiosk = make_kiosk(off)
    c = kiosk.controller
    qtbot.waitUntil(lambda: c.transcription.state == OFF, timeout=60_000)  # its start-up run found it off
    panel, page = clip_list(qtbot, kiosk)
    assert row_text(page, transcribed_day.waiting).endswith("transcripts are off")
    assert row_text(page, transcribed_day.automatic).endswith("automatic transcript, not checked")  # made before
    assert row_text(page, transcribed_day.welsh).endswith("no transcript: no Welsh speech model")
    panel.nav_buttons["status"].click()
    qtbot.waitUntil(lambda: "Transcripts are off in the event's settings." in panel.status.text(), timeout=10_000)


def test_the_status_counts_the_clips_waiting_for_a_transcript(qtbot, make_quiet_kiosk, panel_config, transcribed_day):
    panel = open_panel(qtbot, make_quiet_kiosk(panel_config))
    # Of the three: one transcribed, one Welsh with none (no model), one waiting.
    qtbot.waitUntil(lambda: "Transcripts: 1 clip waiting." in panel.status.text(), timeout=10_000)


def test_a_caption_corrected_on_the_on_screen_keyboard_is_saved_as_edited_and_called_checked(
        qtbot, make_quiet_kiosk, panel_config, transcribed_day):
    day = transcribed_day
    panel, page = clip_list(qtbot, make_quiet_kiosk(panel_config))
    editor = open_editor(qtbot, page, day.automatic)
    assert [row.text.text() for row in editor.rows] == [cue.text for cue in SAID]
    assert "automatic transcript, not checked" in editor.about.text()
    assert "Save to mark it checked" in editor.outcome.text()
    first = editor.rows[0].text
    first.setFocus()
    qtbot.waitUntil(editor.keyboard.isVisible, timeout=5_000)  # a tap on a caption brings the keyboard up
    assert not editor.player.isVisible()  # it takes the picture's room
    first.moveCursor(first.textCursor().MoveOperation.End)
    for _ in "learning":
        editor.keyboard.erase.click()
    type_on(editor.keyboard, "hearing, Ŵyn")
    qtbot.keyClicks(first, "!")  # a real keyboard types into it too
    save(qtbot, editor)
    assert "Saved" in editor.outcome.text() and "marked as checked" in editor.outcome.text()
    assert "checked transcript" in editor.about.text() and "not checked" not in editor.about.text()
    assert read_transcript(day.automatic) == (Cue(0.0, 0.5, "what I am hearing, Ŵyn!"), SAID[1])
    sidecar = sidecar_of(day.store, day.automatic)
    assert sidecar.transcript == EDITED and sidecar.transcript_language == "en"
    qtbot.waitUntil(lambda: row_text(page, day.automatic).endswith("checked transcript"), timeout=10_000)
    editor.back.click()
    assert not page.editing()


def test_a_long_caption_is_saved_as_captions_of_two_short_lines(qtbot, make_quiet_kiosk, panel_config, transcribed_day):
    day = transcribed_day
    panel, page = clip_list(qtbot, make_quiet_kiosk(panel_config))
    editor = open_editor(qtbot, page, day.automatic)
    words = " ".join(["we will meet the volunteers again next month"] * 3)
    editor.rows[1].text.setText(words)
    save(qtbot, editor)
    saved = read_transcript(day.automatic)
    assert len(saved) > 2 and " ".join(" ".join(cue.text.split()) for cue in saved[1:]) == words
    for cue in saved:
        assert len(cue.text.split("\n")) <= 2 and all(len(line) <= MAX_LINE for line in cue.text.split("\n"))
        assert cue.start < cue.end <= max(1.0, day.automatic.sidecar.duration)
    assert len(editor.rows) == len(saved)  # the editor shows the captions as saved


def test_back_leaves_the_transcript_as_it_was(qtbot, make_quiet_kiosk, panel_config, transcribed_day):
    day = transcribed_day
    panel, page = clip_list(qtbot, make_quiet_kiosk(panel_config))
    editor = open_editor(qtbot, page, day.automatic)
    editor.back.click()  # nothing changed: straight back
    assert not page.editing() and editor.row is None
    editor = open_editor(qtbot, page, day.automatic)
    editor.rows[0].text.setText("something else")
    editor.back.click()  # changed: it asks first
    assert page.editing() and "not saved" in editor.outcome.text()
    assert editor.back.text() == "Leave without saving"
    editor.back.click()
    assert not page.editing() and editor.row is None
    assert read_transcript(day.automatic) == SAID
    assert sidecar_of(day.store, day.automatic).transcript == AUTO


def test_tapping_a_captions_time_plays_the_clip_from_there_with_its_caption(qtbot, make_quiet_kiosk, panel_config,
                                                                            transcribed_day):
    panel, page = clip_list(qtbot, make_quiet_kiosk(panel_config))
    editor = open_editor(qtbot, page, transcribed_day.automatic)
    assert editor.rows[1].time.text() == "0:00–0:00" and editor.rows[1].time.accessibleName() == "Play from 0:00"
    editor.rows[1].time.click()
    assert editor.playback.current is not None and editor.playback.current.start_at == SAID[1].start
    assert editor.playback.source == transcribed_day.automatic.media_path
    qtbot.waitUntil(lambda: editor.video.frames_shown > 0, timeout=10_000)
    editor.show_caption_at(0.7)
    assert editor.now_caption.text() == SAID[1].text and editor.rows[1].time.isChecked()
    assert not editor.rows[0].time.isChecked()
    editor.show_caption_at(0.1)
    assert editor.now_caption.text() == SAID[0].text
    # To its end: the caption goes. The player's thread stops before its end reaches the GUI thread (a queued
    # signal), so waiting for is_playing() alone raced with the slot that clears the caption.
    qtbot.waitUntil(lambda: not editor.ticker.isActive(), timeout=10_000)
    assert editor.now_caption.text() == "" and not editor.playback.is_playing()
    qtbot.waitUntil(lambda: not editor.playback.holds_a_clip(), timeout=5_000)


def test_a_welsh_clip_with_no_transcript_is_given_one_by_hand(qtbot, make_quiet_kiosk, panel_config, transcribed_day,
                                                              monkeypatch):
    day = transcribed_day
    panel, page = clip_list(qtbot, make_quiet_kiosk(panel_config))
    editor = open_editor(qtbot, page, day.welsh)
    assert "no transcript: no Welsh speech model" in editor.about.text()
    assert "type what is said" in editor.outcome.text()
    duration = day.welsh.sidecar.duration
    assert [row.cue() for row in editor.rows] == [Cue(0.0, duration, "")]  # one empty caption: the whole clip
    editor.rows[0].text.setFocus()
    type_on(editor.keyboard, "Bore da")
    monkeypatch.setattr(editor.playback, "position", lambda: 0.5)  # as if the clip were playing at 0.5 s
    editor.add_cue.click()
    assert [(row.start, row.end) for row in editor.rows] == [(0.0, 0.5), (0.5, duration)]
    assert editor.rows[1].text.hasFocus()
    type_on(editor.keyboard, "Diolch yn fawr")
    save(qtbot, editor)
    assert read_transcript(day.welsh) == (Cue(0.0, 0.5, "Bore da"), Cue(0.5, round(duration, 3), "Diolch yn fawr"))
    sidecar = sidecar_of(day.store, day.welsh)
    assert (sidecar.transcript, sidecar.transcript_reason, sidecar.transcript_language) == (EDITED, "", "cy")
    assert sidecar.transcript_model == ""  # typed by hand


def test_an_unreadable_transcript_gets_a_sentence_and_can_be_typed_again(qtbot, make_quiet_kiosk, panel_config,
                                                                        transcribed_day):
    day = transcribed_day
    day.automatic.transcript_path.write_bytes(b"\xff\xfe not captions at all")
    panel, page = clip_list(qtbot, make_quiet_kiosk(panel_config))
    editor = open_editor(qtbot, page, day.automatic)
    assert "The transcript file could not be read" in editor.outcome.text()
    assert "Traceback" not in editor.outcome.text()
    assert [row.text.text() for row in editor.rows] == [""]
    editor.rows[0].text.setText("typed again")
    save(qtbot, editor)
    assert [cue.text for cue in read_transcript(day.automatic)] == ["typed again"]


def test_saving_after_the_clip_was_withdrawn_says_so(qtbot, make_quiet_kiosk, panel_config, transcribed_day):
    day = transcribed_day
    panel, page = clip_list(qtbot, make_quiet_kiosk(panel_config))
    editor = open_editor(qtbot, page, day.automatic)
    page.stop_playback()
    withdraw(day.store, day.automatic.code)  # from another kiosk's panel, say, while this editor is open
    editor.rows[0].text.setText("too late")
    save(qtbot, editor, state="refused")
    assert editor.outcome.text().startswith("Not saved:") and "no longer in the recordings" in editor.outcome.text()
    assert not day.automatic.transcript_path.exists()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    editor.back.click()
    assert not page.editing()


def test_the_editor_speaks_welsh(qtbot, make_quiet_kiosk, panel_config, transcribed_day):
    kiosk = make_quiet_kiosk(panel_config)
    kiosk.controller.set_language("cy")
    panel, page = clip_list(qtbot, kiosk)
    editor = open_editor(qtbot, page, transcribed_day.welsh)
    assert editor.heading.text() == "Trawsgrifiad" and editor.save.text() == "Cadw"
    assert editor.rows[0].time.accessibleName().startswith("Chwarae o")
    assert page.list.model().index(0, 0).data(Qt.DisplayRole)


def test_the_caption_being_typed_stays_in_view_above_the_keyboard(qtbot, make_quiet_kiosk, panel_config,
                                                                  transcribed_day):
    panel, page = clip_list(qtbot, make_quiet_kiosk(panel_config))
    editor = open_editor(qtbot, page, transcribed_day.automatic)
    editor.show_cues(tuple(Cue(start / 10, (start + 1) / 10, f"caption {start}") for start in range(9)))
    editor.scroll.verticalScrollBar().setValue(0)
    last = editor.rows[-1]
    assert not in_view(last, editor.scroll)
    last.text.setFocus()
    qtbot.waitUntil(lambda: editor.keyboard.isVisible() and in_view(last, editor.scroll), timeout=5_000)
