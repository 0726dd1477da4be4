"""Playing a clip into one of our picture widgets: what the review screen and the panel's clip list share."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Signal

from kiosk.playback import Playback
from kiosk.ui.widgets import CameraPreview


class ClipPlayer(QObject):
    """Plays clips (kiosk.playback) into `screen`, one at a time; the GUI thread never waits on them.

    Pictures reach the GUI thread through a queued signal that carries no picture: the playback's
    thread keeps only the latest one, so a busy GUI skips pictures instead of queueing them.
    """

    finished = Signal(str)  # "" at the end of the clip, else why it could not be played
    sound_only = Signal()  # the clip playing has no pictures (a take with no camera): only its sound is heard
    _picture_arrived = Signal()
    _playback_opened = Signal(object, bool)
    _playback_ended = Signal(object, str)

    def __init__(self, screen: CameraPreview, parent: QObject) -> None:
        super().__init__(parent)
        self.screen = screen
        self.source: Path | None = None
        self.current: Playback | None = None
        self._stopped: list[Playback] = []
        self._latest: tuple[Playback, np.ndarray] | None = None
        self._lock = threading.Lock()
        self._picture_arrived.connect(self._show_latest)
        self._playback_opened.connect(self._opened)
        self._playback_ended.connect(self._ended)

    def play(self, media: Path, start: float = 0.0, sound: bool = True, end: float | None = None) -> None:
        """Plays `media` from `start` seconds (its start by default) to `end` (its end by default), stopping whatever
        was playing; `sound`: False plays it silent. `finished` says when it reached `end`."""
        self.stop()
        self.screen.clear()
        self.source = Path(media)
        playback = Playback(self.source, lambda picture: self._arrived(playback, picture),
                            lambda problem: self._playback_ended.emit(playback, problem),
                            start=max(0.0, start),
                            opened=lambda pictures: self._playback_opened.emit(playback, pictures), sound=sound,
                            end=end)
        self.current = playback
        playback.start()

    def play_again(self) -> None:
        if self.source is not None:
            self.play(self.source)

    def is_playing(self) -> bool:
        return self.current is not None and self.current.is_playing()

    def position(self) -> float | None:
        """Seconds into the clip playing now; None when none is."""
        return self.current.position() if self.current is not None else None

    def holds_a_clip(self) -> bool:
        """True while any playback's thread may still have a file open."""
        return any(not playback.join(timeout=0) for playback in (self.current, *self._stopped) if playback)

    def stop(self) -> None:
        """Stops at once; the playback's thread lets go of the file as it ends, moments later."""
        if self.current is not None:
            self.current.stop()
            self._stopped.append(self.current)
            self.current = None
        self._stopped = [playback for playback in self._stopped if not playback.join(timeout=0)]

    def shutdown(self) -> None:
        """Stops and joins every playback thread: for closing the kiosk."""
        self.stop()
        for playback in self._stopped:
            playback.join()
        self._stopped.clear()

    def _arrived(self, playback: Playback, picture: np.ndarray) -> None:  # on the playback's thread
        with self._lock:
            waiting = self._latest is not None
            self._latest = (playback, picture)
        if not waiting:
            self._picture_arrived.emit()

    def _show_latest(self) -> None:
        with self._lock:
            latest, self._latest = self._latest, None
        if latest is not None and latest[0] is self.current:
            self.screen.show_frame(latest[1])

    def _opened(self, playback: Playback, has_pictures: bool) -> None:
        if playback is self.current and not has_pictures:
            self.sound_only.emit()

    def _ended(self, playback: Playback, problem: str) -> None:
        if playback is not self.current:
            return
        self.current = None
        self._stopped.append(playback)
        self.finished.emit(problem)
