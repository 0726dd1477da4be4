"""Shared pieces of the screens: big buttons, the mirrored camera preview, the sound level meter, the on-screen keyboard."""

from __future__ import annotations

import math
from typing import Callable

import numpy as np
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import (QAbstractItemView, QAbstractScrollArea, QApplication, QFrame, QGridLayout, QHBoxLayout,
                               QLabel, QPlainTextEdit, QPushButton, QScrollArea, QScroller, QScrollerProperties,
                               QSizePolicy, QVBoxLayout, QWidget)

from kiosk.ui import theme


class Retranslated:
    """Mixed into a widget that sets its strings itself: it sets them again when Qt's language changes (Qt sends
    every widget a LanguageChange when a translator is installed or removed)."""

    def retranslate(self) -> None:
        """Sets every visible string again, in the current language."""

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def button(role: str = "", parent: QWidget | None = None) -> QPushButton:
    """A push button at least theme.MIN_TARGET_PX high that Enter and Space both press."""
    widget = QPushButton(parent)
    if role:
        widget.setProperty("role", role)
    widget.setAutoDefault(True)
    widget.setFocusPolicy(Qt.StrongFocus)
    widget.setMinimumHeight(theme.target())  # the style sheet keeps it in step with the screen
    widget.setCursor(Qt.PointingHandCursor)
    return widget


# Labels whose last word must not wrap onto a line of its own ("Would you like to keep / it?").
UNWIDOWED_ROLES = ("title", "heading", "lead")


def without_widow(text: str) -> str:
    """The last two words joined by a no-break space, so a wrapped text never ends on one lone word."""
    head, space, last = text.rstrip().rpartition(" ")
    return f"{head}\u00a0{last}" if space and head and "\n" not in last else text


def touch_scrolling(area: QAbstractScrollArea) -> QAbstractScrollArea:
    """Lets a finger (or a mouse) drag the area's content, with a fling; a scroll bar alone is too narrow a target.

    The left-button gesture, not the touch one: a touch screen's taps reach a field as mouse presses Qt makes from
    them, and with the touch gesture the field took such a press at once (the keyboard came up, text was selected)
    before the drag was known. With this one the scroller holds a press back until it knows it is no drag; a tap
    still reaches the field, a moment later.
    """
    if isinstance(area, QAbstractItemView):
        area.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        area.setHorizontalScrollMode(QAbstractItemView.ScrollPerPixel)
    if isinstance(area, QScrollArea):
        area.setFocusPolicy(Qt.NoFocus)  # Tab goes to the controls in it: the area itself was a stop with no ring
    # Qt would keep room for a whole tap-sized scroll bar handle (over 100 px); a finger drags the content instead.
    if area.minimumHeight() == 0:
        area.setMinimumHeight(100)
    QScroller.grabGesture(area.viewport(), QScroller.LeftMouseButtonGesture)
    scroller = QScroller.scroller(area.viewport())
    properties = scroller.scrollerProperties()
    # A list or a form stops at its ends: pulled past them, it would show the page behind as a gap.
    for axis in (QScrollerProperties.HorizontalOvershootPolicy, QScrollerProperties.VerticalOvershootPolicy):
        properties.setScrollMetric(axis, QScrollerProperties.OvershootAlwaysOff)
    scroller.setScrollerProperties(properties)
    return area


class Label(QLabel):
    """A label whose wrapped title, heading or lead never leaves its last word alone on a line ("keep / it?").

    It shows the last two words joined by a no-break space (no change while the text fits one line);
    text() gives the text as set, so the words stay the product's words wherever they are read back.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""

    def setText(self, text: str) -> None:
        self._text = text
        unwidowed = self.wordWrap() and self.property("role") in UNWIDOWED_ROLES
        super().setText(without_widow(text) if unwidowed else text)

    def text(self) -> str:
        return self._text


class Caption(Label):
    """A field's caption: on one line while the width allows, wrapped only when it does not.

    A word-wrapped QLabel asks for a "balanced" width of its own, so a form broke even short captions in two.
    """

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()  # the style sheet's padding is in them
        width = self.fontMetrics().horizontalAdvance(QLabel.text(self)) + margins.left() + margins.right() + 2
        return QSize(width, self.heightForWidth(width))


def caption(parent: QWidget | None = None, role: str = "body") -> Caption:
    widget = Caption(parent)
    widget.setProperty("role", role)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.PlainText)
    return widget


def scrolled(widget: QWidget) -> QScrollArea:
    """`widget` (a report, a list of lines) in a frameless area a finger scrolls once it is taller than its room.

    A text that can grow without bound (an export's report, a withdrawal's files) must not grow the page.
    """
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    area.setWidget(widget)
    # Qt would keep room for a whole tap-sized scroll bar handle (over 100 px); a line of text is enough.
    area.setMinimumHeight(40)
    touch_scrolling(area)
    return area


def label(role: str, parent: QWidget | None = None, wrap: bool = True) -> QLabel:
    widget = Label(parent)
    widget.setProperty("role", role)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.PlainText)
    return widget


def set_text(widget: QWidget, text: str, accessible: str | None = None) -> None:
    """Sets a control's text and the accessible name a screen reader speaks, together."""
    widget.setText(text)
    widget.setAccessibleName(accessible or text.replace("&", ""))


