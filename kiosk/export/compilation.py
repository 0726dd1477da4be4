"""A card's compilation: a title card with silent sound, then its clips in order, re-encoded into one MP4, with the
clips' transcripts as a mov_text subtitle track at the times the clips sit in it."""

from __future__ import annotations

import struct
import threading
import unicodedata
from fractions import Fraction
from pathlib import Path
from typing import Sequence

import av
import cv2
import numpy as np

from kiosk.store.media import ClipBounds, DamagedMedia, open_clip
from kiosk.transcripts.vtt import Cue, shifted

MILLISECONDS = Fraction(1, 1000)
AUDIO_RATE = 48000
AAC_FRAME = 1024
TITLE_SECONDS = 3.0
TITLE_FPS = 25
SOUND_ONLY = ("", "Sound only", "", "", "Sain yn unig")
# FFmpeg's mov_text encoder makes the track's sample description (the tx3g box: font, colours, placement) from an
# ASS header when the stream is opened. Only that is taken from it: the samples themselves are built here
# (a 2-byte big-endian length, then the UTF-8 text), since its encoder reads ASS markup ("{\...}", "\N") in the
# text, and a transcript's words are never markup.
SUBTITLE_HEADER = (
    "[Script Info]\nScriptType: v4.00+\nPlayResX: 384\nPlayResY: 288\n\n[V4+ Styles]\n"
    "Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, "
    "Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, "
    "MarginV, Encoding\nStyle: Default,Arial,16,&Hffffff,&Hffffff,&H0,&H0,0,0,0,0,100,100,0,0,1,1,0,2,10,10,10,0\n\n"
    "[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"
).encode("ascii")
MAX_SAMPLE_TEXT = 0xFFFF  # bytes a mov_text sample's length field can count


class CompilationError(Exception):
    pass


def title_for(label_en: str, label_cy: str) -> tuple[str, ...]:
    """The title card's lines: "In the shoes of..." and the card, in English and, if there is one, Welsh."""
    lines = ["In the shoes of...", label_en[:1].lower() + label_en[1:]]
    if label_cy:
        lines += ["", "Yn esgidiau...", label_cy[:1].lower() + label_cy[1:]]
    return tuple(lines)


