"""Screens that must not mislead: the page after Delete, the consent reminder, the focus order and its visible ring."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from kiosk.ui.flow import Screen
from tests.ui.test_layout import settle
from tests.ui.test_panel import open_panel


def border_colour(widget: QWidget) -> QColor:
    """The colour drawn a few pixels inside the widget's top edge, half way along: its border."""
    image = widget.grab().toImage()
    return image.pixelColor(image.width() // 2, 2)


def looks_focused_apart(widget: QWidget) -> bool:
    """Whether the widget is drawn differently with the focus than without: a focus ring a person can see."""
    widget.clearFocus()
    settle()
    without = widget.grab().toImage()
    widget.setFocus(Qt.TabFocusReason)
    settle()
    assert widget.hasFocus(), f"{widget} did not take the focus"
    return widget.grab().toImage() != without


def tab_stops(window: QWidget) -> list[QWidget]:
    return [widget for widget in window.findChildren(QWidget)
            if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.TabFocus]


def test_after_delete_a_calm_page_says_so_with_a_way_back_to_the_start(qtbot, make_kiosk, kiosk_config):
    kiosk = make_kiosk(kiosk_config)
    c = kiosk.controller
    review = c.review
    review.DELETED_SECONDS = 60  # the page stays while it is looked at (0.3 s in tests may pass before the first look)
    c.stack.setCurrentWidget(review)
    c.current = Screen.REVIEW  # as the flow has it once the take is deleted: shown here without a take
    review.show_deleted()
    settle()
    assert review.heading.text() == "Your video has been deleted."
    assert not review.video.isVisible()  # no empty black player
    assert review.deleted_note.isVisible() and review.back_to_start.isVisible()
    assert kiosk.window.focusWidget() is review.back_to_start  # Enter goes back too
    for part in (review.keep, review.retry, review.delete, review.replay, review.confirm_delete):
        assert not part.isVisible()
    with qtbot.waitSignal(c.screen_changed, timeout=2_000, check_params_cb=lambda shown: shown == Screen.ATTRACT):
        review.back_to_start.click()  # at once, not after the page's seconds
    assert not review.deleted_timer.isActive()


def test_the_deleted_page_goes_back_by_itself_once(qtbot, make_kiosk, kiosk_config):
    kiosk = make_kiosk(kiosk_config)  # DELETED_SECONDS is 0.3 here
    review = kiosk.controller.review
    shown = []
    review.deleted_shown.connect(lambda: shown.append(True))
    review.show_deleted()
    qtbot.waitUntil(lambda: bool(shown), timeout=5_000)
    review.back_to_start.click()  # too late: it has already gone
    assert shown == [True]


def test_the_consent_reminder_marks_every_choice_alike(qtbot, make_kiosk, kiosk_config):
    kiosk = make_kiosk(kiosk_config)
    c = kiosk.controller
    c.attract.start.click()
    choices = c.consent.scope_buttons.buttons()
    assert len(choices) >= 2
    c.consent.agree.setFocus()
    c.consent.agree.click()
    settle()
    assert c.consent.choose_first.isVisible()
    assert not any(choice.hasFocus() for choice in choices)  # a ring on one would read as "this one is chosen"
    colours = {border_colour(choice).name() for choice in choices}
    assert len(colours) == 1, f"the choices are drawn in {colours}"


def test_the_consent_screen_arrives_with_nothing_ringed_and_tab_starts_on_the_first_choice(qtbot, make_kiosk,
                                                                                           kiosk_config):
    kiosk = make_kiosk(kiosk_config)
    c = kiosk.controller
    c.attract.start.click()
    assert c.current == Screen.CONSENT
    choices = c.consent.scope_buttons.buttons()
    assert kiosk.window.focusWidget() is c.consent  # the screen, which draws no ring and is no stop of Tab's
    handle = kiosk.window.windowHandle()
    order = []
    for _ in range(3):
        QTest.keyClick(handle, Qt.Key_Tab)
        order.append(kiosk.window.focusWidget())
    # The choices are one stop, as radio buttons are (the arrow keys move among them), then I agree, then Back.
    assert order == [choices[0], c.consent.agree, c.consent.back]
    choices[0].setFocus()
    QTest.keyClick(handle, Qt.Key_Down)
    assert kiosk.window.focusWidget() is choices[1]


def test_every_control_that_takes_the_focus_shows_a_ring(qtbot, make_kiosk, panel_config):
    kiosk = make_kiosk(panel_config)
    c = kiosk.controller
    unringed = []
    for screen in (Screen.ATTRACT, Screen.CONSENT, Screen.CARDS, Screen.PROMPT, Screen.REVIEW, Screen.THANKS):
        c.stack.setCurrentWidget(c.screens[screen])
        settle()
        unringed += [f"{screen.name}: {type(w).__name__} {w.accessibleName()!r}" for w in tab_stops(kiosk.window)
                     if not looks_focused_apart(w)]
    panel = open_panel(qtbot, kiosk)
    for page in panel.pages:
        panel.show_page(page)
        settle()
        unringed += [f"panel {page}: {type(w).__name__} {w.accessibleName()!r}" for w in tab_stops(kiosk.window)
                     if not looks_focused_apart(w)]
    assert not unringed, "\n".join(unringed)
