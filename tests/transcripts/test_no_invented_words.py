"""No invented words: `kiosk transcribe` (the real model, offline) writes none, "no speech heard", for clips nobody
spoke in; keeps the words said, and only where they were said; and decodes no more of a clip than its sidecar says."""

import shutil
import subprocess
import sys
from fractions import Fraction
from pathlib import Path
from types import SimpleNamespace

import av
import numpy as np
import pytest

from kiosk.store import ClipStore
from kiosk.transcripts import AUTO, NO_SPEECH, NONE, UNREADABLE, read_transcript
from kiosk.transcripts.vtt import plain_text
from tests.cli_runner import REPO, kiosk
from tests.speech import (RATE, chords, demo_tone, keep_sound_clip, pink_at, room_noise, speak, speech_bounds,
                          word_error_rate)

pytestmark = [
    pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed (scripts/setup.sh "
                                                                  "--test installs it), so there is no speech."),
]

SAID = "I think the new library opening hours will help families who work during the week."
NOT_SPEECH = {  # what Whisper alone turned into words, or could: each is one clip
    "the demo tone": lambda: demo_tone(20),
    "pink noise, quiet": lambda: pink_at(10, -45),
    "pink noise, moderate": lambda: pink_at(10, -30, seed=4),
    "pink noise, loud": lambda: pink_at(10, -15, seed=5),
    "room noise": lambda: room_noise(15),
    "a 1 s take": lambda: room_noise(1.0, seed=3),
    "music": lambda: chords(12),
}
SPEECH_LEAD, SILENCE_AFTER, NOISE_AFTER = 1.0, 10.0, 10.0  # seconds around the speech in the spoken clip
TOLERANCE = 0.5  # how far a cue may reach past the speech: the voice-activity model pads speech by 0.4 s


@pytest.fixture(scope="module")
def transcribed(tmp_path_factory):
    """One recordings folder holding every clip with no speech and one spoken clip (speech, then silence, then room
    noise), transcribed in a single run: one model load for them all."""
    folder = tmp_path_factory.mktemp("heard")
    recordings = folder / "recordings"
    store = ClipStore(recordings)
    clips = {name: keep_sound_clip(store, make()).sidecar.id for name, make in NOT_SPEECH.items()}
    voice, _ = _samples(speak(SAID, folder / "said.wav", voice="en-gb"))
    spoken = np.concatenate([np.zeros(int(SPEECH_LEAD * RATE), np.float32), voice,
                             np.zeros(int(SILENCE_AFTER * RATE), np.float32), room_noise(NOISE_AFTER, seed=6)])
    clips["speech"] = keep_sound_clip(store, spoken).sidecar.id
    start, end = speech_bounds(voice)
    done = kiosk("transcribe", "--recordings", recordings, timeout=600)
    return SimpleNamespace(recordings=recordings, clips=clips, run=done,
                           speech=(SPEECH_LEAD + start, SPEECH_LEAD + end))


def _samples(wav: Path) -> tuple[np.ndarray, int]:
    import soundfile as sf

    return sf.read(str(wav), dtype="float32")


def _clip(recordings: Path, clip_id: str):
    return next(clip for clip in ClipStore(recordings).list().clips if clip.sidecar.id == clip_id)


def test_the_run_transcribes_every_clip_and_finds_speech_in_one(transcribed):
    assert transcribed.run.returncode == 0, transcribed.run.stderr
    # "none" says why: nothing was heard as speech
    assert f"transcripts 1 {AUTO}, {len(NOT_SPEECH)} {NONE} ({NO_SPEECH})." in transcribed.run.stdout


@pytest.mark.parametrize("sound", list(NOT_SPEECH))
def test_a_clip_with_no_speech_gets_no_words(transcribed, sound):
    clip = _clip(transcribed.recordings, transcribed.clips[sound])
    assert (clip.sidecar.transcript, clip.sidecar.transcript_reason) == (NONE, "no speech heard") == (NONE, NO_SPEECH)
    assert not clip.transcript_path.exists() and read_transcript(clip) == ()


