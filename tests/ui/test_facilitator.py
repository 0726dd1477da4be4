"""The facilitator's way in: a long press in the corner, a PIN on an on-screen keypad, then status and Exit."""

import json

import pytest
from PySide6.QtCore import QPoint, Qt

from kiosk.ui.flow import Screen
from kiosk.ui.pin import DEFAULT_PIN, PinStore
from tests.ui.conftest import wait_for_screen


def type_pin(pin_screen, digits: str) -> None:
    for digit in digits:
        pin_screen.digit_keys[digit].click()
    pin_screen.ok.click()


def hold_corner(qtbot, window) -> None:
    qtbot.mousePress(window, Qt.LeftButton, pos=QPoint(10, 10))
    qtbot.waitUntil(lambda: window.controller.current == Screen.PIN, timeout=3_000)
    qtbot.mouseRelease(window, Qt.LeftButton, pos=QPoint(10, 10))


def test_a_short_tap_in_the_corner_does_nothing(qtbot, make_kiosk, kiosk_config):
    kiosk = make_kiosk(kiosk_config)
    qtbot.mousePress(kiosk.window, Qt.LeftButton, pos=QPoint(10, 10))
    qtbot.mouseRelease(kiosk.window, Qt.LeftButton, pos=QPoint(10, 10))
    assert not kiosk.window.hold_timer.isActive()
    assert kiosk.controller.current == Screen.ATTRACT


def test_pin_opens_the_facilitator_screen_and_exit_closes_the_kiosk(qtbot, make_kiosk, kiosk_config, recordings):
    kiosk = make_kiosk(kiosk_config)
    window, c = kiosk.window, kiosk.controller
    window.close()  # an attendee's close request is refused
    assert window.isVisible()
    hold_corner(qtbot, window)
    type_pin(c.pin, "1111")
    qtbot.waitUntil(lambda: c.pin.state == "wrong", timeout=5_000)
    assert "not right" in c.pin.status.text()
    type_pin(c.pin, DEFAULT_PIN)
    wait_for_screen(qtbot, kiosk, Screen.FACILITATOR)
    status = c.facilitator.status.text()
    assert "Camera: Demo pattern" in status and "Free space for recordings" in status
    assert "Recording pauses when less than 0 MB is free." in status  # the threshold a full disk meets
    assert "default" in status
    assert (recordings / ".facilitator-pin").stat().st_mode & 0o077 == 0
    c.facilitator.exit.click()  # asks first: a mis-tap must not close a kiosk that has no desktop behind it
    assert window.isVisible() and c.facilitator.status_page.confirm_exit.isVisible()
    c.facilitator.status_page.cancel_exit.click()
    assert window.isVisible() and not c.facilitator.status_page.confirm_exit.isVisible()
    c.facilitator.exit.click()
    with qtbot.waitSignal(window.exited, timeout=2_000):
        c.facilitator.status_page.confirm_exit.click()
    assert not window.isVisible()


def test_back_to_kiosk_from_the_facilitator_screen(qtbot, make_kiosk, kiosk_config):
    kiosk = make_kiosk(kiosk_config)
    c = kiosk.controller
    hold_corner(qtbot, kiosk.window)
    qtbot.keyClicks(c.pin, DEFAULT_PIN)
    qtbot.keyClick(c.pin, Qt.Key_Return)
    wait_for_screen(qtbot, kiosk, Screen.FACILITATOR)
    c.facilitator.back.click()
    assert c.current == Screen.ATTRACT


def test_wrong_pins_back_off(tmp_path):
    pins = PinStore(tmp_path / ".facilitator-pin")
    assert pins.ensure() and not pins.ensure()
    now = 100.0
    for _ in range(PinStore.FREE_TRIES - 1):
        assert pins.check("0000", now) .wait_seconds == 0
    third = pins.check("0000", now)
    assert not third.accepted and third.wait_seconds == PinStore.FIRST_WAIT_SECONDS
    assert not pins.check(DEFAULT_PIN, now + 1).accepted  # even the right PIN waits
    assert pins.check(DEFAULT_PIN, now + PinStore.FIRST_WAIT_SECONDS + 0.1).accepted
    # Only a salted hash is kept. (Not a substring check: a hex hash holds "2468" one run in a few hundred.)
    stored = json.loads((tmp_path / ".facilitator-pin").read_text())
    assert set(stored) == {"salt", "n", "r", "p", "hash"} and DEFAULT_PIN not in stored.values()
    assert len(stored["hash"]) == 64 and len(stored["salt"]) == 32


def test_a_pin_must_be_digits(tmp_path):
    with pytest.raises(ValueError):
        PinStore(tmp_path / "pin").set("12ab")


def test_wrong_pins_are_logged_without_the_pin(recordings):
    pins = PinStore(recordings / ".facilitator-pin")
    pins.ensure()
    for _ in range(PinStore.FREE_TRIES):
        assert not pins.check("9173").accepted
    log = (recordings / "security.log").read_text()
    assert log.count("wrong facilitator PIN") == PinStore.FREE_TRIES
    assert f"try {PinStore.FREE_TRIES} in a row" in log and "wait 5 s" in log
    assert "9173" not in log and DEFAULT_PIN not in log


def test_the_back_off_counts_down_on_the_keypad_and_then_takes_a_pin_again(qtbot, make_kiosk, kiosk_config,
                                                                           monkeypatch):
    monkeypatch.setattr(PinStore, "FIRST_WAIT_SECONDS", 2.0)
    kiosk = make_kiosk(kiosk_config)
    c = kiosk.controller
    hold_corner(qtbot, kiosk.window)
    for _ in range(PinStore.FREE_TRIES):
        type_pin(c.pin, "1111")
        qtbot.waitUntil(lambda: c.pin.state in ("wrong", "wait"), timeout=5_000)
    assert c.pin.state == "wait" and "wait 2 seconds" in c.pin.status.text()
    qtbot.waitUntil(lambda: "wait 1 second." in c.pin.status.text(), timeout=3_000)  # it counts down, in words
    qtbot.waitUntil(lambda: c.pin.state == "ask", timeout=3_000)
    type_pin(c.pin, DEFAULT_PIN)
    wait_for_screen(qtbot, kiosk, Screen.FACILITATOR)


def test_the_kiosk_pin_screen_and_change_pin_share_one_lock_out(qtbot, request):
    from kiosk.ui.i18n import Translations
    from kiosk.ui.panel.pin import PinChangePage
    from kiosk.ui.screens.pin import PinScreen
    translations = Translations()  # English's plural forms, as the kiosk has them (a count says 5 seconds)
    request.addfinalizer(translations.remove)
    screen, page = PinScreen(), PinChangePage()
    for widget, shown in ((screen, screen.status), (page, page.outcome)):
        qtbot.addWidget(widget)
        widget.show_refused(4.2)
        assert widget.state == "wait" and widget.locked()
        assert shown.text() == "Too many tries. Please wait 5 seconds."
        widget.allow_again()
        assert widget.state == "ask" and not widget.locked()
        widget.show_refused(0)
        assert widget.state == "wrong" and not widget.locked()
    screen.type_digit("1")
    page.old.setText("1234")
    for widget in (screen, page):
        widget.show_refused(3)
    assert screen.typed == "" and page.old.text() == ""  # the PIN refused is forgotten on both
    screen.type_digit("2")
    assert screen.typed == ""  # locked: a tap types nothing
