"""The `kiosk` command as a facilitator types it: one clip per `record`, one clear line for every mistake."""

import os
import subprocess
import sys
from pathlib import Path

import av
import pytest

from tests.cli_runner import kiosk, stop_once_started
from tests.sidecars import flat_tags


def test_record_makes_one_tagged_clip_and_prints_its_path_last(recordings):
    result = kiosk("record", "--seconds", "2", "--camera", "synthetic", "--microphone", "synthetic",
                   "--recordings", recordings, "--perspective", "frontline", "--scope", "public",
                   "--width", "640", "--height", "360", "--fps", "25")
    assert result.returncode == 0, result.stderr
    media = Path(result.stdout.strip().splitlines()[-1])
    assert media.parent.parent == recordings
    assert media.name.split("_")[1] == "frontline"
    with av.open(str(media)) as container:
        video, audio = container.streams.video[0], container.streams.audio[0]
        assert (video.codec_context.name, video.codec_context.width, video.codec_context.height) == ("h264", 640, 360)
        assert audio.codec_context.name == "aac"
        frames = sum(1 for _ in container.decode(video=0))
    assert 45 <= frames <= 55  # 2 s at 25 fps
    sidecar = flat_tags(media.with_suffix(".json"))
    assert sidecar["perspective"] == "frontline" and sidecar["consent_scope"] == "public"
    assert sidecar["withdrawal_code"] in media.name
    assert sidecar["status"] == "kept"
    assert sidecar["started_at"][-6] in "+-"  # a time zone
    assert 1.9 <= sidecar["duration"] <= 2.2
    assert sidecar["audio_rate"] == 48000 and sidecar["frames"] == frames
    assert media.with_suffix(".jpg").read_bytes()[:3] == b"\xff\xd8\xff"  # a JPEG thumbnail for the panel and export


def test_record_sound_only_when_told_there_is_no_camera(recordings):
    # The camera named is not opened at all: --no-camera wins over it.
    result = kiosk("record", "--seconds", "1", "--no-camera", "--camera", "/dev/video7", "--microphone", "synthetic",
                   "--recordings", recordings)
    assert result.returncode == 0, result.stderr
    with av.open(result.stdout.strip().splitlines()[-1]) as container:
        assert not container.streams.video and container.streams.audio


@pytest.mark.parametrize(
    "args, message",
    [
        (["--camera", "webcam9"], "Unknown camera 'webcam9'"),
        (["--camera", "file:/nowhere/clip.mp4"], "The camera file /nowhere/clip.mp4 does not exist."),
        (["--microphone", "file:/nowhere/a.wav"], "The microphone file /nowhere/a.wav does not exist."),
        (["--microphone", "no such microphone"], "No microphone matches 'no such microphone'"),
        (["--perspective", "../../etc"], "'../../etc' is not a card"),
        (["--scope", "everyone"], "'everyone' is not a consent scope"),
        (["--camera", "/dev/video7"], "There is no camera at /dev/video7."),
        (["--camera", ""], "Unknown camera ''"),
        (["--microphone", " "], "The microphone spec is empty"),
    ],
)
def test_bad_input_gets_one_clear_line_and_a_failure_exit(recordings, args, message):
    base = ["record", "--seconds", "1", "--recordings", str(recordings), "--camera", "synthetic", "--microphone", "synthetic"]
    result = kiosk(*base, *args)
    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not list(recordings.rglob("*.mp4"))


def test_a_camera_file_that_is_not_a_video_is_refused(recordings, tmp_path):
    bogus = tmp_path / "notes.mp4"
    bogus.write_text("not a video")
    result = kiosk("record", "--seconds", "1", "--camera", f"file:{bogus}", "--microphone", "synthetic", "--recordings", recordings)
    assert result.returncode == 1
    assert "is not a video OpenCV can read" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere, so an unwritable folder cannot be made")
