"""One take: camera frames and microphone audio, on their capture timestamps, into one crash-safe MP4.

Sources call our sinks on their own threads; the sinks only queue (or drop and count), and one
encoder thread owned by the take does the work, so capture never waits on the encoder or the disk.
"""

from __future__ import annotations

import errno
import queue
import threading
import time
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Callable

import numpy as np

from kiosk.capture.base import AudioBlock, CameraSource, MicrophoneSource, VideoFrame
from kiosk.recording.writer import Mp4Writer
from kiosk.store.measurements import TakeMeasurements

VIDEO_QUEUE_FRAMES = 24  # ~0.8 s of 720p BGR frames, ~66 MB: a bound, so memory never grows with length
AUDIO_QUEUE_BLOCKS = 1000  # ~20 s of 20 ms blocks; PulseAudio delivers in bursts seconds late
KEYFRAME_EVERY_SECONDS = 1.0  # a crash loses about one fragment: at most this much
# Audio that lands within this of where the previous block ended is taken as contiguous: jitter
# in the stamps is not a gap. Past it, a gap is filled with silence and an overlap is trimmed.
AUDIO_JITTER_SECONDS = 0.03
# After Stop, wait this long at most for audio the microphone has captured but not yet delivered.
AUDIO_GRACE_SECONDS = 0.15

STOPPED = "stopped"
MAX_LENGTH = "maximum length"


@dataclass
class TakeResult:
    path: Path
    ended_by: str = STOPPED  # STOPPED, MAX_LENGTH, or a sentence on what went wrong
    error: str | None = None  # a sentence for a facilitator when the take ended by a fault
    duration: float = 0.0
    width: int = 0
    height: int = 0
    frames: int = 0
    dropped_frames: int = 0
    measured_fps: float = 0.0
    audio_rate: int = 0
    audio_seconds: float = 0.0
    silence_inserted_seconds: float = 0.0
    dropped_audio_blocks: int = 0
    camera: str = ""
    microphone: str = ""
    started_monotonic: float = 0.0
    stop_latency: float = 0.0  # from the stop request to the finished file
    extra: dict = field(default_factory=dict)

    def measurements(self) -> TakeMeasurements:
        """What the clip's sidecar keeps of the take (its "take" section), rounded as it is shown."""
        measured = {f.name: getattr(self, f.name) for f in fields(TakeMeasurements)}
        return TakeMeasurements(**{**measured, "duration": round(self.duration, 3),
                                   "measured_fps": round(self.measured_fps, 2)})


