"""A take tied to its clip in the store: the one path the CLI, the kiosk and the benchmark all record through."""

from __future__ import annotations

import logging
import threading
from typing import Callable

from kiosk.capture.base import CameraSource, MicrophoneSource
from kiosk.recording.take import Take, TakeResult
from kiosk.store.clips import Clip, ClipStore, ClipTags, StoreError

log = logging.getLogger(__name__)
MEGABYTE = 1024 * 1024


class ClipRecording:
    """Names the clip, records the take into it, and writes what the take measured into its sidecar.

    `on_finished(clip, result)` runs on the encoder thread once the file and sidecar are final.
    """

    def __init__(self, store: ClipStore, tags: ClipTags, camera: CameraSource | None,
                 microphone: MicrophoneSource | None, max_seconds: float | None = None, min_free_mb: int = 0,
                 on_finished: Callable[[Clip, TakeResult], None] | None = None, preset: str | None = None) -> None:
        self.store, self.tags = store, tags
        self.camera, self.microphone = camera, microphone
        self.max_seconds, self.min_free_mb = max_seconds, min_free_mb
        self.on_finished = on_finished
        self.preset = preset  # x264's, from the event config; None: the writer's own
        self.clip: Clip | None = None
        self.take: Take | None = None
        self.result: TakeResult | None = None
        self.finished = threading.Event()

    def start(self) -> Clip:
        """Raises StoreError (no space, folder not writable) before anything is recorded."""
        if self.min_free_mb and self.store.free_bytes() < self.min_free_mb * MEGABYTE:
            raise StoreError(f"There is less than {self.min_free_mb} MB free in {self.store.root}, so recording is paused.")
        self.clip = self.store.begin(self.tags)
        self.take = Take(self.clip.media_path, self.camera, self.microphone, self.max_seconds, self._take_finished,
                         preset=self.preset)
        try:
            self.take.start()
        except OSError as error:
            self.store.discard(self.clip)
            raise StoreError(f"The clip could not be created in {self.store.root} ({error.strerror or error}).") from None
        return self.clip

    def request_stop(self) -> None:
        if self.take is not None:
            self.take.request_stop()

    def wait(self, timeout: float | None = None) -> tuple[Clip, TakeResult]:
        if not self.finished.wait(timeout):
            raise TimeoutError("The take did not finish in time.")
        return self.clip, self.result

    def _take_finished(self, result: TakeResult) -> None:
        try:
            self.clip = self.store.finish(self.clip, result)
        except (OSError, StoreError) as error:  # StoreError: the sidecar was removed or spoiled under the take
            # The media is on disk and the sidecar still says "recording": the next start recovers it.
            reason = getattr(error, "strerror", None) or error
            result.error = result.error or f"The clip's details could not be saved ({reason})."
        self.result = result
        (log.warning if result.error else log.info)(
            "take %s: %.1f s, %d frames, %d dropped, %.1f s of silence filled in, ended by %s", self.clip.sidecar.id,
            result.duration, result.frames, result.dropped_frames, result.silence_inserted_seconds,
            result.error or result.ended_by)
        self.finished.set()
        if self.on_finished is not None:
            self.on_finished(self.clip, result)
