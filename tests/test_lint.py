"""Pyflakes over the code and the tests: an undefined name (a missing import) fails here, not at an event."""

import subprocess
import sys

from tests.cli_runner import REPO


def test_pyflakes_finds_nothing():
    # An export once crashed on a clip without a thumbnail: make_thumbnail was no longer imported.
    result = subprocess.run([sys.executable, "-m", "pyflakes", "kiosk", "tests", "benchmarks", "docs", "assets"],
                            cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.stdout + result.stderr == "" and result.returncode == 0
