"""The camera and microphone in use: what to say about them, and switching them from the panel without a restart."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Signal

from kiosk.config import DEVICE_SETTINGS, Config, ConfigError
from kiosk.ui.devices import DeviceFeed, open_started_devices
from kiosk.ui.i18n import translate_notice
from kiosk.ui.notes import KioskNotes
from kiosk.ui.panel.settings import SettingsPage


def devices_differ(old: Config, new: Config) -> bool:
    return any(getattr(new, name) != getattr(old, name) for name in DEVICE_SETTINGS)


class DeviceControl(QObject):
    """Says what the feed's sources are (for the attract screen and the panel) and swaps them on request.

    A switch is refused while a take may be recording (`recording()`): its encoder is fed by the sources in use.
    """

    switched = Signal(object)  # the Config whose devices are in use now
    changed = Signal()  # a source was lost or replaced: what is said about them is to be shown again

    def __init__(self, feed: DeviceFeed, page: SettingsPage, notes: KioskNotes, current_config: Callable[[], Config],
                 recording: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.feed, self.page, self.notes = feed, page, notes
        self.current_config, self.recording = current_config, recording
        self._switched_config: Config | None = None  # the config whose devices a switch under way is opening
        feed.camera_lost.connect(self._lost)
        feed.microphone_lost.connect(self._lost)
        feed.devices_switched.connect(self._switched)
        feed.devices_not_switched.connect(page.show_devices_refused)
        page.devices_chosen.connect(self._chosen)

    def start(self) -> None:
        self.notes.device_problems = self.feed.start()

    def _lost(self, reason: str) -> None:
        self.notes.errors.append(reason)
        self.show_in_panel()
        self.changed.emit()

    def _chosen(self, changes: dict) -> None:
        """The settings page's "Use these devices": the typed devices, validated, replace the running ones."""
        if self.recording():
            self.page.show_devices_refused(self.tr("a take is being recorded. Try again when it has finished."))
            return
        try:
            config = self.current_config().with_changes(**changes)
        except ConfigError as error:
            self.page.show_devices_refused(str(error))
            return
        self.switch(config)

    def switch(self, config: Config) -> bool:
        """Opens `config`'s camera and microphone off the GUI thread and swaps them in, without a restart.

        The same spec again reopens the device: how a camera that was unplugged and plugged back comes back.
        """
        if self.recording():
            self.page.show_devices_refused(self.tr("a take is being recorded. Try again when it has finished."))
            return False
        if not self.feed.switch(lambda: open_started_devices(config)):
            self.page.show_devices_refused(self.tr("the camera and microphone are already being changed."))
            return False
        self._switched_config = config
        self.page.show_switching()
        return True

    def _switched(self, problems: list[str]) -> None:
        self.notes.device_problems = list(problems)
        self.show_in_panel()
        self.page.show_switched(problems)
        self.changed.emit()
        self.switched.emit(self._switched_config)

    def show_in_panel(self) -> None:
        self.page.show_devices(self.lines(), self.in_use())

    def in_use(self) -> dict[str, str]:
        """What really records, by kind: "Demo pattern (no camera)" where the config says auto and none was found."""
        return {kind: translate_notice(source.name) if source is not None else self.tr("none")
                for kind, source in (("camera", self.feed.camera), ("microphone", self.feed.microphone))}

    def lines(self) -> list[str]:
        """One line a source: its name, and any notice or the reason it was lost."""
        lines = []
        for kind, source in ((self.tr("Camera"), self.feed.camera), (self.tr("Microphone"), self.feed.microphone)):
            if source is None:
                state = self.tr("none")
            elif source.lost_reason:
                state = f"{translate_notice(source.name)}: {source.lost_reason}"
            else:
                state = translate_notice(source.name) + "".join(
                    f" ({text})" for text in (translate_notice(source.notice), source.detail) if text)
            lines.append(f"{kind}: {state}")
        return lines

    def notices(self) -> list[str]:
        """Plain sentences for the attract screen on what the kiosk is missing."""
        found = []
        for kind, source in (("camera", self.feed.camera), ("microphone", self.feed.microphone)):
            if source is None:
                found.append(self.tr("There is no camera, so only sound is recorded.") if kind == "camera"
                             else self.tr("There is no microphone, so only pictures are recorded."))
            elif source.lost_reason:
                found.append(self.tr("The camera has stopped working. Please tell a facilitator.") if kind == "camera"
                             else self.tr("The microphone has stopped working. Please tell a facilitator."))
            elif source.notice:
                found.append(translate_notice(source.notice))
        return found
