"""What every camera and microphone source shares: timestamped items, sinks and a loss signal."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import Callable, Generic, TypeVar

import numpy as np

from kiosk.sentence import QT_TRANSLATE_NOOP, Sentence, sentence_of

log = logging.getLogger(__name__)


CONTEXT = "Devices"  # what the sources say about a device, which the panel says in its language (kiosk.sentence)


class SourceError(Exception):
    """A source could not be opened; its one argument is a Sentence (kiosk.sentence) for a person, whose `str()` is
    the English the CLI and the log show."""

    @property
    def sentence(self) -> Sentence | str:
        return sentence_of(self)


def said(text: str, *facts) -> Sentence:
    """One of the sources' sentences (its text marked with QT_TRANSLATE_NOOP("Devices", ...) where it is written)."""
    return Sentence(CONTEXT, text, facts)


@dataclass(frozen=True)
class VideoFrame:
    image: np.ndarray  # BGR, height x width x 3, uint8
    timestamp: float  # time.monotonic() seconds at capture


@dataclass(frozen=True)
class AudioBlock:
    samples: np.ndarray  # float32, frames x channels
    timestamp: float  # time.monotonic() seconds of the first sample
    rate: int


Item = TypeVar("Item", VideoFrame, AudioBlock)
Sink = Callable[[Item], None]


class Source(Generic[Item]):
    """A device that produces items on its own thread and hands each to every sink.

    Sinks are called on the source's thread and must not block: a sink that cannot keep
    up drops the item itself (see recording.take), so capture never stalls.
    """

    kind = "source"
    demo = False  # a test pattern or tone, never an attendee's own picture or voice

    def __init__(self, name: str) -> None:
        self.name = name
        self.notice = ""  # set when the source is a stand-in for a missing device
        self.detail = ""  # a fact for the facilitator, e.g. the size a camera really gives
        self.lost_reason: Sentence | None = None  # why it stopped: str() is the English, for the log and the take
        self._sinks: list[Sink] = []
        self._lost_listeners: list[Callable[[Sentence], None]] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def add_sink(self, sink: Sink) -> None:
        with self._lock:
            self._sinks.append(sink)

    def remove_sink(self, sink: Sink) -> None:
        with self._lock:
            if sink in self._sinks:
                self._sinks.remove(sink)

    def add_lost_listener(self, listener: Callable[[Sentence], None]) -> None:
        with self._lock:
            self._lost_listeners.append(listener)
            lost = self.lost_reason
        if lost:
            listener(lost)

    def remove_lost_listener(self, listener: Callable[[Sentence], None]) -> None:
        with self._lock:
            if listener in self._lost_listeners:
                self._lost_listeners.remove(listener)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stopping.clear()
        self._open()
        log.info("%s started: %s %s", self.kind, self.name, self.detail)
        self._thread = threading.Thread(target=self._run_guarded, name=f"{self.kind}:{self.name}", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join()
        self._close()

    def _emit(self, item: Item) -> None:
        with self._lock:
            sinks = list(self._sinks)
        for sink in sinks:
            sink(item)

    def _lose(self, reason: Sentence) -> None:
        with self._lock:
            if self.lost_reason:
                return
            self.lost_reason = reason
            log.warning("%s lost: %s", self.kind, reason)
            listeners = list(self._lost_listeners)
        for listener in listeners:
            listener(reason)

    def _run_guarded(self) -> None:
        try:
            self._run()
        except Exception as error:  # a device failing mid-stream is a loss, reported, not a crash
            log.exception("%s %s failed", self.kind, self.name)
            self._lose(said(QT_TRANSLATE_NOOP("Devices", "%1 stopped working (%2)."), self.name, str(error)))

    # Subclasses fill these in.
    def _open(self) -> None:
        """Open the device; raise SourceError with a readable message if it can't be."""

    def _run(self) -> None:
        raise NotImplementedError

    def _close(self) -> None:
        """Release the device; called after the thread has ended."""


class CameraSource(Source[VideoFrame]):
    kind = "camera"

    def __init__(self, name: str, width: int, height: int, fps: float) -> None:
        super().__init__(name)
        self.width, self.height, self.fps = width, height, fps


class MicrophoneSource(Source[AudioBlock]):
    kind = "microphone"

    def __init__(self, name: str, rate: int, channels: int) -> None:
        super().__init__(name)
        self.rate, self.channels = rate, channels
