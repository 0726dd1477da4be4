"""A clip's bytes copied into the record and checked against its sidecar's hash in the same pass."""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path


CHUNK = 4 * 1024 * 1024


class UnreadableClip(Exception):
    """The clip's file cannot be copied as it was recorded; the message says why in one sentence."""


class CopyCancelled(Exception):
    pass


def copy_verified(source: Path, target: Path, expected_sha256: str, cancel: threading.Event | None = None,
                  durable: bool = True) -> None:
    """Copies byte for byte (never re-encoded) while hashing, so the file is read once, as a plain copy reads it.

    A hash that differs from the sidecar's means the file changed after it was recorded: the copy is removed.
    """
    partial = target.with_name(f".{target.name}.part")
    digest = hashlib.sha256()
    try:
        with open(source, "rb") as reading, open(partial, "wb") as writing:
            while chunk := reading.read(CHUNK):
                if cancel is not None and cancel.is_set():
                    raise CopyCancelled()
                digest.update(chunk)
                writing.write(chunk)
            if durable:
                writing.flush()
                os.fsync(writing.fileno())
        if expected_sha256 and digest.hexdigest() != expected_sha256:
            raise UnreadableClip(f"{source.name} is damaged: its content no longer matches what was recorded.")
        if not expected_sha256:
            raise UnreadableClip(f"{source.name} has no checksum in its sidecar, so its copy cannot be checked.")
        os.replace(partial, target)
    except OSError as error:
        raise UnreadableClip(f"{source.name} cannot be read or copied ({error.strerror or error}).") from None
    finally:
        partial.unlink(missing_ok=True)
