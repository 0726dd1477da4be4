"""The panel's themes and quotes: a clip tagged and untagged from the clip page, a quote made in the transcript editor
by choosing captions, each written through ClipStore.annotate off the GUI thread."""

from __future__ import annotations

import pytest

from tests.ui import test_panel
from tests.ui.test_panel_transcripts import (SAID, Day, clip_list, make_quiet_kiosk, open_editor, sidecar_of,
                                             transcribed_day)

day_of_clips = test_panel.day_of_clips
__all__ = ["make_quiet_kiosk", "transcribed_day"]  # fixtures used here by name


def choose(page, clip) -> None:
    page.select_row(next(number for number, row in enumerate(page.model.rows) if row.code == clip.code))


def test_a_theme_tapped_on_the_clip_page_tags_the_clip_and_a_second_tap_takes_it_off(
        qtbot, make_quiet_kiosk, panel_config, transcribed_day: Day):
    assert panel_config.themes  # the shipped examples
    _, page = clip_list(qtbot, make_quiet_kiosk(panel_config))
    assert page.themes.isVisibleTo(page) and list(page.themes.buttons) == [t.id for t in panel_config.themes]
    choose(page, transcribed_day.automatic)
    being_heard = page.themes.buttons["being-heard"]
    assert being_heard.isEnabled() and not being_heard.isChecked()
    being_heard.click()
    qtbot.waitUntil(lambda: sidecar_of(transcribed_day.store, transcribed_day.automatic).facilitator.themes
                    == ("being-heard",), timeout=10_000)
    qtbot.waitUntil(lambda: not page.tagging and page.themes.buttons["being-heard"].isChecked(), timeout=10_000)
    choose(page, transcribed_day.waiting)
    assert not page.themes.buttons["being-heard"].isChecked()  # each clip shows its own tags
    choose(page, transcribed_day.automatic)
    page.themes.buttons["being-heard"].click()
    qtbot.waitUntil(lambda: sidecar_of(transcribed_day.store, transcribed_day.automatic).facilitator.themes == (),
                    timeout=10_000)


def test_captions_chosen_in_the_editor_become_a_quote_with_their_words_and_the_chosen_themes(
        qtbot, make_quiet_kiosk, panel_config, transcribed_day: Day):
    _, page = clip_list(qtbot, make_quiet_kiosk(panel_config))
    editor = open_editor(qtbot, page, transcribed_day.automatic)
    assert not editor.make_quote.isVisibleTo(editor) and not editor.quote_themes.isVisibleTo(editor)
    editor.choose_quote.click()
    assert editor.make_quote.isVisibleTo(editor) and not editor.save.isVisibleTo(editor)
    editor.make_quote.click()
    assert editor.outcome.text() == "Tap the times of the captions to quote first."
    for row in editor.rows:
        row.time.click()  # while quoting, a caption's time chooses it rather than playing from it
    assert all(row.in_quote and row.time.isChecked() for row in editor.rows) and not editor.playback.position()
    editor.quote_themes.buttons["next-steps"].click()
    editor.make_quote.click()
    qtbot.waitUntil(lambda: not editor.quoting, timeout=10_000)
    quotes = sidecar_of(transcribed_day.store, transcribed_day.automatic).facilitator.quotes
    assert [(q.start, q.end, q.words, q.themes) for q in quotes] == [
        (SAID[0].start, SAID[1].end, "what I am learning is to listen first", ("next-steps",))]
    assert editor.outcome.text() == "Quoted: “what I am learning is to listen first”"
    assert not editor.choose_quote.isChecked() and editor.save.isVisibleTo(editor)
    assert not any(row.in_quote for row in editor.rows) and editor.quote_themes.chosen() == ()


def test_a_quote_is_not_made_from_captions_typed_but_not_saved(qtbot, make_quiet_kiosk, panel_config,
                                                               transcribed_day: Day):
    _, page = clip_list(qtbot, make_quiet_kiosk(panel_config))
    editor = open_editor(qtbot, page, transcribed_day.automatic)
    editor.rows[0].text.setText("words nobody said")
    editor.choose_quote.click()
    editor.rows[0].time.click()
    editor.make_quote.click()
    assert editor.outcome.text() == "Save the transcript first: a quote takes the words as saved."
    assert not editor.quoting
    assert sidecar_of(transcribed_day.store, transcribed_day.automatic).facilitator.quotes == ()


@pytest.mark.parametrize("language", ["cy"])
def test_the_theme_buttons_are_named_in_the_panels_language(qtbot, make_quiet_kiosk, panel_config,
                                                            transcribed_day: Day, language):
    _, page = clip_list(qtbot, make_quiet_kiosk(panel_config))
    page.themes.language = language
    page.themes.retranslate()
    assert page.themes.buttons["being-heard"].text() == panel_config.theme("being-heard").label.cy


def test_the_export_page_writes_what_we_heard_when_asked(qtbot, make_quiet_kiosk, panel_config, transcribed_day: Day,
                                                         tmp_path):
    store, clip = transcribed_day.store, transcribed_day.automatic
    store.annotate(clip, themes=("being-heard",))
    kiosk = make_quiet_kiosk(panel_config)
    panel = test_panel.open_panel(qtbot, kiosk)
    page = panel.export_page
    panel.nav_buttons["export"].click()
    dest = tmp_path / "usb" / "record"
    page.dest.setText(str(dest))
    page.what_we_heard.click()
    with qtbot.waitSignal(kiosk.controller.panel.runner.finished, timeout=60_000):
        page.start.click()
    assert (dest / "report.html").is_file() and (dest / "report.docx").is_file() and (dest / "record.qdpx").is_file()
    assert "Being listened to" in (dest / "report.html").read_text(encoding="utf-8")  # its tag is counted
    assert not (dest / "reel.mp4").exists()  # not asked for
