"""A clip's bytes copied into the record and checked against its sidecar's hash in the same pass; a thumbnail of it."""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

import av
import cv2

CHUNK = 4 * 1024 * 1024
THUMBNAIL_WIDTH = 480


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


def make_thumbnail(media: Path, target: Path, at_seconds: float = 1.0) -> None:
    """A JPEG of the frame near `at_seconds` (the first second is often a camera still finding its exposure)."""
    try:
        # No stream analysis: it decodes frames to guess what the MP4's header already says, and took 2/3 of the time.
        with av.open(str(media), options={"analyzeduration": "0", "probesize": "32768"}) as container:
            if not container.streams.video:
                raise UnreadableClip(f"{media.name} has no pictures to make a thumbnail from.")
            stream = container.streams.video[0]
            duration = float(container.duration / av.time_base) if container.duration else 0.0
            moment = min(at_seconds, duration / 3) if duration else 0.0
            if moment > 0:
                container.seek(int(moment * av.time_base), backward=True, any_frame=False)
            image = None
            for frame in container.decode(stream):
                image = frame.to_ndarray(format="bgr24")
                break
    except av.FFmpegError as error:
        raise UnreadableClip(f"{media.name} cannot be decoded for a thumbnail ({error}).") from None
    if image is None:
        raise UnreadableClip(f"{media.name} has no frame to make a thumbnail from.")
    height, width = image.shape[:2]
    if width > THUMBNAIL_WIDTH:
        image = cv2.resize(image, (THUMBNAIL_WIDTH, round(height * THUMBNAIL_WIDTH / width) // 2 * 2),
                           interpolation=cv2.INTER_AREA)
    ok, encoded = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, 80])
    if not ok:
        raise UnreadableClip(f"A thumbnail of {media.name} could not be encoded.")
    target.write_bytes(encoded.tobytes())
