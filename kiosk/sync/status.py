"""A kiosk's status file, written atomically into its synced folder so a hub sees how it is doing with no second
channel; at the hub it is untrusted input, checked field by field."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from kiosk import __version__
from kiosk.atomic import write_atomically
from kiosk.power import read_battery
from kiosk.store.clips import KEPT, ClipStore
from kiosk.store.files import read_json

STATUS_FILE = "kiosk-status.json"
STATUS_FORMAT = "1.0"
STATUS_SECONDS = 30.0
MAX_STATUS_BYTES = 64 * 1024
MAX_FAULTS = 10
MAX_TEXT = 200
# Until a kiosk has kept a clip, free hours are reckoned at about 4 Mbit/s: 720p30 with x264's ultrafast preset.
DEFAULT_BYTES_PER_SECOND = 500_000
SLOWEST_BYTES_PER_SECOND = 10_000  # sound alone at 80 kbit/s: clips smaller than that say nothing of a real take
MOST_HOURS = 1_000_000.0


@dataclass(frozen=True)
class KioskStatus:
    name: str
    time: str  # ISO 8601 with the zone: when it was written
    clips_today: int
    free_hours: float
    battery_percent: float | None  # None: no battery (or none that can be read)
    plugged: bool
    faults: tuple[str, ...]
    last_take: str  # ISO 8601 of the last kept clip's start, "" none yet
    app_version: str = __version__

    def to_json(self) -> bytes:
        data = {"format": STATUS_FORMAT, "name": self.name, "time": self.time, "clips_today": self.clips_today,
                "free_hours": round(self.free_hours, 1), "battery_percent": self.battery_percent,
                "plugged": self.plugged, "faults": list(self.faults), "last_take": self.last_take,
                "app_version": self.app_version}
        return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def measure(store: ClipStore, name: str, faults: tuple[str, ...] = (), now: datetime | None = None) -> KioskStatus:
    """This kiosk as it is now: its clips today, the hours its free space holds, its battery and its faults."""
    now = (now or datetime.now()).astimezone()
    clips = [clip for clip in store.list().clips if clip.sidecar.status == KEPT]
    today = [clip for clip in clips if _day(clip.sidecar.started_at) == now.date()]
    seconds = sum(clip.sidecar.duration for clip in clips)
    size = sum(_size(clip.media_path) for clip in clips)
    rate = max(size / seconds, SLOWEST_BYTES_PER_SECOND) if seconds > 1 and size > 0 else DEFAULT_BYTES_PER_SECOND
    battery = read_battery()
    return KioskStatus(name=name, time=now.isoformat(timespec="seconds"), clips_today=len(today),
                       free_hours=min(store.free_bytes() / rate / 3600, MOST_HOURS),
                       battery_percent=battery.percent if battery else None, plugged=battery.plugged if battery else True,
                       faults=tuple(fault[:MAX_TEXT] for fault in faults[:MAX_FAULTS]),
                       last_take=max((clip.sidecar.started_at for clip in clips), default=""))


def _day(started_at: str) -> date | None:
    try:
        return datetime.fromisoformat(started_at).date()
    except ValueError:
        return None


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def write_status(recordings: Path, status: KioskStatus) -> None:
    """Atomically (temporary file, rename): Syncthing sends the whole new file or none of it."""
    write_atomically(Path(recordings) / STATUS_FILE, status.to_json())


def read_status(folder: Path) -> tuple[KioskStatus | None, str]:
    """A kiosk's status as it arrived at the hub, and a sentence when it cannot be used (absent, or not a status)."""
    try:
        data = read_json(Path(folder) / STATUS_FILE, MAX_STATUS_BYTES)
    except FileNotFoundError:
        return None, "It has not sent its status yet."
    except (OSError, ValueError) as error:
        return None, f"Its status file cannot be read ({error})."
    try:
        return _checked(data), ""
    except (TypeError, ValueError) as error:
        return None, f"Its status file is not one the hub understands ({error})."


def _checked(data) -> KioskStatus:
    if not isinstance(data, dict):
        raise TypeError("not a table")
    if str(data.get("format", "")).split(".")[0] != STATUS_FORMAT.split(".")[0]:
        raise ValueError(f"format {str(data.get('format'))[:20]!r}")
    battery = data.get("battery_percent")
    if battery is not None:
        battery = _number(battery, "battery_percent", 0, 100)
    faults = data.get("faults", [])
    if not isinstance(faults, list) or not all(isinstance(fault, str) for fault in faults):
        raise TypeError("faults is not a list of texts")
    return KioskStatus(
        name=_text(data.get("name"), "name"), time=_when(data.get("time"), "time", required=True),
        clips_today=int(_number(data.get("clips_today"), "clips_today", 0, 1_000_000)),
        free_hours=_number(data.get("free_hours"), "free_hours", 0, MOST_HOURS), battery_percent=battery,
        plugged=bool(data.get("plugged", True)), faults=tuple(fault[:MAX_TEXT] for fault in faults[:MAX_FAULTS]),
        last_take=_when(data.get("last_take", ""), "last_take"), app_version=_text(data.get("app_version", ""), "app"))


def _text(value, name: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{name} is not a text")
    return "".join(character for character in value[:MAX_TEXT] if character.isprintable())


def _number(value, name: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise TypeError(f"{name} is not a number")
    if not low <= value <= high:
        raise ValueError(f"{name} is out of range")
    return float(value)


def _when(value, name: str, required: bool = False) -> str:
    if value == "" and not required:
        return ""
    if not isinstance(value, str) or len(value) > 40:
        raise TypeError(f"{name} is not a time")
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        raise ValueError(f"{name} has no time zone")
    return value
