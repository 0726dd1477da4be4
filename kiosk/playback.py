"""A clip played back in real time on a thread of its own: pictures to a callback, sound to the speakers.

The review screen and the panel's clip list used Qt Multimedia's FFmpeg player. Its engine threads
outlive stop() and the player: stopping or clearing a source while they report crashed the kiosk
(a segfault in a CI run) and, with no sound device, stop() could hang. Decoding here with PyAV, which
already wrote the file, and sending sound through sounddevice, which already records it, puts every
thread under an owner that stops and joins it.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Callable

import av
import numpy as np
import sounddevice as sd

from kiosk.config import LONGEST_TAKE
from kiosk.store.media import MARGIN_SECONDS, open_clip

SOUND_RATE = 48_000  # when there is no speaker to ask for its own rate
# Pictures later than this are skipped rather than shown late, so a busy machine catches up; but one is
# shown at least this often, so a machine too busy to keep up shows a slower picture, not a frozen one.
LATE_SECONDS = 0.1
LONGEST_GAP_SECONDS = 0.25

ShowPicture = Callable[[np.ndarray], None]  # a BGR frame, height x width x 3
Finished = Callable[[str], None]  # "" when the clip played to its end, else one sentence for a person


def _default_output() -> dict | None:
    """PortAudio's description of the default output device, or None when there is none."""
    try:
        return sd.query_devices(kind="output")
    except (sd.PortAudioError, ValueError):
        return None


def default_speaker() -> str | None:
    """The name of the output device a clip's sound is played on, or None when there is none."""
    output = _default_output()
    return output["name"] if output else None


def speaker_rate() -> int:
    """The default output's own sample rate: a raw ALSA device may refuse any other."""
    output = _default_output()
    return int(output["default_samplerate"]) if output and output["default_samplerate"] else SOUND_RATE


