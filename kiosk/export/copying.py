"""A clip's bytes copied into the record, checked against its sidecar's hash in the same pass."""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

from kiosk.store.files import NotAFile, create_new, open_regular

# Small enough to stay in a core's cache between being hashed and being written, big enough that hashlib lets
# go of the GIL for it (so two copies hash on two cores at once).
CHUNK = 1024 * 1024


class UnreadableClip(Exception):
    """The clip's file cannot be copied as it was recorded; the message says why in one sentence."""


class CopyCancelled(Exception):
    pass


def copy_verified(source: Path, target: Path, expected_sha256: str, cancel: threading.Event | None = None,
                  durable: bool = True) -> None:
    """Copies byte for byte (never re-encoded), checking the bytes written against the sidecar's hash.

    Each chunk is read once, hashed, then written: what is checked is exactly what is copied, and the file is
    read once, not once by a copy and again by a check. A hash that differs from the sidecar's means the file
    changed after it was recorded. Whatever goes wrong, nothing is left at `target`; while it is being written
    it holds part of the clip, so give a name nobody reads and rename it when this returns.
    """
    if not expected_sha256:
        raise UnreadableClip(f"{source.name} has no checksum in its sidecar, so its copy cannot be checked.")
    try:
        digest = hashlib.sha256()
        chunk = memoryview(bytearray(CHUNK))
        # A new file, never one already there: a link planted under the waiting name is not written through.
        with open_regular(source) as reading, create_new(target) as writing:
            while size := reading.readinto(chunk):
                if cancel is not None and cancel.is_set():
                    raise CopyCancelled()
                digest.update(chunk[:size])
                writing.write(chunk[:size])
            if digest.hexdigest() != expected_sha256:
                raise UnreadableClip(f"{source.name} is damaged: its content no longer matches what was recorded.")
            if durable:
                writing.flush()
                os.fsync(writing.fileno())
    except NotAFile as error:
        target.unlink(missing_ok=True)
        raise UnreadableClip(f"{source.name} cannot be copied ({error}).") from None
    except FileExistsError:
        raise UnreadableClip(f"{target.name} is already in the record's folder, so {source.name} was not copied.") \
            from None
    except OSError as error:
        target.unlink(missing_ok=True)
        raise UnreadableClip(f"{source.name} cannot be read or copied ({error.strerror or error}).") from None
    except BaseException:
        target.unlink(missing_ok=True)
        raise