def test_unwritable_recordings_folder_is_refused(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    result = kiosk("record", "--seconds", "1", "--camera", "synthetic", "--microphone", "synthetic", "--recordings", locked)
    assert result.returncode == 1 and "cannot be written" in result.stderr


def test_recordings_path_that_is_a_file_is_refused(tmp_path):
    not_a_folder = tmp_path / "recordings"
    not_a_folder.write_text("")
    result = kiosk("record", "--seconds", "1", "--camera", "synthetic", "--microphone", "synthetic", "--recordings", not_a_folder)
    assert result.returncode == 1
    assert "The recordings folder" in result.stderr and "cannot be used" in result.stderr
    listed = kiosk("devices", "--recordings", not_a_folder)
    assert listed.returncode == 1 and "is a file, not a folder" in listed.stderr


@pytest.mark.parametrize("args", [["record"], ["record", "--seconds", "-3"], ["record", "--seconds", "ten"], ["explode"]])
def test_usage_errors_exit_two_without_a_traceback(args):
    result = kiosk(*args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "usage: kiosk" in result.stderr


def test_devices_lists_encoders_and_free_space(recordings):
    result = kiosk("--recordings", recordings, "devices")
    assert result.returncode == 0, result.stderr
    assert "Encoders: libx264 yes, aac yes" in result.stdout
    assert f"Recordings: {recordings}" in result.stdout and "GB free" in result.stdout


def test_devices_says_when_there_is_no_speaker(recordings):
    result = kiosk("--recordings", recordings, "devices")
    assert "Speaker: none (a take is played back without its sound)" in result.stdout  # no sound card here


def test_devices_names_the_speaker_a_sound_server_gives(recordings, pulse_sine_source):
    result = kiosk("--recordings", recordings, "devices")
    assert result.returncode == 0, result.stderr
    [line] = [line for line in result.stdout.splitlines() if line.startswith("Speaker:")]
    assert "none" not in line and len(line) > len("Speaker: ")


def test_a_superscript_digit_is_a_device_name_not_an_index(recordings):
    # "²".isdigit() is true but int("²") fails: found by hypothesis in tests/test_cli_fuzz.py.
    result = kiosk("record", "--seconds", "1", "--camera", "synthetic", "--microphone", "²", "--recordings", recordings)
    assert result.returncode == 1 and "No microphone matches '²'" in result.stderr


def test_kiosk_with_no_screen_says_so_instead_of_aborting(recordings):
    environment = {name: value for name, value in os.environ.items()
                   if name not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "kiosk", "--recordings", str(recordings)], env=environment,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]  # one line
    assert "no screen" in result.stderr and "Traceback" not in result.stderr


def test_config_and_recordings_are_taken_after_the_command_too(recordings, tmp_path):
    listed = kiosk("devices", "--recordings", recordings)
    assert f"Recordings: {recordings} " in listed.stdout
    made = kiosk("record", "--seconds", "0.5", "--camera", "synthetic", "--microphone", "synthetic",
                 "--recordings", recordings, "--config", tmp_path / "missing.toml")
    assert made.returncode == 0, made.stderr
    assert f"There is no config file at {tmp_path / 'missing.toml'}" in made.stderr


def test_the_kiosk_leaves_cleanly_on_sigterm(recordings):
    process = subprocess.Popen([sys.executable, "-m", "kiosk", "--windowed", "--camera", "synthetic",
                                "--microphone", "synthetic", "--recordings", str(recordings)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out, err = stop_once_started(process, recordings)
    assert process.returncode == 0, err
    assert "Traceback" not in err


def test_the_kiosks_first_start_writes_the_events_config_from_the_shipped_one(recordings):
    from kiosk.config import DEFAULT_CONFIG

    process = subprocess.Popen([sys.executable, "-m", "kiosk", "--windowed", "--camera", "synthetic",
                                "--microphone", "synthetic", "--recordings", str(recordings)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out, err = stop_once_started(process, recordings)
    assert process.returncode == 0, err
    assert (recordings / "kiosk.toml").read_bytes() == DEFAULT_CONFIG.read_bytes()
    assert f"the event's settings are in {recordings / 'kiosk.toml'}" in err


def test_a_kiosk_toml_in_the_working_folder_is_obeyed_before_the_one_beside_the_recordings(tmp_path):
    recordings = tmp_path / "recordings"
    recordings.mkdir()
    (recordings / "kiosk.toml").write_text('[event]\nname = "Beside"\n', encoding="utf-8")
    (tmp_path / "kiosk.toml").write_text('[event]\nname = "Here"\n', encoding="utf-8")
    made = subprocess.run([sys.executable, "-m", "kiosk", "record", "--seconds", "0.5", "--camera", "synthetic",
                           "--microphone", "synthetic"], cwd=tmp_path, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])})
    assert made.returncode == 0, made.stderr
    clip = tmp_path / made.stdout.strip().splitlines()[-1]  # printed as the command was given: relative
    assert flat_tags(clip.with_suffix(".json"))["event"] == "Here"
    assert "kiosk.toml is not read (the working folder's kiosk.toml comes first)" in made.stderr
    assert "kiosk.toml in the folder where kiosk is started" in subprocess.run(
        [sys.executable, "-m", "kiosk", "--help"], capture_output=True, text=True, timeout=60).stdout.replace("\n", " ")
