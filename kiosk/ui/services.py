"""What runs behind the kiosk's windows: one container of services, started and stopped in order, each with a status.

A window is given the container and builds none of it: the kiosk window today, a facilitator's hub or a wall on
the venue's screen next, all on the same store, devices and visit. Services publish what changes by signals
(`config_changed`, `note_added`, `recovery_finished`, each service's own); pages subscribe and no service imports a page.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kiosk.config import Config
from kiosk.services import Service, ServiceContainer
from kiosk.store import ClipStore, recover
from kiosk.store.index import ClipIndex
from kiosk.ui.clip_index import WatchedClips
from kiosk.ui.device_control import DeviceControl
from kiosk.ui.devices import DeviceFeed
from kiosk.ui.disk import DiskWorker
from kiosk.ui.i18n import say
from kiosk.ui.notes import KioskNotes
from kiosk.ui.pin import PinStore
from kiosk.ui.power_watch import PowerWatch
from kiosk.ui.resume_watch import ResumeWatch
from kiosk.ui.sync_service import KioskSync
from kiosk.ui.transcription import RUNNING as TRANSCRIPTS_RUNNING, TranscriptionService
from kiosk.visit import TAKE_UNDER_WAY, VisitFlow


class KioskServices(QObject):
    """The store and the clips it holds (watched), the disk worker, the devices, the power and resume watches, the transcripts, the facilitator's
    notes, the config in use and the visit flow of one kiosk.

    Started in the order of `services` and stopped in the reverse (kiosk/services.py, Qt-free, keeps that order and
    the statuses). The devices come first and go last: a take being finished when the kiosk closes is still fed by
    them, after the disk worker has written its last keep.
    """

    config_changed = Signal(object)  # the Config in use from now on (saved in the panel)
    recovery_finished = Signal(list)  # what the start-up recovery reported, one sentence a clip
    note_added = Signal(object)  # a Sentence (or str) for the facilitator, as it was added to notes.errors
    status_changed = Signal(str, str)  # a service's name and its status now (kiosk.services: RUNNING, STOPPED, ...)

    def __init__(self, config: Config, store: ClipStore, feed: DeviceFeed, pins: PinStore,
                 config_problems: list[str] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.config, self.store, self.feed, self.pins = config, store, feed, pins
        self.notes = KioskNotes(config_problems=list(config_problems or []))
        self.notes.errors.watch(self.note_added.emit)
        self.flow = VisitFlow(store, self.notes.errors)
        self.worker = DiskWorker(self)  # its thread runs from here: a window's first answers may need it
        # The clips every window watches: the store's own index (a store made without one gets one here, unshared).
        self.clips = WatchedClips(store.index or ClipIndex([store.root]), self.worker, self)
        self.devices = DeviceControl(feed, self.notes, lambda: self.config, self.take_may_be_recording, self)
        self.power = PowerWatch(self.notes, lambda: self.config, parent=self)
        self.resume = ResumeWatch(parent=self)
        self.transcription = TranscriptionService(store.root, lambda: self.config, self.notes, self.clips, parent=self)
        self.config_changed.connect(lambda _: self.transcription.settings_changed())
        # The event fleet ([sync] role = "kiosk"): the status file names the devices that could not be opened.
        # The hub's status file holds the device problems in English, as every kiosk writes them.
        self.sync = KioskSync(store.root, lambda: self.config, lambda: tuple(map(str, self.notes.device_problems)),
                              self)
        self.sync.said.connect(self._sync_said)  # a slot of this object: queued to the GUI thread, where notes live
        self.config_changed.connect(lambda _: self.sync.settings_changed())
        self.device_problems: list[str] = []  # why a device could not be opened at all, for devices.start
        self.lifecycle = ServiceContainer([
            Service("devices", lambda: self.devices.start(self.device_problems), self._stop_devices),
            Service("disk", lambda: None, self.worker.stop),  # queued keeps reach the disk; a take's start is made
            Service("store", self._recover, lambda: None),
            # After the recovery, on the same worker: its first refresh sees what the recovery left.
            Service("clips", self.clips.start, self.clips.stop),
            Service("transcription", lambda: None, self.transcription.shutdown),  # a transcript is written whole
            Service("resume", self.resume.start, self.resume.stop),
            Service("sync", self.sync.start, self.sync.stop),  # a hub counts only kept, whole clips, so no waiting
            Service("power", self.power.start, self.power.stop),  # stopped first: the laptop may sleep again
        ])
        self.lifecycle.watch(self.status_changed.emit)

    @property
    def services(self) -> list[Service]:
        return self.lifecycle.services

    @property
    def status(self) -> dict[str, str]:
        return self.lifecycle.status

    def take_may_be_recording(self) -> bool:
        return self.flow.current in TAKE_UNDER_WAY

    def start(self, device_problems: list[str] = ()) -> None:
        """Starts every service in order; `device_problems`: why a device could not be opened (looked for again)."""
        self.device_problems = list(device_problems)
        self.lifecycle.start()

    def stop(self, through: str = "") -> None:
        """Stops the running services in reverse order, through the one named `through` (all when "")."""
        self.lifecycle.stop(through)

    def use_config(self, config: Config) -> None:
        """Settings saved: used from the next attendee on, by every service and every window that subscribed."""
        self.config = config
        self.feed.demo = False  # an event config is saved now: no demo stands in for a missing device from here on
        self.config_changed.emit(config)

    def _recover(self) -> None:
        recovering = self.worker.submit(lambda: recover(self.store))
        recovering.finished.connect(self._recovered)
        recovering.failed.connect(lambda error: self._recovered([], say(error)))

    def _recovered(self, reports: list[str], error: str = "") -> None:
        self.notes.recovery_reports = list(reports or []) + ([error] if error else [])
        self.recovery_finished.emit(self.notes.recovery_reports)
        # Clips kept (or recovered) before this start without a transcript; a run the index's first announcement
        # started already does them all. With none, the run still finds out whether transcripts can be made here.
        if self.transcription.state != TRANSCRIPTS_RUNNING:
            self.transcription.request()

    def _sync_said(self, sentence: str) -> None:
        self.notes.errors.append(sentence)

    def _stop_devices(self) -> None:
        self.devices.stop()  # a device being looked for again: its try is joined
        self.feed.stop()  # a device switch under way too: its thread is joined, what it opened is stopped
