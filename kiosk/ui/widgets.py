"""Shared pieces of the screens: big buttons, the mirrored camera preview and the sound level meter."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget

from kiosk.ui import theme


def button(role: str = "", parent: QWidget | None = None) -> QPushButton:
    """A push button at least theme.MIN_TARGET_PX high that Enter and Space both press."""
    widget = QPushButton(parent)
    if role:
        widget.setProperty("role", role)
    widget.setAutoDefault(True)
    widget.setFocusPolicy(Qt.StrongFocus)
    widget.setMinimumHeight(theme.MIN_TARGET_PX)
    widget.setCursor(Qt.PointingHandCursor)
    return widget


def label(role: str, parent: QWidget | None = None, wrap: bool = True) -> QLabel:
    widget = QLabel(parent)
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
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setMinimumSize(320, 180)
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

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#1C1B1A"))
        if self._image is not None:
            image = self._image
            scale = min(self.width() / image.width(), self.height() / image.height())
            w, h = image.width() * scale, image.height() * scale
            x, y = (self.width() - w) / 2, (self.height() - h) / 2
            if self.mirrored:
                painter.translate(x + w, y)
                painter.scale(-1, 1)  # a mirror: people expect to see themselves as in a looking-glass
            else:
                painter.translate(x, y)
            painter.drawImage(QRectF(0, 0, w, h), image)
        elif self._message:
            painter.setPen(QColor("white"))
            font = QFont(self.font())
            font.setPixelSize(32)
            painter.setFont(font)
            painter.drawText(self.rect().adjusted(40, 40, -40, -40), Qt.AlignCenter | Qt.TextWordWrap, self._message)
        painter.end()


class LevelMeter(QWidget):
    """A vertical bar that rises with the voice, so people see that they are heard."""

    GAIN = 6.0  # speech RMS of ~0.05-0.15 should fill most of the bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = 0.0
        self.setMinimumSize(48, 200)
        self.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Expanding)
        self.setFixedWidth(56)

    def show_level(self, rms: float) -> None:
        self.level = max(0.0, min(1.0, rms * self.GAIN))
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setPen(QColor(theme.INK))
        painter.setBrush(QColor("white"))
        outer = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        painter.drawRoundedRect(outer, 12, 12)
        filled = outer.adjusted(6, 6, -6, -6)
        filled.setTop(filled.bottom() - filled.height() * self.level)
        painter.setPen(Qt.NoPen)
        painter.setBrush(QColor(theme.PRIMARY))
        painter.drawRoundedRect(filled, 8, 8)
        painter.end()



class Tappable(QWidget):
    """A whole area that counts as one tap (the thanks screen: tap anywhere to finish)."""

    tapped = Signal()

    def mouseReleaseEvent(self, event) -> None:
        self.tapped.emit()
        super().mouseReleaseEvent(event)
