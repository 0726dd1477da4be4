"""English and Cymraeg: one tap switches every string, config texts included; the Welsh is complete."""

import xml.etree.ElementTree as ET

from kiosk.ui.i18n import I18N, WELSH_QM
from tests.ui.conftest import record_until_review, sidecar, walk_to_prompt


def test_welsh_translation_is_complete_and_compiled():
    tree = ET.parse(I18N / "kiosk_cy.ts")
    # A counted (%n) message holds its Welsh in one <numerusform> per plural form, each of which must be there.
    unfinished = [m.findtext("source") for m in tree.iter("message")
                  if m.find("translation").get("type") == "unfinished"
                  or not all((form.text or "").strip() for form in m.find("translation").iter("numerusform"))
                  or not "".join(m.find("translation").itertext()).strip()]
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


def test_the_event_name_follows_the_language_on_attract_and_in_the_window_title(qtbot, make_kiosk, kiosk_config):
    from dataclasses import replace
    from kiosk.config import Text
    kiosk = make_kiosk(replace(kiosk_config, event_name=Text("Summer Fair", "Ffair Haf")))
    c = kiosk.controller
    assert c.attract.title.text() == "Summer Fair" and kiosk.window.windowTitle() == "Summer Fair"
    c.attract.welsh.click()
    assert c.attract.title.text() == "Ffair Haf" and kiosk.window.windowTitle() == "Ffair Haf"
    c.attract.english.click()
    assert c.attract.title.text() == "Summer Fair" and kiosk.window.windowTitle() == "Summer Fair"


def test_the_panel_edits_the_event_name_in_both_languages(qtbot, make_kiosk, panel_config):
    from kiosk import config as configuration
    from tests.ui.test_panel import open_panel
    kiosk = make_kiosk(panel_config)
    page = open_panel(qtbot, kiosk).settings_page
    assert page.fields["event_name"].text() == panel_config.event_name.en
    page.fields["event_name_cy"].setText("Pwy sy'n gwisgo'r esgidiau?")
    page.save.click()
    qtbot.waitUntil(lambda: page.state in ("saved", "refused"), timeout=10_000)
    assert page.state == "saved", page.outcome.text()
    saved, _ = configuration.load(panel_config.source)
    assert saved.event_name == configuration.Text(panel_config.event_name.en, "Pwy sy'n gwisgo'r esgidiau?")
    kiosk.controller.facilitator.back.click()
    kiosk.controller.attract.welsh.click()
    assert kiosk.controller.attract.title.text() == "Pwy sy'n gwisgo'r esgidiau?"
