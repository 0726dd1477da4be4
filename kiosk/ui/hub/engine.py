"""The hub's sync engine and its looks at the fleet, on one thread of their own: Syncthing started, run and stopped
there, the fleet read every few seconds, a facilitator's accept, withdrawal or tag done there; the window hears by
signals and never waits on the network or the disk."""

from __future__ import annotations

import logging
import queue
import threading
from typing import Callable

from PySide6.QtCore import QObject, Signal

from kiosk.config import Config
from kiosk.store import Clip, StoreError
from kiosk.sync.arrivals import ArrivalCheck
from kiosk.sync.engine import SyncError
from kiosk.sync.home import SyncthingMissing
from kiosk.sync.hub import look
from kiosk.sync.serve import SyncService, SyncSettings
from kiosk.sync.tags import tag_at_hub
from kiosk.sync.withdrawals import withdraw_at_hub
from kiosk.ui.panel.jobs import clip_rows

log = logging.getLogger(__name__)
STARTING, RUNNING, MISSING, FAILED, STOPPED = "starting", "running", "missing", "failed", "stopped"
THREAD_NAME = "hub-sync"


class HubEngine(QObject):
    """`start` returns at once; `accept(device_id, name)`, `withdraw(code)` and `tag(...)` are queued to the engine's
    thread."""

    looked = Signal(object, list)  # a HubLook and its clips as the panel's ClipRows (thumbnails read off the GUI)
    state_changed = Signal(str)
    said = Signal(str)  # a sentence for the facilitator
    withdrawn = Signal(str)  # the code withdrawn at the hub
    tagged = Signal(str)  # the code of the clip tagged (or untagged) at the hub, shown so in the look just sent
    tag_failed = Signal(str, str)  # the code, and why its themes could not be changed

    look_seconds = 2.0

    def __init__(self, settings: SyncSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.state = STOPPED
        self._stop = threading.Event()
        self._asked: queue.Queue[Callable[[SyncService], None]] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._rows: dict = {}
        self._check = ArrivalCheck()
        self._tags: dict = {}  # the hub's own tags as last read

    def start(self) -> None:
        self._stop.clear()
        self._set(STARTING)
        self._thread = threading.Thread(target=self._run, name=THREAD_NAME, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._asked.put(lambda service: None)  # wakes the thread at once
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def accept(self, device_id: str, name: str = "") -> None:
        def pair(service: SyncService) -> None:
            paired = service.fleet.pair(device_id, name=name)
            self.said.emit(self.tr("%1 was accepted: its clips arrive in kiosks/%1.").replace("%1", paired))
        self._asked.put(pair)

    def withdraw(self, code: str) -> None:
        def withdraw(service: SyncService) -> None:
            from kiosk.export import publish

            report = withdraw_at_hub(self.settings.recordings, code, refresh=publish)
            self.withdrawn.emit(report.code)
            for problem in report.problems:
                self.said.emit(problem)
        self._asked.put(withdraw)

    def tag(self, clip: Clip, config: Config, theme_id: str, on: bool) -> None:
        """The kiosk's clip tagged with the theme (or no longer) in the hub's outbox, which its kiosk applies."""
        def tag(service: SyncService) -> None:
            try:
                tag_at_hub(self.settings.recordings, clip, config, theme_id, on, self.settings.name)
            except StoreError as error:
                self.tag_failed.emit(clip.code, str(error))
                return
            self._look(service)  # the tag in the list before its buttons are free again
            self.tagged.emit(clip.code)
        self._asked.put(tag)

    def _run(self) -> None:
        try:
            service = SyncService(self.settings)
            service.start()
        except SyncthingMissing as error:
            self._set(MISSING)
            self.said.emit(str(error))
            return
        except (SyncError, OSError) as error:
            self._set(FAILED)
            self.said.emit(self.tr("The hub's sync could not start (%1).").replace("%1", str(error)))
            return
        self._set(RUNNING)
        try:
            self._serve(service)
        finally:
            service.stop()
            if self.state == RUNNING:
                self._set(STOPPED)

    def _serve(self, service: SyncService) -> None:
        while not self._stop.is_set():
            if not service.engine.running:
                self._set(FAILED)
                self.said.emit(self.tr("The hub's sync stopped by itself; start the hub again."))
                return
            service.hub_pass()
            self._look(service)
            try:
                asked = self._asked.get(timeout=self.look_seconds)
            except queue.Empty:
                continue
            if self._stop.is_set():
                return
            try:
                asked(service)
            except (SyncError, StoreError, OSError) as error:
                self.said.emit(str(error))

    def _look(self, service: SyncService) -> None:
        try:
            seen = look(service.fleet, self.settings.recordings, self._check, self._tags)
        except SyncError as error:
            log.warning("the hub could not look at the fleet: %s", error)
            return
        rows, self._rows = clip_rows(list(seen.clips), self._rows)
        self.looked.emit(seen, rows)

    def _set(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)

