"""What the store needs to know about a media file: probe it, hash it, remux a fragmented one."""

from __future__ import annotations

import errno
import hashlib
import math
import os
from dataclasses import dataclass
from pathlib import Path

import av
import cv2

from kiosk.atomic import write_atomically
from kiosk.config import FASTEST_FPS, LARGEST_PICTURE, LONGEST_TAKE


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


# FFmpeg's decoders refuse a picture larger than this rather than allocate it, whatever a file's header said first:
# a 751 KB clip of 16000x16000 pictures took 1.6 GB a thumbnail and 7.3 GB a compilation.
MAX_PIXELS = LARGEST_PICTURE[0] * LARGEST_PICTURE[1]
# How far a clip's streams may start after its first moment, or run past the duration its sidecar records
# (a take's audio starts a few milliseconds early or late; its last frame lasts a frame longer).
MARGIN_SECONDS = 2.0
SHORTEST_AUDIO_PACKET = 0.001  # seconds: 48 samples at 48 kHz, far shorter than any codec a kiosk uses
HIGHEST_AUDIO_RATE = 192_000
WHAT = {"video": "pictures", "audio": "sound"}


def open_clip(path: Path, **options: str):
    """A clip opened for reading, with its decoders bounded to the largest picture a kiosk records."""
    bound = {"max_pixels": str(MAX_PIXELS)}
    container = av.open(str(path), options={**bound, **options})  # the decoders that find the streams' details
    for stream in container.streams:
        stream.codec_context.options = {**(stream.codec_context.options or {}), **bound}  # the ones that decode
    return container


@dataclass(frozen=True)
class ClipBounds:
    """How much of a clip may be decoded: checked against its sidecar before, and held to while decoding."""

    seconds: float  # no frame later than this
    frames: int  # pictures
    audio_packets: int


def bounds_for(duration: float) -> ClipBounds:
    """The bounds of a clip whose sidecar records `duration` seconds (0 when it does not know)."""
    seconds = (min(duration, LONGEST_TAKE) if duration > 0 else LONGEST_TAKE) + MARGIN_SECONDS
    return ClipBounds(seconds, math.ceil(seconds * FASTEST_FPS), math.ceil(seconds / SHORTEST_AUDIO_PACKET))


def check_clip(path: Path, duration: float, name: str = "") -> ClipBounds:
    """The clip's bounds once its streams are found within them (from the file's header, decoding nothing);
    raises DamagedMedia with the clip's reason, one sentence, when they are not.

    Every decode of a clip from a folder the kiosk did not record itself starts here: a small file can claim
    hours of sound, a huge picture or hundreds of thousands of frames, and one clip must not hold up the others.
    `name` is the clip's name in the reason (default: the file's).
    """
    name, bounds = name or Path(path).name, bounds_for(duration)
    said = f" but its sidecar says {duration:g} s" if 0 < duration <= LONGEST_TAKE else \
        f", longer than any take ({LONGEST_TAKE} s)"
    try:
        with open_clip(path) as container:
            video = container.streams.video[0] if container.streams.video else None
            audio = container.streams.audio[0] if container.streams.audio else None
            if video is None and audio is None:
                raise DamagedMedia(f"{name} has no pictures or sound in it.")
            for stream in (video, audio):
                if stream is None:
                    continue
                start, length, what = *_timing(stream, container), WHAT[stream.type]
                if abs(start) > MARGIN_SECONDS:
                    raise DamagedMedia(f"{name} has its {what} starting at {start:,.1f} s, not with the take.")
                if start + length > bounds.seconds:
                    raise DamagedMedia(f"{name} has {length:,.1f} s of {what}{said}.")
            if video is not None:
                width, height = video.codec_context.width, video.codec_context.height
                largest = f"{LARGEST_PICTURE[0]}x{LARGEST_PICTURE[1]}"
                if not (width and height):  # the decoder refused to size a picture over max_pixels
                    raise DamagedMedia(f"{name} has pictures whose size cannot be read within {largest}.")
                if max(width, height) > max(LARGEST_PICTURE) or min(width, height) > min(LARGEST_PICTURE):
                    raise DamagedMedia(f"{name} has pictures of {width}x{height}, larger than any kiosk records "
                                       f"({largest}).")
                pictures = _count(container, video, bounds.frames)
                if pictures > bounds.frames:
                    raise DamagedMedia(f"{name} has {pictures:,} pictures, more than {FASTEST_FPS} a second for "
                                       f"{bounds.seconds:g} s.")
            if audio is not None:
                if not 0 < audio.codec_context.sample_rate <= HIGHEST_AUDIO_RATE:
                    raise DamagedMedia(f"{name} has sound at {audio.codec_context.sample_rate} Hz, "
                                       f"which no microphone records.")
                if _count(container, audio, bounds.audio_packets) > bounds.audio_packets:
                    raise DamagedMedia(f"{name} has its sound cut into more pieces than a take's.")
    except (av.FFmpegError, OSError) as error:
        raise DamagedMedia(f"{name} cannot be read as a video ({error}).") from None
    return bounds


def _timing(stream, container) -> tuple[float, float]:
    """Where the stream starts and how long it lasts, in seconds, as the file's header says."""
    start = float(stream.start_time * stream.time_base) if stream.start_time is not None else 0.0
    if stream.duration is not None:
        return start, float(stream.duration * stream.time_base)
    return start, float(container.duration / av.time_base) if container.duration else 0.0


def _count(container, stream, limit: int) -> int:
    """The stream's packets, from the header where it counts them, else counted up to one past `limit`."""
    if stream.frames:
        return stream.frames
    counted = 0
    for packet in container.demux(stream):
        counted += packet.size > 0
        if counted > limit:
            break
    return counted


def probe(path: Path) -> MediaFacts:
    """Reads every packet's timing (no decoding), so it works on a fragmented or killed file too."""
    try:
        with open_clip(path) as container:
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
        with open_clip(source) as inp, av.open(str(temporary), "w", format="mp4",
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
        with open_clip(media, analyzeduration="0", probesize="32768") as container:
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
