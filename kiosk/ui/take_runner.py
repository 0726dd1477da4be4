"""One take: 3-2-1 on the countdown screen, the recording started off the GUI thread, its clock, and its end."""

from __future__ import annotations

import math
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.config import Config
from kiosk.recording.session import ClipRecording
from kiosk.sentence import Sentence
from kiosk.store import Clip, ClipStore, ClipTags
from kiosk.ui.devices import DeviceFeed
from kiosk.ui.disk import DiskWorker
from kiosk.ui.notes import KioskNotes
from kiosk.ui.screens.countdown import CountdownScreen
from kiosk.ui.screens.recording import RecordingScreen


class TakeRunner(QObject):
    """Owns the countdown's timer, the recording's clock and the ClipRecording under way, which it keeps in the
    visit's `recording` for the rest of the visit to see. The take starts on the DiskWorker (it lists the store
    and writes the first sidecar); its end comes from the encoder's thread as the queued `take_finished`.
    The controller moves between screens on `started`, `not_started` and `take_finished`.
    """

    CLOCK_MS = 100  # time left and sound level refresh while recording

    started = Signal()  # the take records: the recording screen is ready to show
    not_started = Signal(str)  # the take could not start: one sentence for the attendee
    take_finished = Signal(object, object)  # (Clip, TakeResult), re-emitted from the encoder thread

    def __init__(self, store: ClipStore, feed: DeviceFeed, worker: DiskWorker, notes: KioskNotes,
                 countdown: CountdownScreen, recording: RecordingScreen, config: Callable[[], Config],
                 parent: QObject | None = None, paused: Callable[[], str] = lambda: "") -> None:
        super().__init__(parent)
        self.paused = paused  # why attendees cannot record now ("" when they can), in the language shown
        self.store, self.feed, self.worker, self.notes = store, feed, worker, notes
        self.countdown, self.recording, self.config = countdown, recording, config
        self.visit = None  # the controller's Visit whose take this is
        self._tags: Callable[[], ClipTags] | None = None
        self._count = 0
        self.countdown_timer = QTimer(self)
        self.countdown_timer.timeout.connect(self._count_down)
        self.clock = QTimer(self)
        self.clock.timeout.connect(self._tick)
        self.take_finished.connect(lambda *_: self.clock.stop())  # before anyone else hears of the end

    def refusal(self) -> str:
        """Why a take cannot start now, in one sentence for the attendee; "" when it can."""
        if self.feed.switching():
            return self.tr("The camera and microphone are being changed. Please try again in a moment.")
        paused = self.paused()
        if paused:
            return paused
        if self.feed.working_camera() is None and self.feed.working_microphone() is None:
            return self.tr("Recording is not possible right now. Please ask a facilitator for help.")
        return ""

    def count_down(self, visit, tags: Callable[[], ClipTags]) -> None:
        """Counts down on the countdown screen, then starts a take for `visit` tagged with `tags()`."""
        self.visit, self._tags = visit, tags
        seconds = self.config().countdown_seconds
        self._count = math.ceil(seconds)
        self.countdown.preview.clear()
        if self._count <= 0:
            self._start()
            return
        self.countdown.show_count(self._count)
        self.countdown_timer.start(int(seconds * 1000 / self._count))

    def cancel(self) -> bool:
        """Stops the countdown; False when it is over and the take is already being started."""
        if not self.countdown_timer.isActive():
            return False
        self.countdown_timer.stop()
        return True

    def stop(self) -> None:
        """The attendee's Stop: the encoder finishes the file and `take_finished` follows."""
        if self.visit is not None and self.visit.recording is not None:
            self.visit.recording.request_stop()
            self.recording.show_saving()

    def shutdown(self) -> None:
        """No more counting, ticking or screens: the kiosk is closing (the worker drops a start's late answer)."""
        self.countdown_timer.stop()
        self.clock.stop()

    def finish_take(self) -> Clip | None:
        """Ends a take under way and waits for its file (for closing the kiosk); its clip, or None."""
        recording = self.visit.recording if self.visit is not None else None
        if recording is None or recording.take is None:
            return None
        recording.request_stop()
        recording.take.join()  # the file must be whole before the kiosk exits
        return recording.clip

    def _count_down(self) -> None:
        self._count -= 1
        if self._count > 0:
            self.countdown.show_count(self._count)
            return
        self.countdown_timer.stop()
        self._start()

    def _start(self) -> None:
        refusal = self.refusal()
        if refusal:  # a device went during the countdown: no take without it (never a clip without sound)
            self.not_started.emit(refusal)
            return
        self.countdown.show_starting()
        config = self.config()
        recording = ClipRecording(self.store, self._tags(), self.feed.working_camera(), self.feed.working_microphone(),
                                  config.max_seconds, config.min_free_mb, preset=config.preset,
                                  on_finished=lambda clip, result: self.take_finished.emit(clip, result))
        self.visit.recording = recording
        starting = self.worker.submit(recording.start)
        starting.finished.connect(self._recording_started)
        starting.failed.connect(self._recording_not_started)

    def _recording_not_started(self, error: Sentence | str) -> None:
        self.visit.recording = None
        self.notes.errors.append(error)
        self.not_started.emit(self.tr("Sorry, recording could not start. Please ask a facilitator for help."))

    def _recording_started(self) -> None:
        config = self.config()
        self.recording.demo = any(source is not None and source.demo
                                  for source in (self.feed.working_camera(), self.feed.working_microphone()))
        self.recording.begin(config.prompt_for(self.visit.card_id), config.max_seconds)
        self.recording.preview.clear()
        if self.feed.working_camera() is None:
            self.recording.preview.show_message(self.tr("No camera: only your voice is being recorded."))
        self.started.emit()
        self.clock.start(self.CLOCK_MS)

    def _tick(self) -> None:
        take = self.visit.recording.take if self.visit is not None and self.visit.recording else None
        if take is None:
            return
        config = self.config()
        left = config.max_seconds - take.elapsed()
        self.recording.show_time_left(left, left <= config.warning_seconds)
        self.recording.show_level(self.feed.level)
