"""The attendee flow end to end with real sources, a real encoder and a temporary recordings folder."""

from dataclasses import replace

import av
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from kiosk.store.codes import display
from kiosk.store.media import is_fragmented
from kiosk.ui import theme
from kiosk.ui.flow import IDLE_LEAVES, TRANSITIONS, Screen, check_move, FlowError
from tests.ui.conftest import clip_files, record_for, record_until_review, sidecar, wait_for_screen, walk_to_prompt


def test_flow_table_never_leaves_a_recording_except_to_review():
    assert TRANSITIONS[Screen.RECORDING] == {Screen.REVIEW}
    assert Screen.RECORDING not in IDLE_LEAVES
    with pytest.raises(FlowError):
        check_move(Screen.RECORDING, Screen.ATTRACT)
    reachable, frontier = {Screen.ATTRACT}, [Screen.ATTRACT]
    while frontier:
        for target in TRANSITIONS[frontier.pop()] - reachable:
            reachable.add(target)
            frontier.append(target)
    assert reachable == set(Screen)


def test_keep_walks_every_screen_and_leaves_a_playable_tagged_clip(qtbot, make_kiosk, kiosk_config, recordings):
    kiosk = make_kiosk(kiosk_config)
    c = kiosk.controller
    assert c.current == Screen.ATTRACT
    walk_to_prompt(qtbot, kiosk, card_key="2", scope_index=1)
    assert c.prompt.question.text() == kiosk_config.prompt_for("provider").en
    c.prompt.ready.click()
    assert c.current == Screen.COUNTDOWN
    wait_for_screen(qtbot, kiosk, Screen.RECORDING)
    assert "● Recording" in c.recording.indicator.text()  # said in words, not by the red alone
    qtbot.waitUntil(lambda: c.recording.preview.frames_shown >= 5, timeout=5_000)
    qtbot.waitUntil(lambda: c.recording.meter.level > 0, timeout=5_000)
    qtbot.waitUntil(lambda: c.visit.recording.take.elapsed() >= 1.5, timeout=5_000)
    assert "Time left" in c.recording.time_left.text()
    c.recording.stop.click()
    wait_for_screen(qtbot, kiosk, Screen.REVIEW)
    qtbot.waitUntil(lambda: c.review.video.frames_shown >= 3, timeout=10_000)  # the take, playing back
    assert c.review.playback.source == c.visit.clip.media_path
    assert not c.review.problem.isVisible()

    with qtbot.waitSignal(c.clip_kept, timeout=10_000) as kept:
        c.review.keep.click()
    clip = kept.args[0]
    wait_for_screen(qtbot, kiosk, Screen.THANKS)
    assert c.thanks.code_label.text() == display(clip.code)

    tags = sidecar(clip.media_path)
    assert tags["status"] == "kept" and tags["reviewed"] is True
    assert (tags["perspective"], tags["consent_scope"], tags["language"]) == ("provider", "public", "en")
    assert tags["prompt"] == kiosk_config.prompt_for("provider").en
    assert tags["event"] == kiosk_config.event_name.en
    with av.open(str(clip.media_path)) as container:
        video, audio = container.streams.video[0], container.streams.audio[0]
        assert (video.codec_context.name, audio.codec_context.name) == ("h264", "aac")
        assert (video.width, video.height) == (320, 240)
        frames = sum(1 for _ in container.decode(video=0))
    assert frames >= 15  # over a second at 15 fps

    c.thanks.done.click()
    assert c.current == Screen.ATTRACT


def test_thanks_goes_back_to_attract_by_itself(qtbot, make_kiosk, kiosk_config, monkeypatch):
    from kiosk.ui.controller import KioskController
    monkeypatch.setattr(KioskController, "THANKS_SECONDS", 0.2)
    kiosk = make_kiosk(kiosk_config)
    walk_to_prompt(qtbot, kiosk)
    record_until_review(qtbot, kiosk, seconds=0.5)
    kiosk.controller.review.keep.click()
    wait_for_screen(qtbot, kiosk, Screen.THANKS)
    wait_for_screen(qtbot, kiosk, Screen.ATTRACT, timeout=5_000)


def test_try_again_leaves_no_clip_and_returns_to_the_prompt(qtbot, make_kiosk, kiosk_config, recordings):
    kiosk = make_kiosk(kiosk_config)
    walk_to_prompt(qtbot, kiosk, card_key="3")
    record_until_review(qtbot, kiosk, seconds=0.5)
    assert len(clip_files(recordings)) == 2
    with qtbot.waitSignal(kiosk.controller.clip_discarded, timeout=10_000):
        kiosk.controller.review.retry.click()
    wait_for_screen(qtbot, kiosk, Screen.PROMPT)
    assert clip_files(recordings) == []
    assert kiosk.controller.visit.card_id == "volunteer"


