"""Fits by construction: every screen and panel page, at four screen sizes, in both languages, keyboard open and shut.

The test screens are real QScreens (tests/screens.json, given to Qt's offscreen platform in tests/conftest.py),
so the kiosk is shown full screen on each as it is on a laptop, not in a window a test resized.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication, QImage, QTextLayout, QTextOption
from PySide6.QtWidgets import (QAbstractButton, QAbstractScrollArea, QApplication, QComboBox, QLabel, QLineEdit,
                               QPlainTextEdit, QScrollArea, QWidget)

from kiosk.config import Card, Text
from kiosk.export import ExportReport
from kiosk.export.outcome import said
from kiosk.sentence import QT_TRANSLATE_NOOP
from kiosk.store import ClipStore
from kiosk.store.clips import said as store_said
from kiosk.transcripts import AUTO, NO_WELSH_MODEL, NONE
from kiosk.transcripts.vtt import Cue
from kiosk.ui.app import build_kiosk
from kiosk.ui.flow import Screen
from kiosk.ui.i18n import PAUSED_FOR_POWER, say, translate_notice
from kiosk.ui.panel.jobs import THUMBNAIL_HEIGHT, ClipRow
from tests.ui.test_panel import open_panel as open_panel_on_status
from tests.wall.clips import approved, kept_clip

SIZES = [(1280, 720), (1280, 800), (1366, 768), (1920, 1080), (1080, 1920)]
MIN_TARGET = 60
MIN_GAP = 8  # px between two tap targets, so a finger meant for one does not land on the other
TARGETS = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox)
ATTENDEE_SCREENS = (Screen.ATTRACT, Screen.CONSENT, Screen.CARDS, Screen.PROMPT, Screen.COUNTDOWN, Screen.RECORDING,
                    Screen.REVIEW, Screen.THANKS, Screen.PIN)
# The longest things an attendee meets: both device notices, a take that ended early.
NOTICES = ("No camera was found, so the kiosk is showing a demo pattern.",
           "No microphone was found, so the kiosk is recording a demo tone.")


LONG_CARD = Card("carers", Text("Unpaid carers and the people they look after at home",
                                 "Gofalwyr di-dâl a'r bobl y maen nhw'n gofalu amdanynt gartref"), "#00695C", "card")


def screen_of(width: int, height: int):
    for screen in QGuiApplication.screens():
        if (screen.geometry().width(), screen.geometry().height()) == (width, height):
            return screen
    pytest.fail(f"no {width}x{height} test screen: is tests/screens.json given to the offscreen platform?")


def settle() -> None:
    # Layouts and style sheets apply through posted events; handing them out is not a wait.
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def in_scrolled_content(widget: QWidget, window: QWidget) -> bool:
    """Inside a scroll area's content, where being below the fold is what scrolling is for."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and parent is parent.parentWidget().viewport():
            return True
        parent = parent.parentWidget()
    return False


