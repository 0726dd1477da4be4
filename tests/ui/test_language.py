"""English and Cymraeg: one tap switches every string, config texts included; the Welsh is complete."""

import xml.etree.ElementTree as ET

from kiosk.ui.i18n import I18N, WELSH_QM
from tests.ui.conftest import record_until_review, sidecar, walk_to_prompt


def test_welsh_translation_is_complete_and_compiled():
    tree = ET.parse(I18N / "kiosk_cy.ts")
    unfinished = [m.findtext("source") for m in tree.iter("message")
                  if m.find("translation").get("type") == "unfinished" or not m.findtext("translation")]
    assert unfinished == []
    assert WELSH_QM.stat().st_mtime >= (I18N / "kiosk_cy.ts").stat().st_mtime - 1


def test_language_toggle_switches_every_screen_at_once(qtbot, make_kiosk, kiosk_config):
    kiosk = make_kiosk(kiosk_config)
    c = kiosk.controller
    assert c.attract.start.text() == "Start"
    c.attract.welsh.click()
    qtbot.waitUntil(lambda: c.attract.start.text() == "Dechrau")
    assert c.attract.start.accessibleName() == "Dechrau: recordiwch eich syniadau"
    assert c.consent.heading.text() == "Cyn i ni ddechrau"  # a screen not showing yet switched too
    assert c.consent.text.text() == kiosk_config.consent_text.cy
    assert c.cards.card_buttons[0].accessibleName() == "Aelod o'r gymuned leol"
    assert c.review.keep.text() == "Ei gadw"
    c.attract.english.click()
    qtbot.waitUntil(lambda: c.attract.start.text() == "Start")
    assert c.cards.card_buttons[0].accessibleName() == "Member of the local community"


def test_welsh_visit_tags_the_clip_in_welsh(qtbot, make_kiosk, kiosk_config, recordings):
    kiosk = make_kiosk(kiosk_config)
    c = kiosk.controller
    c.attract.welsh.click()
    walk_to_prompt(qtbot, kiosk, card_key="1")
    assert c.prompt.question.text() == kiosk_config.default_prompt.cy
    record_until_review(qtbot, kiosk, seconds=0.5)
    with qtbot.waitSignal(c.clip_kept, timeout=10_000) as kept:
        c.review.keep.click()
    tags = sidecar(kept.args[0].media_path)
    assert (tags["language"], tags["prompt"]) == ("cy", kiosk_config.default_prompt.cy)
    assert c.thanks.heading.text() == "Diolch!"


def test_every_control_has_an_accessible_name(qtbot, make_kiosk, kiosk_config):
    from PySide6.QtWidgets import QAbstractButton
    kiosk = make_kiosk(kiosk_config)
    for screen in kiosk.controller.screens.values():
        for control in screen.findChildren(QAbstractButton):
            assert control.accessibleName(), f"{type(screen).__name__}: {control.text()!r} has no accessible name"
            assert control.minimumHeight() >= 60
