"""Running the sync engine for a recordings folder: Syncthing started and set up for the role, and, at a kiosk, the
hubs' withdrawals and tags applied and the status file written, until asked to stop."""

from __future__ import annotations

import logging
import queue
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from kiosk.store.clips import ClipStore
from kiosk.store.index import ClipIndex
from kiosk.sync.engine import SyncError, Syncthing
from kiosk.sync.fleet import KIOSK, Fleet
from kiosk.sync.home import find_syncthing, sync_home
from kiosk.sync.status import STATUS_SECONDS, measure, write_status
from kiosk.sync.tags import IncomingAnnotations, forget_withdrawn
from kiosk.sync.withdrawals import IncomingWithdrawals

log = logging.getLogger(__name__)
POLL_SECONDS = 1.0  # how often a kiosk looks for a hub's withdrawal request or tags (a stat of its log and tags folder)


@dataclass(frozen=True)
class SyncSettings:
    recordings: Path
    role: str
    name: str
    listen: str = ""  # "" a free port on every interface
    syncthing: str = ""  # "" found on PATH


def open_engine(settings: SyncSettings) -> Syncthing:
    """The engine for this machine and folder, not started; raises SyncthingMissing when there is none."""
    executable = find_syncthing(settings.syncthing)
    return Syncthing(sync_home(settings.recordings), executable, settings.name, settings.listen)


def event_themes(recordings: Path) -> tuple[str, ...]:
    """The theme ids the event beside these recordings declares (the shipped ones when it has no kiosk.toml)."""
    from kiosk.config import load_event

    return tuple(theme.id for theme in load_event(recordings)[0].themes)


class SyncService:
    """The sync engine as one service: `start` (Syncthing up and configured), `run_until(stop)`, `stop`.

    `faults`: what the kiosk would say is wrong (a lost camera), for the status file; `said`: each sentence about a
    withdrawal or a hub's tags applied or refused, for the log and the panel; `themes`: the theme ids the event
    declares here (a hub's tag for another is refused), read when a hub's tags change (default: the folder's
    kiosk.toml).
    """

    status_seconds = STATUS_SECONDS

    def __init__(self, settings: SyncSettings, faults: Callable[[], tuple[str, ...]] = tuple,
                 said: Callable[[str], None] | None = None, refresh: Callable[[Path], None] | None = None,
                 themes: Callable[[], Iterable[str]] | None = None) -> None:
        self.settings = settings
        self.faults = faults
        self.said = said or (lambda sentence: log.info("%s", sentence))
        self.engine = open_engine(settings)
        self.fleet = Fleet(self.engine, settings.role, settings.recordings)
        # Refreshed every poll (milliseconds): a clip kept or withdrawn is in the status file a second later.
        self.index = ClipIndex([settings.recordings])
        self.store = ClipStore(settings.recordings, index=self.index)
        self.incoming = IncomingWithdrawals(self.store, self.engine.home, refresh)
        self.tags = IncomingAnnotations(self.store, self.engine.home,
                                        themes or (lambda: event_themes(settings.recordings)))
        self._asked: queue.Queue[Callable[["SyncService"], None]] = queue.Queue()

    def ask(self, work: Callable[["SyncService"], None]) -> None:
        """`work(service)` on the thread that runs the service, within a poll: a pairing asked at the panel."""
        self._asked.put(work)

    def start(self) -> str:
        """Starts and configures Syncthing; returns this device's id."""
        Path(self.settings.recordings).mkdir(parents=True, exist_ok=True)
        self.engine.start()
        try:
            self.fleet.configure(self.settings.name)
        except (SyncError, OSError):
            self.engine.stop()
            raise
        log.info("sync engine started as %s %r, device %s", self.settings.role, self.settings.name, self.fleet.my_id)
        return self.fleet.my_id

    def run_until(self, stop: threading.Event) -> None:
        last_status = None
        while not stop.is_set():
            if not self.engine.running:
                raise SyncError(f"Syncthing stopped by itself; its log is in {self.engine.home}.")
            if self.settings.role == KIOSK:
                for sentence in self.incoming.apply() + self.tags.apply():
                    self.said(sentence)
                changed = bool(self.index.refresh())
                if changed or last_status is None or time.monotonic() - last_status >= self.status_seconds:
                    self.write_status()
                    last_status = time.monotonic()
            else:
                self.hub_pass()
            self._do_asked()
            stop.wait(POLL_SECONDS if self.settings.role == KIOSK else 5 * POLL_SECONDS)

    def hub_pass(self) -> None:
        """At a hub: the tags of clips withdrawn since (at the hub or at their kiosk) stop travelling."""
        for path in forget_withdrawn(self.settings.recordings):
            log.info("the hub's tags of a withdrawn clip were removed (%s)", path.name)

    def _do_asked(self) -> None:
        while True:
            try:
                work = self._asked.get_nowait()
            except queue.Empty:
                return
            work(self)

    def write_status(self) -> None:
        try:
            write_status(self.settings.recordings, measure(self.store, self.settings.name, tuple(self.faults())))
        except OSError as error:
            log.warning("the status file could not be written (%s)", error.strerror or error)

    def stop(self) -> None:
        self.engine.stop()
        log.info("sync engine stopped")

