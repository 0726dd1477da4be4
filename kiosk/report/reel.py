"""reel.mp4, the highlight reel: per theme a title card, then its quotes cut at their exact times from the record's
copies (re-encoded, so a cut needs no keyframe and sound stays with the picture), each with the speaker's card as a
lower third, and the quotes' captions as a mov_text subtitle track (burned into the picture too, on request)."""

from __future__ import annotations

import hashlib
import json
import threading
from pathlib import Path
from typing import Callable, Sequence

import av
import cv2
import numpy as np

from kiosk.export.compilation import AUDIO_RATE, Output, drawable, title_image
from kiosk.report.heard import Label, QuoteInRecord, WhatWeHeard
from kiosk.store.exported import REEL_FILE, MarkedReel, Marker, path_in
from kiosk.store.files import is_regular
from kiosk.store.media import ClipBounds, DamagedMedia, check_clip, open_clip
from kiosk.transcripts.vtt import Cue

TITLE_SECONDS = 3.0
TITLE_FPS = 25
Progress = Callable[[int, int, str], None]


class ReelError(Exception):
    """The reel could not be made; the message says why, in a few words."""


def reel_parts(heard: WhatWeHeard) -> list[tuple[Label, list[QuoteInRecord]]]:
    """Each theme with its quotes, in the report's order (by card, then in time)."""
    return [(theme, [item for _, quotes in by_card for item in quotes]) for theme, by_card in heard.themes_heard()]


def reel_cues(item: QuoteInRecord) -> tuple[Cue, ...]:
    """The quote's captions: its clip's cues cut to the quote, with times from the quote's start."""
    start, end = item.quote.start, item.quote.end
    return tuple(Cue(max(cue.start, start) - start, min(cue.end, end) - start, cue.text)
                 for cue in item.clip.cues if cue.end > start and cue.start < end)


def made_of(parts: list[tuple[Label, list[QuoteInRecord]]], heard: WhatWeHeard, size: tuple[int, int],
            burn: bool) -> str:
    """What the reel is made of, in brief: a changed quote, caption, label or size makes it again."""
    data = [list(size), burn]
    for theme, quotes in parts:
        data.append([theme.id, theme.en, theme.cy])
        for item in quotes:
            card = heard.card(item.clip.card)
            data.append([item.clip.id, item.clip.video, item.quote.start, item.quote.end, card.en, card.cy,
                         [[cue.start, cue.end, cue.text] for cue in reel_cues(item)]])
    return hashlib.sha256(json.dumps(data, ensure_ascii=False).encode("utf-8")).hexdigest()


def _band(image: np.ndarray, lines: Sequence[str], top: float, scale: float, centred: bool = False) -> None:
    """Lines of white text on a dark band across the picture, from `top` (a fraction of its height) down."""
    height, width = image.shape[:2]
    size = scale * height / 720
    thickness = max(1, int(2 * height / 720))
    step = int(44 * size)
    y0 = int(top * height)
    y1 = min(height, y0 + step * len(lines) + int(16 * size))
    shade = image[y0:y1].astype(np.uint16) * 35 // 100
    image[y0:y1] = shade.astype(np.uint8)
    for number, line in enumerate(lines):
        text = drawable(line)
        (text_width, _), _ = cv2.getTextSize(text, cv2.FONT_HERSHEY_DUPLEX, size, thickness)
        fitted = size * min(1.0, width * 0.94 / max(1, text_width))
        left = (width - min(text_width, int(width * 0.94))) // 2 if centred else int(width * 0.03)
        cv2.putText(image, text, (left, y0 + step * (number + 1)), cv2.FONT_HERSHEY_DUPLEX, fitted,
                    (255, 255, 255), thickness, cv2.LINE_AA)


def _dressed(image: np.ndarray, card: Label, caption: str) -> np.ndarray:
    """The picture with the speaker's card as a lower third and, if burned in, the caption at the foot."""
    image = image.copy()
    third = [f"In the shoes of: {card.en}"] + ([f"Yn esgidiau: {card.cy}"] if card.cy else [])
    _band(image, third, 0.58, 0.8)
    if caption:
        _band(image, caption.split("\n")[:2], 0.8, 0.95, centred=True)
    return image


def _caption_at(cues: Sequence[Cue], seconds: float) -> str:
    return next((cue.text for cue in cues if cue.start <= seconds < cue.end), "")


