"""The kiosk's log: a rotating file in the recordings folder, so that after an event someone can tell what happened.

What is logged: start and stop, the devices chosen, each take (its id, length and dropped frames), recovery,
exports and withdrawals (the code and clip id only), and every fault with its traceback. Never a name, a prompt
answer or a transcript: the log is read by whoever looks after the laptop.
"""

from __future__ import annotations

import logging
import os
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

from kiosk.store.files import is_folder, is_regular

LOG_FOLDER = "logs"
LOG_NAME = "kiosk.log"
MAX_BYTES = 2 * 1024 * 1024  # a few files of a few MB: weeks of events, and still small enough to e-mail
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_HEADER = re.compile(r"^(?P<time>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d),\d+ (?P<level>[A-Z]+) (?P<name>[\w.]+): (?P<message>.*)$")
FAULT_LEVELS = ("WARNING", "ERROR", "CRITICAL")

log = logging.getLogger("kiosk")


def log_path(recordings: Path) -> Path:
    return Path(recordings) / LOG_FOLDER / LOG_NAME


def start_log(recordings: Path, create: bool = True) -> Path | None:
    """Sends the `kiosk` loggers to `<recordings>/logs/kiosk.log` from now on; returns that path.

    None when there is no log: the folder is not there (and `create` is false) or cannot be written. A kiosk
    without a log still records; the caller says so if it matters.
    """
    stop_log()
    path = log_path(recordings)
    if not create and not Path(recordings).is_dir():
        return None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not is_folder(path.parent) or (os.path.lexists(path) and not is_regular(path)):
            return None  # a recordings folder may come from another machine: never append through its links
        handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=False)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.set_name("kiosk-file")
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False  # the terminal gets the CLI's own one-line messages, not the log's
    return path


def stop_log() -> None:
    for handler in [h for h in log.handlers if h.get_name() == "kiosk-file"]:
        log.removeHandler(handler)
        handler.close()
    log.propagate = True


def latest_faults(recordings: Path, count: int = 5) -> list[str]:
    """The last `count` warnings and errors in the log, newest last, one line each ("2026-06-14 10:02:11 message").

    Reads the current file and, when it holds fewer, the one before it; an unreadable log gives no lines.
    """
    path = log_path(recordings)
    faults: list[str] = []
    for candidate in (path, path.with_name(path.name + ".1")):
        try:
            text = candidate.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        found = [f"{m['time']} {m['message']}" for m in map(_HEADER.match, text.splitlines())
                 if m and m["level"] in FAULT_LEVELS]
        faults = found + faults
        if len(faults) >= count:
            break
    return faults[-count:]
