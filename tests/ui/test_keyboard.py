"""The panel's on-screen keyboard: it types every shipped text, long texts get boxes of their own, every field brings it up."""

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from kiosk import config as configuration
from kiosk.ui.widgets import OnScreenKeyboard, TextBox
from tests.ui.test_panel import open_panel, type_on


def shipped_texts() -> list[str]:
    """Every text the shipped event config holds, in both languages."""
    config, _ = configuration.load()
    texts = [config.event_name.en, config.event_name.cy, config.consent_text.en, config.consent_text.cy,
             config.default_prompt.en, config.default_prompt.cy]
    for scope in config.scopes:
        texts += [scope.label.en, scope.label.cy]
    for card in config.cards:
        texts += [card.label.en, card.label.cy]
        if card.prompt:
            texts += [card.prompt.en, card.prompt.cy]
    return texts


def typeable(keyboard: OnScreenKeyboard, character: str) -> bool:
    return character == " " or character in keyboard.keys or character.lower() in keyboard.keys


def test_the_settings_keyboard_has_a_key_for_every_character_of_every_shipped_text(qtbot, make_kiosk, panel_config):
    keyboard = open_panel(qtbot, make_kiosk(panel_config)).settings_page.keyboard
    missing = {character for text in shipped_texts() for character in text if not typeable(keyboard, character)}
    assert not missing
    for character in "?:!()\",.'-/&" + "0123456789" + "ŵŷâêîôû":
        assert typeable(keyboard, character), character


def test_whose_shoes_and_a_welsh_prompt_can_be_typed_by_touch(qtbot, make_kiosk, panel_config):
    page = open_panel(qtbot, make_kiosk(panel_config)).settings_page
    name, prompt = page.fields["event_name"], page.fields["default_prompt_cy"]
    name.clear()
    name.setFocus()
    type_on(page.keyboard, "Whose Shoes? (Ŵyl: 2-3)")
    assert name.text() == "Whose Shoes? (Ŵyl: 2-3)"
    prompt.setText("")
    prompt.setFocus()
    type_on(page.keyboard, "Beth ydych chi'n ei ddysgu heddiw?")
    page.keyboard.erase.click()
    assert prompt.text() == "Beth ydych chi'n ei ddysgu heddiw"


def test_the_consent_text_and_prompts_are_edited_in_boxes_that_show_the_whole_text(qtbot, make_kiosk, panel_config):
    panel = open_panel(qtbot, make_kiosk(panel_config))
    page = panel.settings_page
    long_fields = [page.fields[name] for name in ("consent_text", "consent_text_cy", "default_prompt", "default_prompt_cy")]
    long_fields += [row.fields[part] for row in page.card_editor.rows for part in ("prompt_en", "prompt_cy")]
    for field in long_fields:
        assert isinstance(field, TextBox)
        assert field.lineWrapMode() == QPlainTextEdit.WidgetWidth
    prompt = page.fields["default_prompt_cy"]
    lines = prompt.viewport().height() // prompt.fontMetrics().lineSpacing()
    assert lines >= 3  # the Welsh prompt's two lines and room to spare, not the end of one line
    assert page.fields["consent_text"].text() == panel_config.consent_text.en


def test_every_text_field_in_the_panel_brings_a_keyboard_up(qtbot, make_kiosk, panel_config):
    panel = open_panel(qtbot, make_kiosk(panel_config))
    keyboards = panel.findChildren(OnScreenKeyboard)
    fields = panel.findChildren(QLineEdit) + panel.findChildren(QPlainTextEdit)
    fields = [field for field in fields if not field.parentWidget().inherits("QComboBox")]
    assert len(fields) > 40
    for field in fields:
        page = next(name for name, widget in panel.pages.items() if widget.isAncestorOf(field))
        panel.show_page(page)
        toggle = getattr(panel.pages[page], "show_keyboard", None)
        if toggle is not None:
            toggle.setChecked(False)  # the keyboard put away, as a facilitator may have left it
        field.setFocus()
        serving = [keyboard for keyboard in keyboards if keyboard.target is field]
        assert serving, f"no keyboard types into {field.accessibleName()!r} on {page}"
        qtbot.waitUntil(lambda: serving[0].isVisible(), timeout=2_000)


def in_view(field, scroll) -> bool:
    box = QRect(field.mapTo(scroll.viewport(), QPoint(0, 0)), field.size())
    return scroll.viewport().rect().contains(box)


def test_a_field_tapped_low_on_a_scrolling_page_stays_in_view_above_the_keyboard(qtbot, make_kiosk, panel_config):
    panel = open_panel(qtbot, make_kiosk(panel_config))
    panel.show_page("settings")
    page = panel.settings_page
    page.show_keyboard.setChecked(False)
    page.scroll.verticalScrollBar().setValue(0)
    lowest = max(page.fields.values(), key=lambda field: field.mapTo(page.scroll.widget(), QPoint(0, 0)).y())
    assert not in_view(lowest, page.scroll)
    lowest.setFocus()
    qtbot.waitUntil(lambda: page.keyboard.isVisible() and in_view(lowest, page.scroll), timeout=5_000)


def test_every_key_shows_its_character_even_the_ampersand(qtbot):
    keyboard = OnScreenKeyboard()
    qtbot.addWidget(keyboard)
    for character, key in keyboard.keys.items():
        # A lone & marks a shortcut in a button's text and is not drawn: the & key showed nothing.
        assert key.text().replace("&&", "&") == character and "&" not in key.text().replace("&&", ""), character
    keyboard.set_shifted(True)
    assert keyboard.keys["a"].text() == "A" and keyboard.keys["&"].text() == "&&"
