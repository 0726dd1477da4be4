"""The kiosk keeps the screen on while it runs (a stand-in screen saver on a private D-Bus session bus hears it ask
and let go), and watches a battery that a test drives: shown on battery, a warning when low, a pause when nearly
empty that lets the take in hand finish. This machine has no battery: only a real laptop shows a real reading."""

from kiosk.power import CRITICAL, LOW, BatteryReading
from kiosk.ui.flow import Screen
from kiosk.ui.i18n import PAUSED_FOR_POWER
from tests.ui.conftest import wait_for_screen, walk_to_prompt
from tests.ui.test_panel import open_panel

WELSH_PLUG_IN = "Plygiwch fi i mewn"  # in PAUSED_FOR_POWER's Welsh (assets/i18n/fill_welsh.py)


class Battery:
    """A battery a test sets: the kiosk reads it as it would read psutil's."""

    def __init__(self, percent: float = 100.0, plugged: bool = True) -> None:
        self.reading = BatteryReading(percent, plugged)

    def set(self, percent: float, plugged: bool = False) -> None:
        self.reading = BatteryReading(percent, plugged)

    def __call__(self) -> BatteryReading:
        return self.reading


def test_the_screen_is_kept_on_while_the_kiosk_runs_and_let_go_when_it_exits(qtbot, make_kiosk, panel_config,
                                                                            screensaver):
    kiosk = make_kiosk(panel_config)
    c = kiosk.controller
    qtbot.waitUntil(lambda: any(call.startswith("Inhibit") for call in screensaver.calls()), timeout=10_000)
    qtbot.waitUntil(lambda: c.power.awake_state is not None, timeout=10_000)
    panel = open_panel(qtbot, kiosk)
    qtbot.waitUntil(lambda: "Kept awake: the screen stays on while the kiosk runs (org.freedesktop.ScreenSaver)."
                    in panel.status.text(), timeout=10_000)
    assert not any(call.startswith("UnInhibit") for call in screensaver.calls())
    kiosk.close()
    cookie = [call for call in screensaver.calls() if call.startswith("Inhibit")][0].split()[-1]
    assert screensaver.calls()[-1] == f"UnInhibit {cookie}"  # released before close() returned


def test_without_a_desktop_to_ask_the_status_says_the_laptop_may_sleep(qtbot, make_kiosk, panel_config, monkeypatch):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    kiosk = make_kiosk(panel_config)
    qtbot.waitUntil(lambda: kiosk.controller.power.awake_state is not None, timeout=10_000)
    panel = open_panel(qtbot, kiosk)
    qtbot.waitUntil(lambda: "This laptop may sleep after" in panel.status.text(), timeout=10_000)
    assert "there is no desktop session to ask" in panel.status.text()


def test_in_welsh_the_reason_the_laptop_may_sleep_is_welsh_too(qtbot, make_kiosk, panel_config, monkeypatch):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    kiosk = make_kiosk(panel_config)
    c = kiosk.controller
    qtbot.waitUntil(lambda: c.power.awake_state is not None, timeout=10_000)
    c.set_language("cy")
    c.power.check_battery()  # the power lines are written again, in the language shown, at each reading
    panel = open_panel(qtbot, kiosk)
    qtbot.waitUntil(lambda: "does dim sesiwn bwrdd gwaith i ofyn iddi" in panel.status.text(), timeout=10_000)
    assert "desktop session" not in panel.status.text()  # no English reason inside the Welsh sentence


def test_a_falling_battery_warns_then_pauses_after_the_take_in_hand(qtbot, make_kiosk, panel_config):
    kiosk = make_kiosk(panel_config)
    c = kiosk.controller
    battery = Battery()
    c.power.read = battery
    battery.set(60)
    c.power.check_battery()
    panel = open_panel(qtbot, kiosk)
    qtbot.waitUntil(lambda: "Power: on battery, at 60%." in panel.status.text(), timeout=10_000)
    c.facilitator.back.click()

    battery.set(22)  # at the default 25%: the facilitator is warned, attendees go on
    c.power.check_battery()
    assert c.power.level == LOW
    assert "Battery low (22%): please plug the laptop in." in c.attract.notice.text()
    assert c.attract.start.isVisible()
    assert "The battery is low (22%)" in str(c.notes.errors[-1])

    walk_to_prompt(qtbot, kiosk)  # an attendee is part way through when it falls below 10%
    battery.set(8)
    c.power.check_battery()
    assert c.power.level == CRITICAL
    c.prompt.ready.click()  # their take goes ahead
    wait_for_screen(qtbot, kiosk, Screen.RECORDING)
    qtbot.waitUntil(lambda: c.visit.recording.take.elapsed() >= 0.5, timeout=10_000)
    c.recording.stop.click()
    wait_for_screen(qtbot, kiosk, Screen.REVIEW)
    with qtbot.waitSignal(c.clip_kept, timeout=10_000):
        c.review.keep.click()
    wait_for_screen(qtbot, kiosk, Screen.THANKS)
    c.thanks.done.click()
    # Then the kiosk pauses for the next attendee, in both languages.
    assert c.current == Screen.ATTRACT
    assert not c.attract.start.isVisible() and c.attract.paused.isVisible()
    assert PAUSED_FOR_POWER in c.attract.paused.text() and WELSH_PLUG_IN in c.attract.paused.text()
    c.begin_visit()
    assert c.current == Screen.ATTRACT

    battery.set(9, plugged=True)  # plugged in: charging, attendees are welcome again
    c.power.check_battery()
    assert c.attract.start.isVisible() and not c.attract.paused.isVisible()


def test_the_status_lines_follow_the_language_shown_not_the_one_they_were_written_in(qtbot, make_kiosk, panel_config):
    """A visitor's Welsh leaves the keep-awake line in English for the facilitator who opens the panel after."""
    kiosk = make_kiosk(panel_config)
    c = kiosk.controller
    c.power.read = Battery(80.0, plugged=True)
    c.power.check_battery()
    qtbot.waitUntil(lambda: c.power.awake_state is not None, timeout=10_000)
    english = list(c.notes.power_lines)
    assert english[0] == "Power: plugged in, battery at 80%." and len(english) == 2  # and whether it is kept awake
    c.set_language("cy")
    qtbot.waitUntil(lambda: c.notes.power_lines != english, timeout=5_000)
    welsh = c.notes.power_lines
    assert welsh[0] == "Pŵer: wedi'i blygio i mewn, y batri ar 80%." and welsh[1] != english[1]
    c.set_language("en")
    qtbot.waitUntil(lambda: c.notes.power_lines == english, timeout=5_000)


def test_a_problem_noted_while_a_visitor_reads_welsh_is_said_in_the_panels_language(qtbot, make_kiosk, panel_config):
    kiosk = make_kiosk(panel_config)
    c = kiosk.controller
    c.set_language("cy")
    c.power.read = Battery(22.0, plugged=False)  # low, while the visitor's Welsh is shown
    c.power.check_battery()
    c.set_language("en")
    panel = open_panel(qtbot, kiosk)
    qtbot.waitUntil(lambda: "Last error: The battery is low (22%): please plug the laptop in." in panel.status.text(),
                    timeout=10_000)
    c.set_language("cy")  # and the same note in Welsh for a facilitator who reads Welsh
    panel.status_page.refresh.click()
    qtbot.waitUntil(lambda: "Mae'r batri'n isel (22%)" in panel.status.text(), timeout=10_000)
