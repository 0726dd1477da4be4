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
from kiosk.config import Config, is_shipped_copy
from kiosk.sentence import QT_TRANSLATE_NOOP, Sentence, sentence_of


KINDS = ("camera", "microphone")
# What "auto" finding nothing means once the event is set up: the device is missing, and the kiosk waits for it.
MISSING = {"camera": Sentence("Devices", QT_TRANSLATE_NOOP("Devices", "No camera was found.")),
           "microphone": Sentence("Devices", QT_TRANSLATE_NOOP("Devices", "No microphone was found."))}


def is_try_out(config: Config) -> bool:
    """No event config yet (the shipped defaults): the first try-out, where a demo may stand in for a missing device.

    Reads the disk: call it before the GUI runs, or off the GUI thread."""
    return is_shipped_copy(config.source)


def open_device(kind: str, spec: str, config: Config, epoch: float | None = None, demo: bool = False):
    """One source for `spec`, not yet started; raises SourceError with a readable message.

    With `demo` (a first try-out) a device that is not there is replaced by the demo pattern or tone, which says
    why; otherwise "auto" finding nothing is an error like any other: the demo never stands in for an attendee's
    real device unless a facilitator chose `synthetic`."""
    try:
        if kind == "camera":
            # The kiosk records at the size the webcam gives, and says so.
            source = open_camera(spec, config.width, config.height, config.fps, epoch, exact_size=False)
        else:
            source = open_microphone(spec, epoch=epoch)
    except SourceError as error:
        if not demo:
            raise
        source = (SyntheticCamera(config.width, config.height, config.fps, stand_in=True) if kind == "camera"
                  else SyntheticMicrophone(stand_in=True))
        source.notice = error.sentence
        return source
    if source.notice and not demo:
        raise SourceError(MISSING[kind])
    return source


def open_devices(config: Config, camera_spec: str | None = None, microphone_spec: str | None = None,
                 demo: bool = True):
    """Both sources, never failing: a device that cannot be opened is None (or, with `demo`, a demo one that says why),
    with a sentence (a kiosk.sentence Sentence, or a driver's own words) for each that could not."""
    epoch = time.monotonic() + 0.2  # shared, so a clapper file pair stays in sync
    sources, problems = [], []
    for kind, spec in (("camera", camera_spec or config.camera), ("microphone", microphone_spec or config.microphone)):
        try:
            sources.append(open_device(kind, spec, config, epoch, demo))
        except SourceError as error:
            sources.append(None)
            problems.append(error.sentence)
    return sources[0], sources[1], problems


def open_started_devices(config: Config, demo: bool = True):
    """Both sources opened and started, for a switch while the kiosk runs (off the GUI thread: a webcam opens
    when it starts). A device that will not open or start is None, or with `demo` a demo one that says why.
    """
    camera, microphone, problems = open_devices(config, demo=demo)
    started = []
    for kind, source in (("camera", camera), ("microphone", microphone)):
        if source is not None:
            try:
                source.start()
            except Exception as error:  # SourceError, or a driver's own (cv2.error, PortAudio)
                source = None
                if demo:
                    source = SyntheticCamera(config.width, config.height, config.fps, stand_in=True) \
                        if kind == "camera" else SyntheticMicrophone(stand_in=True)
                    source.notice = sentence_of(error)
                    source.start()
                else:
                    problems.append(sentence_of(error))
        started.append(source)
    return started[0], started[1], problems


def remembered_spec(spec: str, source) -> str:
    """The spec to open `source` again by after a loss: its stable identity where "auto" or an index found it (a
    replug may renumber the devices, and "auto" would then take whichever camera is first), else the spec as given."""
    stable = getattr(source, "stable_spec", "")
    return stable if stable and (spec == "auto" or (spec.isascii() and spec.isdigit())) else spec


