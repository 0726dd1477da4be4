"""Small clips made to cost an export hours or gigabytes (issue 17, items 5 and 7), made with PyAV in a second or two,
and a way to put one into a recordings folder as a kept clip with a sidecar."""

from __future__ import annotations

import shutil
from datetime import datetime
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

from kiosk.store import KEPT, Clip, ClipStore, ClipTags
from kiosk.store.media import sha256

MILLISECONDS = Fraction(1, 1000)
TEN_HOURS = 36_000
MANY = 600_000


def _tiny_h264(stream_owner, width: int, height: int, fps: int):
    stream = stream_owner.add_stream("libx264", rate=fps)
    stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
    stream.options = {"preset": "ultrafast", "tune": "zerolatency"}
    stream.time_base = MILLISECONDS
    return stream


def plain_clip(path: Path, width: int = 64, height: int = 48, seconds: float = 2.0, sound_at: float = 0.0) -> Path:
    """A clip of grey pictures at 15 fps and silence, its sound starting `sound_at` seconds in."""
    with av.open(str(path), "w", format="mp4") as out:
        video = _tiny_h264(out, width, height, 15)
        audio = out.add_stream("aac", rate=48000, layout="mono")
        picture = np.full((height, width, 3), 90, np.uint8)
        for i in range(int(15 * seconds)):
            frame = av.VideoFrame.from_ndarray(picture, format="rgb24").reformat(format="yuv420p")
            frame.pts, frame.time_base = round(i * 1000 / 15), MILLISECONDS
            out.mux(video.encode(frame))
        out.mux(video.encode(None))
        start = int(sound_at * 48000)
        for i in range(int(seconds * 48000) // 1024):
            frame = av.AudioFrame.from_ndarray(np.zeros((1, 1024), np.float32), format="fltp", layout="mono")
            frame.sample_rate, frame.pts, frame.time_base = 48000, start + i * 1024, Fraction(1, 48000)
            out.mux(audio.encode(frame))
        out.mux(audio.encode(None))
    return path


def huge_pictures(path: Path, side: int = 16000) -> Path:
    """One 16000x16000 picture in 32 KB: a 1-bit PNG in a QuickTime file (named .mp4: FFmpeg reads what is in it)."""
    with av.open(str(path), "w", format="mov") as out:
        video = out.add_stream("png", rate=1)
        video.width = video.height = side
        video.pix_fmt = "monob"
        frame = av.VideoFrame(side, side, "monob")
        frame.planes[0].update(bytes(frame.planes[0].buffer_size))
        frame.pts = 0
        out.mux(video.encode(frame))
        out.mux(video.encode(None))
    return path


def many_pictures(path: Path, count: int = MANY) -> Path:
    """`count` 16x16 pictures a millisecond apart (600 s for 600,000): one encoded picture muxed again and again."""
    one = path.with_name(f"{path.stem}-one.mp4")
    with av.open(str(one), "w", format="mp4") as out:
        video = _tiny_h264(out, 16, 16, 25)
        video.options = {**video.options, "x264-params": "keyint=1"}
        for i in range(2):
            frame = av.VideoFrame.from_ndarray(np.zeros((16, 16, 3), np.uint8), format="rgb24")
            frame.pts = i * 40
            out.mux(video.encode(frame))
        out.mux(video.encode(None))
    with av.open(str(one)) as source:
        first, later = [bytes(p) for p in source.demux(video=0) if p.size]  # the first carries x264's long header
        with av.open(str(path), "w", format="mp4") as out:
            video = out.add_stream_from_template(source.streams.video[0])
            video.time_base = MILLISECONDS
            for i in range(count):
                packet = av.Packet(first if i == 0 else later)
                packet.stream, packet.time_base = video, MILLISECONDS
                packet.pts = packet.dts = i
                packet.duration = 1
                packet.is_keyframe = True
                out.mux(packet)
    one.unlink()
    return path


_made: dict[str, Path] = {}


def hostile_media(factory) -> dict[str, Path]:
    """The hostile files, made once per test session: copy them, never change them."""
    if not _made:
        folder = factory.mktemp("hostile-media")
        _made.update({
            "sound 10 hours in": plain_clip(folder / "late.mp4", 16, 16, sound_at=TEN_HOURS),
            "16000x16000 pictures": huge_pictures(folder / "huge.mp4"),
            "600,000 pictures": many_pictures(folder / "many.mp4"),
            "16x16 pictures": plain_clip(folder / "tiny.mp4", 16, 16),
        })
    return _made


# What each file's sidecar says: the length of a take, as a kiosk would have written it.
SIDECAR_SECONDS = {"sound 10 hours in": 2.0, "16000x16000 pictures": 1.0, "600,000 pictures": 600.0,
                   "16x16 pictures": 2.0}


def add_clip(root: Path, media: Path, seconds: float, card: str = "frontline", scope: str = "public",
             when: datetime | None = None) -> Clip:
    """`media` copied into `root` as a kept, reviewed clip whose sidecar says it lasts `seconds`."""
    store = ClipStore(root)
    clip = store.begin(ClipTags("Hostile", card, "What are you learning today?", scope), now=when)
    shutil.copyfile(media, clip.media_path)
    clip = store.update(clip, duration=seconds, sha256=sha256(clip.media_path), status=KEPT, reviewed=True)
    return clip
