"""Kept clips for the wall's tests: made by the store as a kiosk makes them, approved as a facilitator does."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from pathlib import Path

import numpy as np

from kiosk.recording.writer import Mp4Writer
from kiosk.store import KEPT, KEPT_AT_REVIEW, WALKED_AWAY, Clip, ClipStore, ClipTags
from kiosk.store.media import sha256
from kiosk.transcripts import Cue
from kiosk.transcripts.vtt import to_vtt

START = datetime(2026, 6, 14, 10, 0, tzinfo=timezone.utc)


def write_clip(path: Path, seconds: float, grey: int = 128, size: tuple[int, int] = (160, 120), fps: int = 10) -> Path:
    """A real clip of `seconds` of one grey picture, with a quiet tone, as the kiosk's writer makes them."""
    rate = 48_000
    writer = Mp4Writer(path, size, rate, preset="ultrafast")
    tone = (0.1 * np.sin(2 * np.pi * 440 * np.arange(rate // fps) / rate)).astype(np.float32).reshape(-1, 1)
    for i in range(round(seconds * fps)):
        writer.write_video(np.full((size[1], size[0], 3), grey, np.uint8), round(i * 1000 / fps), keyframe=i % fps == 0)
        writer.write_audio(tone)
    writer.close()
    return path


def kept_clip(store: ClipStore, minute: int = 0, scope: str = "public", card: str = "frontline",
              confirmed: bool = True, seconds: float = 0.0, captions: str = "") -> Clip:
    """A kept clip started `minute` minutes into the day; `seconds`: a real clip that long (else a few bytes of
    media); `captions`: one cue over the whole clip."""
    clip = store.begin(ClipTags("Ffair Haf", card, "What are you learning?", scope, "en"),
                       now=START + timedelta(minutes=minute))
    if seconds:
        write_clip(clip.media_path, seconds)
    else:
        clip.media_path.write_bytes(b"not a real clip")
    if captions:
        write_captions(clip, captions, seconds or 2.0)
    clip = store.update(clip, status=KEPT, duration=seconds or 2.0, sha256=sha256(clip.media_path))
    return store.keep(clip, reviewed=confirmed, visit_ended=KEPT_AT_REVIEW if confirmed else WALKED_AWAY)


def approved(store: ClipStore, clip: Clip, on: bool = True) -> Clip:
    """As `kiosk approve` (or the panel's switch) does it."""
    return store.annotate(clip, wall=True, reviewed=True) if on else store.annotate(clip, wall=False)


def write_captions(clip: Clip, words: str, seconds: float) -> None:
    clip.transcript_path.write_text(to_vtt([Cue(0.0, seconds, words)]), encoding="utf-8")