def start_device(kind: str, spec: str, config: Config):
    """A real device opened and started (off the GUI thread), for bringing back one that was lost; raises
    SourceError, or a driver's own error, when it is still not there."""
    source = open_device(kind, spec, config)
    source.start()
    return source


class DeviceFeed(QObject):
    """Owns the kiosk's two sources for its whole life and starts and stops them.

    The sinks run on the sources' threads and must never wait, so they only keep the latest
    frame and level and post a signal; a frame the GUI has not painted yet is simply replaced.
    """

    frame_arrived = Signal()
    camera_lost = Signal(object)  # why (a kiosk.sentence Sentence, said where it is shown)
    microphone_lost = Signal(object)
    devices_switched = Signal(list)  # the problems met starting the new sources (sentences), often none
    devices_not_switched = Signal(object)  # opening failed outright (a Sentence or a str); the old sources stay
    _opened = Signal()  # from the opening thread: new sources wait to be swapped in on the GUI thread

    def __init__(self, camera: CameraSource | None, microphone: MicrophoneSource | None, parent=None,
                 specs: dict[str, str] | None = None, demo: bool = True) -> None:
        super().__init__(parent)
        self.camera, self.microphone = camera, microphone
        # The specs the sources came from, to open them again after a loss; `demo`: a first try-out, where a
        # demo source may stand in for a missing device.
        self.specs = dict(specs or {})
        self.demo = demo
        self._lock = threading.Lock()
        self._frame: np.ndarray | None = None
        self._frame_posted = False
        self.level = 0.0
        self._opener: threading.Thread | None = None
        self._waiting: tuple | None = None  # (camera, microphone, problems, failure) opened, not yet swapped in
        self._stopped = False
        self._opened.connect(self._swap_opened)

    # -- the sources' lives -------------------------------------------------------------------------

    def start(self) -> list[Sentence | str]:
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
                problems.append(sentence_of(error))
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

    def replace(self, camera: CameraSource | None, microphone: MicrophoneSource | None) -> list[Sentence | str]:
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

    def switch(self, open_sources: Callable[[], tuple[CameraSource | None, MicrophoneSource | None, list[str]]]
               ) -> bool:
        """Opens and starts new sources on a thread of the feed's own (a webcam or PortAudio can take a while),
        then swaps them in on the GUI thread and says so with `devices_switched`. False if a switch is under way.
        `open_sources` returns (camera, microphone, problems), each source started or None.
        """
        if self._opener is not None or self._stopped:
            return False
        self._opener = threading.Thread(target=self._open, args=(open_sources,), name="devices:switch", daemon=False)
        self._opener.start()
        return True

    def _open(self, open_sources) -> None:
        try:
            camera, microphone, problems = open_sources()  # started, or None with a sentence in problems
        except Exception as error:  # a driver's own error (cv2.error, PortAudio): said in the panel, old sources kept
            with self._lock:
                self._waiting = (None, None, [], sentence_of(error))
            self._opened.emit()
            return
        with self._lock:
            self._waiting = (camera, microphone, list(problems), "")
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

    def put(self, kind: str, source: CameraSource | MicrophoneSource) -> None:
        """Swaps one started source in for a lost or missing one of its kind (GUI thread), the other left running."""
        self.drop(kind)
        sink, lost = self._listeners(kind)
        setattr(self, kind, source)
        source.add_sink(sink)
        source.add_lost_listener(lost)

    def drop(self, kind: str) -> None:
        """Stops and forgets the source of `kind` (GUI thread): a lost one's thread has ended, a running one's
        ends within a frame or a block."""
        old = getattr(self, kind)
        if old is not None:
            sink, lost = self._listeners(kind)
            old.remove_sink(sink)
            old.remove_lost_listener(lost)
            old.stop()
            setattr(self, kind, None)
        if kind == "microphone":
            self.level = 0.0

    def _listeners(self, kind: str):
        return (self._take_frame, self.camera_lost.emit) if kind == "camera" else \
            (self._take_audio, self.microphone_lost.emit)

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
