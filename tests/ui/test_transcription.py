"""Transcripts made in the background: after Keep, by a child process that a take suspends and the kiosk's close ends."""

import sys
import time
from dataclasses import replace

import psutil
import pytest
import soundfile as sf
from PySide6.QtCore import QTimer

from kiosk import config as configuration
from kiosk.store import ClipStore
from kiosk.transcripts import plain_text, read_transcript
from kiosk.ui.flow import Screen
from kiosk.ui.transcription import IDLE, OFF, RUNNING
from tests.speech import normalised, speak
from tests.ui.conftest import record_for, record_until_review, sidecar, wait_for_screen, walk_to_prompt

RUN_MS = 120_000  # a real run: the speech model's import and load, then the clip, on a busy 2-core machine
# Stand-ins for `kiosk transcribe`: one that runs until it is stopped, one that dies as a crash would.
RUNS_ON = [sys.executable, "-c", "import time; time.sleep(600)"]
CRASHES = [sys.executable, "-c", "import os, signal; os.kill(os.getpid(), signal.SIGKILL)"]
# A file microphone plays from when it is opened, so the take misses its first seconds (the countdown): the words to
# find come last. It is opened at the prompt, not at the kiosk's start: the start-up run may take a minute on a busy
# machine, and the speech would be over (or the file ended and reopened) before the take.
SPOKEN = "Hello, and thank you for the day. We talked about the community centre and what we will do next."
HEARD = ("community", "centre", "next")
TAIL_SECONDS = 6.0  # silence after the words: the file must not end (a lost microphone) before Stop


@pytest.fixture
def kiosk_config(kiosk_config):
    """The test config with transcripts on (conftest's has them off)."""
    return replace(kiosk_config, transcript_model="")


def settled_kiosk(qtbot, make_kiosk, config, command=None, **devices):
    """A kiosk whose start-up run (for clips kept before it started) is over; later runs use `command` if given."""
    kiosk = make_kiosk(config, **devices)
    c = kiosk.controller
    qtbot.waitUntil(lambda: c.recovery_reports is not None and c.transcription.state != RUNNING, timeout=RUN_MS)
    if command is not None:
        c.transcription.command = command
    return kiosk


def status(pid: int) -> str:
    return psutil.Process(pid).status()


def test_a_kept_take_gets_a_transcript_from_the_background_while_the_gui_thread_keeps_ticking(qtbot, make_kiosk,
                                                                                               kiosk_config, tmp_path):
    speech = speak(SPOKEN, tmp_path / "spoken.wav", tail_seconds=TAIL_SECONDS)
    kiosk = settled_kiosk(qtbot, make_kiosk, kiosk_config)
    c = kiosk.controller
    walk_to_prompt(qtbot, kiosk)
    with qtbot.waitSignal(c.devices.switch_finished, timeout=10_000) as switched:
        c.devices.choose({"microphone": f"file:{speech}"})
    assert switched.args == [[]]  # the speech file opened as the microphone
    record_for(qtbot, kiosk, sf.info(str(speech)).duration - TAIL_SECONDS + 0.5)
    c.recording.stop.click()
    wait_for_screen(qtbot, kiosk, Screen.REVIEW)
    media = c.visit.clip.media_path
    ticks: list[tuple[float, bool]] = []  # when the GUI thread got round to the timer, and whether a run was on
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append((time.monotonic(), c.transcription.state == RUNNING)))
    timer.start(20)
    try:
        with qtbot.waitSignal(c.clip_kept, timeout=10_000):
            c.review.keep.click()
        assert c.transcription.state == RUNNING
        qtbot.waitUntil(lambda: c.transcription.state == IDLE, timeout=RUN_MS)
    finally:
        timer.stop()

    written = sidecar(media)
    assert written["transcript"] == "auto" and written["transcript_language"] == "en"
    [clip] = ClipStore(media.parents[1]).list().clips
    assert set(normalised(" ".join(HEARD)).split()) <= set(normalised(plain_text(read_transcript(clip))).split())
    assert not [note for note in c.facilitator_notes if "Transcription" in str(note)]  # (the file microphone may end)
    during_run = [when for when, running in ticks if running]
    assert len(during_run) >= 10  # a GUI thread that waited on the child would not have ticked while it ran
    assert max(later - earlier for earlier, later in zip(during_run, during_run[1:])) < 1.0


