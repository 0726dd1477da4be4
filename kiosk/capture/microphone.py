"""Microphones: a real input through sounddevice, an audio file played as a microphone, and a synthetic tone."""

from __future__ import annotations

import atexit
import logging
import queue
import threading
import time
from pathlib import Path

import numpy as np
import sounddevice as sd
import soundfile as sf

from kiosk.capture.base import AudioBlock, MicrophoneSource, SourceError, said
from kiosk.sentence import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
BLOCK_SECONDS = 0.02
# Callbacks that stop for this long mean the device has gone.
LOST_AFTER_SECONDS = 3.0
# Blocks whose callbacks come closer together than this are one burst from the driver.
BURST_GAP_SECONDS = 0.005
# How fast the clock's anchor may rise, in seconds a second of sound (300 ppm). A microphone stays open
# all day, and a device clock a little slow (or samples lost in an overflow) lets the true anchor rise:
# kept at its lowest for good, every later stamp would be early, further each hour. Rising slowly, it
# follows a crystal's drift but not a delivery delay that grows for a while and comes back down.
ANCHOR_RISE_PER_SECOND = 300e-6


class SampleClock:
    """Stamps audio by counting samples from one anchor on the monotonic clock.

    PortAudio's callback times are unreliable on Linux (0, stuck, or seconds behind through
    the ALSA pulse plugin) and callbacks arrive in bursts, so neither can stamp a block alone.
    A block cannot arrive before it was captured, so `arrival - samples_so_far / rate` is an
    upper bound on the stream's start; the anchor is the lowest such bound seen, allowed to rise by
    ANCHOR_RISE_PER_SECOND since (so a slow device clock or lost samples are caught up with). A whole
    burst is weighed before any of it is stamped (its last block gives the tightest bound), so stamps
    never pile up on one arrival time and jump back later; the recorder, not this clock,
    decides when a jump is large enough to count as a gap.
    """

    def __init__(self, rate: int, rise_per_second: float = ANCHOR_RISE_PER_SECOND) -> None:
        self.rate = rate
        self.samples = 0
        self.anchor: float | None = None
        self._rise = rise_per_second
        self._anchored_at = 0  # the sample count the anchor was last weighed at

    def stamp(self, frames: int, arrival: float) -> float:
        """The monotonic time of the first of `frames` samples that arrived at `arrival`."""
        return self.stamp_burst([(frames, arrival)])[0]

    def stamp_burst(self, blocks: list[tuple[int, float]]) -> list[float]:
        """Stamps for blocks of (frames, arrival) that came together, in order."""
        end = self.samples
        for frames, arrival in blocks:
            end += frames
            candidate = arrival - end / self.rate
            if self.anchor is not None:
                candidate = min(candidate, self.anchor + self._rise * (end - self._anchored_at) / self.rate)
            self.anchor, self._anchored_at = candidate, end
        stamps = []
        for frames, _ in blocks:
            stamps.append(self.anchor + self.samples / self.rate)
            self.samples += frames
        return stamps


_closing: set[threading.Thread] = set()
_closing_lock = threading.Lock()


def _close_later(stream: sd.InputStream, name: str) -> None:
    """Aborts and closes a PortAudio stream on a thread of its own. When the sound server died under the stream,
    PortAudio's ALSA abort can wait for ever inside the server's plugin (seen once in a test: the kiosk's GUI thread
    hung in abort() as a reopened microphone replaced a lost one), and nothing that stops a source may hang the
    kiosk. A daemon, so a driver that never lets go cannot hold the kiosk's exit either; `streams_closed` waits."""
    def close() -> None:
        try:
            stream.abort()
            stream.close()
        except sd.PortAudioError:
            pass  # the device is already gone; nothing left to release
        finally:
            with _closing_lock:
                _closing.discard(threading.current_thread())

    closer = threading.Thread(target=close, name=f"closing microphone {name}", daemon=True)
    with _closing_lock:
        _closing.add(closer)
    closer.start()


def streams_closed(timeout: float) -> bool:
    """Waits up to `timeout` seconds for the streams being closed; False if one is still closing (a stuck driver).
    PortAudio must not be terminated while one is: call this first."""
    deadline = time.monotonic() + timeout
    with _closing_lock:
        closers = list(_closing)
    for closer in closers:
        closer.join(max(0.0, deadline - time.monotonic()))
    return not any(closer.is_alive() for closer in closers)


def _before_portaudio_ends() -> None:
    """sounddevice terminates PortAudio at exit, and Pa_Terminate closes every stream: a stream stuck in a dead
    sound server's plugin would hang the exit there. So the closers get a few seconds, and if one is stuck,
    PortAudio is left to the operating system. Handlers run last-registered first: this one runs before it."""
    if not streams_closed(3.0):
        log.warning("a microphone stream did not close (its sound server died under it); exiting without "
                    "terminating PortAudio")
        atexit.unregister(sd._exit_handler)


atexit.register(_before_portaudio_ends)


