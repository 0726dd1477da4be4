"""Crash repair through the real command: a killed `kiosk record` leaves a clip that `kiosk recover` makes whole."""

import json
import signal
import time
from pathlib import Path

import av

from kiosk.store import KEPT, ClipStore, recover
from kiosk.store.media import is_fragmented, probe
from tests.cli_runner import kiosk, start_kiosk
from tests.sidecars import flat_tags


def _wait_for_media(folder: Path, seconds_of_media: float, deadline: float) -> Path:
    """Polls until a take in `folder` has at least `seconds_of_media` readable on disk."""
    while time.monotonic() < deadline:
        for media in folder.glob("*/*.mp4"):
            try:
                if probe(media).duration >= seconds_of_media:
                    return media
            except Exception:
                pass  # the file is still being started
        time.sleep(0.1)
    raise AssertionError(f"no take reached {seconds_of_media} s in {folder}")


def _decoded_seconds(path: Path) -> tuple[float, float]:
    with av.open(str(path)) as container:
        video = [f.time for f in container.decode(video=0)]
    with av.open(str(path)) as container:
        audio = sum(f.samples for f in container.decode(audio=0)) / 48000
    return video[-1], audio


def test_sigkill_mid_take_then_recover_gives_a_playable_marked_clip(recordings):
    process = start_kiosk("record", "--seconds", "60", "--camera", "synthetic", "--microphone", "synthetic",
                          "--recordings", recordings, "--perspective", "volunteer", "--width", "640", "--height", "360")
    try:
        media = _wait_for_media(recordings, 4.0, time.monotonic() + 60)
        written = probe(media).duration
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate()
    assert is_fragmented(media)
    sidecar = flat_tags(media.with_suffix(".json"))
    assert sidecar["status"] == "recording"

    result = kiosk("recover", "--recordings", recordings)
    assert result.returncode == 0, result.stderr
    assert f"{media.name}: recovered" in result.stdout

    assert not is_fragmented(media)
    video_end, audio_seconds = _decoded_seconds(media)
    # Everything up to the last forced keyframe (one a second) survives the kill.
    assert video_end >= written - 1.2
    assert audio_seconds >= written - 1.2
    sidecar = flat_tags(media.with_suffix(".json"))
    assert sidecar["status"] == KEPT and sidecar["recovered"] is True and sidecar["reviewed"] is False
    assert sidecar["perspective"] == "volunteer"
    assert sidecar["duration"] >= written - 1.2
    assert len(sidecar["sha256"]) == 64

    again = kiosk("recover", "--recordings", recordings)
    assert again.stdout.strip() == "Nothing to recover."


def test_recover_reports_but_never_deletes_what_it_cannot_read(recordings):
    day = recordings / "2026-11-24"
    day.mkdir()
    (day / "20261124T100000_community_ABCDEF.json").write_text("{ half a sidecar")
    (day / "20261124T100000_community_ABCDEF.mp4").write_bytes(b"")
    (day / "20261124T110000_manager_HJKMNP.mp4").write_bytes(b"\x00\x00\x00\x08free" * 10)
    (day / "20261124T120000_volunteer_QRTUVW.json").write_text(json.dumps({
        "id": "2f1c6e0a-5b7d-4c1e-9a3f-0d8e7b6a5c4d", "withdrawal_code": "QRTUVW", "perspective": "volunteer",
        "media": "20261124T120000_volunteer_QRTUVW.mp4",
        "started_at": "2026-11-24T12:00:00+00:00", "event": "", "prompt": "", "consent_scope": "event", "language": "en",
        "status": "kept"}))
    before = sorted(p.name for p in day.iterdir())

    with ClipStore(recordings).lock():
        reports = recover(ClipStore(recordings))

    text = "\n".join(reports)
    assert "20261124T100000_community_ABCDEF.json is not a readable sidecar" in text
    assert "20261124T110000_manager_HJKMNP.mp4 has no sidecar and cannot be read" in text
    assert "describes 20261124T120000_volunteer_QRTUVW.mp4, which is missing" in text
    assert sorted(p.name for p in day.iterdir()) == before


def test_media_without_sidecar_is_adopted_with_no_consent_scope(recordings):
    made = kiosk("record", "--seconds", "1", "--camera", "synthetic", "--microphone", "synthetic",
                 "--recordings", recordings, "--perspective", "manager", "--width", "320", "--height", "240")
    assert made.returncode == 0, made.stderr
    media = Path(made.stdout.strip().splitlines()[-1])
    media.with_suffix(".json").unlink()

    result = kiosk("recover", "--recordings", recordings)

    assert "adopted as a recovered clip" in result.stdout
    clip = ClipStore(recordings).list().clips[0]
    assert clip.media_path == media
    assert clip.sidecar.perspective == "manager"
    assert clip.sidecar.consent_scope == ""  # no export takes it until a facilitator says so
    assert clip.sidecar.recovered


def test_recover_refuses_while_a_kiosk_holds_the_folder(recordings):
    with ClipStore(recordings).lock():
        result = kiosk("recover", "--recordings", recordings)
    assert result.returncode == 1
    assert "Another kiosk is recording" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_sidecar_with_odd_values_is_reported_and_the_other_clips_still_recover(recordings):
    made = kiosk("record", "--seconds", "1", "--camera", "synthetic", "--microphone", "synthetic",
                 "--recordings", recordings, "--width", "320", "--height", "240")
    assert made.returncode == 0, made.stderr
    day = Path(made.stdout.strip().splitlines()[-1]).parent
    good = {"id": "2f1c6e0a-5b7d-4c1e-9a3f-0d8e7b6a5c4d", "withdrawal_code": "QRTUVW", "perspective": "volunteer",
            "event": "", "prompt": "",
            "consent_scope": "event", "language": "en", "started_at": "2026-11-24T12:00:00+00:00", "status": "kept"}
    odd = {"A": {"media": ""}, "B": {"media": "sub/x.mp4"}, "C": {"media": 5}, "D": {"started_at": 5},
           "E": {"duration": "long"}, "F": {"notes": "not a list"}}
    for name, change in odd.items():
        (day / f"odd{name}.json").write_text(json.dumps({**good, "media": f"odd{name}.mp4", **change}))

    result = kiosk("recover", "--recordings", recordings)

    assert result.returncode == 0, result.stderr
    for name in odd:
        assert f"odd{name}.json is not a readable sidecar" in result.stdout
    assert len(ClipStore(recordings).list().clips) == 1
    again = kiosk("record", "--seconds", "0.5", "--camera", "synthetic", "--microphone", "synthetic",
                  "--recordings", recordings, "--width", "320", "--height", "240")
    assert again.returncode == 0, again.stderr


def test_sigterm_mid_take_finishes_an_ordinary_kept_clip(recordings):
    process = start_kiosk("record", "--seconds", "60", "--camera", "synthetic", "--microphone", "synthetic",
                          "--recordings", recordings, "--width", "320", "--height", "240")
    try:
        media = _wait_for_media(recordings, 2.0, time.monotonic() + 60)
        process.send_signal(signal.SIGTERM)  # a shutdown, or a service manager stopping it
        out, err = process.communicate(timeout=30)
    finally:
        process.kill()
    assert process.returncode == 0, err
    assert out.strip().splitlines()[-1] == str(media)
    assert not is_fragmented(media)  # finished on the spot: nothing left for recovery to do
    assert ClipStore(recordings).list().clips[0].sidecar.status == KEPT
