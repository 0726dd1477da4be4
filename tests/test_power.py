"""Keeping awake through wakepy (on a private D-Bus session bus with a stand-in screen saver) and the battery's levels."""

import pytest

from kiosk import power
from kiosk.power import CRITICAL, LOW, MAINS, ON_BATTERY, AwakeState, BatteryReading, KeepAwake, battery_level


@pytest.mark.parametrize("reading, level", [
    (None, MAINS),  # no battery at all: a desktop, or this machine
    (BatteryReading(5.0, True), MAINS),  # plugged in, however low
    (BatteryReading(26.0, False), ON_BATTERY),
    (BatteryReading(25.0, False), LOW),
    (BatteryReading(10.0, False), LOW),
    (BatteryReading(9.9, False), CRITICAL),
])
def test_battery_levels_follow_the_thresholds(reading, level):
    assert battery_level(reading, low=25.0, critical=10.0) == level


def test_no_battery_reads_as_none(monkeypatch):
    import psutil

    monkeypatch.setattr(psutil, "sensors_battery", lambda: None)
    assert power.read_battery() is None


def test_the_screen_is_kept_on_while_held_and_released_after(screensaver):
    awake = KeepAwake()
    awake.start()
    try:
        assert awake.answered.wait(10)
        assert awake.state.display and awake.state.method == "org.freedesktop.ScreenSaver"
        assert [call.split()[0] for call in screensaver.calls()] == ["ready", "Inhibit"]
    finally:
        awake.stop()
    cookie = screensaver.calls()[1].split()[-1]
    assert screensaver.calls()[2] == f"UnInhibit {cookie}"
    assert "the screen stays on" in awake.state.sentence()


def test_without_a_desktop_to_ask_it_says_the_laptop_may_sleep(monkeypatch):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setattr(power, "sleep_minutes", lambda: 5.0)
    state = power.probe_awake()
    assert not state.display and not state.system
    assert state.sentence().startswith("This laptop may sleep after 5 minutes: there is no desktop session to ask")


def test_only_the_laptop_kept_awake_says_the_screen_may_blank():
    state = AwakeState(system=True, method="org.gnome.SessionManager", problem="the desktop did not agree.",
                       sleep_minutes=10)
    assert "kept from sleeping (org.gnome.SessionManager), but its screen may blank or lock after 10 minutes" \
        in state.sentence()


def test_kiosk_check_says_what_keeping_awake_could_get(screensaver, recordings):
    from kiosk import config as configuration
    from kiosk.diagnostics.check import run_check

    config, _ = configuration.load_event(recordings)
    report = run_check(config, recordings, 2.0, camera_spec="synthetic", microphone_spec="synthetic")
    assert "Kept awake: the screen stays on while the kiosk runs (org.freedesktop.ScreenSaver)." in report.lines()
    assert [call.split()[0] for call in screensaver.calls()] == ["ready", "Inhibit", "UnInhibit"]  # asked, let go
