"""The settings page's cards: one taken away or added for the event, seen by the next attendee."""

import pytest

from kiosk import config as configuration
from kiosk.ui import theme
from kiosk.ui.panel.cards import NEW_CARD_ICON, card_id_for
from tests.ui.conftest import walk_to_prompt
from tests.ui.test_panel import open_panel, type_on


def open_settings(qtbot, kiosk):
    panel = open_panel(qtbot, kiosk)
    panel.nav_buttons["settings"].click()
    return panel.settings_page


def save(qtbot, page) -> None:
    page.save.click()
    qtbot.waitUntil(lambda: page.state in ("saved", "refused"), timeout=10_000)


def row(page, key: str):
    return next(row for row in page.card_editor.rows if row.key == key)


def test_a_removed_card_is_gone_for_the_next_attendee(qtbot, make_kiosk, panel_config):
    kiosk = make_kiosk(panel_config)
    page = open_settings(qtbot, kiosk)
    row(page, "government").remove.click()
    assert "tap to keep it" in row(page, "government").remove.text()
    assert not row(page, "government").fields["label_en"].isEnabled()
    save(qtbot, page)
    assert page.state == "saved", page.outcome.text()
    saved, problems = configuration.load(panel_config.source)
    assert not problems and "government" not in [card.id for card in saved.cards] and len(saved.cards) == 6
    c = kiosk.controller
    assert [tile.caption.text() for tile in c.cards.card_buttons] == [card.label.en for card in saved.cards]
    assert "government" not in page.card_fields


def test_an_added_card_gets_an_id_a_colour_of_its_own_and_a_number_key(qtbot, make_kiosk, panel_config):
    kiosk = make_kiosk(panel_config)
    page = open_settings(qtbot, kiosk)
    page.card_editor.add.click()
    new = row(page, "new-1")
    assert new.fields["label_en"].hasFocus()  # typing on the on-screen keyboard goes straight into it
    type_on(page.keyboard, "Carers network")
    new.fields["label_cy"].setText("Rhwydwaith gofalwyr")
    new.fields["prompt_en"].setText("What would make caring easier?")
    save(qtbot, page)
    assert page.state == "saved", page.outcome.text()
    saved, _ = configuration.load(panel_config.source)
    card = saved.card("carers-network")
    assert card.label.cy == "Rhwydwaith gofalwyr" and card.icon == NEW_CARD_ICON
    assert card.colour in theme.NEW_CARD_COLOURS and card.colour not in {c.colour for c in panel_config.cards}
    assert (theme.ICONS / f"{NEW_CARD_ICON}.svg").exists()
    c = kiosk.controller
    c.facilitator.back.click()
    walk_to_prompt(qtbot, kiosk, card_key=str(len(saved.cards)))
    assert c.visit.card_id == "carers-network"
    assert c.prompt.question.text() == "What would make caring easier?"


def test_undo_brings_back_a_removed_card_and_drops_an_added_one(qtbot, make_kiosk, panel_config):
    page = open_settings(qtbot, make_kiosk(panel_config))
    row(page, "manager").remove.click()
    page.card_editor.add.click()
    page.undo.click()
    assert list(page.card_fields) == [card.id for card in panel_config.cards]
    assert not any(row.removed() for row in page.card_editor.rows)


def test_removing_every_card_is_refused_and_nothing_saved(qtbot, make_kiosk, panel_config):
    kiosk = make_kiosk(panel_config)
    before = panel_config.source.read_bytes()
    page = open_settings(qtbot, kiosk)
    for each in page.card_editor.rows:
        each.remove.click()
    save(qtbot, page)
    assert page.state == "refused" and "at least one card" in page.outcome.text()
    assert panel_config.source.read_bytes() == before and kiosk.controller.cards.cards == panel_config.cards


def test_an_added_card_with_no_english_label_is_refused_with_the_reason(qtbot, make_kiosk, panel_config):
    page = open_settings(qtbot, make_kiosk(panel_config))
    page.card_editor.add.click()
    row(page, "new-1").fields["label_cy"].setText("Gofalwyr")
    save(qtbot, page)
    assert page.state == "refused"
    assert page.outcome.text() == "Not saved: the label of the card “card” needs an English text."


