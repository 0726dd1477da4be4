"""Keeping the laptop and its screen awake while the kiosk runs, and reading its battery. Qt-free."""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass
from typing import Callable

from kiosk.sentence import QT_TRANSLATE_NOOP, Sentence

log = logging.getLogger(__name__)
CONTEXT = "PowerWatch"  # the panel's power lines say these too (kiosk/ui/power_watch.py)

LOW_BATTERY_PERCENT = 25.0
CRITICAL_BATTERY_PERCENT = 10.0


# -- keeping awake ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AwakeState:
    """What the kiosk could get from the desktop: the screen kept on, only the laptop kept from sleeping, or nothing."""

    display: bool = False  # the screen stays on (and the laptop with it)
    system: bool = False  # the laptop does not sleep, though its screen may blank or lock
    method: str = ""  # what gave it (a wakepy method: org.freedesktop.ScreenSaver, SetThreadExecutionState, ...)
    problem: "Sentence | str" = ""  # why the screen is not kept on, for a person (a Sentence: said in Welsh too)
    sleep_minutes: float | None = None  # the laptop's own idle time before it blanks or sleeps, where it can be read

    def said(self) -> Sentence:
        """One line for the panel's status and `kiosk check`, its reason said in the same language."""
        if self.display:
            return Sentence(CONTEXT, QT_TRANSLATE_NOOP("PowerWatch", "Kept awake: the screen stays on while the kiosk "
                                                                     "runs (%1)."), (self.method,))
        minutes = f"{self.sleep_minutes:g}" if self.sleep_minutes else ""
        if self.system and minutes:
            return Sentence(CONTEXT, QT_TRANSLATE_NOOP(
                "PowerWatch", "The laptop is kept from sleeping (%1), but its screen may blank or lock after %2 "
                              "minutes: %3 Set the screen never to blank in the laptop's settings."),
                (self.method, minutes, self.problem))
        if self.system:
            return Sentence(CONTEXT, QT_TRANSLATE_NOOP(
                "PowerWatch", "The laptop is kept from sleeping (%1), but its screen may blank or lock when its own "
                              "power settings say: %2 Set the screen never to blank in the laptop's settings."),
                (self.method, self.problem))
        if minutes:
            return Sentence(CONTEXT, QT_TRANSLATE_NOOP(
                "PowerWatch", "This laptop may sleep after %1 minutes: %2 Set it never to sleep or blank the screen in "
                              "its settings, and keep it plugged in."), (minutes, self.problem))
        return Sentence(CONTEXT, QT_TRANSLATE_NOOP(
            "PowerWatch", "This laptop may sleep when its own power settings say: %1 Set it never to sleep or blank "
                          "the screen in its settings, and keep it plugged in."), (self.problem,))

    def sentence(self) -> str:
        """The line in English."""
        return str(self.said())


def _reason(result) -> Sentence:
    """Why wakepy got nothing, in a sentence: the ways this system has that it tried (the details go to the log)."""
    tried = [method for method in result.query(success=[False]) if method.failure_stage != "PLATFORM_SUPPORT"]
    log.info("keep awake: %s", result.get_failure_text(style="inline"))
    if not tried:
        return Sentence(CONTEXT, QT_TRANSLATE_NOOP("PowerWatch", "this system offers the kiosk no way to ask."))
    if any("DBUS_SESSION_BUS_ADDRESS" in method.failure_reason for method in tried):
        return Sentence(CONTEXT, QT_TRANSLATE_NOOP("PowerWatch", "there is no desktop session to ask (the kiosk was "
                                                                 "not started from the laptop's desktop)."))
    return Sentence(CONTEXT, QT_TRANSLATE_NOOP("PowerWatch", "the desktop did not agree (%1)."),
                    (", ".join(method.method.name for method in tried),))