def part_of_a_control(widget: QWidget) -> bool:
    """The inner pieces Qt builds (a combo box's line edit and popup, a scroll bar's buttons): checked as their owner."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractScrollArea)) and not isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.width() > 0


def wrapped_lines(label: QLabel) -> list[str]:
    """The lines a word-wrapped label shows its text in, laid out as Qt lays it out."""
    text = QLabel.text(label)  # the text shown, which kiosk.ui.widgets.Label may join at its last space
    layout = QTextLayout(text, label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WordWrap)
    layout.setTextOption(option)
    width = label.contentsRect().width() - 2 * label.margin() - 2 * label.indent() if label.indent() > 0 else \
        label.contentsRect().width() - 2 * label.margin()
    lines = []
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart():line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


def text_height(box: QPlainTextEdit) -> float:
    """The height of the box's text as laid out in it, its document's margins included."""
    block, height = box.document().firstBlock(), 0.0
    while block.isValid():
        height += box.blockBoundingRect(block).height()
        block = block.next()
    return height


def problems_on(window: QWidget, where: str) -> list[str]:
    """Every way the window shows something badly, as sentences; empty when all is well."""
    found = []
    screen = window.screen().geometry()
    if window.geometry() != screen:
        found.append(f"{where}: the window is {window.geometry()}, the screen {screen}")
    bounds = QRect(0, 0, screen.width(), screen.height())
    for widget in window.findChildren(QWidget):
        if not shown(widget, window) or part_of_a_control(widget):
            continue
        name = f"{where}: {type(widget).__name__} {widget.accessibleName() or widget.objectName()!r}"
        if in_scrolled_content(widget, window):
            area = widget.parentWidget()
            while not isinstance(area, QScrollArea):
                area = area.parentWidget()
            if area.horizontalScrollBar().maximum() > 0:
                found.append(f"{where}: a scroll area needs sideways scrolling ({area.accessibleName()!r})")
        else:
            box = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
            if not bounds.contains(box):
                found.append(f"{name} lies outside the window: {box}")
                continue
            parent = widget.parentWidget()
            if parent is not None and parent is not window and not parent.rect().contains(widget.geometry()):
                found.append(f"{name} is cut off by its parent: {widget.geometry()} in {parent.rect()}")
        if isinstance(widget, TARGETS) and (widget.height() < MIN_TARGET or widget.width() < MIN_TARGET):
            found.append(f"{name} is {widget.width()}x{widget.height()}, under {MIN_TARGET} px")
        if isinstance(widget, QComboBox) and widget.count() and widget.view().sizeHintForRow(0) < MIN_TARGET:
            found.append(f"{name}'s list items are {widget.view().sizeHintForRow(0)} px tall")
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height():
                    found.append(f"{name} needs {needed} px of height, has {widget.height()}")
            elif widget.sizeHint().width() > widget.width() or widget.sizeHint().height() > widget.height():
                found.append(f"{name} needs {widget.sizeHint()}, has {widget.size()}")
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.property("role") in ("title", "heading", "lead"):
            lines = wrapped_lines(widget)
            if len(lines) > 1 and len(lines[-1].split()) == 1:
                found.append(f"{name} leaves {lines[-1]!r} alone on its last line")
        if isinstance(widget, QPlainTextEdit) and widget.verticalScrollBarPolicy() == Qt.ScrollBarAlwaysOff \
                and text_height(widget) > widget.viewport().height():
            found.append(f"{name} hides lines of its text and has no scroll bar to reach them")
        if isinstance(widget, QAbstractButton) and widget.text() and widget.sizeHint().width() > widget.width():
            found.append(f"{name}'s text needs {widget.sizeHint().width()} px, has {widget.width()}")
    return found + crowded_targets(window, where)


def target_boxes(window: QWidget) -> list[tuple[QWidget, QRect]]:
    """Every tap target shown, with its box in the window (clipped to its scroll area's view when it scrolls)."""
    boxes = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, TARGETS) or not shown(widget, window) or part_of_a_control(widget):
            continue
        box = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        parent = widget.parentWidget()
        while parent is not None and parent is not window:
            if isinstance(parent.parentWidget(), QAbstractScrollArea) and parent is parent.parentWidget().viewport():
                box = box.intersected(QRect(parent.mapTo(window, parent.rect().topLeft()), parent.size()))
            parent = parent.parentWidget()
        if not box.isEmpty():
            boxes.append((widget, box))
    return boxes


def gap_between(a: QRect, b: QRect) -> int:
    """The free distance between two boxes: 0 or less when they touch or overlap."""
    across = max(a.left() - b.right(), b.left() - a.right()) - 1
    down = max(a.top() - b.bottom(), b.top() - a.bottom()) - 1
    return max(across, down)


def layer(widget: QWidget, window: QWidget) -> QWidget:
    """The window's child the widget is in, or the overlay it is in, laid over a page outside its layout ("Still
    there?", the export page's keyboard): what lies under an overlay cannot be tapped while it shows."""
    while widget.parentWidget() is not window and in_layout(widget):
        widget = widget.parentWidget()
    return widget


def in_layout(widget: QWidget) -> bool:
    def holds(layout) -> bool:
        return layout is not None and (layout.indexOf(widget) >= 0 or any(
            holds(layout.itemAt(index).layout()) for index in range(layout.count())))
    return holds(widget.parentWidget().layout())


