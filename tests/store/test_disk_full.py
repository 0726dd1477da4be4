"""A full disk mid-take: the take ends, what was written stays playable, and nothing is lost once there is space."""

import shutil
from pathlib import Path

import pytest

from kiosk import config as configuration
from kiosk.store.media import probe
from tests.cli_runner import kiosk
from tests.sidecars import flat_tags


@pytest.fixture
def no_free_space_threshold(tmp_path) -> Path:
    config, _ = configuration.load()
    return configuration.save(config.with_changes(min_free_mb=0), tmp_path / "kiosk.toml")


def test_disk_full_ends_the_take_and_keeps_what_was_written(small_disk, no_free_space_threshold, tmp_path):
    recordings = small_disk / "recordings"
    result = kiosk("--config", no_free_space_threshold, "record", "--seconds", "60", "--camera", "synthetic",
                   "--microphone", "synthetic", "--recordings", recordings)

    assert result.returncode == 1
    assert "the take ended early: The disk is full." in result.stderr
    assert "Traceback" not in result.stderr
    media = Path(result.stdout.strip().splitlines()[-1])
    written = probe(media).duration
    assert written > 1.0  # what was recorded before the disk filled is playable as it stands

    stuck = kiosk("recover", "--recordings", recordings)
    assert stuck.returncode == 0
    assert "not repaired yet, the disk is full" in stuck.stdout

    roomy = tmp_path / "roomy"
    shutil.copytree(recordings, roomy)
    repaired = kiosk("recover", "--recordings", roomy)
    assert "recovered" in repaired.stdout
    sidecar = flat_tags(next(roomy.glob("*/*.json")))
    assert sidecar["status"] == "kept" and sidecar["recovered"]
    assert sidecar["duration"] >= written - 1.2


def test_recording_is_refused_below_the_free_space_threshold(small_disk):
    result = kiosk("record", "--seconds", "5", "--camera", "synthetic", "--microphone", "synthetic",
                   "--recordings", small_disk / "recordings")
    assert result.returncode == 1
    assert "There is less than 500 MB free" in result.stderr and "recording is paused" in result.stderr
    assert not list(small_disk.rglob("*.mp4"))