def test_a_take_suspends_the_transcriber_and_resumes_it_at_review(qtbot, make_kiosk, kiosk_config):
    kiosk = settled_kiosk(qtbot, make_kiosk, kiosk_config, command=RUNS_ON)
    c = kiosk.controller
    c.transcription.request()
    pid = c.transcription.pid
    assert c.transcription.state == RUNNING and status(pid) != psutil.STATUS_STOPPED
    walk_to_prompt(qtbot, kiosk)
    c.prompt.ready.click()
    assert c.current == Screen.COUNTDOWN
    qtbot.waitUntil(lambda: status(pid) == psutil.STATUS_STOPPED, timeout=5_000)
    wait_for_screen(qtbot, kiosk, Screen.RECORDING)
    assert status(pid) == psutil.STATUS_STOPPED
    c.recording.stop.click()
    wait_for_screen(qtbot, kiosk, Screen.REVIEW)
    qtbot.waitUntil(lambda: status(pid) != psutil.STATUS_STOPPED, timeout=5_000)
    assert c.transcription.pid == pid  # the same run goes on: one child at a time


def test_no_run_starts_while_a_take_records_and_one_starts_when_it_ends(qtbot, make_kiosk, kiosk_config):
    kiosk = settled_kiosk(qtbot, make_kiosk, kiosk_config, command=RUNS_ON)
    c = kiosk.controller
    walk_to_prompt(qtbot, kiosk)
    c.prompt.ready.click()
    wait_for_screen(qtbot, kiosk, Screen.RECORDING)
    c.transcription.request()  # e.g. a clip kept by another path while this take records
    assert c.transcription.state == IDLE and c.transcription.pid is None
    c.recording.stop.click()
    wait_for_screen(qtbot, kiosk, Screen.REVIEW)
    assert c.transcription.state == RUNNING


def test_closing_the_kiosk_leaves_no_transcriber_behind_even_a_suspended_one(qtbot, make_kiosk, kiosk_config):
    kiosk = settled_kiosk(qtbot, make_kiosk, kiosk_config, command=RUNS_ON)
    c = kiosk.controller
    c.transcription.request()
    pid = c.transcription.pid
    walk_to_prompt(qtbot, kiosk)
    c.prompt.ready.click()
    wait_for_screen(qtbot, kiosk, Screen.RECORDING)
    qtbot.waitUntil(lambda: status(pid) == psutil.STATUS_STOPPED, timeout=5_000)

    kiosk.close()
    assert not psutil.pid_exists(pid)  # ended and reaped
    assert c.transcription.state != RUNNING
    assert not [child for child in psutil.Process().children(recursive=True) if child.pid == pid]


def test_a_transcriber_that_crashes_leaves_a_note_and_the_kiosk_carries_on(qtbot, make_kiosk, kiosk_config):
    kiosk = settled_kiosk(qtbot, make_kiosk, kiosk_config, command=CRASHES)
    c = kiosk.controller
    with qtbot.waitSignal(c.transcription.state_changed, timeout=10_000,
                          check_params_cb=lambda: c.transcription.state == IDLE):
        c.transcription.request()
    [note] = c.facilitator_notes
    assert str(note) == "Transcription did not finish (it stopped unexpectedly); it is tried again after the next Keep."

    walk_to_prompt(qtbot, kiosk)  # the attendee never hears of it
    record_until_review(qtbot, kiosk, seconds=0.5)
    c.review.keep.click()
    wait_for_screen(qtbot, kiosk, Screen.THANKS)
    qtbot.waitUntil(lambda: len(c.facilitator_notes) == 2, timeout=10_000)  # the Keep tried again
    assert c.transcription.state == IDLE


def test_transcripts_turned_off_are_not_tried_again_until_the_settings_change(qtbot, make_kiosk, panel_config):
    off = replace(panel_config, transcript_model="off")
    configuration.save(off, off.source)
    kiosk = settled_kiosk(qtbot, make_kiosk, off)
    c = kiosk.controller
    assert c.transcription.state == OFF
    assert c.transcription.off_reason == "Transcripts are off in the event's settings."
    c.transcription.request()
    assert c.transcription.state == OFF and c.transcription.pid is None
    assert c.facilitator_notes == []  # off is a state the panel shows, not a fault

    on = replace(off, transcript_model="")
    configuration.save(on, on.source)
    c.apply_config(on)  # as the panel's Save does
    assert c.transcription.state == RUNNING
    qtbot.waitUntil(lambda: c.transcription.state == IDLE, timeout=RUN_MS)
    assert c.transcription.off_reason == "" and c.facilitator_notes == []


def test_a_model_the_transcriber_cannot_find_turns_transcripts_off_with_its_sentence(qtbot, make_kiosk, panel_config,
                                                                                    tmp_path):
    missing = tmp_path / "no-model-here"
    config = replace(panel_config, transcript_model=str(missing))
    configuration.save(config, config.source)
    kiosk = settled_kiosk(qtbot, make_kiosk, config)  # its start-up run is the child that finds no model
    c = kiosk.controller
    assert c.transcription.state == OFF
    assert c.transcription.off_reason == f"Transcripts are off: there is no model folder at {missing}."
    assert c.facilitator_notes == []
    c.transcription.request()  # a Keep: not tried again while the settings say the same
    assert c.transcription.pid is None
