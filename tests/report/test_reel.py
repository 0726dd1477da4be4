"""The highlight reel read back with PyAV: a title card per theme, each quote cut at its exact times with sound and
picture in sync (a clapper's flashes and beeps), its captions as a mov_text track, and one that fails says so."""

from __future__ import annotations

import shutil
import subprocess
import threading
from pathlib import Path

import av
import pytest

from kiosk.diagnostics.clapper import measure_av_offsets
from kiosk.report.heard import HeardClip, HeardQuote, Label, WhatWeHeard
from kiosk.report.reel import TITLE_SECONDS, ReelError, make_reel
from kiosk.transcripts.vtt import Cue

CLIP_ID = "0b5e2f0e-7a53-4c1e-9f0a-3c2d1e0f4a5b"
CUES = (Cue(0.0, 1.0, "the first flash"), Cue(1.0, 2.0, "the second flash"), Cue(2.0, 3.0, "the third"),
        Cue(3.0, 4.5, "the fourth"), Cue(4.5, 6.0, "the fifth and sixth"))
COMMUNITY = Label("community", "Member of the local community", "Aelod o'r gymuned leol")


@pytest.fixture(scope="module")
def clapper_clip(clapper_files, tmp_path_factory) -> Path:
    """The clapper pair as one H.264 + AAC clip in a record's clips/community/ folder (its own frame times kept)."""
    if shutil.which("ffmpeg") is None:
        pytest.skip("ffmpeg is not installed (Debian: apt install ffmpeg).")
    record = tmp_path_factory.mktemp("record")
    clip = record / "clips" / "community" / "clapper.mp4"
    clip.parent.mkdir(parents=True)
    subprocess.run(["ffmpeg", "-loglevel", "error", "-i", str(clapper_files.video), "-i", str(clapper_files.audio),
                    "-fps_mode", "passthrough", "-c:v", "libx264", "-c:a", "aac", str(clip)], check=True, timeout=120)
    return clip


def heard_of(quotes: tuple[HeardQuote, ...], themes: tuple[Label, ...]) -> WhatWeHeard:
    clip = HeardClip(CLIP_ID, "community", "2026-06-14T10:32:00+01:00", 6.0, "en", "public",
                     "clips/community/clapper.mp4", "clapper", CUES, "edited", (), quotes)
    return WhatWeHeard("Ffair Haf", "2026-06-14T18:00:00+01:00", "public", (COMMUNITY,), themes, (clip,))


def subtitles(reel: Path) -> list[tuple[float, float, str]]:
    """The reel's mov_text samples with text: (start, end, text); each sample is a 2-byte length then UTF-8."""
    found = []
    with av.open(str(reel)) as container:
        stream = container.streams.subtitles[0]
        assert stream.codec_context.name == "mov_text"
        for packet in container.demux(stream):
            if packet.size > 2 and packet.pts is not None:
                data = bytes(packet)
                start = float(packet.pts * packet.time_base)
                found.append((round(start, 3), round(start + float(packet.duration * packet.time_base), 3),
                              data[2:2 + int.from_bytes(data[:2], "big")].decode("utf-8")))
    return found


def durations(reel: Path) -> tuple[float, float]:
    with av.open(str(reel)) as container:
        video = [float(f.time) for f in container.decode(video=0)]
    with av.open(str(reel)) as container:
        audio = sum(f.samples for f in container.decode(audio=0)) / 48000
    return video[-1], audio


def test_each_theme_has_a_title_card_then_its_quotes_cut_at_their_times_in_sync(clapper_clip):
    record = clapper_clip.parents[2]
    heard = heard_of((HeardQuote("q1", 0.2, 2.8, "", ("first",)), HeardQuote("q2", 3.2, 5.8, "", ("second",))),
                     (Label("first", "Getting there", "Cyrraedd"), Label("second", "Being heard", "")))
    seconds = make_reel(heard, record, record / "reel.mp4", (640, 360))
    assert seconds == pytest.approx(2 * TITLE_SECONDS + 2.6 + 2.6, abs=0.001)
    last_picture, sound = durations(record / "reel.mp4")
    assert sound == pytest.approx(seconds, abs=0.03) and last_picture == pytest.approx(seconds, abs=0.1)
    # The clapper's six events, three in each cut: each flash with its beep, as in the clip.
    offsets = measure_av_offsets(record / "reel.mp4")
    assert len(offsets) == 6 and max(abs(offset) for offset in offsets) < 0.02


def test_the_quotes_captions_are_a_subtitle_track_at_their_place_in_the_reel(clapper_clip):
    record = clapper_clip.parents[2]
    heard = heard_of((HeardQuote("q1", 0.5, 2.5, "", ("first",)),), (Label("first", "Getting there", "Cyrraedd"),))
    make_reel(heard, record, record / "reel.mp4", (640, 360))
    assert subtitles(record / "reel.mp4") == [(3.0, 3.5, "the first flash"), (3.5, 4.5, "the second flash"),
                                              (4.5, 5.0, "the third")]


def test_burned_captions_darken_the_foot_of_the_picture_where_the_plain_reel_shows_the_flash(clapper_clip):
    record = clapper_clip.parents[2]
    heard = heard_of((HeardQuote("q1", 0.2, 1.0, "", ("first",)),), (Label("first", "Getting there", ""),))
    plain, burned = record / "plain.mp4", record / "burned.mp4"
    make_reel(heard, record, plain, (640, 360))
    make_reel(heard, record, burned, (640, 360), burn=True)

    def foot_at(reel: Path, seconds: float) -> float:
        with av.open(str(reel)) as container:
            frame = next(f for f in container.decode(video=0) if f.time >= seconds)
            return float(frame.to_ndarray(format="gray")[int(0.81 * 360):int(0.86 * 360), :].mean())

    at_flash = TITLE_SECONDS + 0.5 - 0.2 + 0.04  # the first flash, a frame into it
    assert foot_at(plain, at_flash) > 200 and foot_at(burned, at_flash) < 150


def test_a_reel_with_no_themed_quote_or_a_missing_clip_is_refused_in_a_sentence_and_leaves_nothing(tmp_path):
    with pytest.raises(ReelError, match="no quote in the record has a theme"):
        make_reel(heard_of((HeardQuote("q1", 0.2, 1.0, "", ()),), ()), tmp_path, tmp_path / "reel.mp4", (640, 360))
    with pytest.raises(ReelError):
        make_reel(heard_of((HeardQuote("q1", 0.2, 1.0, "", ("first",)),), (Label("first", "First"),)), tmp_path,
                  tmp_path / "reel.mp4", (640, 360))
    assert list(tmp_path.iterdir()) == []


def test_a_cancelled_reel_leaves_nothing(clapper_clip, tmp_path):
    record = clapper_clip.parents[2]
    cancel = threading.Event()
    cancel.set()
    heard = heard_of((HeardQuote("q1", 0.2, 1.0, "", ("first",)),), (Label("first", "First"),))
    with pytest.raises(ReelError, match="cancelled"):
        make_reel(heard, record, tmp_path / "reel.mp4", (640, 360), cancel=cancel)
    assert list(tmp_path.iterdir()) == []
