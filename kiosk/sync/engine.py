"""One Syncthing process for this machine and recordings folder: made LAN-only before it first runs, started with its
GUI/REST on 127.0.0.1 (a free port, a new random API key each time), configured over REST, stopped by its pid."""

from __future__ import annotations

import json
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

import httpx

from kiosk.atomic import write_atomically
from kiosk.store.files import read_json
from kiosk.sync.home import SyncthingMissing

CONFIG_FILE = "config.xml"
CONNECTION_FILE = "serve.json"  # how `kiosk sync pair` and `status` reach a running `sync serve`
LOG_FILE = "syncthing.log"
# Nothing leaves the venue's network: no global discovery, relays, NAT traversal, usage or crash reports, upgrades.
LAN_ONLY = {
    "globalAnnounceEnabled": False, "relaysEnabled": False, "natEnabled": False, "urAccepted": -1,
    "crashReportingEnabled": False, "autoUpgradeIntervalH": 0, "startBrowser": False,
}
DEVICE_ID = re.compile(r"[A-Z2-7]{7}(-[A-Z2-7]{7}){7}\Z")
START_SECONDS = 30.0
STOP_SECONDS = 10.0

__all__ = ["SyncError", "Syncthing", "SyncthingMissing", "normal_device_id", "free_port"]


class SyncError(Exception):
    """The sync engine cannot do what was asked; the message is one sentence for a person."""


def normal_device_id(text: str) -> str:
    """A device id as Syncthing shows it (eight groups of seven); raises SyncError for anything else."""
    compact = re.sub(r"[\s-]", "", text or "").upper()
    grouped = "-".join(compact[i:i + 7] for i in range(0, len(compact), 7))
    if not DEVICE_ID.fullmatch(grouped):
        raise SyncError(f"{text!r} is not a Syncthing device id (eight groups of seven letters and digits).")
    return grouped


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def is_loopback(address: str) -> bool:
    host = re.sub(r"^[a-z]+://", "", address).rsplit(":", 1)[0].strip("[]")
    return host in ("localhost", "::1") or host.startswith("127.")


@dataclass(frozen=True)
class Connection:
    """Where a running instance's REST API is, and its key (kept 0600 in the sync home, never in the recordings)."""

    pid: int
    address: str
    api_key: str


