"""Brings the camera and microphone into the GUI thread: the latest frame, the sound level, and losses, as Qt signals."""

from __future__ import annotations

import threading

import numpy as np
from PySide6.QtCore import QObject, Signal

from kiosk.capture import AudioBlock, CameraSource, MicrophoneSource, VideoFrame


class DeviceFeed(QObject):
    """Owns the kiosk's two sources for its whole life and starts and stops them.

    The sinks run on the sources' threads and must never wait, so they only keep the latest
    frame and level and post a signal; a frame the GUI has not painted yet is simply replaced.
    """

    frame_arrived = Signal()
    camera_lost = Signal(str)
    microphone_lost = Signal(str)

    def __init__(self, camera: CameraSource | None, microphone: MicrophoneSource | None, parent=None) -> None:
        super().__init__(parent)
        self.camera, self.microphone = camera, microphone
        self._lock = threading.Lock()
        self._frame: np.ndarray | None = None
        self._frame_posted = False
        self.level = 0.0

    # -- the sources' lives -------------------------------------------------------------------------

    def start(self) -> list[str]:
        """Starts what can start; returns a sentence for each source that could not (and drops it)."""
        problems = []
        for kind in ("camera", "microphone"):
            source = getattr(self, kind)
            if source is None:
                continue
            if kind == "camera":
                source.add_sink(self._take_frame)
                source.add_lost_listener(self.camera_lost.emit)
            else:
                source.add_sink(self._take_audio)
                source.add_lost_listener(self.microphone_lost.emit)
            try:
                source.start()
            except Exception as error:  # SourceError, or a driver's own; the kiosk goes on without it
                problems.append(str(error))
                setattr(self, kind, None)
        return problems

    def stop(self) -> None:
        for source in (self.camera, self.microphone):
            if source is not None:
                source.stop()

    def working_camera(self) -> CameraSource | None:
        return self.camera if self.camera is not None and not self.camera.lost_reason else None

    def working_microphone(self) -> MicrophoneSource | None:
        return self.microphone if self.microphone is not None and not self.microphone.lost_reason else None

    def latest_frame(self) -> np.ndarray | None:
        with self._lock:
            self._frame_posted = False
            return self._frame

    # -- sinks, on the sources' threads ---------------------------------------------------------------

    def _take_frame(self, frame: VideoFrame) -> None:
        with self._lock:
            self._frame = frame.image
            post, self._frame_posted = not self._frame_posted, True
        if post:
            self.frame_arrived.emit()

    def _take_audio(self, block: AudioBlock) -> None:
        if len(block.samples):
            self.level = float(np.sqrt(np.mean(np.square(block.samples))))