class Playback:
    """Plays one clip from `start` seconds once, to `end` seconds when given (a quote); `stop()` ends it early without
    waiting.

    `show` is called on the playback's thread with each picture when it is due; `finished` once, last,
    when the clip ends, is stopped, or cannot be read. A clip with sound and no pictures (a take with no
    camera) plays its sound. The owner joins the thread with `join()`.
    """

    def __init__(self, media: Path, show: ShowPicture, finished: Finished, start: float = 0.0,
                 opened: Callable[[bool], None] | None = None, sound: bool = True, end: float | None = None) -> None:
        self.media = Path(media)
        self.sound = sound  # False: silent (the wall, unless its setting says otherwise); a clip with no pictures still
        # lasts as long as its sound
        self.start_at = start
        self.end_at = end  # None: to the clip's end. A quote stops here by the clip's own time, not a timer's.
        self._show = show
        self._finished = finished
        self._opened = opened  # called once the file is open: whether it has pictures (a take with no camera has not)
        self.has_pictures: bool | None = None
        self._stopping = threading.Event()
        self.sound_problem = ""  # why the clip plays without sound, when it does
        self.pictures_shown = 0
        self.pictures_skipped = 0
        self.sound_frames_sent = 0
        self.sound_rate = SOUND_RATE
        self._position = start
        self._began: float | None = None  # the monotonic time the clip's 0 s was (or would have been) heard
        self._thread = threading.Thread(target=self._run, name=f"playback:{self.media.name}", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()

    def join(self, timeout: float | None = None) -> bool:
        """True when the thread has ended."""
        if self._thread.ident is not None:
            self._thread.join(timeout)
        return not self._thread.is_alive()

    def is_playing(self) -> bool:
        return self._thread.is_alive() and not self._stopping.is_set()

    def position(self) -> float:
        """Seconds into the clip of what is heard now (from the speaker's clock, so a clip with no pictures too)."""
        began = self._began
        position = self.start_at if began is None else max(self.start_at, time.monotonic() - began)
        return position if self.end_at is None else min(position, self.end_at)

    def _run(self) -> None:
        problem = ""
        try:
            problem = self._play()
        except (av.FFmpegError, OSError, sd.PortAudioError, ValueError) as error:
            problem = f"This clip cannot be played: {getattr(error, 'strerror', None) or error}."
        finally:
            self._finished(problem)

    def _play(self) -> str:
        with open_clip(self.media) as container:
            pictures = container.streams.video[0] if container.streams.video else None
            self.sound_rate = speaker_rate()  # asked here, not in the GUI thread: PortAudio may be slow to answer
            sound = self._decode_sound() if self.sound or pictures is None else np.zeros(0, np.float32)
            if pictures is None and not sound.size:
                return "This clip cannot be played: it holds neither pictures nor sound."
            self.has_pictures = pictures is not None
            if self._opened is not None:
                self._opened(self.has_pictures)
            with self._speaker(sound) as speaker:
                began = time.monotonic() + speaker.latency - self.start_at
                self._began = began
                if pictures is not None and not self._show_pictures(container, pictures, began):
                    return ""
                # The sound may run on past the last picture (or be all there is): let it finish.
                self._stopping.wait(max(0.0, began + self.start_at + speaker.seconds - time.monotonic()))
        return ""

    def _show_pictures(self, container, stream, began: float) -> bool:
        """Each picture when it is due; False when stopped meanwhile."""
        first = stream.start_time * stream.time_base if stream.start_time is not None else 0.0
        if self.start_at > 0:
            # To the key frame before the point, rather than decoding every picture up to it: the panel's transcript
            # editor plays from a caption near the end of a 90-second clip.
            try:
                container.seek(int((self.start_at + first) / stream.time_base), stream=stream)
            except av.FFmpegError:
                pass  # not seekable: the pictures before the point are decoded and passed over below
        last_shown = 0.0
        for frame in container.decode(stream):
            if self._stopping.is_set():
                return False
            at = float(frame.pts * stream.time_base - first) if frame.pts is not None else self._position
            if at < self.start_at:
                continue
            if self.end_at is not None and at >= self.end_at:
                break
            due = began + at
            if self._stopping.wait(max(0.0, due - time.monotonic())):
                return False
            now = time.monotonic()
            if now - due > LATE_SECONDS and now - last_shown < LONGEST_GAP_SECONDS:
                self.pictures_skipped += 1
                continue
            self._position = at
            self._show(frame.to_ndarray(format="bgr24"))
            self.pictures_shown += 1
            last_shown = now
        return True

    def _decode_sound(self) -> np.ndarray:
        """The whole sound track, mono float32 at the speaker's rate (a 90 s clip is 17 MB); empty if none. A track
        longer than any take (a file that says 3 s and holds hours of silence) is cut at the longest take; a quote's
        at its end."""
        longest = int((LONGEST_TAKE + MARGIN_SECONDS) * self.sound_rate)
        if self.end_at is not None:
            longest = min(longest, max(0, int(self.end_at * self.sound_rate)))
        with open_clip(self.media) as container:
            if not container.streams.audio:
                return np.zeros(0, np.float32)
            resampler = av.AudioResampler(format="flt", layout="mono", rate=self.sound_rate)
            blocks, decoded = [], 0
            for frame in container.decode(container.streams.audio[0]):
                if self._stopping.is_set() or decoded >= longest:
                    break
                for out in resampler.resample(frame):
                    blocks.append(out.to_ndarray().reshape(-1))
                    decoded += blocks[-1].size
            blocks.extend(out.to_ndarray().reshape(-1) for out in resampler.resample(None))
        sound = np.concatenate(blocks) if blocks else np.zeros(0, np.float32)
        return sound[int(self.start_at * self.sound_rate):longest]

    def _speaker(self, sound: np.ndarray) -> "_Speaker":
        speaker = _Speaker(sound, self)
        if not self.sound:
            self.sound_problem = "The sound is off."
        elif sound.size and not self._stopping.is_set():
            try:
                speaker.open()
            except (sd.PortAudioError, ValueError) as error:
                self.sound_problem = f"No speaker to play the sound on ({error})."
        elif not sound.size:
            self.sound_problem = "This clip has no sound."
        return speaker


class _Speaker:
    """The default output device fed from the decoded sound; silent when there is none."""

    def __init__(self, sound: np.ndarray, playback: Playback) -> None:
        self.sound = sound
        self.rate = playback.sound_rate
        self.seconds = sound.size / self.rate
        self.latency = 0.0
        self._playback = playback
        self._stream: sd.OutputStream | None = None

    def open(self) -> None:
        # Only copying in the callback: PortAudio calls it on its own real-time thread.
        self._stream = sd.OutputStream(samplerate=self.rate, channels=1, dtype="float32", callback=self._fill)
        self.latency = float(self._stream.latency)
        self._stream.start()

    def _fill(self, out: np.ndarray, frames: int, _time, _status) -> None:
        sent = self._playback.sound_frames_sent
        chunk = self.sound[sent:sent + frames]
        out[:len(chunk), 0] = chunk
        out[len(chunk):] = 0
        self._playback.sound_frames_sent = sent + len(chunk)

    def __enter__(self) -> "_Speaker":
        return self

    def __exit__(self, *_) -> None:
        if self._stream is not None:
            # abort, not stop: stop() waits for every buffered block to be heard, and PulseAudio's
            # buffers can be seconds deep.
            self._stream.abort()
            self._stream.close()
