"""The kiosk's one window: full screen, hard to leave, a hidden corner for facilitators, no cursor when idle."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QApplication, QLayout, QVBoxLayout, QWidget

from kiosk.ui import theme
from kiosk.ui.controller import KioskController

INPUT_EVENTS = {QEvent.MouseButtonPress, QEvent.MouseButtonRelease, QEvent.MouseMove, QEvent.KeyPress,
                QEvent.TouchBegin, QEvent.TouchUpdate, QEvent.Wheel}


class KioskWindow(QWidget):
    """Hosts the controller's screens; closes only when a facilitator chose Exit kiosk after the PIN.

    Alt+Tab and the like belong to the window manager and cannot be fully blocked from Qt; a
    frameless, stay-on-top, full-screen window that ignores close requests and holds the keyboard
    is as far as Qt goes (a locked-down session, e.g. a kiosk user with no desktop, does the rest).
    """

    HOLD_MS = 3000  # press and hold the top-left corner this long for the PIN screen
    CORNER_PX = 96
    CURSOR_HIDE_MS = 3000

    corner_held = Signal()
    exited = Signal()

    def __init__(self, controller: KioskController, windowed: bool = False) -> None:
        super().__init__()
        self.controller = controller
        self.windowed = windowed
        self._exit_allowed = False
        self._cursor_hidden = False
        self._passing_key_on = False
        self.setObjectName("kiosk")
        self.setWindowTitle(controller.window_title())
        controller.title_changed.connect(self.setWindowTitle)
        # The style sheet below is the design's (scale 1); fit_sizes() changes it once the window knows its size.
        self._scale = 1.0
        theme.set_scale(1.0)
        self._screen: QScreen | None = None
        self.setStyleSheet(theme.STYLESHEET)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Content never sizes the window: a long Welsh text or an opened keyboard must fit the screen (or scroll),
        # never push the window past it. Qt's default would raise the window's minimum to what the content asks.
        layout.setSizeConstraint(QLayout.SetNoConstraint)
        layout.addWidget(controller.stack)
        self.hold_timer = QTimer(self)
        self.hold_timer.setSingleShot(True)
        self.hold_timer.timeout.connect(self.corner_held.emit)
        self.cursor_timer = QTimer(self)
        self.cursor_timer.setSingleShot(True)
        self.cursor_timer.timeout.connect(self._hide_cursor)
        self.corner_held.connect(controller.open_pin)
        # Layouts made after the window took its screen's scale (cards a facilitator added) take it when shown.
        controller.screen_changed.connect(lambda _: theme.fit_layouts(self, self._scale, only_new=True))
        controller.exit_chosen.connect(self.exit)
        QApplication.instance().installEventFilter(self)
        if not windowed:
            self.setWindowFlags(Qt.Window | Qt.FramelessWindowHint | Qt.WindowStaysOnTopHint)

    def show_kiosk(self, screen: QScreen | None = None) -> None:
        if self.windowed:
            self.resize(theme.DESIGN_WIDTH, theme.DESIGN_HEIGHT)
            self.show()
        else:
            screen = screen or self._screen or QGuiApplication.primaryScreen()
            if screen is not None:
                self.setScreen(screen)
                self.fill_screen(screen.geometry())
                if screen is not self._screen:  # shown again after a refused minimise: connected once
                    if self._screen is not None:
                        self._screen.geometryChanged.disconnect(self.fill_screen)
                    screen.geometryChanged.connect(self.fill_screen)  # a screen turned or its resolution changed
                    self._screen = screen
            self.showFullScreen()
            self.grabKeyboard()  # key presses stay with the kiosk, not another window
        self.cursor_timer.start(self.CURSOR_HIDE_MS)

    def fill_screen(self, geometry: QRect) -> None:
        """Exactly the screen, whatever the content asks: without a window manager nothing else would shrink it."""
        self.setFixedSize(geometry.size())
        self.setGeometry(geometry)

    def resizeEvent(self, event) -> None:
        self.fit_sizes(event.size().width(), event.size().height())
        super().resizeEvent(event)

    def fit_sizes(self, width: int, height: int) -> None:
        """Fonts, targets, paddings and margins follow the window's size (theme.scale_for)."""
        factor = theme.scale_for(width, height)
        if abs(factor - self._scale) < 0.005:
            return
        self._scale = factor
        theme.set_scale(factor)
        self.setStyleSheet(theme.stylesheet(factor))
        theme.fit_layouts(self, factor)

    def exit(self) -> None:
        """The facilitator's Exit kiosk: the only way this window closes."""
        self._exit_allowed = True
        self.close()

    def closeEvent(self, event) -> None:
        if not self._exit_allowed:
            event.ignore()
            return
        QApplication.instance().removeEventFilter(self)
        self.hold_timer.stop()
        self.cursor_timer.stop()
        self._show_cursor()
        self.releaseKeyboard()
        event.accept()
        self.exited.emit()

    def changeEvent(self, event) -> None:
        # Minimising is refused: a kiosk window that is not showing is a desktop that is.
        if event.type() == QEvent.WindowStateChange and self.isMinimized() and not self._exit_allowed:
            QTimer.singleShot(0, self.show_kiosk)
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        # While this window grabs the keyboard, Qt hands every key to it rather than to the focused
        # control: Enter, Space, Esc and the number keys would do nothing. They go on to that control.
        if event.type() in (QEvent.KeyPress, QEvent.KeyRelease) and not self._passing_key_on \
                and QWidget.keyboardGrabber() is self:
            focused = self.focusWidget()
            if focused is not None and focused is not self:
                self._passing_key_on = True
                try:
                    QApplication.sendEvent(focused, QKeyEvent(event.type(), event.key(), event.modifiers(),
                                                              event.text(), event.isAutoRepeat(), event.count()))
                finally:
                    self._passing_key_on = False
                return True
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in INPUT_EVENTS:
            self.controller.note_activity()
            if kind in (QEvent.MouseMove, QEvent.MouseButtonPress, QEvent.TouchBegin):
                self._show_cursor()
                self.cursor_timer.start(self.CURSOR_HIDE_MS)
        if kind in (QEvent.MouseButtonPress, QEvent.TouchBegin):
            if self._in_corner(event):
                if not self.hold_timer.isActive():
                    self.hold_timer.start(self.HOLD_MS)
            else:
                self.hold_timer.stop()
        elif kind in (QEvent.MouseButtonRelease, QEvent.TouchEnd, QEvent.TouchCancel):
            self.hold_timer.stop()
        elif kind == QEvent.MouseMove and self.hold_timer.isActive() and not self._in_corner(event):
            self.hold_timer.stop()
        elif kind == QEvent.KeyPress and event.key() == Qt.Key_F4 and event.modifiers() & Qt.AltModifier:
            return True  # Alt+F4 reaches us only when the window manager lets it; refuse it then too
        return False

    def _in_corner(self, event) -> bool:
        points = event.points() if hasattr(event, "points") else []
        if not points:
            return False
        position = self.mapFromGlobal(points[0].globalPosition().toPoint())
        return QRect(QPoint(0, 0), QPoint(self.CORNER_PX, self.CORNER_PX)).contains(position)

    def _hide_cursor(self) -> None:
        if not self._cursor_hidden:
            QApplication.setOverrideCursor(Qt.BlankCursor)
            self._cursor_hidden = True

    def _show_cursor(self) -> None:
        if self._cursor_hidden:
            QApplication.restoreOverrideCursor()
            self._cursor_hidden = False