class Syncthing:
    """This machine's Syncthing for one recordings folder, in its own home.

    `listen`: the address other devices connect to (default: a free TCP port on every interface). Local discovery is
    on for the venue's LAN, and off when the instance listens on loopback only, where nothing could find it anyway
    (and a test must broadcast nothing).
    """

    def __init__(self, home: Path, executable: str, name: str, listen: str = "") -> None:
        self.home = Path(home)
        self.executable = executable
        self.name = name
        self.listen = listen or f"tcp://0.0.0.0:{free_port()}"
        self.process: subprocess.Popen | None = None
        self.client: httpx.Client | None = None
        self._log = None

    # -- identity -------------------------------------------------------------------------------------

    def generate(self) -> None:
        """Makes the home's key, certificate and config once, then sets it LAN-only before any serve reads it."""
        if not (self.home / CONFIG_FILE).is_file():
            self.home.mkdir(parents=True, exist_ok=True)
            self._run_once(["generate", f"--home={self.home}", "--no-default-folder"])
        self._make_lan_only()

    def device_id(self) -> str:
        self.generate()
        output = self._run_once(["serve", f"--home={self.home}", "--device-id"])
        return normal_device_id(output.strip().splitlines()[-1])

    def _run_once(self, arguments: list[str]) -> str:
        try:
            done = subprocess.run([self.executable, *arguments], capture_output=True, text=True, timeout=60,
                                  stdin=subprocess.DEVNULL)
        except OSError as error:
            raise SyncError(f"Syncthing ({self.executable}) could not be run ({error.strerror or error}).") from None
        except subprocess.TimeoutExpired:
            raise SyncError(f"Syncthing ({self.executable}) did not answer within a minute.") from None
        if done.returncode != 0:
            last = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no message"]
            raise SyncError(f"Syncthing could not set up {self.home} ({last[0]}).")
        return done.stdout

    def _make_lan_only(self) -> None:
        path = self.home / CONFIG_FILE
        try:
            tree = ElementTree.parse(path)
        except (OSError, ElementTree.ParseError) as error:
            raise SyncError(f"Syncthing's config {path} cannot be read ({error}).") from None
        root = tree.getroot()
        options = root.find("options")
        if options is None:
            raise SyncError(f"Syncthing's config {path} has no options.")
        settings = {**LAN_ONLY, "localAnnounceEnabled": not is_loopback(self.listen)}
        for key, value in settings.items():
            element = options.find(key)
            if element is None:
                element = ElementTree.SubElement(options, key)
            element.text = str(value).lower() if isinstance(value, bool) else str(value)
        for old in options.findall("listenAddress"):
            options.remove(old)
        ElementTree.SubElement(options, "listenAddress").text = self.listen
        write_atomically(path, ElementTree.tostring(root, encoding="utf-8"))

    # -- the process ----------------------------------------------------------------------------------

    def start(self, timeout: float = START_SECONDS) -> None:
        """Starts Syncthing and waits for its REST API; raises SyncError with its last log line if it does not come."""
        self.generate()
        for _ in range(3):  # a free port can be taken between choosing it and Syncthing binding it
            port, key = free_port(), secrets.token_urlsafe(24)
            self._spawn(port, key)
            if self._wait_ready(timeout):
                write_atomically(self.home / CONNECTION_FILE, json.dumps(
                    {"pid": self.process.pid, "address": f"127.0.0.1:{port}", "api_key": key}).encode("utf-8"))
                os.chmod(self.home / CONNECTION_FILE, 0o600)
                return
            self.stop()
        raise SyncError(f"Syncthing did not start ({self._last_log_line()}); its log is {self.home / LOG_FILE}.")

    def _spawn(self, port: int, key: str) -> None:
        self._log = open(self.home / LOG_FILE, "ab")
        command = [self.executable, "serve", f"--home={self.home}", "--no-browser", "--no-restart", "--no-upgrade",
                   "--no-default-folder", f"--gui-address=127.0.0.1:{port}", f"--gui-apikey={key}", "--logfile=-"]
        # STMONITORED: Syncthing otherwise runs a monitor process with itself as a child, and a kill of the pid we
        # hold would leave that child running, holding the database and the ports.
        environment = {**os.environ, "STNORESTART": "1", "STNOUPGRADE": "1", "STNODEFAULTFOLDER": "1",
                       "STMONITORED": "1"}
        extra: dict = {}
        if sys.platform == "win32":
            extra["creationflags"] = subprocess.CREATE_NEW_PROCESS_GROUP
        else:
            # Its own session: Ctrl-C at the terminal reaches the kiosk, which stops Syncthing in order.
            extra["start_new_session"] = True
            if sys.platform.startswith("linux"):
                extra["preexec_fn"] = _die_with_parent
        self.process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT,
                                        env=environment, **extra)
        self.client = httpx.Client(base_url=f"http://127.0.0.1:{port}", headers={"X-API-Key": key}, timeout=15)

    def _wait_ready(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                return False
            try:
                if self.client.get("/rest/system/ping").status_code == 200:
                    return True
            except httpx.TransportError:
                pass  # not listening yet
            time.sleep(0.1)
        return False

    def _last_log_line(self) -> str:
        try:
            lines = (self.home / LOG_FILE).read_text(errors="replace").strip().splitlines()
        except OSError:
            return "no log"
        return lines[-1][-200:] if lines else "no log"

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self, timeout: float = STOP_SECONDS) -> None:
        """SIGTERM (Windows: terminate), then a kill if it has not gone within `timeout`; always waited for."""
        process, self.process = self.process, None
        if process is not None:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
            (self.home / CONNECTION_FILE).unlink(missing_ok=True)
        if self.client is not None:
            self.client.close()
            self.client = None
        if self._log is not None:
            self._log.close()
            self._log = None

    def __enter__(self) -> "Syncthing":
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- REST -----------------------------------------------------------------------------------------

    def attach(self) -> bool:
        """Talks to the instance a `sync serve` runs for this home, if there is one; True when it answered."""
        try:
            data = read_json(self.home / CONNECTION_FILE)
            connection = Connection(int(data["pid"]), str(data["address"]), str(data["api_key"]))
        except (OSError, ValueError, KeyError, TypeError):
            return False
        if not re.fullmatch(r"127\.0\.0\.1:\d{1,5}", connection.address):
            return False
        self.client = httpx.Client(base_url=f"http://{connection.address}", headers={"X-API-Key": connection.api_key},
                                   timeout=15)
        try:
            if self.client.get("/rest/system/ping").status_code == 200:
                return True
        except httpx.TransportError:
            pass
        self.client.close()
        self.client = None
        return False

    def detach(self) -> None:
        if self.client is not None and self.process is None:
            self.client.close()
            self.client = None

    def call(self, method: str, path: str, **arguments):
        """One REST call; its JSON answer (None for an empty one). Raises SyncError with Syncthing's own reason."""
        if self.client is None:
            raise SyncError("Syncthing is not running.")
        try:
            answer = self.client.request(method, path, **arguments)
        except httpx.HTTPError as error:
            raise SyncError(f"Syncthing did not answer ({error}).") from None
        if answer.status_code >= 400:
            raise SyncError(f"Syncthing refused {method} {path}: {answer.text.strip()[:200] or answer.status_code}.")
        if not answer.content:
            return None
        try:
            return answer.json()
        except ValueError:
            return answer.text

    def get(self, path: str, **params):
        return self.call("GET", path, params=params or None)

    def put(self, path: str, data) -> None:
        self.call("PUT", path, json=data)

    def patch(self, path: str, data) -> None:
        self.call("PATCH", path, json=data)

    def my_id(self) -> str:
        return normal_device_id(self.get("/rest/system/status")["myID"])


def _die_with_parent() -> None:
    """Linux: the kernel sends SIGTERM to Syncthing when the process that started it dies, even by SIGKILL, so a
    crashed kiosk leaves no Syncthing behind holding its ports and folders."""
    import ctypes

    PR_SET_PDEATHSIG = 1
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
