"""Clapper files (flashes in a video, beeps in a WAV, at the same instants) and the A/V offsets read back from a recording."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import soundfile as sf

FLASH_SECONDS = 0.1
BEEP_SECONDS = 0.1
BEEP_HZ = 1000.0
AUDIO_RATE = 48000
# 90 kHz ticks hold both 1/30 s and 1/24 s exactly, so flash times need no rounding.
VIDEO_TIME_BASE = Fraction(1, 90000)
DARK_LUMA, WHITE_LUMA = 16, 235
# Onsets closer together than this are one event (a flash lasting several frames, a beep's ripple).
MIN_EVENT_GAP_SECONDS = 0.3


def make_clapper(video_path: Path, audio_path: Path, seconds: float = 6.0, width: int = 640, height: int = 360,
                 fps: float = 30.0, events_every: float = 1.0, variable_rate: bool = False) -> list[float]:
    """Write the pair and return the event times in seconds from the start of both files.

    With `variable_rate`, each second alternates between `fps` and 0.8 x `fps`, as a webcam does when
    it lengthens exposure in a dim hall; each event sits exactly on a frame, so the pair is exact.
    """
    frame_times = _frame_times(seconds, fps, variable_rate)
    events = []
    nominal = events_every / 2
    while nominal + max(FLASH_SECONDS, BEEP_SECONDS) < seconds:
        events.append(next(t for t in frame_times if t >= nominal))
        nominal += events_every
    _write_flashes(Path(video_path), frame_times, events, width, height, fps)
    _write_beeps(Path(audio_path), seconds, events)
    return events


def _frame_times(seconds: float, fps: float, variable_rate: bool) -> list[float]:
    ticks_per_second = VIDEO_TIME_BASE.denominator
    times, tick = [], 0
    while tick < seconds * ticks_per_second:
        times.append(tick / ticks_per_second)
        rate = fps * 0.8 if variable_rate and int(tick / ticks_per_second) % 2 else fps
        tick += round(ticks_per_second / rate)
    return times


def _write_flashes(path: Path, frame_times: list[float], events: list[float], width: int, height: int,
                   fps: float) -> None:
    width, height = width - width % 2, height - height % 2
    planes = {}
    for luma in (DARK_LUMA, WHITE_LUMA):
        yuv = np.full((height * 3 // 2, width), 128, np.uint8)  # neutral chroma: grey, not tinted
        yuv[:height] = luma
        planes[luma] = yuv
    with av.open(str(path), "w", format="mp4") as container:
        stream = container.add_stream("libx264", rate=round(fps), options={"preset": "veryfast", "bframes": "0"})
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        stream.time_base = stream.codec_context.time_base = VIDEO_TIME_BASE
        for t in frame_times:
            lit = any(e <= t < e + FLASH_SECONDS for e in events)
            frame = av.VideoFrame.from_ndarray(planes[WHITE_LUMA if lit else DARK_LUMA], format="yuv420p")
            frame.pts, frame.time_base = round(t / VIDEO_TIME_BASE), VIDEO_TIME_BASE
            container.mux(stream.encode(frame))
        container.mux(stream.encode())


def _write_beeps(path: Path, seconds: float, events: list[float]) -> None:
    samples = np.zeros(round(seconds * AUDIO_RATE), np.float32)
    beep = 0.5 * np.sin(2 * np.pi * BEEP_HZ * np.arange(round(BEEP_SECONDS * AUDIO_RATE)) / AUDIO_RATE)
    for event in events:
        start = round(event * AUDIO_RATE)
        samples[start : start + len(beep)] = beep[: len(samples) - start]
    sf.write(str(path), samples, AUDIO_RATE, subtype="PCM_16")


def measure_av_offsets(mp4_path: Path, audio_path: Path | None = None, max_offset: float = 0.25) -> list[float]:
    """Audio onset minus video onset, in seconds, for each clapper event found in a recording.

    Flashes and beeps pair in order when both sides saw every event, otherwise each flash pairs with
    a beep within `max_offset` if there is one. The beeps come from `audio_path` when the sound was
    written to a file of its own, both files taken to start together, as a player given the pair would.
    """
    video = _flash_onsets(Path(mp4_path))
    audio = _beep_onsets(Path(audio_path or mp4_path))
    if len(video) == len(audio):
        # In order stays right even when a recorder has drifted by more than half the time between events.
        return [beep - flash for flash, beep in zip(video, audio)]
    offsets = []
    for flash in video:
        nearest = min(audio, key=lambda beep: abs(beep - flash), default=None)
        if nearest is not None and abs(nearest - flash) <= max_offset:
            offsets.append(nearest - flash)
    return offsets


def _flash_onsets(path: Path) -> list[float]:
    times, lumas = [], []
    with av.open(str(path)) as container:
        for frame in container.decode(video=0):
            times.append(float(frame.pts * frame.time_base))
            lumas.append(frame.reformat(width=64, height=36, format="gray").to_ndarray().mean())
    return _rising_edges(np.array(times), np.array(lumas), min_swing=50.0)


def _beep_onsets(path: Path) -> list[float]:
    chunks, start = [], None
    with av.open(str(path)) as container:
        for frame in container.decode(audio=0):
            if start is None:
                start, rate = float(frame.pts * frame.time_base), frame.sample_rate
            chunks.append(_mono(frame))
    if not chunks:
        return []
    samples = np.concatenate(chunks)
    # A centred moving average of |x| over two periods of the beep: no ripple, and it crosses half its
    # height just where the beep begins, so the onset needs no correction.
    window = max(1, round(2 * rate / BEEP_HZ))
    envelope = np.convolve(np.abs(samples), np.ones(window) / window, mode="same")
    return _rising_edges(start + np.arange(len(samples)) / rate, envelope, min_swing=0.05)


def _mono(frame: av.AudioFrame) -> np.ndarray:
    array = frame.to_ndarray()
    if frame.format.is_planar:
        return array.mean(axis=0)
    return array.reshape(frame.samples, -1).mean(axis=1)


def _rising_edges(times: np.ndarray, level: np.ndarray, min_swing: float) -> list[float]:
    """Times where `level` first rises through halfway between its lowest and highest value."""
    if len(level) < 2 or level.max() - level.min() < min_swing:
        return []
    above = level >= (level.min() + level.max()) / 2
    edges = []
    for index in np.flatnonzero(above[1:] & ~above[:-1]) + 1:
        if not edges or times[index] - edges[-1] >= MIN_EVENT_GAP_SECONDS:
            edges.append(float(times[index]))
    return edges
