"""A clip's bytes copied into the record, checked against its sidecar's hash while they are copied."""

from __future__ import annotations

import hashlib
import os
import shutil
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

CHUNK = 4 * 1024 * 1024


class UnreadableClip(Exception):
    """The clip's file cannot be copied as it was recorded; the message says why in one sentence."""


class CopyCancelled(Exception):
    pass


def copy_verified(source: Path, target: Path, expected_sha256: str, cancel: threading.Event | None = None,
                  durable: bool = True) -> None:
    """Copies byte for byte (never re-encoded) and checks the source against the sidecar's hash meanwhile.

    The copy runs in the kernel (copy_file_range / sendfile, through shutil) while a second thread hashes
    the same file from the page cache, so the check costs no more time than the copy itself. A hash that
    differs from the sidecar's means the file changed after it was recorded: the copy is removed.
    """
    if not expected_sha256:
        raise UnreadableClip(f"{source.name} has no checksum in its sidecar, so its copy cannot be checked.")
    partial = target.with_name(f".{target.name}.part")
    try:
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="export-hash") as hashing:
            digest = hashing.submit(_sha256, source, cancel)
            try:
                shutil.copyfile(source, partial)
                if durable:
                    with open(partial, "rb") as written:
                        os.fsync(written.fileno())
            finally:
                actual = digest.result()
        if actual != expected_sha256:
            raise UnreadableClip(f"{source.name} is damaged: its content no longer matches what was recorded.")
        os.replace(partial, target)
    except OSError as error:
        raise UnreadableClip(f"{source.name} cannot be read or copied ({error.strerror or error}).") from None
    finally:
        partial.unlink(missing_ok=True)


def _sha256(path: Path, cancel: threading.Event | None) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as reading:
        while chunk := reading.read(CHUNK):
            if cancel is not None and cancel.is_set():
                raise CopyCancelled()
            digest.update(chunk)
    return digest.hexdigest()
