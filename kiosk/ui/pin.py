"""The facilitator PIN: a salted scrypt hash in a file beside the recordings, with a back-off on wrong tries."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kiosk.atomic import write_atomically

DEFAULT_PIN = "2468"
PIN_FILE = ".facilitator-pin"
SECURITY_LOG = "security.log"
SCRYPT = {"n": 2**14, "r": 8, "p": 1}


def _hash(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32)


@dataclass(frozen=True)
class PinCheck:
    accepted: bool
    wait_seconds: float = 0.0  # how long before another try is allowed


class PinStore:
    """Checks a typed PIN against the stored hash; after FREE_TRIES wrong tries each try waits longer."""

    FREE_TRIES = 3
    FIRST_WAIT_SECONDS = 5.0
    LONGEST_WAIT_SECONDS = 300.0

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.created_default = False
        self._wrong = 0
        self._blocked_until = 0.0

    def ensure(self) -> bool:
        """Writes the default PIN if there is none yet; True when it did (the caller tells the facilitator)."""
        if self.path.exists():
            return False
        self.set(DEFAULT_PIN)
        self.created_default = True
        return True

    def set(self, pin: str) -> None:
        if not (pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 8):
            raise ValueError("A PIN is 4 to 8 digits.")
        salt = secrets.token_bytes(16)
        record = {"salt": salt.hex(), **SCRYPT, "hash": _hash(pin, salt, **SCRYPT).hex()}
        write_atomically(self.path, json.dumps(record).encode("utf-8"))
        os.chmod(self.path, 0o600)  # only the kiosk's user needs to read even the hash

    def wait_seconds(self, now: float | None = None) -> float:
        now = time.monotonic() if now is None else now
        return max(0.0, self._blocked_until - now)

    def check(self, pin: str, now: float | None = None) -> PinCheck:
        now = time.monotonic() if now is None else now
        if self.wait_seconds(now) > 0:
            return PinCheck(False, self.wait_seconds(now))
        record = json.loads(self.path.read_text("utf-8"))
        expected = bytes.fromhex(record["hash"])
        typed = _hash(pin, bytes.fromhex(record["salt"]), record["n"], record["r"], record["p"])
        if hmac.compare_digest(expected, typed):
            self._wrong = 0
            return PinCheck(True)
        self._wrong += 1
        wait = 0.0
        if self._wrong >= self.FREE_TRIES:
            doublings = self._wrong - self.FREE_TRIES
            wait = min(self.LONGEST_WAIT_SECONDS, self.FIRST_WAIT_SECONDS * 2**doublings)
            self._blocked_until = now + wait
        self._log_wrong_try(wait)
        return PinCheck(False, wait)

    def _log_wrong_try(self, wait: float) -> None:
        """A line for the facilitator: when, how many in a row, how long the wait. Never the PIN typed."""
        line = f"{datetime.now().astimezone().isoformat(timespec='seconds')}\twrong facilitator PIN, " \
               f"try {self._wrong} in a row\twait {wait:g} s\n"
        try:
            with open(self.path.with_name(SECURITY_LOG), "a", encoding="utf-8") as log:
                log.write(line)
        except OSError:
            pass  # a full or read-only disk must not lock the facilitator out
