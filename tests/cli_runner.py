"""Runs the real `kiosk` command in a subprocess, as a facilitator would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def kiosk(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kiosk", *map(str, args)], cwd=REPO, capture_output=True,
                          text=True, timeout=timeout)


def start_kiosk(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kiosk", *map(str, args)], cwd=REPO, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
