"""The camera and microphone in use: what to say about them, and switching them from the panel without a restart."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Signal

from kiosk.config import DEVICE_SETTINGS, Config, ConfigError
from kiosk.sentence import Sentence
from kiosk.ui.device_watch import Absence, DeviceWatch
from kiosk.ui.devices import KINDS, DeviceFeed, open_started_devices, remembered_spec, start_device
from kiosk.ui.i18n import say, translate_notice
from kiosk.ui.notes import KioskNotes


def devices_differ(old: Config, new: Config) -> bool:
    return any(getattr(new, name) != getattr(old, name) for name in DEVICE_SETTINGS)


class DeviceControl(QObject):
    """Says what the feed's sources are (for the attract screen and the panel) and swaps them on request.

    A switch is refused while a take may be recording (`recording()`): its encoder is fed by the sources in use.
    It publishes what it says by signals and knows no page: a window connects the panel's settings page (or a hub's
    view of this kiosk) to them, and a request to switch comes in by `choose`.
    """

    switched = Signal(object)  # the Config whose devices are in use now
    changed = Signal()  # a source was lost or replaced: what is said about them is to be shown again
    described = Signal(list, dict)  # (one line a source, what really records by kind): see lines() and in_use()
    switch_started = Signal()  # new devices are being opened off the GUI thread
    switch_finished = Signal(list)  # the switch is done; why a device could not be opened, if any, said in the
    # language shown
    switch_refused = Signal(str)  # why a switch was refused or failed (said): the devices in use stay

    def __init__(self, feed: DeviceFeed, notes: KioskNotes, current_config: Callable[[], Config],
                 recording: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.feed, self.notes = feed, notes
        self.current_config, self.recording = current_config, recording
        self._switched_config: Config | None = None  # the config whose devices a switch under way is opening
        self.watch = DeviceWatch(feed, self._opener, lambda: not self.recording(), self)
        self.watch.changed.connect(self._watch_changed)
        feed.camera_lost.connect(lambda reason: self._lost("camera", reason))
        feed.microphone_lost.connect(lambda reason: self._lost("microphone", reason))
        feed.devices_switched.connect(self._switched)
        feed.devices_not_switched.connect(lambda error: self.switch_refused.emit(say(error)))

    def start(self, problems: list[Sentence | str] = ()) -> None:
        """Starts the feed's sources; `problems`: why a device could not be opened at all. Whatever is missing is
        looked for again by itself from now on."""
        self.notes.device_problems = list(problems) + self.feed.start()
        self._watch_missing(self.notes.device_problems)

    def stop(self) -> None:
        self.watch.stop()

    def _opener(self, kind: str):
        spec, config = self.feed.specs.get(kind) or getattr(self.current_config(), kind), self.current_config()
        return lambda: start_device(kind, spec, config)

    def _watch_missing(self, problems: list[Sentence | str]) -> None:
        for kind in KINDS:
            if getattr(self.feed, kind) is None:
                said = [problem for problem in problems if kind in str(problem).lower()]  # the English names it
                self.watch.lost(kind, said[0] if said else self.tr("not found"))

    def _lost(self, kind: str, reason: Sentence | str) -> None:
        self.notes.errors.append(reason)
        self.watch.lost(kind, reason)
        self.show_in_panel()
        self.changed.emit()

    def _watch_changed(self) -> None:
        self.show_in_panel()
        self.changed.emit()

    def reopen(self) -> None:
        """Both devices closed and opened afresh by the watch (after the laptop woke from sleep). Closed first: a
        webcam gives its pictures to one opener at a time. Not while a take may be recording."""
        for kind in KINDS:
            source = getattr(self.feed, kind)
            if source is not None and not source.demo:  # a demo pattern or tone does not sleep
                self.feed.drop(kind)
                self.watch.lost(kind, self.tr("being opened again after the laptop woke."))
        self.watch.check_again()

    def missing(self) -> list[Absence]:
        """The devices a take needs that are not working now, each with since when; empty when the kiosk is whole."""
        return self.watch.missing()

    def choose(self, changes: dict) -> None:
        """The settings page's "Use these devices": the typed devices, validated, replace the running ones."""
        if self.recording():
            self.switch_refused.emit(self.tr("a take is being recorded. Try again when it has finished."))
            return
        try:
            config = self.current_config().with_changes(**changes)
        except ConfigError as error:
            self.switch_refused.emit(str(error))
            return
        self.switch(config)

    def switch(self, config: Config) -> bool:
        """Opens `config`'s camera and microphone off the GUI thread and swaps them in, without a restart.

        The same spec again reopens the device: how a camera that was unplugged and plugged back comes back.
        """
        if self.recording():
            self.switch_refused.emit(self.tr("a take is being recorded. Try again when it has finished."))
            return False
        demo = self.feed.demo
        if not self.feed.switch(lambda: open_started_devices(config, demo=demo)):
            self.switch_refused.emit(self.tr("the camera and microphone are already being changed."))
            return False
        self._switched_config = config
        self.switch_started.emit()
        return True

    def _switched(self, problems: list[Sentence | str]) -> None:
        self.notes.device_problems = list(problems)
        if self._switched_config is not None:
            self.feed.specs = {kind: remembered_spec(getattr(self._switched_config, kind), getattr(self.feed, kind))
                               for kind in KINDS}
        self.watch.forget()
        self._watch_missing(problems)
        self.show_in_panel()
        self.switch_finished.emit([say(problem) for problem in problems])
        self.changed.emit()
        self.switched.emit(self._switched_config)

    def show_in_panel(self) -> None:
        """Says again what the devices are, to whoever shows them (the panel's settings page)."""
        self.described.emit(self.lines(), self.in_use())

    def in_use(self) -> dict[str, str]:
        """What really records, by kind: "Demo pattern (no camera)" where the config says auto and none was found."""
        return {kind: translate_notice(source.name) if source is not None else self.tr("none")
                for kind, source in (("camera", self.feed.camera), ("microphone", self.feed.microphone))}

    def lines(self) -> list[str]:
        """One line a source: its name, and any notice or the reason it was lost."""
        lines = []
        for kind, name in (("camera", self.tr("Camera")), ("microphone", self.tr("Microphone"))):
            source, absence = getattr(self.feed, kind), self.watch.absences.get(kind)
            if absence is not None:
                state = (self.tr("missing since %1 (%2); the kiosk is paused for attendees and looks for it again "
                                 "every few seconds.")
                         .replace("%1", absence.since_text()).replace("%2", say(absence.reason)))
            elif source is None:
                state = self.tr("none")
            elif source.lost_reason:
                state = f"{translate_notice(source.name)}: {say(source.lost_reason)}"
            elif source.notice:  # a stand-in: the notice says what it is and why, the name would say it again
                state = say(source.notice) + (f" ({source.detail})" if source.detail else "")
            else:
                state = translate_notice(source.name) + (f" ({source.detail})" if source.detail else "")
            lines.append(f"{name}: {state}")
        return lines

    def notices(self) -> list[str]:
        """Plain sentences for the attract screen on what stands in for a device (a missing one pauses the kiosk)."""
        found = []
        for kind in KINDS:
            source = getattr(self.feed, kind)
            if source is None or source.lost_reason or kind in self.watch.absences:
                continue
            if source.notice:
                found.append(say(source.notice))
            elif source.demo:
                found.append(self.tr("Demo: a test pattern stands in for the camera.") if kind == "camera"
                             else self.tr("Demo: a test tone stands in for the microphone."))
        return found
