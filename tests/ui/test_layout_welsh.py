"""No English inside Welsh: every .ts entry finished (plurals in all their forms), and a walk of the Welsh kiosk and
panel that reads every visible text (labels, buttons, group boxes, tool tips, placeholders) for English words."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from kiosk import shipped
from kiosk.ui.flow import Screen
from tests.ui.test_layout import (ATTENDEE_SCREENS, found_clip, long_report, open_panel, set_attendee_screen, settle,
                                  show_unconfirmed_clip)

# Words common in English sentences and not Welsh ones (the Welsh "a", "i", "at", "o", "yn" and "mae" are left out).
ENGLISH = set("""the and is are was were with not for this that your you from into have has been will would should could
there their what which when where who how of to in on by it or please only any each every more than then must
can cannot minutes minute hours seconds second shown saved copied deleted kept found none waiting clips record
left out new removed settings microphone's free space test testing say few words keep delete back start
choose chosen tap here today video videos""".split())  # "clip", "all", "camera" are Welsh words too
# Names, not English: the product's, the devices' and the demo sources' (as the config names them), units.
NAMES = {"whose", "shoes", "pin", "mb", "gb", "kbit", "mbit", "mp4", "auto", "synthetic", "usb", "ok",
         "on", "off"}  # a setting's values, typed as they are in either language


def english_words(text: str, names: set[str]) -> list[str]:
    words = re.findall(r"[A-Za-zÀ-ÿŵŷŴŶ']+", re.sub(r"\S*/\S*", " ", text))  # a path is a name
    return [word for word in words if word.lower().strip("'") in ENGLISH and word.lower() not in names]


def texts_of(widget: QWidget) -> list[str]:
    texts = [widget.toolTip()]
    if isinstance(widget, QLabel):
        texts.append(widget.text())
    if isinstance(widget, QAbstractButton):
        texts.append(widget.text())
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, (QLineEdit, QPlainTextEdit)):
        texts.append(widget.placeholderText())  # what is typed in a field is the facilitator's, in either language
    return [text for text in texts if text]


def english_on(window: QWidget, where: str, names: set[str]) -> list[str]:
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        for text in texts_of(widget):
            for line in text.splitlines():
                words = english_words(line, names)
                if words:
                    found.append(f"{where}: {type(widget).__name__} {line!r} ({', '.join(words)})")
    return found


def test_every_translation_is_finished_in_every_plural_form():
    for ts, forms in (("kiosk_cy.ts", 5), ("kiosk_en.ts", 2)):  # Qt's plural forms for Welsh and English
        tree = ET.parse(shipped.I18N / ts)
        unfinished = []
        for message in tree.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                unfinished.append(message.findtext("source"))
            elif message.get("numerus") == "yes":
                texts = [form.text for form in translation.findall("numerusform")]
                if len(texts) != forms or not all(texts) or not all("%n" in text for text in texts):
                    unfinished.append(message.findtext("source"))
            elif not translation.text:
                unfinished.append(message.findtext("source"))
        assert unfinished == [], f"{ts}: {unfinished}"


def test_counts_read_as_words_in_both_languages(qtbot, make_kiosk, kiosk_config):
    c = make_kiosk(kiosk_config).controller
    thanks = c.thanks
    for seconds, english in ((1, "in 1 second."), (30, "in 30 seconds.")):
        thanks._show_seconds(seconds)
        assert thanks.time_left.text().endswith(english)
    c.set_language("cy")
    thanks._show_seconds(2)
    assert thanks.time_left.text() == "Bydd y sgrin hon yn mynd yn ôl i'r dechrau ymhen 2 eiliad."


def test_a_leak_of_english_is_found():
    assert english_words("Heb ei gadw: must be between 5 and 3600, not 2.", set()) == ["must", "and", "not"]
    assert english_words("Yn dangos 1 o 3 clip", set()) == []


@pytest.mark.parametrize("width, height", [(1366, 768)], ids=["1366x768"])
def test_the_welsh_kiosk_and_panel_show_no_english(qtbot, make_kiosk, panel_config, width, height):
    kiosk = make_kiosk(panel_config)
    c, window = kiosk.controller, kiosk.window
    names = set(NAMES)
    for text in (c.config.event_name.en, *(card.label.en for card in c.config.cards)):
        names.update(word.lower() for word in re.findall(r"[A-Za-z']+", text))  # the event's own names
    c.set_language("cy")
    found = []
    for screen in ATTENDEE_SCREENS:
        set_attendee_screen(c, screen)
        # The screens' longest states, with the sentences the controller and take runner give them, in their words.
        c.prompt.show_prompt(c.config.cards[0].label, c.config.default_prompt,
                             QCoreApplication.translate("TakeRunner", "No camera: only your voice is being recorded."))
        c.review.message = QCoreApplication.translate(
            "KioskController", "The camera stopped working, so the recording ended early. What you said so far is kept.")
        c.review.retranslate()
        settle()
        found += english_on(window, f"{screen.name}", names)
    c.stack.setCurrentWidget(c.attract)
    c.current = Screen.ATTRACT
    panel = open_panel(qtbot, kiosk)
    for page in panel.pages:
        panel.show_page(page)
        if page == "clips":
            show_unconfirmed_clip(c, panel)
        if page == "withdraw":
            panel.withdraw_page.show_found("K7M4PX", found_clip(c.config.cards[0].id))
        if page == "export":
            panel.export_page.show_report(long_report())
        if page == "settings":  # the issue's own example of English inside Welsh
            panel.settings_page.show_refused("kiosk.idle_seconds must be between 5 and 3600, not 2.")
        settle()
        found += english_on(window, f"panel {page}", names)
    assert not found, "\n".join(found)  # the store's refusal of a check too, in Welsh since its Sentence