def sleep_minutes() -> float | None:
    """The desktop's idle time before the screen blanks, where it can be read (GNOME's setting); None elsewhere."""
    if not sys.platform.startswith("linux") or shutil.which("gsettings") is None:
        return None
    try:
        answer = subprocess.run(["gsettings", "get", "org.gnome.desktop.session", "idle-delay"], capture_output=True,
                                text=True, timeout=3)
    except (OSError, subprocess.SubprocessError):
        return None
    words = answer.stdout.split()
    if answer.returncode != 0 or not words or not words[-1].isdigit() or int(words[-1]) == 0:
        return None  # not GNOME, no session bus, or 0: never blanks
    return int(words[-1]) / 60


def _method_name(result) -> str:
    return result.method.name if result.method is not None else ""


def _enter(keep) -> tuple:
    """A wakepy mode entered with on_fail="pass" (failure is a state, not an error) and what it got."""
    mode = keep(on_fail="pass")
    mode.__enter__()
    return mode, mode.result


class KeepAwake:
    """Holds wakepy's keep.presenting (the screen on), else keep.running (no sleep), for the kiosk's life.

    wakepy modes must be entered and left on one thread, and a D-Bus call or a Windows call should not hold up
    the GUI: the mode lives on a thread of its own that waits for `stop()`. `on_state` hears what was got.
    """

    def __init__(self, on_state: Callable[[AwakeState], None] | None = None) -> None:
        self.on_state = on_state
        self.state: AwakeState | None = None  # None until the desktop has answered
        self.answered = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._hold, name="awake", daemon=False)
            self._thread.start()

    def stop(self) -> None:
        """Lets the laptop sleep again (the inhibit is released) and joins the thread."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def _hold(self) -> None:
        from wakepy import keep  # imported here: on Linux it reaches for D-Bus, which a CLI command never needs

        mode, result = _enter(keep.presenting)
        state = AwakeState(display=True, system=True, method=_method_name(result)) if result.success else None
        if state is None:
            problem = _reason(result)
            mode.__exit__(None, None, None)
            mode, result = _enter(keep.running)
            state = AwakeState(system=bool(result.success), method=_method_name(result), problem=problem,
                               sleep_minutes=sleep_minutes())
        self.state = state
        self.answered.set()
        log.info("keep awake: %s", state.sentence())
        if self.on_state is not None:
            self.on_state(state)
        self._stop.wait()
        mode.__exit__(None, None, None)
        log.info("keep awake: released")


def probe_awake() -> AwakeState:
    """What keeping awake would get here, asked and released at once (for `kiosk check`)."""
    awake = KeepAwake()
    awake._stop.set()  # released as soon as it is got
    awake.start()
    awake.stop()
    return awake.state or AwakeState(problem=Sentence(CONTEXT, QT_TRANSLATE_NOOP("PowerWatch",
                                                                                "the desktop did not answer.")))


# -- the battery -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BatteryReading:
    percent: float
    plugged: bool  # on mains power (charging or full)


def read_battery() -> BatteryReading | None:
    """The laptop's battery from psutil; None where there is none (a desktop, or this test machine)."""
    import psutil  # here: its Linux part needs the POSIX-only `resource`, and importing kiosk.power must not

    try:
        battery = psutil.sensors_battery()
    except (OSError, RuntimeError, NotImplementedError):
        return None  # a platform or a driver psutil cannot read the battery on: as good as none
    if battery is None:
        return None
    return BatteryReading(float(battery.percent), bool(battery.power_plugged))


MAINS, ON_BATTERY, LOW, CRITICAL = "mains", "battery", "low", "critical"


def battery_level(reading: BatteryReading | None, low: float = LOW_BATTERY_PERCENT,
                  critical: float = CRITICAL_BATTERY_PERCENT) -> str:
    """MAINS (or no battery), ON_BATTERY, LOW (the facilitator is warned) or CRITICAL (below `critical` and
    discharging: attendees are paused after the take in hand)."""
    if reading is None or reading.plugged:
        return MAINS
    if reading.percent < critical:
        return CRITICAL
    if reading.percent <= low:
        return LOW
    return ON_BATTERY