def crowded_targets(window: QWidget, where: str) -> list[str]:
    boxes = target_boxes(window)
    found = []
    for index, (widget, box) in enumerate(boxes):
        for other, other_box in boxes[index + 1:]:
            if widget.isAncestorOf(other) or other.isAncestorOf(widget) or layer(widget, window) != layer(other, window):
                continue  # an overlay ("Still there?") covers the screen under it: its targets are the only ones
            gap = gap_between(box, other_box)
            if gap < MIN_GAP:
                names = " and ".join(repr(w.accessibleName() or w.objectName() or type(w).__name__)
                                     for w in (widget, other))
                found.append(f"{where}: {names} are {gap} px apart, under {MIN_GAP}")
    return found


def set_attendee_screen(c, screen: Screen) -> None:
    """Shows `screen` in its fullest state (the longest texts it can hold), without the flow's side effects."""
    prompt = c.config.default_prompt
    card = c.config.cards[0]
    if screen == Screen.ATTRACT:
        c.attract.show_notices([translate_notice(sentence) for sentence in NOTICES])
        c.attract.show_cards(c.config.cards)
    elif screen == Screen.PROMPT:
        c.prompt.show_prompt(card.label, prompt, c.prompt.tr("No camera: only your voice is being recorded."))
    elif screen == Screen.RECORDING:
        c.recording.begin(prompt, 90.0)
        c.recording.show_time_left(9.0, warning=True)
    elif screen == Screen.REVIEW:
        c.review.message = c.review.tr("The camera stopped working, so the recording ended early. "
                                       "What you said so far is kept.")
        c.review.retranslate()
    elif screen == Screen.THANKS:
        c.thanks.show_code("K7M4PX", 30)
        c.thanks.countdown.stop()
    c.stack.setCurrentWidget(c.screens[screen])


def other_states(c, screen: Screen) -> list[tuple[str, object]]:
    """A screen's other states worth measuring, each as (name, a step that shows it on top of the last)."""
    states = {
        Screen.CONSENT: [("agree tapped before a scope", c.consent.agree.click)],
        Screen.REVIEW: [("Delete asking", c.review.delete.click), ("deleted", c.review.show_deleted)],
        # The longest pause, in both languages at once, with the notices still shown.
        Screen.ATTRACT: [("paused", lambda: c.attract.show_paused(c.translations.both(PAUSED_FOR_POWER)))],
    }.get(screen, [])
    return states + [("Still there?", lambda: c.still_there.show_seconds(20))]


def found_clip(card_id: str) -> ClipRow:
    thumbnail = QImage(320, 180, QImage.Format_RGB32)
    thumbnail.fill(0x336699)
    return ClipRow("K7M4PX", Path("clip.mp4"), card_id, datetime(2026, 5, 1, 14, 30), 83.0, "event", False, True,
                   thumbnail)


def long_report() -> ExportReport:
    # The export's own sentences (kiosk.export.outcome.said), as a real export reports them, in either language.
    skipped = tuple(said(QT_TRANSLATE_NOOP("Export", "%1 was skipped: it has no consent scope."),
                         f"20261206T1030{n:02d}_carer_K7M4P{n}.mp4") for n in range(8))
    damaged = tuple(said(QT_TRANSLATE_NOOP("Export", "Every copy of %1 is damaged; it was skipped."),
                         f"20261206T1130{n:02d}_carer_H3N9W{n}.mp4") for n in range(4))
    return ExportReport(Path("/media/usb-stick/whose-shoes-record"), 40, 12, 28, 2, skipped, damaged, 3, 1, ())


def show_unconfirmed_clip(c, panel) -> None:
    """The clip page in its fullest state: a clip kept without the attendee's confirmation chosen, every flag in its
    row, and its check refused with a reason (the code, the warning and the reason under the player, and both
    I have checked this clip and Withdraw this clip)."""
    page = panel.clips_page
    row = found_clip(c.config.cards[0].id)
    row = replace(row, thumbnail=row.thumbnail.scaledToHeight(THUMBNAIL_HEIGHT), reviewed=False, recovered=True,
                  unconfirmed=True, transcript=AUTO)
    page.show_clips([row], c.config.cards, c.config.scopes)
    page.select_row(0)
    page.show_review_failed(row.code, say(store_said(QT_TRANSLATE_NOOP("Store", "The clip %1 is no longer here: it was "
                                                                           "withdrawn or deleted."), "K7M-4PX")))
    assert page.review.isVisibleTo(panel) and page.withdraw.isVisibleTo(panel)


