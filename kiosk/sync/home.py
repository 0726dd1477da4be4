"""Where a machine's Syncthing keeps its identity and database: the user's state folder, never the recordings."""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
from pathlib import Path

APP_FOLDER = "whose-shoes-kiosk"
# Tests and a second instance on one machine give their own base folder.
STATE_ENVIRONMENT = "KIOSK_SYNC_STATE"


class SyncthingMissing(Exception):
    """Syncthing is not installed where the kiosk looks; the message says how to install it on this system."""


def state_base() -> Path:
    """The user's own state folder for the kiosk (as platformdirs would choose it), or $KIOSK_SYNC_STATE."""
    given = os.environ.get(STATE_ENVIRONMENT)
    if given:
        return Path(given)
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / APP_FOLDER
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_FOLDER
    return Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state") / APP_FOLDER


def sync_home(recordings: Path, base: Path | None = None) -> Path:
    """One Syncthing home per machine and recordings folder (under `base`, default `state_base()`).

    Never inside the recordings folder: that folder travels (to a hub, on a stick), and the home holds this machine's
    private key, so a copy of it would be a second device with the same identity.
    """
    folder = Path(recordings).resolve()
    digest = hashlib.sha256(str(folder).encode("utf-8")).hexdigest()[:12]
    return (base or state_base()) / "sync" / f"{folder.name or 'recordings'}-{digest}"


def find_syncthing(configured: str = "") -> str:
    """The Syncthing program: `[sync] syncthing` when set, else the one on PATH; raises SyncthingMissing."""
    if configured:
        path = Path(configured).expanduser()
        if path.is_file() and os.access(path, os.X_OK):
            return str(path)
        raise SyncthingMissing(f"There is no Syncthing program at {configured} (sync.syncthing in the config).")
    found = shutil.which("syncthing")
    if found:
        return found
    raise SyncthingMissing(f"Syncthing is not installed: {install_hint()}")


def install_hint() -> str:
    if sys.platform == "win32":
        return "install it with `winget install Syncthing.Syncthing`, then start the kiosk again."
    if sys.platform == "darwin":
        return "install it with `brew install syncthing`, then start the kiosk again."
    return "install it with `sudo apt-get install syncthing` (or your system's package manager), then start again."
