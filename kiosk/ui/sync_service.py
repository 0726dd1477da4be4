"""The kiosk's sync engine as one of its services: Syncthing started on a thread of its own when `[sync] role` says
so, its state published by a signal, and any trouble a calm sentence for the facilitator; recording never waits."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Signal

from kiosk.config import Config
from kiosk.sync.engine import SyncError
from kiosk.sync.home import SyncthingMissing
from kiosk.sync.serve import SyncService, SyncSettings

log = logging.getLogger(__name__)
OFF, STARTING, RUNNING, MISSING, FAILED, STOPPED = "off", "starting", "running", "missing", "failed", "stopped"
THREAD_NAME = "kiosk-sync"


class KioskSync(QObject):
    """`start` returns at once; the engine starts on the service's own thread, which also runs it and stops it, so
    Syncthing is started and stopped by one thread (on Linux its parent-death signal follows the thread that
    started it) and the GUI thread never waits for it."""

    state_changed = Signal(str)  # OFF, STARTING, RUNNING, MISSING, FAILED or STOPPED
    said = Signal(str)  # a sentence for the facilitator (a withdrawal a hub asked for, Syncthing missing)
    paired = Signal(str)  # the hub's name, once it is the hub this kiosk sends to
    pair_failed = Signal(str)  # why it could not be paired, one sentence

    def __init__(self, recordings: Path, config: Callable[[], Config], faults: Callable[[], tuple[str, ...]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.recordings, self.config, self.faults = Path(recordings), config, faults
        self.state = OFF
        self.device_id = ""
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._service: SyncService | None = None
        self._suspended: int = 0  # the pid of the Syncthing suspended for a take, 0 none

    def start(self) -> None:
        config = self.config()
        if config.sync_role != "kiosk":
            self._set(OFF)
            return
        import socket

        from kiosk.sync.fleet import safe_name

        name = config.sync_name or safe_name(socket.gethostname().split(".")[0], "kiosk")
        settings = SyncSettings(self.recordings, "kiosk", name, syncthing=config.syncthing)
        self._stop.clear()
        self._set(STARTING)
        self._thread = threading.Thread(target=self._run, args=(settings,), name=THREAD_NAME, daemon=True)
        self._thread.start()

    def _run(self, settings: SyncSettings) -> None:
        try:
            service = SyncService(settings, faults=self.faults, said=self.said.emit,
                                  themes=lambda: tuple(theme.id for theme in self.config().themes))
        except SyncthingMissing as error:
            self._set(MISSING)
            self.said.emit(self.tr("Sync with the hub is off: %1").replace("%1", str(error)))
            return
        try:
            self.device_id = service.start()
        except (SyncError, OSError) as error:
            log.warning("the sync engine did not start: %s", error)
            self._set(FAILED)
            self.said.emit(self.tr("Sync with the hub could not start (%1). Clips are still kept here.")
                           .replace("%1", str(error)))
            return
        self._service = service
        self._set(RUNNING)
        try:
            service.run_until(self._stop)
        except SyncError as error:
            log.warning("%s", error)
            self._set(FAILED)
            self.said.emit(self.tr("Sync with the hub stopped (%1). Clips are still kept here.")
                           .replace("%1", str(error)))
        finally:
            self._service = None
            service.stop()
        if self.state == RUNNING:
            self._set(STOPPED)

    def take_recording(self, recording: bool) -> None:
        """While a take counts down or records, Syncthing is suspended (SIGSTOP, or its threads on Windows) as the
        background transcription is: its scans and hashing never compete with the encoder; it goes on afterwards,
        and a hub it lost meanwhile is found again within seconds."""
        import psutil  # when first needed, as kiosk/ui/transcription.py does (test_portability)

        service = self._service
        process = service.engine.process if service is not None else None
        try:
            if recording and process is not None and not self._suspended:
                psutil.Process(process.pid).suspend()
                self._suspended = process.pid
            elif not recording and self._suspended:
                psutil.Process(self._suspended).resume()
                self._suspended = 0
        except psutil.Error:
            self._suspended = 0  # it has gone: nothing to suspend or resume

    def settings_changed(self) -> None:
        """Sync turned on or off in the panel: started, or told to stop (its own thread stops Syncthing, so the GUI
        thread never waits for it; `stop` joins it at the end)."""
        wanted = self.config().sync_role == "kiosk"
        running = self._thread is not None and self._thread.is_alive()
        if wanted and not running:
            self._thread = None
            self.start()
        elif not wanted and running:
            self.take_recording(False)
            self._stop.set()

    def pair(self, device_id: str) -> None:
        """Makes `device_id` the (or another) hub this kiosk sends to; `paired` or `pair_failed` says how it went."""
        service = self._service
        if service is None or self.state != RUNNING:
            self.pair_failed.emit(self.tr("Sync with the hub is not running: in Settings, set Sync with the hub to "
                                          "kiosk, save, and try again."))
            return

        def pair(running: SyncService) -> None:
            try:
                self.paired.emit(running.fleet.pair(device_id))
            except SyncError as error:
                self.pair_failed.emit(str(error))
        service.ask(pair)

    def stop(self) -> None:
        """Stops Syncthing (SIGTERM, then a kill) and joins the thread."""
        self.take_recording(False)  # a suspended process would hold SIGTERM until the kill
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def _set(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)
