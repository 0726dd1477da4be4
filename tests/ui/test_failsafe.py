"""The kiosk's failsafe: a move the flow's table refuses pauses the kiosk at attract and tells the facilitator."""

from kiosk.store import KIOSK_CLOSED
from kiosk.visit import Screen
from tests.ui.conftest import record_until_review, sidecar, wait_for_screen, walk_to_prompt
from tests.ui.test_panel import open_panel


def test_a_refused_move_at_review_keeps_the_take_pauses_and_the_panel_resumes(qtbot, make_kiosk, kiosk_config):
    kiosk = make_kiosk(kiosk_config)
    c = kiosk.controller
    walk_to_prompt(qtbot, kiosk)
    record_until_review(qtbot, kiosk)
    media = c.visit.clip.media_path

    with qtbot.waitSignal(c.clip_kept, timeout=10_000):
        c.go(Screen.CARDS)  # a bug's move: review goes to thanks, the prompt or attract only
    assert c.current == Screen.ATTRACT
    assert any("cannot go from review to cards" in str(note) for note in c.notes.errors)
    kept = sidecar(media)
    assert (kept["status"], kept["reviewed"], kept["visit_ended"]) == ("kept", False, KIOSK_CLOSED)

    assert c.pause_reason() and not c.attract.start.isVisible()
    c.attract.start.click()  # hidden; a key that reached it anyway
    assert c.current == Screen.ATTRACT

    facilitator = open_panel(qtbot, kiosk)
    facilitator.back.click()
    wait_for_screen(qtbot, kiosk, Screen.ATTRACT)
    assert not c.pause_reason()
    qtbot.waitUntil(lambda: c.attract.start.isVisible(), timeout=5_000)
    c.attract.start.click()
    assert c.current == Screen.CONSENT