class Take:
    """Records from `camera` and/or `microphone` (either may be None) to `path` until stopped.

    `stop()` blocks until the file is finished, so a GUI calls it from a worker or uses
    `request_stop()` and waits for `on_finished(result)`, which runs on the encoder thread.
    """

    def __init__(self, path: Path, camera: CameraSource | None, microphone: MicrophoneSource | None,
                 max_seconds: float | None = None, on_finished: Callable[[TakeResult], None] | None = None,
                 width: int | None = None, height: int | None = None, preset: str | None = None) -> None:
        if camera is None and microphone is None:
            raise ValueError("A take needs a camera or a microphone.")
        self.path = Path(path)
        self.camera, self.microphone = camera, microphone
        self.max_seconds = max_seconds
        self.on_finished = on_finished
        self._writer_options = {"preset": preset} if preset else {}  # None: the writer's own preset
        self._size = (width or (camera.width if camera else 0), height or (camera.height if camera else 0))
        self._queue: queue.Queue = queue.Queue()
        self._pending_video = 0
        self._pending_audio = 0
        self._count_lock = threading.Lock()
        self._stop_requested = threading.Event()
        self._stop_at: float | None = None
        self._stop_reason = STOPPED
        self._stop_error: str | None = None
        self._thread: threading.Thread | None = None
        self.finished = threading.Event()
        self.result = TakeResult(self.path, camera=camera.name if camera else "",
                                 microphone=microphone.name if microphone else "")
        self._start_time = 0.0
        self._t0: float | None = None
        self.audio_level = 0.0  # RMS of the latest block, for a level meter

    # -- control -------------------------------------------------------------------------------

    def start(self) -> None:
        """Open the file and begin taking frames and audio from now on. Raises OSError if the file can't be made."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._start_time = time.monotonic()
        self.result.started_monotonic = self._start_time
        writer = Mp4Writer(self.path, self._size if self.camera is not None else None,
                           audio_rate=self.microphone.rate if self.microphone else None,
                           audio_channels=self.microphone.channels if self.microphone else 1, **self._writer_options)
        self._thread = threading.Thread(target=self._encode, args=(writer,), name=f"take:{self.path.name}", daemon=True)
        self._thread.start()
        for source, sink in self._sources():
            source.add_sink(sink)
            source.add_lost_listener(self._source_lost)

    def request_stop(self, reason: str = STOPPED, error: str | None = None, at: float | None = None) -> None:
        """Ask the take to end now (or at monotonic time `at`); returns at once. The first reason given wins."""
        with self._count_lock:
            if self._stop_requested.is_set():
                return
            self._stop_at = time.monotonic() if at is None else at
            self._stop_reason, self._stop_error = reason, error
            self._stop_requested.set()
        self._queue.put(None)

    def stop(self) -> TakeResult:
        """End the take and return once the file is finished."""
        self.request_stop()
        self.join()
        return self.result

    def join(self) -> None:
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join()

    def elapsed(self) -> float:
        return 0.0 if not self._start_time else time.monotonic() - self._start_time

    # -- sinks, called on the sources' threads ----------------------------------------------------

    def _take_frame(self, frame: VideoFrame) -> None:
        with self._count_lock:
            if self._stop_requested.is_set() or frame.timestamp < self._start_time:
                return
            if self._pending_video >= VIDEO_QUEUE_FRAMES:
                self.result.dropped_frames += 1
                return
            self._pending_video += 1
        self._queue.put(frame)

    def _take_audio(self, block: AudioBlock) -> None:
        with self._count_lock:
            if self._pending_audio >= AUDIO_QUEUE_BLOCKS:
                self.result.dropped_audio_blocks += 1  # the gap it leaves is filled with silence
                return
            self._pending_audio += 1
        self._queue.put(block)

    def _source_lost(self, reason) -> None:
        self.request_stop(str(reason), str(reason))  # a kiosk.sentence Sentence: its English, for the sidecar

    def _sources(self):
        if self.camera is not None:
            yield self.camera, self._take_frame
        if self.microphone is not None:
            yield self.microphone, self._take_audio

    def _detach(self) -> None:
        for source, sink in self._sources():
            source.remove_sink(sink)
            source.remove_lost_listener(self._source_lost)

    # -- the encoder thread ---------------------------------------------------------------------

    def _encode(self, writer: Mp4Writer) -> None:
        state = _Timeline(self.microphone.rate if self.microphone else 0, self.camera is not None)
        try:
            self._pump(writer, state)
        except OSError as error:
            reason = "The disk is full." if error.errno == errno.ENOSPC else f"Writing the clip failed ({error.strerror or error})."
            with self._count_lock:  # a fault outranks a Stop pressed at the same moment
                self._stop_requested.set()
                self._stop_at = self._stop_at or time.monotonic()
                self._stop_reason = self._stop_error = reason
        finally:
            self._detach()
            try:
                writer.close()
            except (OSError, ValueError) as error:  # av raises OSError subclasses for write failures
                self._stop_error = self._stop_error or f"Finishing the clip failed ({error})."
            self._fill_result(state)
            self.finished.set()
            if self.on_finished is not None:
                self.on_finished(self.result)

    def _pump(self, writer: Mp4Writer, state: "_Timeline") -> None:
        audio_deadline = None
        while True:
            if self._stop_requested.is_set():
                if audio_deadline is None:
                    audio_deadline = self._stop_at + AUDIO_GRACE_SECONDS
                with self._count_lock:
                    frames_waiting = self._pending_video  # captured before Stop: each is written
                late = time.monotonic() >= audio_deadline
                audio_done = self.microphone is None or state.audio_end() >= self._stop_at or late
                if frames_waiting == 0 and audio_done and (self._queue.empty() or late):
                    return
            try:
                item = self._queue.get(timeout=0.02 if audio_deadline else 0.5)
            except queue.Empty:
                continue
            if item is None:
                continue
            if isinstance(item, VideoFrame):
                with self._count_lock:
                    self._pending_video -= 1
                if self._stop_at is not None and item.timestamp > self._stop_at:
                    continue
                self._write_frame(writer, state, item)
            else:
                with self._count_lock:
                    self._pending_audio -= 1
                if self._stop_reason == MAX_LENGTH and item.timestamp >= self._stop_at:
                    continue  # past the limit: a backlog still queued when it was reached
                self.audio_level = float(np.sqrt(np.mean(np.square(item.samples)))) if len(item.samples) else 0.0
                for samples in state.place_audio(item):
                    writer.write_audio(samples)
            if self.max_seconds and state.duration() >= self.max_seconds:
                # The end is where the timeline reaches the limit, not when a busy encoder noticed it.
                self.request_stop(MAX_LENGTH, at=state.t0 + self.max_seconds if state.t0 is not None else None)

    def _write_frame(self, writer: Mp4Writer, state: "_Timeline", frame: VideoFrame) -> None:
        keyframe = state.start_video(frame.timestamp)
        pts = round((frame.timestamp - state.t0) * 1000)
        writer.write_video(frame.image, pts, keyframe)
        state.video_frame(frame.timestamp)
        if frame.image.shape[1] and not self.result.width:
            self.result.width, self.result.height = writer.width, writer.height
        # Audio that arrived before the first frame waited for t0; place it now.
        for samples in state.release_waiting_audio():
            writer.write_audio(samples)

    def _fill_result(self, state: "_Timeline") -> None:
        r = self.result
        r.ended_by = self._stop_reason
        r.error = self._stop_error
        r.frames = state.frames
        r.duration = state.duration()
        r.measured_fps = state.measured_fps()
        r.audio_rate = state.rate
        r.audio_seconds = state.next_sample / state.rate if state.rate else 0.0
        r.silence_inserted_seconds = state.silence / state.rate if state.rate else 0.0
        r.stop_latency = time.monotonic() - self._stop_at if self._stop_at else 0.0


class _Timeline:
    """Where each frame and audio sample goes on the clip's timeline, which starts at t0.

    With a camera, t0 is the first frame's capture time, so the first picture and the sound
    captured at the same instant both sit at zero; without one, t0 is the first audio sample.
    """

    def __init__(self, rate: int, has_video: bool) -> None:
        self.rate = rate
        self.has_video = has_video
        self.t0: float | None = None
        self.frames = 0
        self.first_frame = self.last_frame = 0.0
        self.last_key = -1e9
        self.next_sample = 0
        self.silence = 0
        self._waiting: list[AudioBlock] = []

    def start_video(self, timestamp: float) -> bool:
        """Whether this frame should be a keyframe; fixes t0 on the first frame."""
        if self.t0 is None:
            self.t0 = timestamp
        if timestamp - self.last_key >= KEYFRAME_EVERY_SECONDS:
            self.last_key = timestamp
            return True
        return False

    def video_frame(self, timestamp: float) -> None:
        if self.frames == 0:
            self.first_frame = timestamp
        self.frames += 1
        self.last_frame = timestamp

    def duration(self) -> float:
        video = (self.last_frame - self.first_frame) if self.frames else 0.0
        audio = self.next_sample / self.rate if self.rate else 0.0
        return max(video, audio)

    def measured_fps(self) -> float:
        span = self.last_frame - self.first_frame
        return (self.frames - 1) / span if self.frames > 1 and span > 0 else 0.0

    def audio_end(self) -> float:
        """The monotonic time up to which audio has been written."""
        if self.t0 is None or not self.rate:
            return 0.0
        return self.t0 + self.next_sample / self.rate

    def place_audio(self, block: AudioBlock):
        """The sample arrays to write, in order, for this block: silence for a gap, the block trimmed of any overlap."""
        if self.t0 is None:
            if self.has_video:
                self._waiting.append(block)
                return
            self.t0 = block.timestamp
        yield from self._place(block)

    def release_waiting_audio(self):
        waiting, self._waiting = self._waiting, []
        for block in waiting:
            yield from self._place(block)

    def _place(self, block: AudioBlock):
        start = round((block.timestamp - self.t0) * self.rate)
        samples = block.samples
        jitter = round(AUDIO_JITTER_SECONDS * self.rate)
        if start > self.next_sample + jitter:
            gap = start - self.next_sample
            self.silence += gap
            self.next_sample += gap
            yield np.zeros((gap, samples.shape[1]), np.float32)
        elif start < self.next_sample - jitter or start < 0:
            samples = samples[self.next_sample - start:]
        if len(samples):
            self.next_sample += len(samples)
            yield samples