def test_speech_keeps_its_words_and_its_cues_stay_where_it_was_said(transcribed):
    clip = _clip(transcribed.recordings, transcribed.clips["speech"])
    assert clip.sidecar.transcript == AUTO
    cues = read_transcript(clip)
    said = plain_text(cues)
    assert word_error_rate(SAID, said) <= 0.15, said
    began, ended = transcribed.speech
    # Nothing in the 10 s of silence and 10 s of room noise after it, nor in the silence before.
    assert began - TOLERANCE <= cues[0].start <= began + TOLERANCE, (cues, began)
    assert ended - 1.5 <= cues[-1].end <= ended + TOLERANCE, (cues, ended)
    assert all(began - TOLERANCE <= cue.start < cue.end <= ended + TOLERANCE for cue in cues), cues


# -- bounded work: a clip's sound is decoded only as far as its sidecar says it goes --------------------------------

HOURS_OF_SILENCE = 2 * 3600
CLAIMED_SECONDS = 3.0
MEMORY_GUARD = 6 << 30  # address space: keeps a regression (decoding it all took 6.7 GB) from taking the machine down
PEAK_RSS_LIMIT_MB = 800  # the model and a short clip take about 300 MB; two hours of sound decoded, several GB
# Runs `kiosk` with the guard, and on its way out writes its own peak RSS (VmHWM, reset at exec) to stderr's end.
MEASURED = """
import atexit, resource, runpy, sys
resource.setrlimit(resource.RLIMIT_AS, ({guard}, {guard}))
def peak():
    status = dict(line.split(":", 1) for line in open("/proc/self/status"))
    print("peak rss kB", status["VmHWM"].split()[0], file=sys.stderr)
atexit.register(peak)
sys.argv[0] = "kiosk"
runpy.run_module("kiosk", run_name="__main__", alter_sys=True)
"""


def _silent_hours(path: Path, seconds: int) -> None:
    """Replaces `path` with an MP4 of `seconds` of silence as AAC at 8 kHz, 8 kbit/s: two hours in about 450 KB."""
    rate = 8000
    with av.open(str(path), "w", format="mp4") as container:
        stream = container.add_stream("aac", rate=rate, layout="mono")
        stream.bit_rate = 8000
        second = np.zeros((1, rate), np.float32)
        for number in range(seconds):
            frame = av.AudioFrame.from_ndarray(second, format="fltp", layout="mono")
            frame.sample_rate, frame.pts, frame.time_base = rate, number * rate, Fraction(1, rate)
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the peak RSS from /proc")
def test_a_clip_whose_sound_runs_for_hours_is_heard_only_as_long_as_its_sidecar_says(tmp_path):
    recordings = tmp_path / "recordings"
    store = ClipStore(recordings)
    long = keep_sound_clip(store, demo_tone(CLAIMED_SECONDS))
    _silent_hours(long.media_path, HOURS_OF_SILENCE)
    assert long.media_path.stat().st_size < 1 << 20 and long.sidecar.duration == CLAIMED_SECONDS
    damaged = keep_sound_clip(store, demo_tone(2.0))
    damaged.media_path.write_bytes(b"\0" * 4096)

    done = subprocess.run([sys.executable, "-c", MEASURED.format(guard=MEMORY_GUARD), "transcribe", "--recordings",
                           str(recordings)], cwd=REPO, capture_output=True, text=True, timeout=300)
    peak_mb = int(done.stderr.rsplit("peak rss kB", 1)[1].split()[0]) / 1024
    assert peak_mb < PEAK_RSS_LIMIT_MB, done.stderr
    assert "Traceback" not in done.stderr and "unexpected error" not in done.stderr, done.stderr
    long = _clip(recordings, long.sidecar.id)
    assert (long.sidecar.transcript, long.sidecar.transcript_reason) == (NONE, NO_SPEECH)
    # A clip whose sound cannot be read keeps its own reason, and the run says so and fails.
    damaged = _clip(recordings, damaged.sidecar.id)
    assert (damaged.sidecar.transcript, damaged.sidecar.transcript_reason) == (NONE, UNREADABLE)
    assert done.returncode == 1 and f"{damaged.sidecar.media}: {UNREADABLE}" in done.stderr