def test_delete_asks_once_and_no_keeps_the_take(qtbot, make_kiosk, kiosk_config, recordings):
    kiosk = make_kiosk(kiosk_config)
    c = kiosk.controller
    walk_to_prompt(qtbot, kiosk)
    record_until_review(qtbot, kiosk, seconds=0.5)
    assert c.review.delete.property("role") == "destructive" and c.review.confirm_delete.property("role") == "danger"
    assert c.review.delete.geometry().right() < c.review.retry.geometry().left() - 100  # set well apart
    c.review.delete.click()
    assert c.review.confirm_delete.isVisible() and c.review.cancel_delete.isVisible()
    assert c.review.delete_question.text() == "Delete your video? This cannot be undone."
    assert not c.review.keep.isVisible() and not c.review.retry.isVisible()  # one question at a time
    assert kiosk.window.focusWidget() is c.review.cancel_delete  # Enter gives the safe answer
    assert c.visit.clip is not None and len(clip_files(recordings)) == 2
    c.review.cancel_delete.click()
    assert not c.review.confirm_delete.isVisible() and c.review.keep.isVisible()
    assert c.current == Screen.REVIEW and c.visit.clip is not None and len(clip_files(recordings)) == 2
    with qtbot.waitSignal(c.clip_kept, timeout=10_000):
        c.review.keep.click()  # the take is still there to keep
    wait_for_screen(qtbot, kiosk, Screen.THANKS)


def test_delete_confirmed_leaves_no_clip_says_so_and_returns_to_attract(qtbot, make_kiosk, kiosk_config,
                                                                         recordings, monkeypatch):
    from kiosk.ui.screens.review import ReviewScreen
    monkeypatch.setattr(ReviewScreen, "DELETED_SECONDS", 0.3)
    kiosk = make_kiosk(kiosk_config)
    c = kiosk.controller
    c.attract.welsh.click()
    walk_to_prompt(qtbot, kiosk)
    record_until_review(qtbot, kiosk, seconds=0.5)
    c.review.delete.click()
    assert c.review.confirm_delete.text() == "Ie, ei ddileu"  # asked in the attendee's language
    with qtbot.waitSignal(c.clip_discarded, timeout=10_000):
        c.review.confirm_delete.click()
    # Said in the same step as the deletion's answer, before any timer could take the screen away.
    assert c.review.state == "deleted" and c.review.heading.text() == "Mae eich fideo wedi'i ddileu."
    assert c.current == Screen.REVIEW and not c.review.confirm_delete.isVisible()
    assert clip_files(recordings) == []
    wait_for_screen(qtbot, kiosk, Screen.ATTRACT)


def test_take_stops_itself_at_the_maximum_length_with_a_warning_first(qtbot, make_kiosk, kiosk_config, recordings):
    from dataclasses import replace
    kiosk = make_kiosk(replace(kiosk_config, max_seconds=2.0, warning_seconds=1.5))
    c = kiosk.controller
    walk_to_prompt(qtbot, kiosk)
    c.prompt.ready.click()
    wait_for_screen(qtbot, kiosk, Screen.RECORDING)
    qtbot.waitUntil(lambda: c.recording.warning.isVisible(), timeout=5_000)
    assert "seconds left" in c.recording.warning.text()
    wait_for_screen(qtbot, kiosk, Screen.REVIEW)  # nobody pressed Stop
    assert "time limit" in c.review.problem.text()
    media = next(recordings.glob("*/*.mp4"))
    tags = sidecar(media)
    assert tags["ended_by"] == "maximum length"
    assert 1.5 <= tags["duration"] <= 2.5


def test_esc_goes_back_one_screen(qtbot, make_kiosk, kiosk_config):
    from PySide6.QtCore import Qt
    kiosk = make_kiosk(kiosk_config)
    c = kiosk.controller
    walk_to_prompt(qtbot, kiosk)
    qtbot.keyClick(c.prompt, Qt.Key_Escape)
    assert c.current == Screen.CARDS
    qtbot.keyClick(c.cards, Qt.Key_Escape)
    assert c.current == Screen.CONSENT
    qtbot.keyClick(c.consent, Qt.Key_Escape)
    assert c.current == Screen.ATTRACT


def test_each_screen_arrives_with_its_main_button_ready_for_enter(qtbot, make_kiosk, kiosk_config):
    kiosk = make_kiosk(kiosk_config)
    c = kiosk.controller
    assert kiosk.window.focusWidget() is c.attract.start
    walk_to_prompt(qtbot, kiosk)
    assert kiosk.window.focusWidget() is c.prompt.ready
    qtbot.keyClick(kiosk.window.focusWidget(), Qt.Key_Return)
    assert c.current == Screen.COUNTDOWN
    wait_for_screen(qtbot, kiosk, Screen.RECORDING)
    assert kiosk.window.focusWidget() is c.recording.stop
    qtbot.keyClick(c.recording.stop, Qt.Key_Space)  # Space stops the take
    wait_for_screen(qtbot, kiosk, Screen.REVIEW)
    assert kiosk.window.focusWidget() is c.review.keep


