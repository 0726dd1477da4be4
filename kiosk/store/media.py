"""What the store needs to know about a media file: probe it, hash it, remux a fragmented one."""

from __future__ import annotations

import errno
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

import av
import cv2

from kiosk.atomic import write_atomically


class DamagedMedia(Exception):
    """The media file cannot be read as a clip; the message says why."""


@dataclass(frozen=True)
class MediaFacts:
    duration: float
    width: int
    height: int
    frames: int
    audio_rate: int
    has_video: bool
    has_audio: bool


def probe(path: Path) -> MediaFacts:
    """Reads every packet's timing (no decoding), so it works on a fragmented or killed file too."""
    try:
        with av.open(str(path)) as container:
            video = container.streams.video[0] if container.streams.video else None
            audio = container.streams.audio[0] if container.streams.audio else None
            frames, end = 0, 0.0
            for packet in container.demux():
                if packet.pts is None or packet.duration is None:
                    continue
                finish = float((packet.pts + packet.duration) * packet.time_base)
                end = max(end, finish)
                if packet.stream is video:
                    frames += 1
            return MediaFacts(
                duration=round(end, 3),
                width=video.codec_context.width if video else 0,
                height=video.codec_context.height if video else 0,
                frames=frames,
                audio_rate=audio.codec_context.sample_rate if audio else 0,
                has_video=video is not None,
                has_audio=audio is not None,
            )
    except (av.FFmpegError, OSError, IndexError) as error:
        raise DamagedMedia(f"{Path(path).name} cannot be read as a video ({error}).") from None


def sha256(path: Path) -> str:
    with open(path, "rb") as file:
        return hashlib.file_digest(file, "sha256").hexdigest()


def remux(source: Path, target: Path) -> None:
    """Stream-copies `source` into an ordinary MP4 at `target` (no re-encoding), keeping what is readable."""
    temporary = target.with_name(f".{target.name}.remux.mp4")
    try:
        with av.open(str(source)) as inp, av.open(str(temporary), "w", format="mp4",
                                                   options={"movflags": "+faststart"}) as out:
            mapping = {}
            for stream in list(inp.streams.video[:1]) + list(inp.streams.audio[:1]):
                mapping[stream.index] = out.add_stream_from_template(stream)
            if not mapping:
                raise DamagedMedia(f"{source.name} has no video or audio in it.")
            for packet in inp.demux(*[inp.streams[i] for i in mapping]):
                if packet.dts is None:
                    continue
                packet.stream = mapping[packet.stream.index]
                out.mux(packet)
        with open(temporary, "rb") as file:
            os.fsync(file.fileno())
        os.replace(temporary, target)
    except (av.FFmpegError, OSError) as error:
        if getattr(error, "errno", None) == errno.ENOSPC:
            raise OSError(errno.ENOSPC, "No space left on device") from None
        raise DamagedMedia(f"{source.name} could not be repaired ({error}).") from None
    finally:
        temporary.unlink(missing_ok=True)


def is_fragmented(path: Path) -> bool:
    """Whether the file still has movie fragments at its top level (a take that was never closed)."""
    with open(path, "rb") as file:
        while True:
            header = file.read(8)
            if len(header) < 8:
                return False
            size, kind = int.from_bytes(header[:4], "big"), header[4:]
            if kind == b"moof":
                return True
            if size == 1:
                size = int.from_bytes(file.read(8), "big") - 8
            elif size == 0:
                return False
            if size < 8:
                return False
            file.seek(size - 8, os.SEEK_CUR)


THUMBNAIL_WIDTH = 480


def make_thumbnail(media: Path, target: Path, at_seconds: float = 1.0) -> None:
    """A JPEG of the frame near `at_seconds` (the first second is often a camera still finding its exposure)."""
    try:
        # No stream analysis: it decodes frames to guess what the MP4's header already says, and took 2/3 of the time.
        with av.open(str(media), options={"analyzeduration": "0", "probesize": "32768"}) as container:
            if not container.streams.video:
                raise DamagedMedia(f"{media.name} has no pictures to make a thumbnail from.")
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
        raise DamagedMedia(f"{media.name} cannot be decoded for a thumbnail ({error}).") from None
    if image is None:
        raise DamagedMedia(f"{media.name} has no frame to make a thumbnail from.")
    height, width = image.shape[:2]
    if width > THUMBNAIL_WIDTH:
        image = cv2.resize(image, (THUMBNAIL_WIDTH, round(height * THUMBNAIL_WIDTH / width) // 2 * 2),
                           interpolation=cv2.INTER_AREA)
    ok, encoded = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, 80])
    if not ok:
        raise DamagedMedia(f"A thumbnail of {media.name} could not be encoded.")
    write_atomically(target, encoded.tobytes())  # a rename replaces a planted link; it never writes through one
