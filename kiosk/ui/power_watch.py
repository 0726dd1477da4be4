"""The laptop's power for the kiosk: kept awake while it runs, and its battery watched, in the panel's words."""

from __future__ import annotations

import logging
from typing import Callable


from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QTimer, Signal

from kiosk.config import Config
from kiosk.power import CRITICAL, LOW, MAINS, ON_BATTERY, AwakeState, BatteryReading, KeepAwake, battery_level, \
    read_battery
from kiosk.sentence import Sentence
from kiosk.ui.i18n import say
from kiosk.ui.notes import KioskNotes

log = logging.getLogger(__name__)

# kiosk.power's reasons the screen may sleep (English, for the log and `kiosk check`), in the panel's words; %1 is
# the ways the desktop refused, by their names.
class PowerWatch(QObject):
    """Holds the keep-awake for the kiosk's life and reads the battery every BATTERY_MS.

    `read_battery` is the battery source (psutil's by default; a test gives its own). The lines it writes to
    `notes.power_lines` go on the panel's status; `changed` says the battery's level (MAINS, ON_BATTERY, LOW,
    CRITICAL) or the keep-awake state has changed, so the attract screen can warn or pause.
    """

    BATTERY_MS = 30_000  # a battery falls a percent in a minute or more: twice a minute is soon enough

    changed = Signal()
    _awake_answered = Signal(object)  # AwakeState, from the keep-awake's thread

    def __init__(self, notes: KioskNotes, config: Callable[[], Config],
                 read: Callable[[], BatteryReading | None] = read_battery, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.notes, self.config, self.read = notes, config, read
        self.reading: BatteryReading | None = None
        self.level = MAINS
        self.awake_state: AwakeState | None = None
        self.awake = KeepAwake(on_state=self._awake_answered.emit)
        self._awake_answered.connect(self._show_awake)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check_battery)
        # The status keeps these lines as text: a visitor's choice of Welsh must not leave them in Welsh for the
        # facilitator who opens the panel in English after the visit, so they are written again in the new language.
        QCoreApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange and watched is QCoreApplication.instance():
            self._write_lines()
        return False

    def start(self, keep_awake: bool = True) -> None:
        if keep_awake:
            self.awake.start()
        self.check_battery()
        self._timer.start(self.BATTERY_MS)

    def stop(self) -> None:
        """Lets the laptop sleep again: the kiosk is closing."""
        self._timer.stop()
        self.awake.stop()

    def check_battery(self) -> None:
        """Reads the battery now (sysfs, or the system's own call: answered at once, no disk) and says what changed."""
        config = self.config()
        self.reading = self.read()
        level = battery_level(self.reading, config.low_battery_percent, config.critical_battery_percent)
        if level != self.level:
            self._level_changed(self.level, level)
        self.level = level
        self._write_lines()
        self.changed.emit()

    def _level_changed(self, old: str, new: str) -> None:
        percent = f"{self.reading.percent:.0f}%" if self.reading is not None else ""
        if new == CRITICAL:
            log.warning("battery at %s and discharging: attendees are paused until the laptop is plugged in", percent)
            self.notes.errors.append(Sentence("PowerWatch", QT_TRANSLATE_NOOP(
                "PowerWatch", "The battery is nearly empty (%1): attendees are paused until the laptop is plugged in."),
                (percent,)))
        elif new == LOW:
            log.warning("battery low: %s", percent)
            self.notes.errors.append(Sentence("PowerWatch", QT_TRANSLATE_NOOP(
                "PowerWatch", "The battery is low (%1): please plug the laptop in."), (percent,)))
        elif new == MAINS and old != MAINS:
            log.info("on mains power again%s", f" at {percent}" if percent else "")
        elif new == ON_BATTERY and old == MAINS:
            log.info("on battery: %s", percent)

    def warning(self) -> str:
        """A line for the attract screen, where a facilitator walking past sees it; "" when the power is fine."""
        if self.level == LOW:
            return self.tr("Battery low (%1): please plug the laptop in.").replace("%1", f"{self.reading.percent:.0f}%")
        return ""

    def _show_awake(self, state: AwakeState) -> None:
        self.awake_state = state
        self._write_lines()
        self.changed.emit()

    def _write_lines(self) -> None:
        lines = []
        if self.reading is not None:
            percent = f"{self.reading.percent:.0f}%"
            lines.append({MAINS: self.tr("Power: plugged in, battery at %1."),
                          ON_BATTERY: self.tr("Power: on battery, at %1."),
                          LOW: self.tr("Power: on battery and low, at %1: please plug the laptop in."),
                          CRITICAL: self.tr("Power: on battery and nearly empty, at %1: attendees are paused until "
                                            "the laptop is plugged in.")}[self.level].replace("%1", percent))
        if self.awake_state is not None:
            lines.append(self._awake_sentence(self.awake_state))
        self.notes.power_lines = lines

    def _awake_sentence(self, state: AwakeState) -> str:
        """AwakeState.said() in the language shown (the reason, from the desktop, stays in English)."""
        return say(state.said())
