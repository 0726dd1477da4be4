"""What a take measured, as the recorder reports it and the sidecar's "take" section keeps it: one dataclass for both."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class TakeMeasurements:
    duration: float = 0.0  # seconds
    width: int = 0
    height: int = 0
    measured_fps: float = 0.0
    frames: int = 0
    dropped_frames: int = 0
    audio_rate: int = 0
    camera: str = ""  # the devices' names as the kiosk showed them
    microphone: str = ""
    ended_by: str = ""  # "stopped", "maximum length", or a sentence on what went wrong


MEASURED = tuple(f.name for f in fields(TakeMeasurements))
