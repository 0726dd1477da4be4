"""The fleet's shape, set over REST: a kiosk sends its recordings to its hubs, a hub receives each kiosk into
`kiosks/<name>/` and sends its withdrawals back from `to-kiosks/`."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from kiosk.atomic import write_atomically
from kiosk.sync.engine import LAN_ONLY, SyncError, Syncthing, is_loopback, normal_device_id

KIOSK, HUB = "kiosk", "hub"
ROLES = (KIOSK, HUB)
HUB_KIOSKS = "kiosks"  # <hub recordings>/kiosks/<kiosk name>/: one receive-only folder a kiosk
HUB_OUTBOX = "to-kiosks"  # <hub recordings>/to-kiosks/: withdrawals.log (asked for at the hub) and annotations/
KIOSK_INBOX = "hubs"  # <sync home>/hubs/<hub>/: what each hub sends back, kept beside the engine, not the clips
# A kiosk's name becomes a folder at the hub, and it may come from the network (a device asking to join).
KIOSK_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9 _.-]{0,39}\Z")
# Seconds Syncthing waits after a change before it scans: a kept clip should be whole at a hub within 10 s.
WATCH_DELAY_SECONDS = 1
# Syncthing tries an unconnected device again every 60 s by default: a hub back on the venue's network, or a kiosk
# just accepted, should not wait a minute for it.
RECONNECT_SECONDS = 5
# What stays on the kiosk: its log, its locks, the PIN's hash, its own config, the exports it knows, and every file
# a write has not finished (an atomic write's temporary file; a take's sidecar says recording until it is kept).
STIGNORE = """// Written by the kiosk: what never leaves this laptop (kiosk/sync/fleet.py).
/logs
/.facilitator-pin
/security.log
/kiosk.toml
/kiosk.toml.last-good
/.exports.json
/*.lock
(?d).*.tmp
(?d)*.remux.mp4
"""
# At a hub, in each kiosk's receive-only folder: what the hub itself writes there (its exports' registry, the locks a
# withdrawal takes) is the hub's own business, never a "local change" to that folder.
# The hub's outbox carries its withdrawal log and its annotations (kiosk.sync.tags), and nothing else (an export's
# registry lands beside them, say, or an annotation's temporary file while it is written).
OUTBOX_STIGNORE = """// Written by the hub (kiosk/sync/fleet.py): only the withdrawal log and the hub's tags travel to the kiosks.
(?d).*.tmp
!/withdrawals.log
!/annotations
*
"""
HUB_STIGNORE = """// Written by the hub (kiosk/sync/fleet.py).
/.exports.json
/*.lock
"""


def hub_inboxes(home: Path) -> list[Path]:
    """The folders a kiosk's hubs send back into (under its sync home), each hub's its own; links are not followed."""
    try:
        with os.scandir(Path(home) / KIOSK_INBOX) as found:
            return sorted(Path(e.path) for e in found if e.is_dir(follow_symlinks=False))
    except OSError:
        return []


def kiosk_folder_id(kiosk_id: str) -> str:
    return f"whose-shoes-{kiosk_id[:7].lower()}"


def outbox_folder_id(hub_id: str) -> str:
    return f"whose-shoes-hub-{hub_id[:7].lower()}"


def safe_name(name: str, device_id: str) -> str:
    """`name` if it can be a folder's name on any system, else the device's short id."""
    name = (name or "").strip()
    if KIOSK_NAME.fullmatch(name) and name not in (".", "..") and not name.endswith("."):
        return name
    return device_id[:7]


@dataclass(frozen=True)
class Peer:
    """A paired device as this one sees it: connected, or when it was last seen, and what is still to travel."""

    device_id: str
    name: str
    connected: bool
    address: str
    last_seen: str  # ISO 8601, "" never
    need_items: int  # files still to travel between us (kiosk: that hub still needs; hub: still to arrive here)
    need_bytes: int
    folder: str  # hub: where this kiosk's clips arrive

    def to_json(self) -> dict:
        return {"device_id": self.device_id, "name": self.name, "connected": self.connected, "address": self.address,
                "last_seen": self.last_seen, "need_items": self.need_items, "need_bytes": self.need_bytes,
                "folder": self.folder}


@dataclass(frozen=True)
class Asking:
    """A device that tried to connect and is not paired: a hub lists these for a facilitator to accept."""

    device_id: str
    name: str
    address: str


class Fleet:
    """This machine's place in the fleet, through its running Syncthing."""

    def __init__(self, engine: Syncthing, role: str, recordings: Path) -> None:
        if role not in ROLES:
            raise SyncError(f"{role!r} is not a role; choose kiosk or hub.")
        self.engine, self.role, self.recordings = engine, role, Path(recordings)
        self._my_id = ""

    @property
    def my_id(self) -> str:
        if not self._my_id:
            self._my_id = self.engine.my_id()
        return self._my_id

    # -- set-up ----------------------------------------------------------------------------------------

    def configure(self, name: str = "") -> None:
        """LAN-only options again (a hand-edited config is input too), this device's name, and the folders its role
        and its paired devices call for."""
        listen = self.engine.listen
        self.engine.patch("/rest/config/options", {**LAN_ONLY, "localAnnounceEnabled": not is_loopback(listen),
                                                   "listenAddresses": [listen],
                                                   "reconnectionIntervalS": RECONNECT_SECONDS})
        if name:
            self.engine.patch(f"/rest/config/devices/{self.my_id}", {"name": name})
        if self.role == KIOSK:
            write_stignore(self.recordings)
        self._folders()

    def _devices(self) -> dict[str, dict]:
        return {normal_device_id(device["deviceID"]): device for device in self.engine.get("/rest/config/devices")
                if device["deviceID"] != self.my_id}

    def _folders(self) -> None:
        devices = self._devices()
        if self.role == KIOSK:
            self._folder(kiosk_folder_id(self.my_id), self.recordings, "sendonly", list(devices), "Recordings")
            for hub in devices:
                inbox = self.engine.home / KIOSK_INBOX / hub[:7]
                self._folder(outbox_folder_id(hub), inbox, "receiveonly", [hub], "Withdrawals from a hub")
        else:
            outbox = self.recordings / HUB_OUTBOX
            outbox.mkdir(parents=True, exist_ok=True)
            write_stignore(outbox, OUTBOX_STIGNORE)
            self._folder(outbox_folder_id(self.my_id), outbox, "sendonly", list(devices), "Withdrawals to the kiosks")
            folders = {folder["id"]: folder for folder in self.engine.get("/rest/config/folders")}
            for kiosk, device in devices.items():
                existing = folders.get(kiosk_folder_id(kiosk))
                where = Path(existing["path"]) if existing else \
                    self.recordings / HUB_KIOSKS / self._free_name(safe_name(device.get("name", ""), kiosk), kiosk)
                where.mkdir(parents=True, exist_ok=True)
                write_stignore(where, HUB_STIGNORE)
                self._folder(kiosk_folder_id(kiosk), where, "receiveonly", [kiosk], f"Kiosk {where.name}")

    def _free_name(self, name: str, device_id: str) -> str:
        """Two kiosks both called "Entrance" get a folder each: the second is told apart by its short id."""
        taken = {Path(folder["path"]).name for folder in self.engine.get("/rest/config/folders")}
        return name if name not in taken else f"{name}-{device_id[:7]}"

    def _folder(self, folder_id: str, path: Path, kind: str, devices: list[str], label: str) -> None:
        path.mkdir(parents=True, exist_ok=True)
        folder = self.engine.get("/rest/config/defaults/folder")
        folder.update({"id": folder_id, "label": label, "path": str(path.resolve()), "type": kind,
                       "devices": [{"deviceID": device} for device in [self.my_id, *devices]],
                       "fsWatcherEnabled": True, "fsWatcherDelayS": WATCH_DELAY_SECONDS, "rescanIntervalS": 300,
                       "ignorePerms": True})
        self.engine.put(f"/rest/config/folders/{folder_id}", folder)

    def pair(self, device_id: str, address: str = "", name: str = "") -> str:
        """Adds the device (kiosk: a hub to send to; hub: a kiosk to accept) and shares what the role shares with it;
        returns the name it is known by. Without an address, local discovery finds it."""
        device_id = normal_device_id(device_id)
        if device_id == self.my_id:
            raise SyncError("That is this machine's own device id; pair it with the other machine's.")
        if address and not re.fullmatch(r"(tcp|quic)://[A-Za-z0-9.\-\[\]:]+:\d{1,5}", address):
            raise SyncError(f"{address!r} is not an address like tcp://192.168.1.20:22000.")
        asking = {device.device_id: device for device in self.asking()}
        name = safe_name(name or (asking[device_id].name if device_id in asking else ""), device_id)
        device = self.engine.get("/rest/config/defaults/device")
        device.update({"deviceID": device_id, "name": name, "addresses": [address] if address else ["dynamic"],
                       "autoAcceptFolders": False})
        self.engine.put(f"/rest/config/devices/{device_id}", device)
        self._folders()
        return name

    # -- what is going on ------------------------------------------------------------------------------

    def asking(self) -> list[Asking]:
        pending = self.engine.get("/rest/cluster/pending/devices") or {}
        found = []
        for device_id, details in pending.items():
            try:
                found.append(Asking(normal_device_id(device_id), str(details.get("name", ""))[:80],
                                    str(details.get("address", ""))[:80]))
            except (SyncError, AttributeError):
                continue  # not a device id: nothing to offer a facilitator
        return found

    def peers(self) -> list[Peer]:
        connections = (self.engine.get("/rest/system/connections") or {}).get("connections", {})
        stats = self.engine.get("/rest/stats/device") or {}
        folders = {folder["id"]: folder for folder in self.engine.get("/rest/config/folders")}
        peers = []
        for device_id, device in self._devices().items():
            connection = connections.get(device_id, {})
            if self.role == KIOSK:
                folder_id = kiosk_folder_id(self.my_id)
                need = self.engine.get("/rest/db/completion", folder=folder_id, device=device_id)
                need_items, need_bytes, where = need.get("needItems", 0), need.get("needBytes", 0), ""
            else:
                folder_id = kiosk_folder_id(device_id)
                need = self.engine.get("/rest/db/status", folder=folder_id) if folder_id in folders else {}
                need_items, need_bytes = need.get("needFiles", 0), need.get("needBytes", 0)
                where = folders.get(folder_id, {}).get("path", "")
            last_seen = (stats.get(device_id) or {}).get("lastSeen", "")
            peers.append(Peer(device_id, device.get("name", ""), bool(connection.get("connected")),
                              connection.get("address", ""), "" if last_seen.startswith("1970") else last_seen,
                              int(need_items), int(need_bytes), where))
        return peers


def write_stignore(recordings: Path, content: str = STIGNORE) -> None:
    """What never travels from a kiosk; written at every start, so a hand edit cannot send the PIN's hash away."""
    path = Path(recordings) / ".stignore"
    try:
        current = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        current = None
    if current != content:
        write_atomically(path, content.encode("utf-8"))
