"""Playing a clip back: every picture in order and in real time, the sound to a real (PulseAudio) speaker."""

import os
import signal
import subprocess
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from kiosk.playback import Playback

from tests.toned_clip import FPS, PICTURES, RATE, SECONDS, TONE


class Watcher:
    """What a playback showed and said, with the time of its end."""

    def __init__(self) -> None:
        self.greys: list[int] = []
        self.problems: list[str] = []
        self.ended = threading.Event()
        self.three_shown = threading.Event()
        self.began = time.monotonic()
        self.seconds = 0.0

    def show(self, picture: np.ndarray) -> None:
        self.greys.append(round(float(picture.mean()) / 8))
        if len(self.greys) == 3:
            self.three_shown.set()

    def finished(self, problem: str) -> None:
        self.seconds = time.monotonic() - self.began
        self.problems.append(problem)
        self.ended.set()


def play(media: Path, start: float = 0.0, end: float | None = None) -> tuple[Playback, Watcher]:
    watcher = Watcher()
    playback = Playback(media, watcher.show, watcher.finished, start=start, end=end)
    playback.start()
    return playback, watcher


def test_every_picture_is_shown_in_order_in_real_time_without_a_speaker(toned_clip):
    playback, watcher = play(toned_clip)
    assert playback.join(timeout=30)
    assert watcher.problems == [""]
    assert watcher.greys == sorted(watcher.greys) and len(set(watcher.greys)) == len(watcher.greys)
    assert len(watcher.greys) + playback.pictures_skipped == PICTURES
    assert watcher.seconds >= (PICTURES - 1) / FPS  # paced by the clock, not decoded as fast as it can
    assert "No speaker" in playback.sound_problem  # this machine has no sound card: pictures only


def test_the_sound_reaches_the_speaker(toned_clip, pulse_sine_source):
    """Checked where it is heard: the PulseAudio null sink's monitor, recorded by parec while the clip plays."""
    environment = {**os.environ, **pulse_sine_source.environment}
    listener = subprocess.Popen(["parec", "-d", "null.monitor", "--raw", "--format=float32le", "--channels=1",
                                 f"--rate={RATE}"], stdout=subprocess.PIPE, env=environment)
    try:
        deadline = time.monotonic() + 10
        while "parec" not in subprocess.run(["pactl", "list", "source-outputs"], env=environment,
                                            capture_output=True, text=True).stdout:
            assert time.monotonic() < deadline, "parec never started listening"
        playback, watcher = play(toned_clip)
        assert playback.join(timeout=30) and watcher.problems == [""]
        assert playback.sound_problem == "" and playback.sound_frames_sent > 0
    finally:
        listener.send_signal(signal.SIGINT)
        heard = np.frombuffer(listener.communicate(timeout=10)[0], np.float32)
    assert heard.size > RATE // 10 and np.abs(heard).max() > 0.1
    spectrum = np.abs(np.fft.rfft(heard))
    assert abs(np.fft.rfftfreq(heard.size, 1 / RATE)[spectrum.argmax()] - TONE) < 5


def test_stop_ends_it_early_and_the_thread_ends(toned_clip):
    playback, watcher = play(toned_clip)
    assert watcher.three_shown.wait(timeout=10)
    playback.stop()
    assert not playback.is_playing()
    assert playback.join(timeout=5)
    assert watcher.problems == [""] and len(watcher.greys) < PICTURES


def test_playing_from_a_point_starts_there(toned_clip):
    playback, watcher = play(toned_clip, start=1.0)
    assert playback.join(timeout=30)
    assert watcher.greys[0] >= FPS - 1 and watcher.greys[-1] == PICTURES - 1


def test_a_quote_plays_from_its_start_and_stops_at_its_end_by_the_clips_own_time(toned_clip):
    """Picture i is at i/15 s: from 0.5 s to 1.2 s is pictures 8 to 17, each shown or (late) skipped, none after."""
    playback, watcher = play(toned_clip, start=0.5, end=1.2)
    assert playback.join(timeout=30) and watcher.problems == [""]
    assert watcher.greys and set(watcher.greys) <= set(range(8, 18)) and watcher.greys == sorted(watcher.greys)
    assert playback.pictures_shown + playback.pictures_skipped == 10
    assert playback.position() == 1.2  # it says where it stopped, not where the clock has got to since


