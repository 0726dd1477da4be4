"""Camera and microphone sources that deliver timestamped frames and audio blocks, chosen by a spec string.

Specs: camera `auto`, `synthetic`, `file:PATH`, `name:NAME` (the system's name for it), a /dev/v4l/by-id path
(Linux), an index or `/dev/videoN`;
microphone `auto`, `synthetic`, `file:PATH`, an index or a device name.
"""

from __future__ import annotations

import time
from pathlib import Path

import sounddevice as sd

from kiosk.sentence import QT_TRANSLATE_NOOP

from kiosk.capture.base import AudioBlock, CameraSource, MicrophoneSource, SourceError, VideoFrame, said
from kiosk.capture.camera import BACKEND, FileCamera, OpenCVCamera, SyntheticCamera, list_cameras
from kiosk.capture.identity import NAME_PREFIX, find_camera, is_identity, listed_cameras, listing_at
from kiosk.capture.microphone import FileMicrophone, SoundDeviceMicrophone, SyntheticMicrophone, list_microphones

__all__ = [
    "AudioBlock", "CameraSource", "MicrophoneSource", "SourceError", "VideoFrame",
    "open_camera", "open_microphone", "open_sources", "list_cameras", "list_microphones",
]

NO_CAMERA_NOTICE = "No camera was found, so the kiosk is showing a demo pattern."
NO_MICROPHONE_NOTICE = "No microphone was found, so the kiosk is recording a demo tone."


def open_camera(spec: str, width: int = 1280, height: int = 720, fps: float = 30.0, epoch: float | None = None,
                exact_size: bool = True) -> CameraSource:
    """A camera source for `spec`, not yet started. Raises SourceError with a readable message.

    `exact_size=False`: a webcam that cannot give width x height records at what it gives (see OpenCVCamera)."""
    spec = spec.strip()
    if spec == "synthetic":
        return SyntheticCamera(width, height, fps)
    if spec.startswith("file:"):
        return FileCamera(Path(spec[5:]), epoch)
    if is_identity(spec):
        listing = find_camera(spec, listed_cameras(BACKEND))
        if listing is None:
            shown = spec[len(NAME_PREFIX):] if spec.startswith(NAME_PREFIX) else spec
            raise SourceError(said(QT_TRANSLATE_NOOP("Devices", "The camera %1 is not plugged in."), shown))
        return OpenCVCamera(listing.index, width, height, fps, exact_size, listing)
    if spec == "auto":
        cameras = list_cameras()
        if cameras:
            index = cameras[0]["index"]
            return OpenCVCamera(index, width, height, fps, exact_size, listing_at(index, listed_cameras(BACKEND)))
        camera = SyntheticCamera(width, height, fps, stand_in=True)
        camera.notice = NO_CAMERA_NOTICE
        return camera
    if spec.isascii() and spec.isdigit():
        return OpenCVCamera(int(spec), width, height, fps, exact_size, listing_at(int(spec), listed_cameras(BACKEND)))
    if spec.startswith("/dev/video"):
        if not Path(spec).exists():
            raise SourceError(said(QT_TRANSLATE_NOOP("Devices", "There is no camera at %1."), spec))
        return OpenCVCamera(spec, width, height, fps, exact_size)
    raise SourceError(said(QT_TRANSLATE_NOOP("Devices", "Unknown camera %1: use auto, synthetic, file:PATH, name:NAME, "
                                                        "an index or /dev/videoN."), repr(spec)))


def open_microphone(spec: str, rate: int = 48000, epoch: float | None = None) -> MicrophoneSource:
    """A microphone source for `spec`, not yet started. Raises SourceError with a readable message."""
    spec = spec.strip()
    if spec == "synthetic":
        return SyntheticMicrophone(rate)
    if spec.startswith("file:"):
        return FileMicrophone(Path(spec[5:]), epoch)
    if spec == "auto":
        try:
            sd.query_devices(kind="input")
            return SoundDeviceMicrophone(None, rate)
        except (sd.PortAudioError, ValueError, SourceError):
            microphone = SyntheticMicrophone(rate, stand_in=True)
            microphone.notice = NO_MICROPHONE_NOTICE
            return microphone
    if not spec:
        raise SourceError(said(QT_TRANSLATE_NOOP("Devices", "The microphone spec is empty: use auto, synthetic, "
                                                            "file:PATH, an index or a device name.")))
    return SoundDeviceMicrophone(int(spec) if spec.isascii() and spec.isdigit() else spec, rate)


def open_sources(camera_spec: str | None, microphone_spec: str | None, width: int = 1280, height: int = 720,
                 fps: float = 30.0, rate: int = 48000) -> tuple[CameraSource | None, MicrophoneSource | None]:
    """Both sources (None for a spec of None); file sources share one epoch so a clapper file's flashes and beeps
    stay together."""
    epoch = time.monotonic() + 0.2
    camera = None if camera_spec is None else open_camera(camera_spec, width, height, fps, epoch)
    microphone = None if microphone_spec is None else open_microphone(microphone_spec, rate, epoch)
    return camera, microphone
