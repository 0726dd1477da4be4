"""Runs the real `kiosk` command in a subprocess, as a facilitator would."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def kiosk(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kiosk", *map(str, args)], cwd=REPO, capture_output=True,
                          text=True, timeout=timeout)


def start_kiosk(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kiosk", *map(str, args)], cwd=REPO, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def wait_started(process: subprocess.Popen, recordings: Path) -> None:
    """Returns once the kiosk in `process` has started: the first start writes the PIN file before the window shows."""
    deadline = time.monotonic() + 60
    while not (recordings / ".facilitator-pin").exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)  # polling a file another process writes, with a deadline
    assert process.poll() is None, process.communicate()


def stop_once_started(process: subprocess.Popen, recordings: Path) -> tuple[str, str]:
    """Ends the kiosk in `process` with SIGTERM, as a shutdown does, once it has started; returns its stdout and stderr.

    The first start writes the PIN file before the window is shown: that file says it has started.
    """
    try:
        wait_started(process, recordings)
        process.send_signal(signal.SIGTERM)
        return process.communicate(timeout=30)
    finally:
        process.kill()
