"""The settings page's themes: added, edited and removed, saved to kiosk.toml and followed by the clip page and the
transcript editor without a restart; a theme clips carry is removed from the settings, never from their sidecars."""

from __future__ import annotations

import pytest

from kiosk import config as configuration
from kiosk.store.annotations import Quote
from kiosk.ui.panel.cards import card_id_for
from kiosk.ui.panel.theme_editor import COLOUR_NAMES, clips_by_theme
from kiosk.ui.theme import NEW_CARD_COLOURS
from tests.ui import test_panel
from tests.ui.test_panel import type_on
from tests.ui.test_panel_cards import open_settings, save
from tests.ui.test_panel_transcripts import Day, clip_list, make_quiet_kiosk, open_editor, sidecar_of, transcribed_day

day_of_clips = test_panel.day_of_clips
__all__ = ["make_quiet_kiosk", "transcribed_day"]  # fixtures used here by name


def row(page, key: str):
    return next(row for row in page.theme_editor.rows if row.key == key)


def choose_colour(theme_row, colour: str) -> None:
    theme_row.colour.setCurrentIndex(theme_row.colour.findData(colour))


def test_the_themes_are_listed_with_their_labels_in_both_languages_and_their_colours(qtbot, make_kiosk, panel_config):
    page = open_settings(qtbot, make_kiosk(panel_config))
    editor = page.theme_editor
    assert [r.key for r in editor.rows] == [t.id for t in panel_config.themes]
    for theme_row, theme in zip(editor.rows, panel_config.themes):
        assert theme_row.fields["label_en"].text() == theme.label.en
        assert theme_row.fields["label_cy"].text() == theme.label.cy
        assert theme_row.chosen_colour() == theme.colour
    # A colour typed in kiosk.toml outside the cards' choice is kept, offered first as the theme's own.
    being_heard = row(page, "being-heard")
    assert being_heard.colour.itemText(0) == "Its own colour (#1565C0)"
    assert [being_heard.colour.itemData(i) for i in range(1, being_heard.colour.count())] == list(NEW_CARD_COLOURS)
    assert being_heard.captions["colour"].text() == "Being listened to: colour"
    assert editor.themes() == panel_config.themes  # nothing changed: the page would save them as they are


def test_an_added_theme_is_saved_with_an_id_from_its_label_and_the_clip_page_offers_it_at_once(
        qtbot, make_quiet_kiosk, panel_config, transcribed_day: Day):
    kiosk = make_quiet_kiosk(panel_config)
    _, clips = clip_list(qtbot, kiosk)
    page = open_settings(qtbot, kiosk)
    page.theme_editor.add.click()
    new = row(page, "new-1")
    assert new.fields["label_en"].hasFocus()  # typing on the on-screen keyboard goes straight into it
    type_on(page.keyboard, "Money worries")
    new.fields["label_cy"].setText("Pryderon ariannol")
    assert new.chosen_colour() in NEW_CARD_COLOURS and new.chosen_colour() != row(page, "getting-there").chosen_colour()
    choose_colour(new, "#BF360C")
    save(qtbot, page)
    assert page.state == "saved", page.outcome.text()
    saved, problems = configuration.load(panel_config.source)
    assert not problems
    assert saved.theme("money-worries") == configuration.Theme(
        "money-worries", configuration.Text("Money worries", "Pryderon ariannol"), "#BF360C")
    assert [t.id for t in saved.themes] == [t.id for t in panel_config.themes] + ["money-worries"]
    assert [r.key for r in page.theme_editor.rows][-1] == "money-worries"  # the page shows the saved theme
    assert clips.themes.buttons["money-worries"].text() == "Money worries"
    kiosk.controller.set_language("cy")
    assert clips.themes.buttons["money-worries"].text() == "Pryderon ariannol"
    kiosk.controller.set_language("en")
    editor = open_editor(qtbot, clips, transcribed_day.automatic)
    assert "money-worries" in editor.quote_themes.buttons
    # Tagging with it goes through the saved config: it is a theme of the event now.
    clips.show_list()
    clips.select_row(next(n for n, r in enumerate(clips.model.rows) if r.code == transcribed_day.automatic.code))
    clips.themes.buttons["money-worries"].click()
    qtbot.waitUntil(lambda: sidecar_of(transcribed_day.store, transcribed_day.automatic).facilitator.themes
                    == ("money-worries",), timeout=10_000)


def test_a_theme_edited_keeps_its_id_so_the_clips_tagged_with_it_keep_their_tag(qtbot, make_kiosk, panel_config):
    kiosk = make_kiosk(panel_config)
    page = open_settings(qtbot, kiosk)
    being_heard = row(page, "being-heard")
    being_heard.fields["label_en"].setText("Heard, properly")
    being_heard.fields["label_cy"].setText("Wedi ein clywed, go iawn")
    choose_colour(being_heard, "#311B92")
    assert being_heard.colour.currentText() == "Purple"
    save(qtbot, page)
    assert page.state == "saved", page.outcome.text()
    saved, _ = configuration.load(panel_config.source)
    assert saved.theme("being-heard") == configuration.Theme(
        "being-heard", configuration.Text("Heard, properly", "Wedi ein clywed, go iawn"), "#311B92")
    assert kiosk.controller.facilitator.clips_page.themes.buttons["being-heard"].text() == "Heard, properly"


