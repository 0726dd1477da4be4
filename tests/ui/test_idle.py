"""Any screen left alone asks "Still there?", then goes back to attract; never while recording or while a review
plays; a clip left at review is kept, unreviewed."""

from dataclasses import replace

from PySide6.QtCore import QPoint, Qt

from kiosk.ui.flow import Screen
from kiosk.ui.idle import IdleWatch
from tests.ui.conftest import clip_files, delete_take, record_for, record_until_review, sidecar, wait_for_screen, walk_to_prompt
from tests.ui.test_panel import open_panel, play_first_clip


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
    assert not c.still_there.isVisible()


def test_still_there_asks_with_a_countdown_before_the_reset(qtbot, make_kiosk, kiosk_config, monkeypatch):
    monkeypatch.setattr(IdleWatch, "WARNING_SECONDS", 2.0)
    kiosk = make_kiosk(replace(kiosk_config, idle_seconds=0.2))
    c = kiosk.controller
    counted = []
    c.idle.warning.ticked.connect(counted.append)
    c.attract.start.click()
    assert c.current == Screen.CONSENT and not c.still_there.isVisible()
    qtbot.waitUntil(c.still_there.isVisible, timeout=5_000)
    assert c.current == Screen.CONSENT  # asked first, nothing reset yet
    assert c.still_there.geometry() == c.stack.rect()  # it covers the screen, and is no bigger than it
    assert c.still_there.countdown.text() in ("Going back to the start in 2 seconds.",
                                              "Going back to the start in 1 second.")
    qtbot.mouseMove(kiosk.window, QPoint(600, 300))  # a stray touch of the mouse does not answer for a person
    with qtbot.waitSignal(c.screen_changed, timeout=10_000, check_params_cb=lambda shown: shown == Screen.ATTRACT):
        pass
    assert counted[0] == 2 and counted == sorted(set(counted), reverse=True)  # it counted down on screen
    assert not c.still_there.isVisible()


def test_im_still_here_puts_the_question_away_and_idle_starts_again(qtbot, make_kiosk, kiosk_config, monkeypatch):
    monkeypatch.setattr(IdleWatch, "WARNING_SECONDS", 60.0)  # no reset can come during this test
    kiosk = make_kiosk(replace(kiosk_config, idle_seconds=0.2))
    c = kiosk.controller
    walk_to_prompt(qtbot, kiosk)
    qtbot.waitUntil(c.still_there.isVisible, timeout=5_000)
    assert kiosk.window.focusWidget() is c.still_there.still_here  # Enter answers it too
    c.still_there.still_here.click()
    assert not c.still_there.isVisible() and not c.idle.warning.isActive()
    assert c.current == Screen.PROMPT and kiosk.window.focusWidget() is c.prompt.ready  # Enter works on as before
    qtbot.waitUntil(c.still_there.isVisible, timeout=5_000)  # idle counted again from the answer
    qtbot.mouseClick(c.still_there, Qt.LeftButton, pos=QPoint(5, 5))  # a tap anywhere on it answers as well
    assert not c.still_there.isVisible() and c.current == Screen.PROMPT


def test_a_long_review_is_not_cut_by_idle(qtbot, make_kiosk, kiosk_config):
    kiosk = make_kiosk(replace(kiosk_config, idle_seconds=0.3))  # idle and its question: 0.6 s, the take 1.5 s
    c = kiosk.controller
    asked, played = [], []
    c.idle.warning.ticked.connect(lambda _seconds: asked.append(c.current))
    c.review.playback.finished.connect(played.append)
    walk_to_prompt(qtbot, kiosk)
    record_until_review(qtbot, kiosk, seconds=1.5)
    qtbot.waitUntil(lambda: bool(played), timeout=15_000)
    assert played == [""] and asked == []  # played to the end, and idle never even asked
    assert c.current == Screen.REVIEW
    with qtbot.waitSignal(c.clip_kept, timeout=5_000) as kept:
        pass  # nobody answers
    assert asked and set(asked) == {Screen.REVIEW}  # after the playback idle counted again, and asked first
    assert c.current == Screen.ATTRACT
    tags = sidecar(kept.args[0].media_path)
    assert tags["status"] == "kept" and tags["reviewed"] is False


