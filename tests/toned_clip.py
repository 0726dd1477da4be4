"""A short clip made by the kiosk's own writer whose pictures and sound a test can recognise."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from kiosk.recording.writer import Mp4Writer

FPS, SECONDS, RATE, TONE = 15, 2.0, 48_000, 1000.0
PICTURES = int(FPS * SECONDS)


def write_toned_clip(path: Path, pictures: bool = True) -> Path:
    """2 s at 320x240: picture i is grey level 8*i; the sound is a 1 kHz tone. No pictures: a take with no camera."""
    writer = Mp4Writer(path, (320, 240) if pictures else None, RATE)
    tone = (0.5 * np.sin(2 * np.pi * TONE * np.arange(int(RATE * SECONDS)) / RATE)).astype(np.float32)
    per_picture = RATE // FPS
    for i in range(PICTURES):
        if pictures:
            writer.write_video(np.full((240, 320, 3), 8 * i, np.uint8), round(i * 1000 / FPS), keyframe=i % FPS == 0)
        writer.write_audio(tone[i * per_picture:(i + 1) * per_picture].reshape(-1, 1))
    writer.close()
    return path