@pytest.mark.parametrize("clip", ["toned_clip", "voice_only_clip"])
def test_a_quotes_sound_is_cut_at_its_end(request, clip, pulse_sine_source):
    playback, watcher = play(request.getfixturevalue(clip), start=0.5, end=1.2)
    assert playback.join(timeout=30) and watcher.problems == [""] and playback.sound_problem == ""
    quote = int(1.2 * playback.sound_rate) - int(0.5 * playback.sound_rate)
    assert 0 < playback.sound_frames_sent <= quote  # the clip's last 0.8 s never reached the speaker
    assert playback.position() == 1.2


@pytest.mark.parametrize("content", [b"", b"not a video at all" * 100])
def test_a_file_that_is_not_a_clip_ends_with_one_sentence(tmp_path, content):
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(content)
    playback, watcher = play(broken)
    assert playback.join(timeout=10)
    [problem] = watcher.problems
    assert problem.startswith("This clip cannot be played") and "\n" not in problem and watcher.greys == []


def test_a_missing_file_ends_with_one_sentence(tmp_path):
    playback, watcher = play(tmp_path / "gone.mp4")
    assert playback.join(timeout=10)
    assert watcher.problems == ["This clip cannot be played: No such file or directory."]


def test_a_clip_with_no_pictures_plays_its_sound_to_the_end(voice_only_clip):
    said = []
    watcher = Watcher()
    playback = Playback(voice_only_clip, watcher.show, watcher.finished, opened=said.append)
    playback.start()
    assert playback.join(timeout=30)
    assert said == [False] and playback.has_pictures is False
    assert watcher.problems == [""] and watcher.greys == []
    assert watcher.seconds >= SECONDS - 0.1  # it lasted as long as the sound, not an instant


def test_playing_the_sound_from_a_point_lasts_what_is_left(voice_only_clip):
    playback, watcher = play(voice_only_clip, start=1.0)
    assert playback.join(timeout=30) and watcher.problems == [""]
    assert SECONDS - 1.0 - 0.1 <= watcher.seconds < SECONDS


def test_a_consumer_too_slow_for_every_picture_still_sees_the_clip_move(toned_clip):
    """Late pictures are skipped to keep time, but never all of them: a busy kiosk shows a slower picture."""
    slow = threading.Event()
    watcher = Watcher()

    def show_slowly(picture):
        watcher.show(picture)
        slow.wait(0.2)  # the injected fault: a consumer that needs 0.2 s a picture (3x a picture's time)

    playback = Playback(toned_clip, show_slowly, watcher.finished)
    playback.start()
    assert playback.join(timeout=30)
    assert playback.pictures_skipped > 0 and len(watcher.greys) + playback.pictures_skipped == PICTURES
    assert len(watcher.greys) >= 5 and watcher.greys == sorted(watcher.greys)
    assert watcher.greys[-1] >= PICTURES - FPS // 2  # it kept time: the end of the clip was reached, not a third of it


def test_a_sound_track_longer_than_any_take_is_decoded_only_as_far_as_the_longest_take(voice_only_clip, monkeypatch):
    """A file whose sound runs for hours (its sidecar says 3 s) must not fill the panel's memory with silence."""
    import kiosk.playback

    monkeypatch.setattr(kiosk.playback, "LONGEST_TAKE", -1.0)  # with the 2 s margin: one second of sound at most
    playback = Playback(voice_only_clip, lambda picture: None, lambda problem: None)
    playback.sound_rate = RATE
    assert playback._decode_sound().size == RATE
    monkeypatch.setattr(kiosk.playback, "LONGEST_TAKE", 600)
    assert playback._decode_sound().size >= RATE * (SECONDS - 0.05)
