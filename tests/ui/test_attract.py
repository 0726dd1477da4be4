"""The attract screen while it waits: the event's perspectives go by in turn, in the screen's language."""

from kiosk.ui.screens.attract import AttractScreen
from tests.ui.conftest import walk_to_prompt


def test_the_perspectives_go_by_in_turn_while_the_screen_waits(qtbot, make_kiosk, kiosk_config, monkeypatch):
    monkeypatch.setattr(AttractScreen, "TURN_MS", 30)
    kiosk = make_kiosk(kiosk_config)
    attract, cards = kiosk.controller.attract, kiosk_config.cards
    assert attract.perspective.text() == f"In the shoes of: {cards[0].label('en')}"
    qtbot.waitUntil(lambda: cards[1].label("en") in attract.perspective.text(), timeout=5_000)
    attract.welsh.click()
    qtbot.waitUntil(lambda: attract.perspective.text().startswith("Yn esgidiau: "), timeout=5_000)
    assert any(card.label("cy") in attract.perspective.text() for card in cards)


def test_the_turning_stops_once_a_visit_begins(qtbot, make_kiosk, kiosk_config):
    kiosk = make_kiosk(kiosk_config)
    attract = kiosk.controller.attract
    assert attract.turn_timer.isActive()
    walk_to_prompt(qtbot, kiosk)
    assert not attract.turn_timer.isActive()