def show_theme_editor(page) -> None:
    """The settings page scrolled to its themes in their fullest state: the first removed while clips carry it (the
    sentence under it), and one added with only a long Welsh label, refused by it under the page."""
    editor = page.theme_editor
    editor.show_carried(Counter({editor.rows[0].key: 12}))
    editor.rows[0].remove.setChecked(True)
    editor.add_theme()
    editor.rows[-1].fields["label_cy"].setText("Gofalwyr di-dâl a'r bobl y maen nhw'n gofalu amdanynt gartref")
    page.show_refused("theme 'theme' label needs an English (en) text.")  # the longest the page says of a theme
    settle()
    page.scroll.ensureWidgetVisible(editor.rows[0].note)


LONG_CAPTION = "Rydw i wedi dysgu heddiw bod gwrando yn gyntaf yn bwysicach na siarad, ac fe wnaf hynny"


def open_transcript_editor(c, panel):
    """The transcript editor on a Welsh clip typed by hand (the longest hint), its captions as long as they get."""
    page = panel.clips_page
    row = replace(found_clip(c.config.cards[0].id), transcript=NONE, transcript_reason=NO_WELSH_MODEL)
    page.editor.open_clip(row)
    page.views.setCurrentWidget(page.editor)
    page.editor.show_cues(tuple(Cue(start, start + 10.0, LONG_CAPTION) for start in range(0, 80, 10)))
    return page.editor


def quote_nudging_problems(editor, window, where: str) -> list[str]:
    """Quoting with two captions chosen: the quote's ends, their nudges and Play the quote shown, then a nudge
    refused (the longest words under the captions)."""
    editor.choose_quote.click()
    editor.rows[0].time.click()
    editor.rows[1].time.click()
    editor.nudges["end", 1].click()
    assert editor.span_box.isVisibleTo(editor) and editor.play_quote.isVisibleTo(editor)
    settle()
    problems = problems_on(window, f"{where} transcript editor nudging a quote")
    editor.nudges["start", -1].click()  # it starts at the clip's start already
    assert editor.quote_message
    settle()
    problems += problems_on(window, f"{where} transcript editor nudging a quote refused")
    editor.choose_quote.click()
    return problems


def transcript_editor_problems(c, panel, window, where: str) -> list[str]:
    """The transcript editor with the keyboard shut and open, nudging a quote, and asking before Back."""
    page = panel.clips_page
    open_transcript_editor(c, panel)
    problems = []
    for keyboard_open in (False, True):
        page.editor.show_keyboard.setChecked(keyboard_open)
        settle()
        problems += problems_on(window, f"{where} transcript editor{' keyboard' if keyboard_open else ''}")
    problems += quote_nudging_problems(page.editor, window, where)
    page.editor.rows[0].text.setText(LONG_CAPTION + ", a mwy")
    page.editor.back.click()  # changes not saved: it asks, with its longest words
    assert page.editor.leaving
    for keyboard_open in (False, True):
        page.editor.show_keyboard.setChecked(keyboard_open)
        settle()
        problems += problems_on(window, f"{where} transcript editor asking{' keyboard' if keyboard_open else ''}")
    page.editor.close_editor()
    return problems


def open_panel(qtbot, kiosk):
    panel = open_panel_on_status(qtbot, kiosk)
    qtbot.waitUntil(lambda: panel.clips_page.card_filter.count() > 1, timeout=10_000)
    return panel


@pytest.fixture
def full_screen_kiosk(qtbot, panel_config, recordings):
    built = []
    # The event's own name, as long as a real one can be; the shipped one is two words.
    config = replace(panel_config, event_name=Text("Gwneud Gwahaniaeth: Cynhadledd Cydgynhyrchu Gorllewin Cymru 2026"))

    def make(width: int, height: int):
        kiosk = build_kiosk(config, recordings, "synthetic", "synthetic", windowed=False)
        qtbot.addWidget(kiosk.window)
        built.append(kiosk)
        kiosk.window.show_kiosk(screen_of(width, height))
        qtbot.waitExposed(kiosk.window)
        return kiosk

    yield make
    for kiosk in built:
        kiosk.close()