class SoundDeviceMicrophone(MicrophoneSource):
    """A real input device. The PortAudio callback only copies into a queue; a thread stamps and emits."""

    def __init__(self, device: int | str | None, rate: int = 48000, channels: int = 1) -> None:
        try:
            info = sd.query_devices(device, "input")
        except (ValueError, sd.PortAudioError) as error:
            raise SourceError(said(QT_TRANSLATE_NOOP("Devices", "No microphone matches %1 (%2)."), repr(device),
                                   str(error))) from None
        super().__init__(info["name"], rate, min(channels, int(info["max_input_channels"])))
        self.device = info["index"]
        # An index is only the order PortAudio listed the devices in this time: opened by one, it is remembered by
        # its name for the day (opened by None, the system's default, it stays "auto" and follows the default).
        self.stable_spec = info["name"] if isinstance(device, int) else ""
        self._blocks: queue.Queue = queue.Queue(maxsize=500)
        self._stream: sd.InputStream | None = None
        self.overflows = 0

    def _open(self) -> None:
        try:
            self._stream = sd.InputStream(
                device=self.device,
                samplerate=self.rate,
                channels=self.channels,
                dtype="float32",
                blocksize=int(self.rate * BLOCK_SECONDS),
                callback=self._callback,
                finished_callback=self._finished,
            )
            self._stream.start()
        except sd.PortAudioError as error:
            raise SourceError(said(QT_TRANSLATE_NOOP("Devices", "The microphone %1 could not be opened (%2)."),
                                   self.name, str(error))) from None

    def _callback(self, indata, frames, times, status) -> None:
        # Only the arrival time is kept: PortAudio's own times are unreliable here (see SampleClock).
        try:
            self._blocks.put_nowait((indata.copy(), time.monotonic()))
        except queue.Full:
            self.overflows += 1

    def _finished(self) -> None:
        self._blocks.put(None)

    def _run(self) -> None:
        clock = SampleClock(self.rate)
        while not self._stopping.is_set():
            try:
                burst = [self._blocks.get(timeout=LOST_AFTER_SECONDS)]
            except queue.Empty:
                self._lose(said(QT_TRANSLATE_NOOP("Devices", "The microphone %1 stopped sending sound."), self.name))
                return
            while burst[-1] is not None:
                try:
                    burst.append(self._blocks.get(timeout=BURST_GAP_SECONDS))
                except queue.Empty:
                    break
            ended = burst[-1] is None
            blocks = [entry for entry in burst if entry is not None]
            stamps = clock.stamp_burst([(len(samples), arrival) for samples, arrival in blocks])
            for (samples, _), stamp in zip(blocks, stamps):
                self._emit(AudioBlock(samples, stamp, self.rate))
            if ended:
                if not self._stopping.is_set():
                    self._lose(said(QT_TRANSLATE_NOOP("Devices", "The microphone %1 was disconnected."), self.name))
                return

    def _close(self) -> None:
        if self._stream is not None:
            stream, self._stream = self._stream, None
            _close_later(stream, self.name)


class _PacedMicrophone(MicrophoneSource):
    """Emits blocks in real time from a generator of samples, stamped by sample count from one epoch."""

    def __init__(self, name: str, rate: int, channels: int, epoch: float | None = None) -> None:
        super().__init__(name, rate, channels)
        self.epoch = epoch

    def _next_block(self, frames: int) -> np.ndarray | None:
        raise NotImplementedError

    def _run(self) -> None:
        epoch = self.epoch if self.epoch is not None else time.monotonic()
        self.epoch = epoch
        frames = int(self.rate * BLOCK_SECONDS)
        done = 0
        while not self._stopping.wait(max(0.0, epoch + (done + frames) / self.rate - time.monotonic())):
            block = self._next_block(frames)
            if block is None or len(block) == 0:
                self._lose(said(QT_TRANSLATE_NOOP("Devices", "%1 has ended."), self.name))
                return
            self._emit(AudioBlock(block, epoch + done / self.rate, self.rate))
            done += len(block)


class SyntheticMicrophone(_PacedMicrophone):
    """A quiet 440 Hz tone that swells once a second, so a level meter visibly moves."""

    demo = True

    def __init__(self, rate: int = 48000, stand_in: bool = False) -> None:
        # "(no microphone)" only where it stands in for one that was not found, not where it was asked for.
        super().__init__("Demo tone (no microphone)" if stand_in else "Demo tone", rate, 1)
        self._done = 0

    def _next_block(self, frames: int) -> np.ndarray:
        t = (self._done + np.arange(frames)) / self.rate
        self._done += frames
        level = 0.05 + 0.2 * (0.5 + 0.5 * np.sin(2 * np.pi * t))
        return (level * np.sin(2 * np.pi * 440 * t)).astype(np.float32)[:, None]


class FileMicrophone(_PacedMicrophone):
    """Plays an audio file through soundfile in real time, as if it were a microphone."""

    def __init__(self, path: Path, epoch: float | None = None) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise SourceError(said(QT_TRANSLATE_NOOP("Devices", "The microphone file %1 does not exist."), self.path))
        try:
            self._file = sf.SoundFile(str(self.path))
        except (sf.LibsndfileError, RuntimeError) as error:
            raise SourceError(said(QT_TRANSLATE_NOOP("Devices", "The microphone file %1 is not audio soundfile can "
                                                                "read (%2)."), self.path, str(error))) from None
        super().__init__(f"File {self.path.name}", self._file.samplerate, self._file.channels, epoch)

    def _next_block(self, frames: int) -> np.ndarray:
        return self._file.read(frames, dtype="float32", always_2d=True)

    def _close(self) -> None:
        self._file.close()


def list_microphones() -> list[dict]:
    """Input devices sounddevice can see, with their default rate."""
    try:
        devices = sd.query_devices()
    except sd.PortAudioError:
        return []
    return [
        {"index": d["index"], "name": d["name"], "channels": d["max_input_channels"], "rate": d["default_samplerate"]}
        for d in devices
        if d["max_input_channels"] > 0
    ]