def _cut(output: Output, clip: Path, bounds: ClipBounds, start: float, end: float, offset_ms: int, card: Label,
         cues: Sequence[Cue], burn: bool) -> int:
    """The clip from `start` to `end` seconds placed at `offset_ms`, re-encoded: pictures and sound keep the times
    they had in the clip, minus `start`, so they stay in sync. Returns where the next part starts."""
    end = min(end, bounds.seconds)
    length_ms = int(round((end - start) * 1000))
    samples_wanted = int(round((end - start) * AUDIO_RATE))
    written = 0
    last_image = None
    with open_clip(clip) as container:
        streams = list(container.streams.video[:1]) + list(container.streams.audio[:1])
        if not streams:
            raise DamagedMedia(f"{clip.name} has neither pictures nor sound.")
        # Seeking lands on the keyframe before `start`; what lies before it is decoded and left out.
        container.seek(max(0, int((start - 1) * av.time_base)), any_frame=False)
        resampler = av.AudioResampler(format="flt", layout="mono", rate=AUDIO_RATE)
        for frame in container.decode(*streams):
            if frame.time is None:
                continue
            if frame.time > bounds.seconds or (frame.time >= end and isinstance(frame, av.VideoFrame)):
                if isinstance(frame, av.VideoFrame):
                    break
                continue
            if isinstance(frame, av.VideoFrame):
                if frame.time < start:
                    last_image = frame.to_ndarray(format="bgr24")  # shown from the cut if no frame falls on it
                    continue
                if last_image is not None and frame.time > start:
                    output.picture(_dressed(last_image, card, _caption_at(cues, 0) if burn else ""), offset_ms)
                last_image = None
                at = frame.time - start
                output.picture(_dressed(frame.to_ndarray(format="bgr24"), card, _caption_at(cues, at) if burn else ""),
                               offset_ms + int(round(at * 1000)))
                continue
            for converted in resampler.resample(frame):
                samples = converted.to_ndarray().reshape(-1)
                first = int(round((frame.time - start) * AUDIO_RATE))  # this block's first sample, from the cut
                if first + len(samples) <= 0 or written >= samples_wanted:
                    continue
                if first < 0:
                    samples, first = samples[-first:], 0
                samples = samples[:samples_wanted - first]
                output.sound(samples, offset_ms + first * 1000 // AUDIO_RATE if written == 0 else None)
                written = first + len(samples)
    return offset_ms + length_ms


def make_reel(heard: WhatWeHeard, folder: Path, target: Path, size: tuple[int, int], burn: bool = False,
              cancel: threading.Event | None = None, progress: Progress | None = None) -> float:
    """Writes the reel to `target` (through a hidden file, so a failed one leaves nothing half-made); returns its
    length in seconds. Raises ReelError."""
    parts = reel_parts(heard)
    if not parts:
        raise ReelError("no quote in the record has a theme")
    partial = target.with_name(f".{target.name}.part.mp4")
    width, height = max(2, size[0] - size[0] % 2), max(2, size[1] - size[1] % 2)
    done, total = 0, sum(len(quotes) for _, quotes in parts)
    try:
        output = Output(partial, width, height, subtitles=True)
        try:
            offset = 0
            for theme, quotes in parts:
                image = title_image(("What we heard:", theme.en) + (("", "Beth glywson ni:", theme.cy)
                                                                   if theme.cy else ()), width, height)
                for index in range(int(TITLE_SECONDS * TITLE_FPS)):
                    output.picture(image, offset + index * 1000 // TITLE_FPS)
                offset += int(TITLE_SECONDS * 1000)
                for item in quotes:
                    if cancel is not None and cancel.is_set():
                        raise ReelError("it was cancelled")
                    clip = path_in(folder, item.clip.video)
                    bounds = check_clip(clip, item.clip.duration)
                    cues = reel_cues(item)
                    end = _cut(output, clip, bounds, item.quote.start, item.quote.end, offset,
                               heard.card(item.clip.card), cues, burn)
                    output.captions([Cue(c.start + offset / 1000, c.end + offset / 1000, c.text) for c in cues],
                                    offset, end)
                    offset = end
                    done += 1
                    if progress is not None:
                        progress(done, total, f"reel: {item.clip.name} {item.quote.start:.1f}-{item.quote.end:.1f} s")
            output.close(offset)
        except BaseException:
            output.container.close()
            raise
        partial.replace(target)
        return offset / 1000
    except (av.FFmpegError, OSError, DamagedMedia) as error:
        raise ReelError(str(error)) from None
    except MemoryError:
        raise ReelError("there was not enough memory to make it") from None
    finally:
        partial.unlink(missing_ok=True)


def update_reel(folder: Path, marker: Marker, heard: WhatWeHeard, size: tuple[int, int],
                cancel: threading.Event | None = None, progress: Progress | None = None) -> None:
    """The record's reel made again where what it is made of changed; the marker says what it holds. With no quote
    to show, or when it cannot be made, the record holds none."""
    parts = reel_parts(heard)
    wanted = made_of(parts, heard, size, marker.burn_captions)
    target = path_in(folder, REEL_FILE)
    if marker.reel is not None and marker.reel.made_of == wanted and is_regular(target):
        return
    marker.reel = None
    target.unlink(missing_ok=True)
    if not parts:
        return
    seconds = make_reel(heard, folder, target, size, marker.burn_captions, cancel, progress)
    marker.reel = MarkedReel(tuple(sorted({item.clip.id for _, quotes in parts for item in quotes})), wanted, seconds)