class CameraPreview(QWidget):
    """The camera's latest frame, mirrored like a looking-glass and fitted into the widget.

    With `mirrored=False` it shows pictures as they are (the review screen plays the file as recorded).
    """

    def __init__(self, parent: QWidget | None = None, mirrored: bool = True) -> None:
        super().__init__(parent)
        self.mirrored = mirrored
        self._image: QImage | None = None
        self._message = ""
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)  # its least size is in the theme
        self.frames_shown = 0

    def show_frame(self, frame: np.ndarray | None) -> None:
        if frame is None:
            return
        frame = np.ascontiguousarray(frame)
        height, width = frame.shape[:2]
        # The QImage borrows the array; keeping `frame` alive with it keeps the borrow valid.
        self._image = QImage(frame.data, width, height, frame.strides[0], QImage.Format_BGR888)
        self._frame = frame
        self.frames_shown += 1
        self.update()

    def show_image(self, image: QImage) -> None:
        if not image.isNull():
            self._image = image
            self.frames_shown += 1
            self.update()

    def show_message(self, text: str) -> None:
        """Shown instead of a picture, e.g. when there is no camera."""
        self._message = text
        self._image = None
        self.update()

    def clear(self) -> None:
        self._image = None
        self._message = ""
        self.update()

    ASPECT = 16 / 9  # a message (no camera) is shown in a box of a picture's shape

    def picture_rect(self) -> QRectF:
        """Where the picture (or the message) is drawn: the largest box of its shape that fits, centred.

        Only this box is dark: around it is the page, so a portrait screen shows the picture at its own size, not a
        small picture in a tall black column.
        """
        aspect = self._image.width() / self._image.height() if self._image is not None else self.ASPECT
        width = min(float(self.width()), self.height() * aspect)
        height = width / aspect
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        box = self.picture_rect()
        painter.fillRect(box, QColor("#1C1B1A"))
        if self._image is not None:
            image = self._image
            if self.mirrored:
                painter.translate(box.x() + box.width(), box.y())
                painter.scale(-1, 1)  # a mirror: people expect to see themselves as in a looking-glass
            else:
                painter.translate(box.x(), box.y())
            painter.drawImage(QRectF(0, 0, box.width(), box.height()), image)
        elif self._message:
            painter.setPen(QColor("white"))
            font = QFont(self.font())
            font.setPixelSize(theme.font_px(32))
            painter.setFont(font)
            painter.drawText(box.adjusted(24, 24, -24, -24), Qt.AlignCenter | Qt.TextWordWrap, self._message)
        painter.end()


class LevelMeter(QWidget):
    """A vertical bar that rises with the voice, so people see that they are heard, over three bands:
    too quiet (grey), good (teal), too loud (red). The bar falls slowly, so a pause between words does
    not drop it to the floor and the band read off it stays steady.
    """

    FLOOR_DB = -60.0  # the bottom of the bar, in dB below full scale
    QUIET_DB = -36.0  # below this, speech is too quiet to be heard well on playback
    LOUD_DB = -8.0  # above this, speech is close to clipping
    FALL_DB = 2.0  # how far the bar may fall at each reading (ten a second)
    BANDS = ("quiet", "good", "loud")
    BAND_BACKGROUNDS = {"quiet": "#E8E2D8", "good": "#D7ECE8", "loud": "#F9DEDC"}
    BAND_COLOURS = {"quiet": theme.MUTED, "good": theme.PRIMARY, "loud": theme.RECORD_RED}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = 0.0  # 0 to 1, the bar's height
        self.decibels = self.FLOOR_DB
        self.band = "quiet"
        self.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Expanding)  # its width is in the theme

    def reset(self) -> None:
        self.decibels, self.level, self.band = self.FLOOR_DB, 0.0, "quiet"
        self.update()

    def show_level(self, rms: float) -> None:
        heard = 20 * math.log10(rms) if rms > 0 else self.FLOOR_DB
        self.decibels = max(self.FLOOR_DB, heard, self.decibels - self.FALL_DB)
        self.level = min(1.0, (self.decibels - self.FLOOR_DB) / -self.FLOOR_DB)
        self.band = ("quiet" if self.decibels < self.QUIET_DB else
                     "loud" if self.decibels > self.LOUD_DB else "good")
        self.update()

    def _height_of(self, decibels: float) -> float:
        return (decibels - self.FLOOR_DB) / -self.FLOOR_DB

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setPen(QColor(theme.INK))
        painter.setBrush(QColor("white"))
        outer = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        painter.drawRoundedRect(outer, 12, 12)
        inner = outer.adjusted(6, 6, -6, -6)
        painter.setPen(Qt.NoPen)
        edges = (0.0, self._height_of(self.QUIET_DB), self._height_of(self.LOUD_DB), 1.0)
        for band, low, high in zip(self.BANDS, edges, edges[1:]):
            painter.setBrush(QColor(self.BAND_BACKGROUNDS[band]))
            painter.drawRect(QRectF(inner.left(), inner.bottom() - inner.height() * high,
                                    inner.width(), inner.height() * (high - low)))
        filled = QRectF(inner)
        filled.setTop(inner.bottom() - inner.height() * self.level)
        painter.setBrush(QColor(self.BAND_COLOURS[self.band]))
        painter.drawRoundedRect(filled.adjusted(6, 0, -6, 0), 6, 6)
        painter.setPen(QColor(theme.INK))
        for edge in edges[1:3]:  # the band edges as lines too: the bands are not told by colour alone
            y = inner.bottom() - inner.height() * edge
            painter.drawLine(QPointF(inner.left(), y), QPointF(inner.right(), y))
        painter.end()