def test_only_the_bound_of_a_clips_sound_is_decoded(tmp_path):
    from kiosk.transcripts.engine import SAMPLE_RATE, clip_sound, hearing_limit, longest_take

    media = tmp_path / "hours.mp4"
    _silent_hours(media, 3600)
    assert len(clip_sound(media, hearing_limit(CLAIMED_SECONDS))) == (CLAIMED_SECONDS + 5) * SAMPLE_RATE
    # A sidecar that claims more than any take can last is not believed either.
    assert hearing_limit(10 * 3600) == hearing_limit(0) == longest_take() + 5 < 3600
    short = tmp_path / "short.mp4"
    _silent_hours(short, 2)
    assert abs(len(clip_sound(short, 60)) - 2 * SAMPLE_RATE) < SAMPLE_RATE / 10  # all of it, no more


# -- the rules, on segments as faster-whisper gives them -------------------------------------------------------------

def _segment(text: str, start: float, end: float, no_speech_prob: float = 0.05, avg_logprob: float = -0.3,
             compression_ratio: float = 1.2):
    words = text.split()
    step = (end - start) / len(words) if words else 0
    return SimpleNamespace(text=" " + text, start=start, end=end, no_speech_prob=no_speech_prob,
                           avg_logprob=avg_logprob, compression_ratio=compression_ratio,
                           words=[SimpleNamespace(word=" " + word, start=start + n * step, end=start + (n + 1) * step)
                                  for n, word in enumerate(words)])


def test_words_outside_speech_are_dropped_and_cues_keep_to_the_speech():
    from kiosk.transcripts.engine import CUE_LEAD, CUE_TAIL, WORD_REACH, Span, heard

    speech = (Span(1.0, 4.0),)
    assert WORD_REACH < 0.6 and CUE_LEAD < 0.5 and CUE_TAIL < 0.25  # what the segments below assume
    segments = [_segment("the bus was late again", 0.5, 4.0),  # starting half a second before the voice
                _segment("and then more words", 4.0, 9.0),  # each word 1.25 s: the first's middle 0.6 s after it
                _segment("ghost words here", 6.0, 9.0)]
    assert heard(segments, speech) == [(1.0 - CUE_LEAD, 4.0, "the bus was late again")]
    straddling = [_segment("we want buses every evening", 2.0, 7.0)]  # a word a second: "buses" is 4.0-5.0
    assert heard(straddling, speech) == [(2.0, 4.0, "we want")]
    trailing = [_segment("still talking", 3.0, 6.0)]  # "still" 3.0-4.5, its middle inside
    assert heard(trailing, speech) == [(3.0, pytest.approx(4.0 + CUE_TAIL), "still")]


@pytest.mark.parametrize("text, evidence, rule", [
    (".", {}, "no words"),
    ("...", {}, "no words"),
    ("You", {"no_speech_prob": 0.84, "avg_logprob": -1.3}, "stock phrase"),
    ("Thank you.", {"no_speech_prob": 0.7}, "stock phrase"),
    ("www.beadaholique.com", {"avg_logprob": -1.2}, "web address"),
    ("Go to example.org for more.", {"no_speech_prob": 0.9}, "web address"),
    ("I'm going to go. I'm going to go. I'm going to go.", {"compression_ratio": 3.1, "avg_logprob": -1.1},
     "repeated phrase"),
    # Said clearly, under speech: they stand.
    ("Thank you.", {}, ""),
    ("You", {}, ""),
    ("The website is www.example.com", {}, ""),
    ("Yes, yes, yes, yes, yes, yes, yes, yes, yes.", {"compression_ratio": 3.0}, ""),
    # Doubtful sound, but not a pattern Whisper is known to invent: it stands (the voice-activity model heard speech).
    ("The queue was long", {"no_speech_prob": 0.7}, ""),
])
def test_known_inventions_are_dropped_only_over_doubtful_sound(text, evidence, rule):
    from kiosk.transcripts.engine import invented

    assert invented(text, _segment(text, 0.0, 2.0, **evidence), speech_share=1.0) == rule


def test_a_stock_phrase_mostly_outside_speech_is_dropped_even_when_whisper_is_sure():
    from kiosk.transcripts.engine import invented

    assert invented("Thank you.", _segment("Thank you.", 0.0, 2.0), speech_share=0.3) == "stock phrase"
    assert invented("Thank you.", _segment("Thank you.", 0.0, 2.0), speech_share=0.9) == ""