def test_idle_never_interrupts_a_recording_and_keeps_an_unreviewed_clip(qtbot, make_kiosk, kiosk_config, recordings):
    kiosk = make_kiosk(replace(kiosk_config, idle_seconds=0.5))
    c = kiosk.controller
    walk_to_prompt(qtbot, kiosk)
    record_for(qtbot, kiosk, 1.2)  # well past idle_seconds
    assert c.current == Screen.RECORDING and not c.still_there.isVisible()
    c.recording.stop.click()
    wait_for_screen(qtbot, kiosk, Screen.REVIEW)
    with qtbot.waitSignal(c.clip_kept, timeout=10_000) as kept:
        pass  # nobody touches anything
    assert c.current == Screen.ATTRACT
    tags = sidecar(kept.args[0].media_path)
    assert tags["status"] == "kept" and tags["reviewed"] is False


def test_the_panel_asks_still_there_before_going_back_to_attract(qtbot, make_kiosk, kiosk_config):
    kiosk = make_kiosk(replace(kiosk_config, idle_seconds=0.4))
    c = kiosk.controller
    asked = []
    # Heard from before the panel opens: under load the question may come (with its one tick, in a 0.3 s warning)
    # before open_panel returns.
    c.idle.warning.ticked.connect(lambda _seconds: asked.append((c.current, c.still_there.isVisible())))
    open_panel(qtbot, kiosk)
    wait_for_screen(qtbot, kiosk, Screen.ATTRACT, timeout=5_000)
    assert asked and asked[-1] == (Screen.FACILITATOR, True) and all(shown for _screen, shown in asked)
    assert not c.still_there.isVisible()


def test_idle_after_delete_leaves_nothing(qtbot, make_kiosk, kiosk_config, recordings):
    kiosk = make_kiosk(replace(kiosk_config, idle_seconds=0.5))
    c = kiosk.controller
    walk_to_prompt(qtbot, kiosk)
    record_until_review(qtbot, kiosk, seconds=0.3)
    with qtbot.waitSignal(c.clip_discarded, timeout=5_000):
        delete_take(kiosk)
    wait_for_screen(qtbot, kiosk, Screen.ATTRACT)
    assert clip_files(recordings) == []


def test_idle_while_delete_asks_keeps_the_take_unreviewed(qtbot, make_kiosk, kiosk_config):
    kiosk = make_kiosk(replace(kiosk_config, idle_seconds=0.3))
    c = kiosk.controller
    walk_to_prompt(qtbot, kiosk)
    record_until_review(qtbot, kiosk, seconds=0.3)
    qtbot.waitUntil(lambda: not c.review.busy(), timeout=10_000)
    c.review.delete.click()  # and walks away without answering
    with qtbot.waitSignal(c.clip_kept, timeout=10_000) as kept:
        pass
    assert sidecar(kept.args[0].media_path)["reviewed"] is False


def test_a_clip_stopped_by_hand_in_the_panel_still_lets_idle_come_back(qtbot, make_kiosk, kiosk_config):
    kiosk = make_kiosk(kiosk_config)
    c = kiosk.controller
    walk_to_prompt(qtbot, kiosk)
    record_until_review(qtbot, kiosk, seconds=1.0)
    c.review.keep.click()
    wait_for_screen(qtbot, kiosk, Screen.THANKS)
    c.thanks.done.click()
    panel = open_panel(qtbot, kiosk)
    play_first_clip(qtbot, panel)
    assert panel.busy()  # a facilitator watching a clip is not interrupted either
    c.config = replace(c.config, idle_seconds=0.3)
    asked = []
    c.idle.warning.ticked.connect(lambda _seconds: asked.append(c.current))
    qtbot.mouseClick(panel.clips_page.stop, Qt.LeftButton)  # stopped by hand: no "played to the end" comes
    assert not panel.busy()
    wait_for_screen(qtbot, kiosk, Screen.ATTRACT, timeout=5_000)
    assert asked and set(asked) == {Screen.FACILITATOR}