@pytest.mark.parametrize("label, taken, expected", [
    ("Carers' Network", set(), "carers-network"),
    ("Gŵyl y Gymuned", set(), "gwyl-y-gymuned"),
    ("volunteer", {"volunteer"}, "volunteer-2"),
    ("2nd year students", set(), "card-2nd-year-students"),
    ("???", set(), "card"),
    ("A" * 60, set(), "a" * 28),
])
def test_a_new_card_id_is_a_valid_config_id_made_from_its_label(label, taken, expected):
    made = card_id_for(label, taken)
    assert made == expected and configuration.CARD_ID.match(made)


def contrast(foreground: str, background: str) -> float:
    def luminance(colour: str) -> float:
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_white_card_text_passes_wcag_aa_on_every_shipped_and_new_card_colour():
    shipped, _ = configuration.load()
    for colour in [card.colour for card in shipped.cards] + list(theme.NEW_CARD_COLOURS):
        assert contrast("#FFFFFF", colour) >= 4.5, colour


def test_the_keyboard_comes_up_when_a_field_is_tapped_and_the_field_stays_in_view(qtbot, make_kiosk, panel_config):
    page = open_settings(qtbot, make_kiosk(panel_config))
    assert not page.keyboard.isVisible() and page.preview.isVisible()
    field = row(page, "government").fields["prompt_cy"]  # the last field on the page, far below the fold
    field.setFocus()
    qtbot.waitUntil(lambda: page.keyboard.isVisible(), timeout=5_000)

    def in_view() -> bool:
        top_left = field.mapTo(page.scroll.viewport(), field.rect().topLeft())
        return 0 <= top_left.y() and top_left.y() + field.height() <= page.scroll.viewport().height()

    qtbot.waitUntil(in_view, timeout=5_000)
    page.show_keyboard.click()
    assert not page.keyboard.isVisible()


def test_the_consent_choices_wording_is_edited_in_both_languages(qtbot, make_kiosk, panel_config):
    kiosk = make_kiosk(panel_config)
    page = open_settings(qtbot, kiosk)
    scope = panel_config.scopes[-1]
    assert page.fields[f"scope:{scope.id}:en"].text() == scope.label.en
    page.fields[f"scope:{scope.id}:en"].setText("Anyone may see it")
    page.fields[f"scope:{scope.id}:cy"].setText("Caiff unrhyw un ei weld")
    save(qtbot, page)
    assert page.state == "saved", page.outcome.text()
    saved, _ = configuration.load(panel_config.source)
    assert saved.scopes[-1].label == configuration.Text("Anyone may see it", "Caiff unrhyw un ei weld")
    assert [s.id for s in saved.scopes] == [s.id for s in panel_config.scopes]  # the ids export relies on stay
    buttons = kiosk.controller.consent.scope_buttons.buttons()
    assert buttons[-1].accessibleName() == "Anyone may see it" and buttons[-1].text().endswith("Anyone may see it")
    kiosk.controller.attract.welsh.click()
    assert buttons[-1].accessibleName() == "Caiff unrhyw un ei weld"
    assert buttons[-1].text().endswith("Caiff unrhyw un ei weld")


def test_a_consent_choice_with_no_english_wording_is_refused(qtbot, make_kiosk, panel_config):
    page = open_settings(qtbot, make_kiosk(panel_config))
    page.fields[f"scope:{panel_config.scopes[0].id}:en"].setText("  ")
    save(qtbot, page)
    assert page.state == "refused"
    assert page.outcome.text() == f"Not saved: the consent choice “{panel_config.scopes[0].id}” needs an English text."


def test_settings_name_cards_and_consent_choices_in_peoples_words_not_ids(qtbot, make_kiosk, panel_config):
    kiosk = make_kiosk(panel_config)
    page = open_settings(qtbot, kiosk)
    captions = [caption.text() for caption in page.labels.values()]
    captions += [caption.text() for card_row in page.card_editor.rows for caption in card_row.captions.values()]
    assert "Member of the local community: label (English)" in captions
    assert "Consent choice “May be shared publicly” (Welsh)" in captions
    ids = [card.id for card in panel_config.cards] + [scope.id for scope in panel_config.scopes]
    assert not [caption for caption in captions for id_ in ids if caption.startswith(f"{id_}:") or f"“{id_}”" in caption]
    kiosk.controller.set_language("cy")
    assert row(page, "community").captions["label_en"].text().startswith("Aelod o'r gymuned leol")
