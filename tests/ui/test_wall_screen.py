"""`kiosk wall` in a real X window: an X server (Xvfb, 1920x1080, no window manager) shows it, and a screenshot is read
back: the calm card's colour, then the clip under its card's colour with its caption on the solid black band."""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np
import pytest

from kiosk.config import parse
from kiosk.store import ClipStore
from kiosk.ui import theme
from kiosk.ui.wall.view import WallLayout
from tests.wall.clips import approved, kept_clip

REPO = Path(__file__).resolve().parents[2]
SIZE = (1920, 1080)


def _free_display() -> int:
    for number in range(90, 100):
        if not Path(f"/tmp/.X{number}-lock").exists() and not Path(f"/tmp/.X11-unix/X{number}").exists():
            return number
    pytest.skip("no free X display between :90 and :99")


@pytest.fixture
def x_display():
    """An Xvfb server of its own, stopped by its pid at the end."""
    if shutil.which("Xvfb") is None or shutil.which("ffmpeg") is None:
        pytest.skip("Xvfb and ffmpeg are needed (scripts/setup.sh --test installs them)")
    number = _free_display()
    server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", f"{SIZE[0]}x{SIZE[1]}x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.fail("Xvfb did not start")
            time.sleep(0.05)  # polling for another process's socket, with a deadline
        yield f":{number}"
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def _screenshot(display: str, folder: Path) -> np.ndarray | None:
    shot = folder / "shot.png"
    done = subprocess.run(["ffmpeg", "-loglevel", "error", "-f", "x11grab", "-video_size", f"{SIZE[0]}x{SIZE[1]}",
                           "-i", display, "-frames:v", "1", "-y", str(shot)], capture_output=True, timeout=30)
    return cv2.imread(str(shot)) if done.returncode == 0 else None


def _is(pixel: np.ndarray, colour: str) -> bool:
    red, green, blue = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return bool(np.all(np.abs(pixel.astype(int) - (blue, green, red)) <= 4))


def _showing_the_caption(shot: np.ndarray, layout: WallLayout, card: str) -> bool:
    band = shot[layout.captions.top() + 2:layout.captions.bottom() - 2]
    dark = (band.max(axis=2) < 30).mean()
    light = (band.min(axis=2) > 220).mean()
    return _is(shot[3, 3], card) and _is(shot[3, SIZE[0] - 4], card) and dark > 0.8 and light > 0.005


def test_the_wall_in_a_real_window_shows_the_card_then_the_clip_with_its_caption(x_display, recordings):
    store = ClipStore(recordings)
    approved(store, kept_clip(store, 0, seconds=8.0, captions="Hello from the hall"))
    card = parse({}).card("frontline").colour
    layout = WallLayout.of(*SIZE)
    environment = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"}
    wall = subprocess.Popen([sys.executable, "-m", "kiosk", "wall", "--recordings", str(recordings)], cwd=REPO,
                            env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seen_invitation = seen_clip = False
    try:
        with tempfile.TemporaryDirectory() as folder:
            # The card shows 6 s between clips and the clip 8 s: looked at until both were seen (a loaded machine may
            # take seconds over one screenshot).
            deadline = time.monotonic() + 120
            while not (seen_clip and seen_invitation) and wall.poll() is None and time.monotonic() < deadline:
                shot = _screenshot(x_display, Path(folder))
                if shot is not None:
                    seen_invitation = seen_invitation or (_is(shot[5, 5], theme.PRIMARY) and _is(shot[-5, -5], theme.PRIMARY))
                    seen_clip = seen_clip or _showing_the_caption(shot, layout, card)
                time.sleep(0.3)  # a screenshot of another process's window, taken until it shows or the deadline
        assert wall.poll() is None, wall.communicate()
        assert seen_invitation, "the calm card between clips never showed"
        assert seen_clip, "the clip with its card and caption never showed"
    finally:
        wall.send_signal(signal.SIGTERM)
        try:
            out, err = wall.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            wall.kill()
            out, err = wall.communicate()
    assert wall.returncode == 0, err
    assert "Traceback" not in err