def drawable(text: str) -> str:
    # OpenCV's built-in fonts have ASCII only: a circumflex (ŵ) is drawn as its plain letter rather than as "?".
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def title_image(lines: tuple[str, ...], width: int, height: int) -> np.ndarray:
    image = np.full((height, width, 3), (56, 50, 38), np.uint8)
    scale = height / 360
    step = int(42 * scale)
    top = (height - step * (len(lines) - 1)) // 2
    for number, line in enumerate(lines):
        text = drawable(line)
        size = (0.9 if number % 3 == 0 else 1.2) * scale
        (text_width, _), _ = cv2.getTextSize(text, cv2.FONT_HERSHEY_DUPLEX, size, max(1, int(2 * scale)))
        if text_width > width * 0.92:  # a long card label on a 4:3 camera's narrower picture
            size *= width * 0.92 / text_width
            (text_width, _), _ = cv2.getTextSize(text, cv2.FONT_HERSHEY_DUPLEX, size, max(1, int(2 * scale)))
        cv2.putText(image, text, ((width - text_width) // 2, top + number * step), cv2.FONT_HERSHEY_DUPLEX, size,
                    (255, 255, 255), max(1, int(2 * scale)), cv2.LINE_AA)
    return image


def _fit(image: np.ndarray, width: int, height: int) -> np.ndarray:
    """Letterboxed into the compilation's size, so a clip from another kiosk's camera is not stretched."""
    h, w = image.shape[:2]
    if (w, h) == (width, height):
        return image
    scale = min(width / w, height / h)
    resized = cv2.resize(image, (max(2, int(w * scale)), max(2, int(h * scale))), interpolation=cv2.INTER_AREA)
    canvas = np.zeros((height, width, 3), np.uint8)
    y, x = (height - resized.shape[0]) // 2, (width - resized.shape[1]) // 2
    canvas[y:y + resized.shape[0], x:x + resized.shape[1]] = resized
    return canvas


class Output:
    """The compilation being written: video at millisecond times, and sound kept level with it by silence."""

    def __init__(self, path: Path, width: int, height: int, subtitles: bool = False) -> None:
        self.container = av.open(str(path), "w", format="mp4", options={"movflags": "+faststart"})
        self.video = self.container.add_stream("libx264", rate=30, options={"preset": "veryfast", "crf": "23"})
        self.video.width, self.video.height, self.video.pix_fmt = width, height, "yuv420p"
        self.video.time_base = self.video.codec_context.time_base = MILLISECONDS
        self.audio = self.container.add_stream("aac", rate=AUDIO_RATE, layout="mono")
        self.audio.bit_rate = 128_000
        self.subtitles = None
        if subtitles:
            self.subtitles = self.container.add_stream("mov_text")
            self.subtitles.codec_context.subtitle_header = SUBTITLE_HEADER
            self.subtitles.time_base = MILLISECONDS
        self.last_subtitle_end = 0
        self.width, self.height = width, height
        self.last_pts = -1
        self.samples = np.zeros(0, np.float32)  # waiting to fill a whole AAC frame
        self.written_samples = 0

    def picture(self, image: np.ndarray, pts_ms: int) -> None:
        pts_ms = max(pts_ms, self.last_pts + 1)
        self.last_pts = pts_ms
        frame = av.VideoFrame.from_ndarray(_fit(image, self.width, self.height), format="bgr24")
        frame = frame.reformat(format="yuv420p")
        frame.pts, frame.time_base = pts_ms, MILLISECONDS
        self.container.mux(self.video.encode(frame))

    def sound(self, samples: np.ndarray, at_ms: int | None = None) -> None:
        """Mono float samples following the last, or starting at `at_ms`: a gap before them becomes silence."""
        position = self.written_samples + len(self.samples)
        start = position if at_ms is None else at_ms * AUDIO_RATE // 1000
        if start > position:
            samples = np.concatenate([np.zeros(start - position, np.float32), samples])
        elif start < position:
            samples = samples[position - start:]
        self.samples = np.concatenate([self.samples, samples.astype(np.float32)])
        while len(self.samples) >= AAC_FRAME:
            self._encode_audio(self.samples[:AAC_FRAME])
            self.samples = self.samples[AAC_FRAME:]

    def _encode_audio(self, block: np.ndarray) -> None:
        frame = av.AudioFrame.from_ndarray(block.reshape(1, -1), format="fltp", layout="mono")
        frame.sample_rate, frame.pts, frame.time_base = AUDIO_RATE, self.written_samples, Fraction(1, AUDIO_RATE)
        self.written_samples += len(block)
        self.container.mux(self.audio.encode(frame))

    def captions(self, cues: Sequence[Cue], start_ms: int, end_ms: int) -> None:
        """One clip's cues, already shifted to where it sits, kept inside [start_ms, end_ms) and in order; the
        muxer fills the time between cues with empty samples."""
        for cue in cues:
            start = max(int(round(cue.start * 1000)), start_ms, self.last_subtitle_end)
            end = min(int(round(cue.end * 1000)), end_ms)
            data = cue.text.encode("utf-8")[:MAX_SAMPLE_TEXT].decode("utf-8", "ignore").encode("utf-8")
            if end <= start or not data:
                continue
            packet = av.Packet(struct.pack(">H", len(data)) + data)
            packet.stream, packet.time_base = self.subtitles, MILLISECONDS
            packet.pts = packet.dts = start
            packet.duration = end - start
            self.container.mux(packet)
            self.last_subtitle_end = end

    def close(self, end_ms: int) -> None:
        self.sound(np.zeros(0, np.float32), end_ms)
        if len(self.samples):
            self._encode_audio(np.concatenate([self.samples, np.zeros(AAC_FRAME - len(self.samples), np.float32)]))
        self.container.mux(self.video.encode(None))
        self.container.mux(self.audio.encode(None))
        self.container.close()


def make_compilation(title: tuple[str, ...], clips: Sequence[tuple[Path, ClipBounds]], target: Path,
                     size: tuple[int, int], cancel: threading.Event | None = None,
                     captions: Sequence[Sequence[Cue]] = ()) -> None:
    """Writes `target` (via a temporary file, so a cancelled or failed one leaves nothing half-made).

    `clips` are each clip's file with the bounds check_clip found it within; `size` is the compilation's picture
    (the config's, never a clip's: a 16x16 first clip would shrink it, a 16000x16000 one take gigabytes).
    `captions` holds each clip's cues (times from the clip's start), in the order of `clips`; when any clip has
    some, the compilation gets a subtitle track, else none.
    """
    partial = target.with_name(f".{target.name}.part.mp4")
    width, height = max(2, size[0] - size[0] % 2), max(2, size[1] - size[1] % 2)  # yuv420p halves both
    try:
        output = Output(partial, width, height, subtitles=any(captions))
        try:
            image = title_image(title, width, height)
            for index in range(int(TITLE_SECONDS * TITLE_FPS)):
                output.picture(image, index * 1000 // TITLE_FPS)
            offset = int(TITLE_SECONDS * 1000)
            for number, (clip, bounds) in enumerate(clips):
                if cancel is not None and cancel.is_set():
                    raise CompilationError("it was cancelled")
                end = _append(output, clip, bounds, offset)
                if output.subtitles is not None and number < len(captions):
                    output.captions(shifted(captions[number], offset / 1000), offset, end)
                offset = end
            output.close(offset)
        except BaseException:
            output.container.close()
            raise
        partial.replace(target)
    except (av.FFmpegError, OSError, DamagedMedia) as error:
        raise CompilationError(str(error)) from None
    except MemoryError:  # bounds make it unlikely; if it happens the record is still written, without this one
        raise CompilationError("there was not enough memory to make it") from None
    finally:
        partial.unlink(missing_ok=True)


def _append(output: Output, clip: Path, bounds: ClipBounds, offset_ms: int) -> int:
    """Adds one clip at `offset_ms`, keeping its own picture-to-sound timing; returns where the next one starts.

    Held to `bounds` while decoding too, since a file's header may not say what its packets hold: nothing past
    `bounds.seconds` is read (no hours of silence before a sound placed late), and no more pictures than allowed.
    """
    end_ms, pictures = offset_ms, 0
    with open_clip(clip) as container:
        streams = list(container.streams.video[:1]) + list(container.streams.audio[:1])
        still = None
        if not container.streams.video:
            # A voice with no pictures: a card says so, rather than the last clip's face held over this voice.
            still = title_image(SOUND_ONLY, output.width, output.height)
            output.picture(still, offset_ms)
        resampler = av.AudioResampler(format="flt", layout="mono", rate=AUDIO_RATE)
        first_sound = True
        for frame in container.decode(*streams):
            if frame.time is None:
                continue
            if frame.time > bounds.seconds:
                break
            at_ms = offset_ms + int(round(frame.time * 1000))
            if isinstance(frame, av.VideoFrame):
                pictures += 1
                if pictures > bounds.frames:
                    raise DamagedMedia(f"{clip.name} has more pictures than its header says.")
                output.picture(frame.to_ndarray(format="bgr24"), at_ms)
                end_ms = max(end_ms, at_ms + 34)
            else:
                # Placed once at the clip's first sound, then end to end: rounding each block to a
                # millisecond would cut or pad a few samples every block, and those are audible clicks.
                for converted in resampler.resample(frame):
                    samples = converted.to_ndarray().reshape(-1)
                    output.sound(samples, at_ms if first_sound else None)
                    first_sound = False
                    end_ms = max(end_ms, (output.written_samples + len(output.samples)) * 1000 // AUDIO_RATE)
    if still is not None:
        output.picture(still, end_ms - 34)  # the card lasts as long as the voice
    return end_ms
