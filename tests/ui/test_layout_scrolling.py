"""A finger scrolls every scroll area of the panel by dragging its content, a field included, and a tap still types.

The drags are real mouse presses, moves and releases given to the window (the path a touch screen's taps take once
Qt has made mouse events of them), so Qt's own scroller recognises them as it would on the day.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (QAbstractScrollArea, QApplication, QComboBox, QLineEdit, QPlainTextEdit, QScrollBar,
                               QScroller, QWidget)

from kiosk.transcripts.vtt import Cue
from tests.ui.test_layout import found_clip, open_panel, settle

FIELDS = (QLineEdit, QPlainTextEdit, QComboBox)
STEP = 12  # px a move: several moves make a drag, as a finger's samples do
MIN_SCROLL_CONTROL = 44  # px: a scroll bar a finger can hold


def focused_field() -> QWidget | None:
    focused = QApplication.focusWidget()
    return focused if isinstance(focused, FIELDS) else None


def drag(qtbot, area: QAbstractScrollArea, start: QWidget, distance: int) -> None:
    """Drags from the middle of `start`'s part in view upwards by `distance` px (the content follows the finger)."""
    window = area.window()
    handle = window.windowHandle()
    viewport = area.viewport()
    shown = viewport.rect().intersected(start.rect().translated(start.mapTo(viewport, QPoint(0, 0))))
    assert not shown.isEmpty(), "the drag would start outside the area"
    at = viewport.mapTo(window, shown.center())
    scroller = QScroller.scroller(area.viewport())
    QTest.mousePress(handle, Qt.LeftButton, Qt.NoModifier, at)
    moved = 0
    # The scroller starts to drag once the finger has moved a few millimetres; it moves the content on its frames.
    while scroller.state() != QScroller.Dragging and moved < distance:
        moved += STEP
        QTest.mouseMove(handle, at - QPoint(0, moved))
        QApplication.processEvents()
    assert scroller.state() == QScroller.Dragging, f"no drag after {moved} px"
    bar = area.verticalScrollBar()
    while moved < distance:
        before = bar.value()
        moved += STEP
        QTest.mouseMove(handle, at - QPoint(0, moved))
        qtbot.waitUntil(lambda: bar.value() != before or bar.value() == bar.maximum(), timeout=5_000)
    QTest.mouseRelease(handle, Qt.LeftButton, Qt.NoModifier, at - QPoint(0, moved))
    qtbot.waitUntil(lambda: scroller.state() == QScroller.Inactive, timeout=10_000)


def tap(qtbot, widget: QWidget) -> None:
    handle = widget.window().windowHandle()
    at = widget.mapTo(widget.window(), widget.rect().center())
    QTest.mousePress(handle, Qt.LeftButton, Qt.NoModifier, at)
    QTest.mouseRelease(handle, Qt.LeftButton, Qt.NoModifier, at)


def first_field_in_view(area: QAbstractScrollArea, kind=QLineEdit) -> QWidget:
    viewport = area.viewport()
    for field in area.widget().findChildren(kind):
        if field.isVisible() and viewport.rect().contains(field.mapTo(viewport, field.rect().center())):
            return field
    pytest.fail(f"no {kind.__name__} in view in {area.accessibleName()!r}")


def scrolls(qtbot, area: QAbstractScrollArea, start: QWidget, distance: int = 240) -> None:
    """A drag from `start` scrolls `area` and gives no field the focus (so no keyboard comes up)."""
    assert area.verticalScrollBar().maximum() > 0, "nothing to scroll: the test's content is too short"
    area.verticalScrollBar().setValue(0)
    area.window().setFocus()
    drag(qtbot, area, start, distance)
    assert area.verticalScrollBar().value() > 0
    assert focused_field() is None, f"the drag gave {focused_field()} the focus"


@pytest.fixture
def panel(qtbot, make_kiosk, panel_config):
    kiosk = make_kiosk(panel_config)
    return kiosk, open_panel(qtbot, kiosk)


def test_a_drag_on_a_settings_field_scrolls_the_page_and_a_tap_on_it_still_types(qtbot, panel):
    kiosk, panel = panel
    panel.show_page("settings")
    page = panel.settings_page
    settle()
    field = first_field_in_view(page.scroll)
    scrolls(qtbot, page.scroll, field)
    assert not page.show_keyboard.isChecked() and not page.keyboard.isVisible()
    assert not any(box.hasSelectedText() for box in page.scroll.widget().findChildren(QLineEdit))
    field = first_field_in_view(page.scroll)
    tap(qtbot, field)  # the scroller holds the press back a moment, then gives it to the field
    qtbot.waitUntil(lambda: field.hasFocus(), timeout=5_000)
    qtbot.waitUntil(lambda: page.show_keyboard.isChecked(), timeout=5_000)


def test_a_drag_scrolls_the_status_the_clip_list_the_transcript_and_the_export_choices(qtbot, panel):
    kiosk, panel = panel
    c = kiosk.controller
    status = panel.status_page
    panel.show_page("status")
    # A device test's report stays above the status the panel refreshes: a long one makes the page scroll.
    status.show_check(False, [f"Line {n} of what the facilitator reads" for n in range(80)])
    settle()
    area = status.details.parentWidget().parentWidget()
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0, timeout=5_000)
    scrolls(qtbot, area, status.details)

    panel.show_page("clips")
    page = panel.clips_page
    rows = [replace(found_clip(c.config.cards[0].id), code=f"K7M4P{n}") for n in range(30)]
    page.show_clips(rows, c.config.cards, c.config.scopes)
    settle()
    scrolls(qtbot, page.list, page.list.viewport())

    row = found_clip(c.config.cards[0].id)
    page.editor.open_clip(row)
    page.views.setCurrentWidget(page.editor)
    page.editor.show_cues(tuple(Cue(start, start + 5.0, f"Caption number {start}") for start in range(0, 150, 5)))
    settle()
    scrolls(qtbot, page.editor.scroll, first_field_in_view(page.editor.scroll, QPlainTextEdit))
    assert not page.editor.keyboard.isVisible()
    page.editor.close_editor()

    panel.show_page("export")
    choices = panel.export_page.choices
    if choices.verticalScrollBar().maximum() > 0:  # at 1366x768 the choices may all fit: nothing to scroll then
        scrolls(qtbot, choices, choices.widget())


def test_scroll_bars_are_wide_enough_for_a_finger(qtbot, panel):
    kiosk, panel = panel
    panel.show_page("settings")
    settle()
    bars = [bar for bar in panel.findChildren(QScrollBar) if bar.isVisible()]
    assert bars
    for bar in bars:
        assert min(bar.width(), bar.height()) >= MIN_SCROLL_CONTROL, f"a scroll bar {bar.width()}x{bar.height()}"
