"""The review screen's and the panel's player: pictures reach the widget, stop and shutdown let go of the file."""

from kiosk.ui.playback import ClipPlayer
from kiosk.ui.screens.review import ReviewScreen
from kiosk.ui.widgets import CameraPreview
from tests.toned_clip import PICTURES


def test_pictures_reach_the_widget_and_play_again_starts_over(qtbot, toned_clip):
    screen = CameraPreview(mirrored=False)
    qtbot.addWidget(screen)
    player = ClipPlayer(screen, screen)
    with qtbot.waitSignal(player.finished, timeout=10_000) as ended:
        player.play(toned_clip)
        assert player.is_playing()
    assert ended.args == [""] and not player.is_playing()
    first_time = screen.frames_shown
    assert PICTURES // 2 <= first_time <= PICTURES
    assert screen._image.pixelColor(0, 0).value() >= 8 * (PICTURES - 3)  # the last picture stays up
    player.play_again()
    qtbot.waitUntil(lambda: screen.frames_shown >= first_time + 3, timeout=10_000)
    assert screen._image.pixelColor(0, 0).value() < 8 * (PICTURES - 3)  # from the start again
    player.stop()
    assert not player.is_playing()
    player.shutdown()
    assert not player.holds_a_clip()


def test_a_take_that_cannot_be_played_back_gets_a_calm_sentence_and_can_still_be_kept(qtbot, tmp_path):
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(b"\x00" * 1000)
    review = ReviewScreen()
    qtbot.addWidget(review)
    with qtbot.waitSignal(review.playback.finished, timeout=10_000) as ended:
        review.show_take(broken)
    assert ended.args[0].startswith("This clip cannot be played")
    assert review.video._message == "Your video cannot be played back here, but it was recorded."
    assert review.keep.isEnabled() and review.delete.isEnabled()
    review.shutdown()


def test_a_take_with_no_camera_plays_its_sound_and_says_why_there_are_no_pictures(qtbot, voice_only_clip):
    review = ReviewScreen()
    qtbot.addWidget(review)
    with qtbot.waitSignal(review.playback.sound_only, timeout=10_000):
        review.show_take(voice_only_clip)
    assert review.video._message == "No camera was working, so only your voice was recorded."
    with qtbot.waitSignal(review.playback.finished, timeout=10_000) as ended:
        pass
    assert ended.args == [""] and review.video._message  # the sentence stays: nothing else to show
    review.shutdown()