# Letters a Welsh text needs beyond a-z: to bach (circumflex) on every vowel, the diaeresis, the acute.
WELSH_LETTERS = "âêîôûŵŷäëïöüáé"
# Digits, letters, and the punctuation every shipped text uses ("Whose Shoes?", the prompts, the consent text).
TEXT_ROWS = ("1234567890", "qwertyuiop", "asdfghjkl'", "zxcvbnm,.-", "?!:;()\"/&_")
DIGIT_ROWS = ("123", "456", "789", "0")


class TextBox(QPlainTextEdit):
    """A few lines of wrapped text to edit (the consent text, a prompt), with a line edit's text()/setText().

    A one-line field shows only the end of a long text; this shows all of it, and scrolls past a few lines.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on, as from a line edit; a text has no use for tabs
        self.setLineWrapMode(QPlainTextEdit.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)  # it wraps: a tap-wide bar would only take lines
        # As tall as the theme's least height (four lines or so), no taller: with the keyboard up, the box must
        # still fit the room left above it.
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())

    def minimumSizeHint(self) -> QSize:
        # Qt's would make room for a whole scroll bar handle (the theme's are tap-sized), taller than four lines.
        return QSize(super().minimumSizeHint().width(), self.minimumHeight())

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self.setPlainText(text)


class OnScreenKeyboard(Retranslated, QWidget):
    """Large keys that type into the focused line edit or text box: a kiosk has no keyboard of its own.

    The keys never take the focus, so the field being typed into keeps it; `target` follows the
    focus among the fields given to `serve`. With more than one row, shift opens and erase closes the
    next-to-last row and space closes the last; on a keypad (no shift, no space) erase closes the last.
    `extra` letters (Welsh) make a row of their own. `key_typed` says what each tap did ("\\b": erase).
    Sizes come from the theme (role "textkey"), so they follow the screen.
    """

    key_typed = Signal(str)
    field_focused = Signal(QWidget)  # one of the served fields took the focus

    EXTRA_COLUMNS = 14

    def __init__(self, rows: tuple[str, ...] = TEXT_ROWS, extra: str = WELSH_LETTERS, shift: bool = True,
                 space: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target: QWidget | None = None
        self.shifted = False
        self.keys: dict[str, QPushButton] = {}
        self._fields: list[QWidget] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        lines = []
        for row in rows:
            line = QHBoxLayout()
            line.setSpacing(6)
            line.addStretch()
            for character in row:
                line.addWidget(self._character_key(character))
            lines.append(line)
        self.shift = self._key("⇧", "wide") if shift else None
        self.space = self._key("␣", "space") if space else None
        self.erase = self._key("⌫", "wide")
        erase_line = lines[-2] if space and len(lines) > 1 else lines[-1]
        if self.shift is not None:
            self.shift.setCheckable(True)
            self.shift.toggled.connect(self.set_shifted)
            erase_line.insertWidget(1, self.shift)  # after the leading stretch
        if self.space is not None:
            self.space.clicked.connect(lambda: self.type_character(" "))
            lines[-1].addWidget(self.space)
        self.erase.clicked.connect(self.erase_character)
        erase_line.addWidget(self.erase)
        for line in lines:
            line.addStretch()
            layout.addLayout(line)
        if extra:
            grid = QGridLayout()
            grid.setSpacing(6)
            for index, character in enumerate(extra):
                grid.addWidget(self._character_key(character), index // self.EXTRA_COLUMNS, index % self.EXTRA_COLUMNS)
            centred = QHBoxLayout()
            centred.addStretch()
            centred.addLayout(grid)
            centred.addStretch()
            layout.addLayout(centred)
        layout.addStretch()  # given more room than the keys need, the keys stay together at the top
        self.retranslate()

    def _key(self, text: str, shape: str = "") -> QPushButton:
        key = button("textkey")
        key.setText(text.replace("&", "&&"))  # a lone & would be taken for a shortcut mark and not shown
        if shape:
            key.setProperty("shape", shape)
        key.setFocusPolicy(Qt.NoFocus)  # tapping a key must not take the focus from the field
        key.setAutoDefault(False)
        return key

    def _character_key(self, character: str) -> QPushButton:
        key = self._key(character)
        key.clicked.connect(lambda _=False, ch=character: self.type_character(ch))
        self.keys[character] = key
        return key

    def serve(self, fields: list[QWidget]) -> None:
        """Types into whichever of `fields` has (or last had) the focus."""
        if not self._fields:
            QApplication.instance().focusChanged.connect(self._focus_changed)
        self._fields.extend(fields)
        if self.target is None and fields:
            self.target = fields[0]

    def forget(self, fields: list[QWidget]) -> None:
        """Stops serving `fields` (they are about to be deleted)."""
        self._fields = [field for field in self._fields if field not in fields]
        if self.target in fields:
            self.target = self._fields[0] if self._fields else None

    def _focus_changed(self, old, new) -> None:
        if new in self._fields:
            self.target = new
            self.field_focused.emit(new)

    def set_shifted(self, shifted: bool) -> None:
        self.shifted = shifted
        if self.shift is not None and self.shift.isChecked() != shifted:
            self.shift.setChecked(shifted)
        for character, key in self.keys.items():
            key.setText((character.upper() if shifted else character).replace("&", "&&"))
        self.retranslate()

    def type_character(self, character: str) -> None:
        character = character.upper() if self.shifted else character
        target = self.target
        if target is not None and target.isEnabled():
            if hasattr(target, "insertPlainText"):
                target.insertPlainText(character)
            else:
                target.insert(character)
        if self.shifted:
            self.set_shifted(False)  # as on a phone: shift is for one letter
        self.key_typed.emit(character)

    def erase_character(self) -> None:
        target = self.target
        if target is not None and target.isEnabled():
            if hasattr(target, "textCursor"):
                target.textCursor().deletePreviousChar()
            else:
                target.backspace()
        self.key_typed.emit("\b")

    def retranslate(self) -> None:
        for character, key in self.keys.items():
            key.setAccessibleName(character.upper() if self.shifted else character)
        if self.shift is not None:
            self.shift.setAccessibleName(self.tr("Shift: next letter in capitals"))
        if self.space is not None:
            self.space.setAccessibleName(self.tr("Space"))
        self.erase.setAccessibleName(self.tr("Delete last character"))


class TypedFieldInView(QObject):
    """On a page whose fields scroll: a tapped field brings the keyboard up (`show_keyboard` checked) and stays in
    view once the keyboard has taken its room.

    The keyboard takes its room only once the layout has run, so the field is scrolled into view when the visible
    part of the page has its new size (the viewport's resize), not before. `box(field)` is what must show, in the
    scroll area's content: the field and its caption, say; by default the field alone (not ensureWidgetVisible's
    text cursor only).
    """

    def __init__(self, page: QWidget, scroll: QScrollArea, keyboard: OnScreenKeyboard, show_keyboard: QPushButton,
                 box: Callable[[QWidget], QRect] | None = None) -> None:
        super().__init__(page)
        self.page, self.scroll, self.keyboard, self.show_keyboard = page, scroll, keyboard, show_keyboard
        self.box = box or (lambda field: QRect(field.mapTo(scroll.widget(), QPoint(0, 0)), field.size()))
        keyboard.field_focused.connect(self._field_focused)
        scroll.viewport().installEventFilter(self)

    def _field_focused(self, field: QWidget) -> None:
        if self.page.isVisible():
            self.show_keyboard.setChecked(True)
            QTimer.singleShot(0, self, self.show_target)

    def show_target(self) -> None:
        target = self.keyboard.target
        if target is not None and self.keyboard.isVisible() and self.scroll.isAncestorOf(target):
            box = self.box(target)
            self.scroll.ensureVisible(box.center().x(), box.center().y(), box.width() // 2,
                                      box.height() // 2 + theme.px(8))

    def eventFilter(self, watched, event) -> bool:
        if watched is self.scroll.viewport() and event.type() == QEvent.Resize:
            self.show_target()
        return False