def test_removing_a_theme_clips_carry_says_how_many_and_leaves_their_tags_in_their_sidecars(
        qtbot, make_quiet_kiosk, panel_config, transcribed_day: Day):
    day = transcribed_day
    day.store.annotate(day.automatic, themes=("being-heard", "next-steps"))
    day.store.annotate(day.waiting, themes=("being-heard",))
    kiosk = make_quiet_kiosk(panel_config)
    _, clips = clip_list(qtbot, kiosk)
    page = open_settings(qtbot, kiosk)
    being_heard, next_steps = row(page, "being-heard"), row(page, "next-steps")
    assert not being_heard.note.isVisibleTo(page)
    being_heard.remove.click()
    next_steps.remove.click()
    assert being_heard.note.isVisibleTo(page) and not being_heard.fields["label_en"].isEnabled()
    assert being_heard.note.text() == ("2 clips tagged with it keep the tag in their sidecars, but the tag is not shown "
                                       "or exported while the theme is not in the settings.")
    assert next_steps.note.text().startswith("1 clip tagged with it keeps the tag in its sidecar")
    assert being_heard.remove.text() == "Removed: tap to keep it"
    assert being_heard.remove.accessibleName() == "Keep the theme Being listened to"
    kiosk.controller.set_language("cy")
    assert being_heard.note.text().startswith("Mae 2 clip")
    kiosk.controller.set_language("en")
    save(qtbot, page)
    assert page.state == "saved", page.outcome.text()
    saved, _ = configuration.load(panel_config.source)
    assert [t.id for t in saved.themes] == ["getting-there", "working-together"]
    assert list(clips.themes.buttons) == ["getting-there", "working-together"]
    assert sidecar_of(day.store, day.automatic).facilitator.themes == ("being-heard", "next-steps")
    # Tagging the clip with a theme still there keeps the removed theme's tag beside it.
    clips.show_list()
    clips.select_row(next(n for n, r in enumerate(clips.model.rows) if r.code == day.automatic.code))
    assert not any(button.isChecked() for button in clips.themes.buttons.values())
    clips.themes.buttons["working-together"].click()
    qtbot.waitUntil(lambda: sidecar_of(day.store, day.automatic).facilitator.themes
                    == ("being-heard", "next-steps", "working-together"), timeout=10_000)


def test_clips_are_counted_once_a_theme_whether_tagged_or_quoted(transcribed_day: Day):
    day = transcribed_day
    quote = Quote("q1", 0.0, 0.5, "words", ("next-steps", "working-together"))
    day.store.annotate(day.automatic, themes=("next-steps",), quotes=(quote,))
    day.store.annotate(day.waiting, themes=("next-steps",))
    assert clips_by_theme(day.store.list().clips) == {"next-steps": 2, "working-together": 1}


def test_undo_brings_back_a_removed_theme_and_drops_an_added_one(qtbot, make_kiosk, panel_config):
    page = open_settings(qtbot, make_kiosk(panel_config))
    row(page, "next-steps").remove.click()
    page.theme_editor.add.click()
    page.undo.click()
    assert [r.key for r in page.theme_editor.rows] == [t.id for t in panel_config.themes]
    assert not any(r.removed() for r in page.theme_editor.rows)


def test_a_new_theme_with_no_english_label_is_refused_by_its_label_and_nothing_is_saved(qtbot, make_kiosk,
                                                                                        panel_config):
    kiosk = make_kiosk(panel_config)
    before = panel_config.source.read_bytes()
    page = open_settings(qtbot, kiosk)
    page.theme_editor.add.click()
    new = row(page, "new-1")
    new.fields["label_cy"].setText("Gofalwyr")
    save(qtbot, page)
    assert page.state == "refused"
    assert page.outcome.text() == "Not saved: the label of the theme “Gofalwyr” needs an English text."
    assert page.marked is new.fields["label_en"]
    assert panel_config.source.read_bytes() == before
    kiosk.controller.set_language("cy")
    save(qtbot, page)
    assert page.outcome.text() == "Heb ei gadw: Mae angen testun Saesneg ar label y thema “Gofalwyr”."


def test_an_existing_themes_english_label_emptied_is_refused_by_its_welsh_one(qtbot, make_kiosk, panel_config):
    page = open_settings(qtbot, make_kiosk(panel_config))
    row(page, "working-together").fields["label_en"].setText("   ")
    save(qtbot, page)
    assert page.outcome.text() == "Not saved: the label of the theme “Cydweithio” needs an English text."
    assert page.marked is row(page, "working-together").fields["label_en"]


def test_more_themes_than_the_config_allows_are_refused_in_one_sentence(qtbot, make_kiosk, panel_config):
    page = open_settings(qtbot, make_kiosk(panel_config))
    for number in range(configuration.MOST_THEMES + 1 - len(panel_config.themes)):
        page.theme_editor.add.click()
        page.theme_editor.rows[-1].fields["label_en"].setText(f"Theme {number}")
    save(qtbot, page)
    assert page.state == "refused"
    assert page.outcome.text() == f"Not saved: There can be at most {configuration.MOST_THEMES} themes."


def test_every_colour_offered_has_a_name_a_person_can_hear():
    assert list(COLOUR_NAMES) == list(NEW_CARD_COLOURS)


@pytest.mark.parametrize("label, taken, expected", [
    ("Money worries", set(), "money-worries"),
    ("Cael gwrandawiad", {"cael-gwrandawiad"}, "cael-gwrandawiad-2"),
    ("???", set(), "theme"),
    ("24/7 care", set(), "theme-24-7-care"),
])
def test_a_new_theme_id_is_a_valid_config_id_made_from_its_label(label, taken, expected):
    made = card_id_for(label, taken, "theme")
    assert made == expected and configuration.CARD_ID.match(made)
