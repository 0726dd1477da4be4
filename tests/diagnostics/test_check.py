"""`kiosk check`: what the devices deliver, whether the microphone hears anything, the encoder's headroom, a setting."""

from dataclasses import replace

import numpy as np
import pytest
import soundfile as sf

from kiosk import config as configuration
from kiosk.diagnostics.check import TARGET_HEADROOM, run_check
from tests.cli_runner import kiosk


@pytest.fixture
def small_config(recordings):
    config, problems = configuration.load_event(recordings)
    assert not problems
    return replace(config, width=320, height=240, fps=15.0, min_free_mb=0)


def sound_file(path, samples: np.ndarray, rate: int = 48000):
    sf.write(str(path), samples.astype(np.float32), rate)
    return path


def test_synthetic_devices_pass_and_a_setting_with_headroom_is_recommended(small_config, recordings):
    report = run_check(small_config, recordings, seconds=2, camera_spec="synthetic", microphone_spec="synthetic")

    assert report.ok, report.lines()
    assert (report.width, report.height) == (320, 240) and report.frames > 10 and report.fps > 0
    assert report.microphone_state == "ok" and report.level_dbfs > -40
    assert report.encode_fps_per_core > 0 and report.headroom == report.encode_fps_per_core / max(15.0, report.fps)
    width, height, preset = report.recommended
    assert (width, height) == (320, 240)  # never larger than what the camera delivered
    assert preset in configuration.PRESETS
    assert report.bytes_per_second > 0 and report.free_hours > 0
    assert report.lines()[-1] == "All essential checks passed."


def test_a_silent_microphone_file_is_reported_as_silent_and_fails(small_config, recordings, clapper_files, tmp_path):
    silence = sound_file(tmp_path / "silence.wav", np.zeros(48000 * 4))

    report = run_check(small_config, recordings, seconds=2, camera_spec=f"file:{clapper_files.video}",
                       microphone_spec=f"file:{silence}")

    assert report.microphone_state == "silent" and not report.ok
    assert any("is silent" in str(failure) for failure in report.failures)
    assert (report.width, report.height) == (clapper_files.width, clapper_files.height) and report.frames > 10


def test_a_clipping_microphone_is_a_warning_not_a_failure(small_config, recordings, tmp_path):
    square = sound_file(tmp_path / "loud.wav", np.sign(np.sin(np.arange(48000 * 4) * 2 * np.pi * 200 / 48000)))

    report = run_check(small_config, recordings, seconds=2, camera_spec="synthetic", microphone_spec=f"file:{square}")

    assert report.microphone_state == "clipping" and report.ok
    assert any("clipping" in str(warning) for warning in report.warnings)


def test_a_real_microphone_through_pulseaudio_hears_its_sine(small_config, recordings, pulse_sine_source):
    report = run_check(small_config, recordings, seconds=2, camera_spec="synthetic", microphone_spec="auto")
    assert report.ok, report.lines()
    assert report.microphone_state == "ok" and "Demo" not in report.microphone


def test_check_apply_writes_the_recommendation_to_the_event_config(recordings):
    result = kiosk("check", "--seconds", "2", "--camera", "synthetic", "--microphone", "synthetic", "--apply",
                   "--recordings", recordings)

    assert result.returncode == 0, result.stderr
    assert "Recommended: " in result.stdout and "Traceback" not in result.stderr
    saved, problems = configuration.load_event(recordings)
    assert not problems and saved.source == recordings / "kiosk.toml" and saved.source.exists()
    recommended = result.stdout.split("Recommended: ")[1].split(" (")[0]  # e.g. 1280x720 with preset veryfast
    assert recommended == f"{saved.width}x{saved.height} with preset {saved.preset}"
    assert f"at least {TARGET_HEADROOM:g}x headroom" in result.stdout


@pytest.mark.parametrize("camera, message", [
    ("/dev/video9", "There is no camera at /dev/video9."),
    ("file:/nowhere.mp4", "The camera file /nowhere.mp4 does not exist."),
])
def test_a_camera_that_cannot_open_fails_the_check_in_one_sentence(recordings, tmp_path, camera, message):
    silence = sound_file(tmp_path / "silence.wav", np.zeros(48000 * 4))
    result = kiosk("check", "--seconds", "2", "--camera", camera, "--microphone", f"file:{silence}",
                   "--recordings", recordings)
    assert result.returncode == 1
    assert f"Problem: {message}" in result.stdout and "Traceback" not in result.stderr
    assert "Something essential failed" in result.stdout
