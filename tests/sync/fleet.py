"""A fleet of real `kiosk sync serve` processes on loopback for the tests: each with its own sync home, a fixed
free port on 127.0.0.1 and every discovery off (an instance listening on loopback announces nothing)."""

from __future__ import annotations

import hashlib
import json
import os
import selectors
import signal
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

from kiosk.store import KEPT, ClipStore, ClipTags
from kiosk.sync.engine import CONNECTION_FILE, free_port
from kiosk.sync.home import STATE_ENVIRONMENT, sync_home

REPO = Path(__file__).resolve().parents[2]
START_SECONDS = 60


def wait_for(condition, timeout: float, what: str):
    """Polls `condition` (another process's files or REST answers) until it is true, or fails naming `what`."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {timeout:g} s: {what}")
        time.sleep(0.1)  # polling what another process writes, with a deadline


class Node:
    """One machine of the fleet: a recordings folder and its `kiosk sync serve`."""

    def __init__(self, base: Path, name: str, role: str) -> None:
        self.name, self.role = name, role
        self.recordings = base / name
        self.recordings.mkdir(parents=True, exist_ok=True)
        self.state = base / "state"
        self.port = free_port()
        self.address = f"tcp://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None
        self.device_id = ""
        self.log = base / f"{name}.serve.log"

    @property
    def environment(self) -> dict:
        return {**os.environ, STATE_ENVIRONMENT: str(self.state)}

    def kiosk(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
        """The `kiosk` command on this machine's folder."""
        return subprocess.run([sys.executable, "-m", "kiosk", *map(str, args), "--recordings", str(self.recordings)],
                              cwd=REPO, capture_output=True, text=True, timeout=timeout, env=self.environment)

    def start(self) -> "Node":
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "kiosk", "sync", "serve", "--role", self.role, "--name", self.name,
                 "--listen", self.address, "--recordings", str(self.recordings)],
                cwd=REPO, stdout=subprocess.PIPE, stderr=log, env=self.environment, text=True)
        line = self._first_line()
        assert "device id" in line, (line, self.log.read_text())
        self.device_id = line.rsplit(" ", 1)[-1]
        return self

    def _first_line(self) -> str:
        with selectors.DefaultSelector() as selector:
            selector.register(self.process.stdout, selectors.EVENT_READ)
            if not selector.select(START_SECONDS):
                return ""
        return self.process.stdout.readline().strip()

    @property
    def home(self) -> Path:
        return sync_home(self.recordings, self.state)

    @property
    def syncthing_pid(self) -> int:
        return json.loads((self.home / CONNECTION_FILE).read_text())["pid"]

    def stop(self) -> None:
        """SIGTERM, as a shutdown does; a kill only if it does not stop in time."""
        process, self.process = self.process, None
        if process is None:
            return
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        process.stdout.close()

    def status(self) -> dict:
        done = self.kiosk("sync", "status", "--json")
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    def peer(self, device_id: str) -> dict:
        return next(peer for peer in self.status()["peers"] if peer["device_id"] == device_id)


def pair(kiosk: Node, hub: Node) -> None:
    """Both sides, by command, as the README's set-up does."""
    for this, other in ((kiosk, hub), (hub, kiosk)):
        done = this.kiosk("sync", "pair", other.device_id, "--address", other.address, "--name", other.name)
        assert done.returncode == 0, done.stderr


@contextmanager
def paired_fleet(base: Path):
    """A kiosk ("Entrance") and a hub ("Hub") on loopback, paired; both stopped by pid at the end, even on failure."""
    kiosk, hub = Node(base, "Entrance", "kiosk"), Node(base, "Hub", "hub")
    try:
        kiosk.start()
        hub.start()
        pair(kiosk, hub)
        yield kiosk, hub
    finally:
        kiosk.stop()
        hub.stop()


def keep_clip(recordings: Path, payload: bytes, perspective: str = "volunteer"):
    """A clip as a take leaves it: the sidecar first (recording), the media written in place, then kept with its
    sha256."""
    store = ClipStore(recordings)
    clip = store.begin(ClipTags("Gŵyl", perspective, "What are you learning?", "public", "en"))
    clip.media_path.write_bytes(payload)
    return store.update(clip, status=KEPT, duration=2.0, sha256=hashlib.sha256(payload).hexdigest(), reviewed=True)


def hub_copy(hub: Node, kiosk: Node, clip) -> Path:
    return hub.recordings / "kiosks" / kiosk.name / clip.media_path.parent.name / clip.media_path.name