def test_closing_mid_take_finishes_the_clip_and_keeps_it_unreviewed(qtbot, make_kiosk, kiosk_config, recordings):
    # What SIGTERM (a shutdown) and Exit do with a take under way: kiosk.close() is the same path.
    kiosk = make_kiosk(kiosk_config)
    walk_to_prompt(qtbot, kiosk)
    record_for(qtbot, kiosk, 0.5)
    kiosk.close()
    media = [path for path in clip_files(recordings) if path.suffix == ".mp4"]
    assert len(media) == 1 and not is_fragmented(media[0])  # an ordinary MP4, nothing left to recover
    tags = sidecar(media[0])
    assert tags["status"] == "kept" and tags["reviewed"] is False
    with av.open(str(media[0])) as container:
        assert sum(1 for _ in container.decode(video=0)) > 5


def test_the_code_survives_taps_and_stays_until_done(qtbot, make_kiosk, kiosk_config):
    from PySide6.QtCore import QPoint
    from kiosk.ui.controller import KioskController
    assert KioskController.THANKS_SECONDS >= 30
    kiosk = make_kiosk(replace(kiosk_config, idle_seconds=0.2))  # idle does not cut the code short either
    c = kiosk.controller
    walk_to_prompt(qtbot, kiosk)
    record_until_review(qtbot, kiosk, seconds=0.5)
    c.review.keep.click()
    wait_for_screen(qtbot, kiosk, Screen.THANKS)
    shown = c.thanks.time_left.text()
    assert shown.startswith("This screen goes back to the start in ") and 25 <= int(shown.split()[-2]) <= 30
    code = c.thanks.code_label.text()
    qtbot.mouseClick(c.thanks.code_label, Qt.LeftButton)  # on the code itself
    qtbot.mouseClick(c.thanks, Qt.LeftButton, pos=QPoint(20, 20))  # and elsewhere
    qtbot.mouseClick(c.thanks.heading, Qt.LeftButton)
    assert c.current == Screen.THANKS and c.thanks.code_label.text() == code
    assert not c.idle.timer.isActive() and not c.still_there.isVisible()  # the code's own countdown rules here
    c.thanks.done.click()
    assert c.current == Screen.ATTRACT


def test_agree_before_a_scope_is_chosen_points_at_the_scopes(qtbot, make_kiosk, kiosk_config):
    kiosk = make_kiosk(kiosk_config)
    c = kiosk.controller
    c.attract.start.click()
    scopes = c.consent.scope_buttons.buttons()
    assert all(choice.text().startswith("○") for choice in scopes)  # they look like a choice of one
    assert not c.consent.choose_first.isVisible()
    assert c.consent.agree.isEnabled()  # never a dead, dimmed button
    c.consent.agree.click()
    assert c.current == Screen.CONSENT
    assert c.consent.choose_first.isVisible()
    assert c.consent.choose_first.text().startswith("Please choose who may see your video first")
    assert all(choice.property("attention") == "true" for choice in scopes)
    assert not any(choice.hasFocus() for choice in scopes)  # a focus ring on one would read as "this one is chosen"
    # The style sheet took the property, as drawn, on every choice alike.
    assert border_colour(scopes[0]) == border_colour(scopes[1]) == QColor(theme.RECORD_RED)
    scopes[1].click()
    assert scopes[1].text().startswith("◉") and scopes[0].text().startswith("○")
    assert not c.consent.choose_first.isVisible() and scopes[0].property("attention") == "false"
    assert border_colour(scopes[1]) != QColor(theme.RECORD_RED)
    c.consent.agree.click()
    assert c.current == Screen.CARDS and c.visit.scope == c.config.scopes[1].id


def test_the_prompt_shows_the_live_picture_and_the_countdown_can_be_cancelled(qtbot, make_kiosk, kiosk_config,
                                                                            recordings):
    kiosk = make_kiosk(replace(kiosk_config, countdown_seconds=3.0))
    c = kiosk.controller
    walk_to_prompt(qtbot, kiosk)
    assert c.prompt.preview.mirrored
    qtbot.waitUntil(lambda: c.prompt.preview.frames_shown >= 3, timeout=5_000)  # framing before the countdown
    c.prompt.ready.click()
    assert c.current == Screen.COUNTDOWN and c.countdown.cancel.isEnabled()
    c.countdown.cancel.click()
    assert c.current == Screen.PROMPT
    assert not c.takes.countdown_timer.isActive() and c.visit.recording is None
    assert clip_files(recordings) == []
    qtbot.waitUntil(lambda: c.prompt.preview.frames_shown >= 6, timeout=5_000)  # the picture goes on
    c.prompt.ready.click()  # and a new countdown starts from the top
    assert c.current == Screen.COUNTDOWN and c.countdown.count == 3


def border_colour(widget) -> QColor:
    """The colour drawn at the middle of `widget`'s left border."""
    image = widget.grab().toImage()
    return image.pixelColor(2, image.height() // 2)
