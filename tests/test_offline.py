"""The kiosk makes no network connection at all: every connect and send of its processes is traced by the kernel."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.sidecars import flat_tags

REPO = Path(__file__).resolve().parents[1]
INTERNET = re.compile(r"\b(connect|sendto|sendmsg)\(.*(AF_INET6?|sin6?_port)")


def _traced(tmp_path: Path, *args: str) -> list[str]:
    """Runs `args` under strace -f and returns the network calls to an internet address it made."""
    if shutil.which("strace") is None:
        pytest.skip("strace is not installed (Debian: apt install strace)")
    log = tmp_path / "strace.log"
    result = subprocess.run(["strace", "-f", "-qq", "-e", "trace=connect,sendto,sendmsg", "-o", str(log), *args],
                            cwd=REPO, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    calls = log.read_text().splitlines()
    return [call for call in calls if INTERNET.search(call)]


def test_record_and_recover_make_no_network_connection(tmp_path):
    recordings = tmp_path / "recordings"
    kiosk = [sys.executable, "-m", "kiosk"]
    assert _traced(tmp_path, *kiosk, "record", "--seconds", "1", "--camera", "synthetic", "--microphone", "synthetic",
                   "--recordings", str(recordings), "--width", "320", "--height", "240") == []
    assert _traced(tmp_path, *kiosk, "recover", "--recordings", str(recordings)) == []
    # The speech model is loaded from the package the transcripts extra installs: no hub is asked.
    assert _traced(tmp_path, *kiosk, "transcribe", "--recordings", str(recordings)) == []
    assert flat_tags(next(recordings.glob("*/*.json")))["transcript"] == "none"  # it ran: a sine is no speech
    assert _traced(tmp_path, *kiosk, "--recordings", str(recordings), "devices") == []


def test_the_tracer_does_see_an_internet_connection(tmp_path):
    """The check above could pass by seeing nothing: this proves it catches a real connect to an internet address."""
    code = ("import socket; s = socket.socket(socket.AF_INET, socket.SOCK_STREAM); s.settimeout(0.2)\n"
            "try: s.connect(('127.0.0.1', 9))\nexcept OSError: pass")
    assert _traced(tmp_path, sys.executable, "-c", code)


def test_the_kiosk_screens_make_no_network_connection_through_a_whole_visit(tmp_path):
    """The attendee flow, review playback included, run under the tracer."""
    visit = "tests/ui/test_flow.py::test_keep_walks_every_screen_and_leaves_a_playable_tagged_clip"
    assert _traced(tmp_path, sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", visit) == []
