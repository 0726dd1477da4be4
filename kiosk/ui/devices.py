"""Brings the camera and microphone into the GUI thread: the latest frame, the sound level, and losses, as Qt signals."""

from __future__ import annotations

import threading
import time
from typing import Callable

import numpy as np
from PySide6.QtCore import QObject, Signal

from kiosk.capture import (AudioBlock, CameraSource, MicrophoneSource, SourceError, VideoFrame, open_camera,
                           open_microphone)
from kiosk.capture.camera import SyntheticCamera
from kiosk.capture.microphone import SyntheticMicrophone
from kiosk.config import Config


def open_devices(config: Config, camera_spec: str | None = None, microphone_spec: str | None = None):
    """Both sources, never failing: a device that cannot be opened is replaced by a demo one that says why."""
    epoch = time.monotonic() + 0.2  # shared, so a clapper file pair stays in sync
    try:
        camera = open_camera(camera_spec or config.camera, config.width, config.height, config.fps, epoch,
                             exact_size=False)  # the kiosk records at the size the webcam gives, and says so
    except SourceError as error:
        camera = SyntheticCamera(config.width, config.height, config.fps)
        camera.notice = str(error)
    try:
        microphone = open_microphone(microphone_spec or config.microphone, epoch=epoch)
    except SourceError as error:
        microphone = SyntheticMicrophone()
        microphone.notice = str(error)
    return camera, microphone


def open_started_devices(config: Config):
    """Both sources opened and started, for a switch while the kiosk runs (off the GUI thread: a webcam opens
    when it starts). A device that will not start is replaced, as in open_devices, by a demo one that says why.
    """
    camera, microphone = open_devices(config)
    # SourceError, or a driver's own (cv2.error, PortAudio): either way the demo stands in and says why.
    try:
        camera.start()
    except Exception as error:
        camera = SyntheticCamera(config.width, config.height, config.fps)
        camera.notice = str(error) or type(error).__name__
    try:
        microphone.start()
    except Exception as error:
        microphone = SyntheticMicrophone()
        microphone.notice = str(error) or type(error).__name__
    return camera, microphone


class DeviceFeed(QObject):
    """Owns the kiosk's two sources for its whole life and starts and stops them.

    The sinks run on the sources' threads and must never wait, so they only keep the latest
    frame and level and post a signal; a frame the GUI has not painted yet is simply replaced.
    """

    frame_arrived = Signal()
    camera_lost = Signal(str)
    microphone_lost = Signal(str)
    devices_switched = Signal(list)  # the problems met starting the new sources (sentences), often none
    devices_not_switched = Signal(str)  # opening failed outright; the old sources are still in use
    _opened = Signal()  # from the opening thread: new sources wait to be swapped in on the GUI thread

    def __init__(self, camera: CameraSource | None, microphone: MicrophoneSource | None, parent=None) -> None:
        super().__init__(parent)
        self.camera, self.microphone = camera, microphone
        self._lock = threading.Lock()
        self._frame: np.ndarray | None = None
        self._frame_posted = False
        self.level = 0.0
        self._opener: threading.Thread | None = None
        self._waiting: tuple | None = None  # (camera, microphone, problems, failure) opened, not yet swapped in
        self._stopped = False
        self._opened.connect(self._swap_opened)

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
        """Stops both sources, and a switch under way: its thread is joined and what it opened is stopped."""
        self._stopped = True
        if self._opener is not None:
            self._opener.join()
            self._opener = None
        with self._lock:
            waiting, self._waiting = self._waiting, None
        sources = [self.camera, self.microphone] + (list(waiting[:2]) if waiting else [])
        for source in sources:
            if source is not None:
                source.stop()

    def replace(self, camera: CameraSource | None, microphone: MicrophoneSource | None) -> list[str]:
        """Swaps in new sources: the old ones lose the feed's sinks and are stopped, the new ones get them and start.

        GUI thread only. A source already started (opened off the GUI thread by `switch`) is not started again.
        """
        old = (self.camera, self.microphone)
        for source, sink, lost in ((old[0], self._take_frame, self.camera_lost.emit),
                                   (old[1], self._take_audio, self.microphone_lost.emit)):
            if source is not None:
                source.remove_sink(sink)
                source.remove_lost_listener(lost)
        for source in old:
            if source is not None and source not in (camera, microphone):
                source.stop()  # joins its thread: a frame or a block at most, for the kiosk's sources
        with self._lock:
            self._frame, self._frame_posted = None, False
        self.level = 0.0
        self.camera, self.microphone = camera, microphone
        return self.start()

    def switching(self) -> bool:
        """True from `switch` until the new sources are in use."""
        return self._opener is not None

    def switch(self, open_sources: Callable[[], tuple[CameraSource | None, MicrophoneSource | None]]) -> bool:
        """Opens and starts new sources on a thread of the feed's own (a webcam or PortAudio can take a while),
        then swaps them in on the GUI thread and says so with `devices_switched`. False if a switch is under way.
        """
        if self._opener is not None or self._stopped:
            return False
        self._opener = threading.Thread(target=self._open, args=(open_sources,), name="devices:switch", daemon=False)
        self._opener.start()
        return True

    def _open(self, open_sources) -> None:
        try:
            camera, microphone = open_sources()
        except Exception as error:  # a driver's own error (cv2.error, PortAudio): said in the panel, old sources kept
            with self._lock:
                self._waiting = (None, None, [], str(error) or type(error).__name__)
            self._opened.emit()
            return
        problems = []
        for source in (camera, microphone):
            try:
                source.start()
            except Exception as error:  # SourceError, or a driver's own: said in the panel, the other source goes on
                problems.append(str(error))
                if source is camera:
                    camera = None
                else:
                    microphone = None
        with self._lock:
            self._waiting = (camera, microphone, problems, "")
        self._opened.emit()

    def _swap_opened(self) -> None:
        with self._lock:
            waiting, self._waiting = self._waiting, None
        if waiting is None:
            return  # stopped meanwhile: stop() has already stopped what was opened
        if self._opener is not None:
            self._opener.join()  # it has emitted its last signal: the join does not wait
            self._opener = None
        camera, microphone, problems, failure = waiting
        if failure:
            self.devices_not_switched.emit(failure)
            return
        problems = problems + self.replace(camera, microphone)
        self.devices_switched.emit(problems)

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
