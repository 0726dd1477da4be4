"""What an attendee might try, on purpose or by accident: each one leaves the kiosk where it should be."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from kiosk.ui.app import build_kiosk
from kiosk.ui.flow import TRANSITIONS, Screen
from tests.ui.conftest import record_for, record_until_review, wait_for_screen, walk_to_prompt

CHORDS = [
    (Qt.Key_F4, Qt.AltModifier), (Qt.Key_W, Qt.ControlModifier), (Qt.Key_Q, Qt.ControlModifier),
    (Qt.Key_Tab, Qt.AltModifier), (Qt.Key_Escape, Qt.NoModifier), (Qt.Key_F11, Qt.NoModifier),
    (Qt.Key_Delete, Qt.ControlModifier | Qt.AltModifier), (Qt.Key_D, Qt.MetaModifier),
]


def test_the_facilitator_screen_is_reached_only_through_the_pin():
    assert [screen for screen, targets in TRANSITIONS.items() if Screen.FACILITATOR in targets] == [Screen.PIN]


@pytest.mark.parametrize("key, modifiers", CHORDS)
def test_key_chords_neither_close_nor_leave_the_kiosk(qtbot, make_kiosk, kiosk_config, key, modifiers):
    kiosk = make_kiosk(kiosk_config)
    qtbot.keyClick(kiosk.window, key, modifiers)
    qtbot.keyClick(kiosk.controller.stack.currentWidget(), key, modifiers)
    assert kiosk.window.isVisible()
    assert kiosk.controller.current == Screen.ATTRACT


def test_close_and_minimise_requests_are_refused(qtbot, make_kiosk, kiosk_config):
    kiosk = make_kiosk(kiosk_config)
    kiosk.window.windowed = False  # as attendees meet it: full screen
    assert not kiosk.window.close()
    kiosk.window.showMinimized()
    qtbot.waitUntil(lambda: not kiosk.window.isMinimized(), timeout=5_000)
    assert kiosk.window.isVisible() and kiosk.window.isFullScreen()


def test_rapid_taps_where_start_was_never_get_past_consent(qtbot, make_kiosk, kiosk_config, recordings):
    kiosk = make_kiosk(kiosk_config)
    c = kiosk.controller
    spot = c.attract.start.mapTo(kiosk.window, c.attract.start.rect().center())
    for _ in range(20):
        qtbot.mouseClick(kiosk.window.childAt(spot) or kiosk.window, Qt.LeftButton)
    assert c.current == Screen.CONSENT  # agreeing takes its own, deliberate tap
    assert not list(recordings.rglob("*.mp4"))


def test_rapid_taps_on_keep_keep_exactly_one_clip(qtbot, make_kiosk, kiosk_config, recordings):
    kiosk = make_kiosk(kiosk_config)
    c = kiosk.controller
    walk_to_prompt(qtbot, kiosk)
    record_until_review(qtbot, kiosk, seconds=0.5)
    for _ in range(10):
        c.review.keep.click()
    wait_for_screen(qtbot, kiosk, Screen.THANKS)
    qtbot.waitUntil(lambda: len(c.store.list().clips) == 1 and c.store.list().clips[0].sidecar.status == "kept",
                    timeout=10_000)
    assert len(list(recordings.rglob("*.mp4"))) == 1


def test_rapid_taps_on_stop_end_one_take(qtbot, make_kiosk, kiosk_config, recordings):
    kiosk = make_kiosk(kiosk_config)
    c = kiosk.controller
    walk_to_prompt(qtbot, kiosk)
    record_for(qtbot, kiosk, 0.3)
    for _ in range(10):
        c.recording.stop.click()
    wait_for_screen(qtbot, kiosk, Screen.REVIEW)
    assert len(list(recordings.rglob("*.mp4"))) == 1


def test_after_a_visit_nothing_of_it_can_be_reached_again(qtbot, make_kiosk, kiosk_config):
    kiosk = make_kiosk(kiosk_config)
    c = kiosk.controller
    walk_to_prompt(qtbot, kiosk)
    record_until_review(qtbot, kiosk, seconds=0.5)
    c.review.keep.click()
    wait_for_screen(qtbot, kiosk, Screen.THANKS)
    qtbot.mouseClick(c.stack.currentWidget(), Qt.LeftButton, pos=QPoint(400, 400))
    assert c.current == Screen.THANKS  # a stray tap does not take the code away
    c.thanks.done.click()
    wait_for_screen(qtbot, kiosk, Screen.ATTRACT)
    qtbot.keyClick(c.stack.currentWidget(), Qt.Key_Escape)
    assert c.current == Screen.ATTRACT
    assert c.visit.clip is None and c.visit.recording is None
    qtbot.waitUntil(lambda: not c.review.playback.holds_a_clip(), timeout=5_000)  # the last clip is let go


def test_keys_reach_the_screens_when_the_full_screen_kiosk_holds_the_keyboard(qtbot, kiosk_config, recordings):
    # As attendees meet it: full screen, the keyboard grabbed. Keys arrive at the window, as from a real keyboard.
    kiosk = build_kiosk(kiosk_config, recordings, "synthetic", "synthetic", windowed=False)
    qtbot.addWidget(kiosk.window)
    try:
        kiosk.window.show_kiosk()
        qtbot.waitExposed(kiosk.window)
        assert QWidget.keyboardGrabber() is kiosk.window
        c, handle = kiosk.controller, kiosk.window.windowHandle()
        c.attract.start.setFocus()
        QTest.keyClick(handle, Qt.Key_Return)  # Enter presses the focused Start
        assert c.current == Screen.CONSENT
        QTest.keyClick(handle, Qt.Key_Escape)  # Esc is back
        assert c.current == Screen.ATTRACT
        c.attract.start.click()
        c.consent.scope_buttons.buttons()[0].setFocus()
        QTest.keyClick(handle, Qt.Key_Space)  # Space chooses the focused scope
        assert c.consent.chosen_scope() == c.consent.scopes[0].id
        c.consent.agree.click()
        QTest.keyClick(handle, Qt.Key_3)  # a number key chooses that card
        assert c.current == Screen.PROMPT and c.visit.card_id == c.config.cards[2].id
    finally:
        kiosk.close()
