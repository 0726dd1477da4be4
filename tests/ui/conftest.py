"""Fixtures for the kiosk UI: a config with timings shrunk to test speed, and whole kiosks that are closed at the end."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # tests/conftest.py sets it too; here in case it runs alone

from dataclasses import replace
from pathlib import Path

import pytest

from kiosk import config as configuration
from kiosk.ui.app import build_kiosk
from kiosk.ui.flow import Screen
from kiosk.ui.idle import IdleWatch
from kiosk.ui.screens.review import ReviewScreen
from kiosk.ui.window import KioskWindow
from tests.sidecars import flat_tags


@pytest.fixture
def kiosk_config(recordings) -> configuration.Config:
    """The shipped config with small pictures and short timings, saved (if a test saves) beside the recordings.

    replace() skips validation on purpose; the shipped assets/kiosk.toml is never written by a test.
    """
    config, problems = configuration.load_event(recordings)
    assert not problems
    # Transcripts off: a kiosk's background run costs a 2-core machine CPU that other tests' takes need; the tests
    # of transcription (test_transcription.py, test_panel_transcripts.py) turn them on.
    return replace(config, width=320, height=240, fps=15.0, countdown_seconds=0.3, idle_seconds=30.0,
                   max_seconds=20.0, warning_seconds=3.0, min_free_mb=0, transcript_model="off")


@pytest.fixture
def panel_config(kiosk_config, tmp_path) -> configuration.Config:
    """The test config, saved to its own TOML so that the panel's Save never touches the shipped one."""
    path = tmp_path / "event.toml"
    config = replace(kiosk_config, source=path)
    configuration.save(config, path)
    return config


@pytest.fixture
def make_kiosk(qtbot, recordings, monkeypatch):
    """Builds a started kiosk in a 1366x768 window; every one built is shut down (threads joined) at the end."""
    monkeypatch.setattr(KioskWindow, "HOLD_MS", 60)
    monkeypatch.setattr(IdleWatch, "WARNING_SECONDS", 0.3)  # "Still there?" before an idle reset
    monkeypatch.setattr(ReviewScreen, "DELETED_SECONDS", 0.3)  # "Your video has been deleted."
    built = []

    def make(config, camera="synthetic", microphone="synthetic", folder: Path | None = None):
        kiosk = build_kiosk(config, folder or recordings, camera, microphone, windowed=True)
        qtbot.addWidget(kiosk.window)
        kiosk.window.resize(1366, 768)
        kiosk.window.show()
        built.append(kiosk)
        return kiosk

    yield make
    for kiosk in built:
        kiosk.close()


def go_to(qtbot, kiosk, screen: Screen) -> None:
    with qtbot.waitSignal(kiosk.controller.screen_changed, timeout=10_000,
                          check_params_cb=lambda shown: shown == screen):
        pass


def wait_for_screen(qtbot, kiosk, screen: Screen, timeout: int = 15_000) -> None:
    qtbot.waitUntil(lambda: kiosk.controller.current == screen, timeout=timeout)


def walk_to_prompt(qtbot, kiosk, card_key="2", scope_index: int = 0) -> None:
    """Attract -> consent (a scope chosen, then agreed) -> cards (by number key) -> prompt."""
    c = kiosk.controller
    c.attract.start.click()
    assert c.current == Screen.CONSENT
    assert c.consent.chosen_scope() is None  # nothing is chosen for the attendee
    c.consent.scope_buttons.buttons()[scope_index].click()
    c.consent.agree.click()
    assert c.current == Screen.CARDS
    qtbot.keyClick(c.cards, card_key)
    assert c.current == Screen.PROMPT


def record_for(qtbot, kiosk, seconds: float) -> None:
    """Prompt -> countdown -> recording, until the take has run `seconds`; it is still recording after."""
    c = kiosk.controller
    c.prompt.ready.click()
    assert c.current == Screen.COUNTDOWN
    wait_for_screen(qtbot, kiosk, Screen.RECORDING)
    qtbot.waitUntil(lambda: c.visit.recording.take.elapsed() >= seconds, timeout=10_000)


def record_until_review(qtbot, kiosk, seconds: float = 1.0) -> None:
    """Prompt -> countdown -> recording for about `seconds` -> Stop -> review."""
    record_for(qtbot, kiosk, seconds)
    kiosk.controller.recording.stop.click()
    wait_for_screen(qtbot, kiosk, Screen.REVIEW)


def delete_take(kiosk) -> None:
    """Review's Delete, and yes to the question it asks."""
    review = kiosk.controller.review
    review.delete.click()
    review.confirm_delete.click()


def clip_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*/*") if p.suffix in (".mp4", ".json"))


def sidecar(clip_media: Path) -> dict:
    return flat_tags(clip_media.with_suffix(".json"))
