"""Any screen left alone goes back to attract; never while recording; a clip left at review is kept, unreviewed."""

from dataclasses import replace

from kiosk.ui.flow import Screen
from tests.ui.conftest import clip_files, record_for, record_until_review, sidecar, wait_for_screen, walk_to_prompt


def test_idle_cards_screen_returns_to_attract_in_the_starting_language(qtbot, make_kiosk, kiosk_config):
    kiosk = make_kiosk(replace(kiosk_config, idle_seconds=0.4))
    c = kiosk.controller
    c.attract.welsh.click()
    c.attract.start.click()
    c.consent.scope_buttons.buttons()[0].click()
    c.consent.agree.click()
    assert c.current == Screen.CARDS
    with qtbot.waitSignal(c.screen_changed, timeout=5_000):
        pass
    assert c.current == Screen.ATTRACT
    assert c.attract.start.text() == "Start"


def test_idle_never_interrupts_a_recording_and_keeps_an_unreviewed_clip(qtbot, make_kiosk, kiosk_config, recordings):
    kiosk = make_kiosk(replace(kiosk_config, idle_seconds=0.5))
    c = kiosk.controller
    walk_to_prompt(qtbot, kiosk)
    record_for(qtbot, kiosk, 1.2)  # well past idle_seconds
    assert c.current == Screen.RECORDING
    c.recording.stop.click()
    wait_for_screen(qtbot, kiosk, Screen.REVIEW)
    with qtbot.waitSignal(c.clip_kept, timeout=5_000) as kept:
        pass  # nobody touches anything
    assert c.current == Screen.ATTRACT
    tags = sidecar(kept.args[0].media_path)
    assert tags["status"] == "kept" and tags["reviewed"] is False


def test_idle_after_delete_leaves_nothing(qtbot, make_kiosk, kiosk_config, recordings):
    kiosk = make_kiosk(replace(kiosk_config, idle_seconds=0.5))
    c = kiosk.controller
    walk_to_prompt(qtbot, kiosk)
    record_until_review(qtbot, kiosk, seconds=0.3)
    with qtbot.waitSignal(c.clip_discarded, timeout=5_000):
        c.review.delete.click()
    wait_for_screen(qtbot, kiosk, Screen.ATTRACT)
    assert clip_files(recordings) == []