@pytest.mark.parametrize("width, height", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_screen_fits_the_screen_in_both_languages(qtbot, full_screen_kiosk, width, height):
    kiosk = full_screen_kiosk(width, height)
    c, window = kiosk.controller, kiosk.window
    problems = []
    for language in ("en", "cy"):
        c.set_language(language)
        for screen in ATTENDEE_SCREENS:
            set_attendee_screen(c, screen)
            settle()
            problems += problems_on(window, f"{language} {screen.name}")
            for state, show in other_states(c, screen):
                show()
                settle()
                problems += problems_on(window, f"{language} {screen.name} {state}")
            c.still_there.hide()
            c.review.deleted_timer.stop()
            c.review._set_state("choosing")
            c.consent.reset()
        c.attract.show_cards((LONG_CARD,))  # a card a facilitator added, with a long label
        c.stack.setCurrentWidget(c.attract)
        settle()
        problems += problems_on(window, f"{language} ATTRACT with a long card label")
        c.attract.show_cards(c.config.cards)
        c.stack.setCurrentWidget(c.attract)
        c.current = Screen.ATTRACT
        panel = open_panel(qtbot, kiosk)
        for page in panel.pages:
            panel.show_page(page)
            keyboards = {"settings": panel.settings_page.show_keyboard,
                         "export": panel.export_page.show_keyboard}
            # The status page as it opens (Exit, Refresh, Test...), testing the devices, and asking before Exit.
            for keyboard_open, state in ((False, ""), (False, "asking"), (False, "testing")) if page == "status" else \
                    ((False, ""), (True, "")) if page in keyboards else ((False, ""),):
                if page == "settings" and not panel.settings_page.theme_editor.rows[0].removed():
                    show_theme_editor(panel.settings_page)
                if page in keyboards:
                    keyboards[page].setChecked(keyboard_open)
                if page == "status":
                    panel.status_page.ask_exit(state == "asking")
                    if state == "testing":
                        panel.status_page.show_check(True)
                if page == "withdraw":  # its fullest state: a clip found, its picture, Withdraw it and Cancel
                    panel.withdraw_page.show_found("K7M4PX", found_clip(c.config.cards[0].id))
                if page == "clips":
                    show_unconfirmed_clip(c, panel)
                if page == "export":  # a report with things to look at: it may be long
                    panel.export_page.show_report(long_report())
                settle()
                problems += problems_on(window, f"{language} panel {page}{' keyboard' if keyboard_open else ''}"
                                                f"{' ' + state if state else ''}")
                c.still_there.show_seconds(20)
                settle()
                problems += problems_on(window, f"{language} panel {page} Still there?")
                c.still_there.hide()
            if page in keyboards:
                keyboards[page].setChecked(False)
            if page == "status":
                panel.status_page.show_check(False)  # the test is over (with nothing to report)
            if page == "clips":
                problems += transcript_editor_problems(c, panel, window, f"{language} panel clips")
            panel.status_page.ask_exit(False)
        c.go(Screen.ATTRACT)
        settle()
        problems += problems_on(window, f"{language} attract after the panel")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("width, height", [(1280, 720), (1366, 768)], ids=["1280x720", "1366x768"])
def test_the_welsh_recording_screen_keeps_the_question_short_the_badge_small_and_the_picture_wide(
        qtbot, full_screen_kiosk, width, height):
    kiosk = full_screen_kiosk(width, height)
    c = kiosk.controller
    c.set_language("cy")
    set_attendee_screen(c, Screen.RECORDING)
    settle()
    screen = c.recording
    line = screen.question.fontMetrics().lineSpacing()
    assert screen.question.height() <= 2 * line + 4  # two lines, not six
    assert screen.indicator.height() <= 2 * screen.indicator.fontMetrics().lineSpacing()  # a badge, not a pillar
    picture_width = min(screen.preview.width(), screen.preview.height() * 16 / 9)  # a 16:9 picture, fitted
    assert picture_width >= 0.45 * width  # it was a quarter (335 px at 1366)


@pytest.mark.parametrize("width, height", [(1280, 720), (1366, 768)], ids=["1280x720", "1366x768"])
def test_the_welsh_transcript_editor_fits_while_a_quotes_ends_are_nudged(qtbot, full_screen_kiosk, width, height):
    kiosk = full_screen_kiosk(width, height)
    c, window = kiosk.controller, kiosk.window
    c.set_language("cy")
    panel = open_panel(qtbot, kiosk)
    panel.show_page("clips")
    editor = open_transcript_editor(c, panel)
    problems = quote_nudging_problems(editor, window, f"cy {width}x{height}")
    editor.close_editor()
    assert not problems, "\n".join(problems)


def box_in(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


@pytest.mark.parametrize("width, height", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_the_layout_follows_the_screen_shape(qtbot, full_screen_kiosk, width, height):
    """Portrait is laid out for its shape, not stretched: cards two abreast, the picture at its own size under the
    words, I agree right under the choices. Landscape keeps four cards a row and I agree at the foot."""
    kiosk = full_screen_kiosk(width, height)
    c, window = kiosk.controller, kiosk.window
    portrait = height > width
    for language in ("en", "cy"):
        c.set_language(language)
        set_attendee_screen(c, Screen.CARDS)
        settle()
        tiles = [box_in(tile, window) for tile in c.cards.card_buttons]
        assert len({tile.left() for tile in tiles}) == (2 if portrait else 4)
        assert all(tile.height() <= 1.6 * tile.width() for tile in tiles), "cards as tall slabs"

        set_attendee_screen(c, Screen.CONSENT)
        settle()
        last_choice = box_in(c.consent.scope_buttons.buttons()[-1], window)
        agree = box_in(c.consent.agree, window)
        if portrait:
            assert agree.top() - last_choice.bottom() <= 0.1 * height, "I agree far below the choices"
        else:
            assert agree.bottom() >= 0.85 * height  # at the foot, where a landscape page's buttons are

        set_attendee_screen(c, Screen.REVIEW)
        settle()
        delete, replay = box_in(c.review.delete, window), box_in(c.review.replay, window)
        if portrait:  # Delete on a row of its own, well below Play again
            assert delete.top() - replay.bottom() >= 2 * MIN_GAP and delete.left() <= replay.left()
        else:  # on the same row, at the far side from Try again
            assert delete.top() == replay.top() and delete.right() < box_in(c.review.retry, window).left() - 100

        for screen, preview in ((Screen.PROMPT, c.prompt.preview), (Screen.REVIEW, c.review.video)):
            set_attendee_screen(c, screen)
            settle()
            picture = preview.picture_rect()
            # The dark box is the picture's own shape (16:9 until a frame comes), never a column around it.
            assert abs(picture.width() / picture.height() - 16 / 9) < 0.02
            if portrait:
                assert picture.width() >= 0.7 * width, f"{screen.name}: a {picture.width():.0f} px wide picture"


def box_seen(widget: QWidget, window: QWidget) -> QRect:
    """The part of the widget a person sees: its box cut by every parent's (a scroll area's view, the window)."""
    box = box_in(widget, window)
    parent = widget.parentWidget()
    while parent is not None:
        box = box.intersected(box_in(parent, window))
        if parent is window:
            break
        parent = parent.parentWidget()
    return box


@pytest.mark.parametrize("width, height", [(1280, 720), (1366, 768)], ids=["1280x720", "1366x768"])
def test_the_clip_pages_themes_wall_switch_and_actions_are_in_view_in_welsh_without_scrolling(
        qtbot, full_screen_kiosk, recordings, width, height):
    """In its fullest state (the code, the warning and a refused check in words, and the wall's next two clips), in
    Welsh, nothing a facilitator acts on lies below the fold of a scroll area: they were under the words, in an area
    with no bar, out of sight. The picture keeps clear of its buttons (it slid under them by 21 px)."""
    store = ClipStore(recordings)
    for minute, card in enumerate(("government", "community")):  # the longest cards' names, in the wall's line
        approved(store, kept_clip(store, minute, card=card))
    kiosk = full_screen_kiosk(width, height)
    c, window = kiosk.controller, kiosk.window
    c.set_language("cy")
    panel = open_panel(qtbot, kiosk)
    panel.show_page("clips")
    page = panel.clips_page
    qtbot.waitUntil(lambda: page.wall.count == 2, timeout=10_000)
    show_unconfirmed_clip(c, panel)
    settle()
    assert len(page.about.text().splitlines()) == 3 and page.themes.buttons  # the fullest state, with the themes
    assert len(wrapped_lines(page.wall_line)) >= 3
    assert box_in(page.video, window).bottom() + MIN_GAP <= box_in(page.play, window).top()
    for widget in (page.themes, *page.themes.buttons.values(), page.on_wall, page.review, page.withdraw):
        assert widget.isVisibleTo(window)
        assert box_seen(widget, window) == box_in(widget, window), \
            f"{widget.accessibleName()!r} is {box_in(widget, window)}, of which {box_seen(widget, window)} is in view"
    assert not problems_on(window, f"cy panel clips {width}x{height}")


def line_count(label: QLabel) -> int:
    """How many lines the label's text takes at its width, each of its paragraphs wrapped as Qt wraps them."""
    count = 0
    for paragraph in QLabel.text(label).split("\n"):
        layout = QTextLayout(paragraph, label.font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WordWrap)
        layout.setTextOption(option)
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(label.contentsRect().width())
            count += 1
        layout.endLayout()
    return count


@pytest.mark.parametrize("width, height", [(1280, 720), (1366, 768)], ids=["1280x720", "1366x768"])
def test_the_chosen_clips_words_show_whole_lines_and_a_bar_only_when_there_are_more(qtbot, full_screen_kiosk, width,
                                                                                    height):
    kiosk = full_screen_kiosk(width, height)
    c, window = kiosk.controller, kiosk.window
    c.set_language("cy")
    panel = open_panel(qtbot, kiosk)
    panel.show_page("clips")
    show_unconfirmed_clip(c, panel)
    settle()
    page = panel.clips_page
    area, words = page.about_area, page.about
    bar = area.verticalScrollBar()
    pitch = words.height() / line_count(words)
    assert pitch == int(pitch)
    assert bar.isVisible() and bar.maximum() > 0  # more words than room: the bar says so
    assert area.viewport().height() % int(pitch) == 0, f"a view of {area.viewport().height()} px, lines {pitch} apart"
    assert bar.value() == bar.maximum()  # the refused check, the last line, is in view
    other = replace(found_clip(c.config.cards[0].id), code="H3N9WC")  # a clip with no outcome to tell: words that fit
    page.show_clips([other], c.config.cards, c.config.scopes)
    page.select_row(0)
    settle()
    assert not bar.isVisible() and area.viewport().height() >= words.height()
    assert box_seen(words, window) == box_in(words, window)


def test_words_that_fit_the_page_but_not_beside_a_bar_show_no_bar(qtbot, full_screen_kiosk, recordings):
    """In Welsh at 1280x720, a clip on the wall is one line of words across the page, two beside a bar: Qt kept a bar
    it had shown for the clip chosen before, and one line was in view with a bar to reach the second."""
    store = ClipStore(recordings)
    on_the_wall = approved(store, kept_clip(store, 0))
    walked_away = kept_clip(store, 1, scope="event", confirmed=False)  # four lines of words: a bar
    kiosk = full_screen_kiosk(1280, 720)
    c, window = kiosk.controller, kiosk.window
    c.set_language("cy")
    panel = open_panel(qtbot, kiosk)
    panel.show_page("clips")
    page = panel.clips_page
    qtbot.waitUntil(lambda: page.filtered.rowCount() == 2, timeout=10_000)
    bar = page.about_area.verticalScrollBar()
    page.select_code(walked_away.code)
    settle()
    assert bar.isVisible()
    page.select_code(on_the_wall.code)
    settle()
    assert page.about.text().count("\n") == 0 and page.on_wall.isChecked()
    assert not bar.isVisible()
    assert box_seen(page.about, window) == box_in(page.about, window)
