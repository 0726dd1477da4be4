"""`kiosk wall`: the wall's window on the chosen screen, fed by the watched clips of every folder given."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from kiosk.config import Config
from kiosk.services import Service, ServiceContainer
from kiosk.store.index import ClipIndex
from kiosk.ui.app import SIGNAL_CHECK_MS, missing_screen
from kiosk.ui.clip_index import WatchedClips
from kiosk.ui.disk import DiskWorker
from kiosk.ui.wall.loop import WallLoop
from kiosk.ui.wall.view import WallView


class WallServices(QObject):
    """What a wall of its own needs (no camera, no microphone, no store lock: it only reads): the disk worker and
    the clips of every folder, watched, in the same services container the kiosk's are kept in."""

    def __init__(self, folders: list[Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = DiskWorker(self)
        self.clips = WatchedClips(ClipIndex(folders), self.worker, self)
        self.lifecycle = ServiceContainer([
            Service("disk", lambda: None, self.worker.stop),
            Service("clips", self.clips.start, self.clips.stop),
        ])

    def start(self) -> None:
        self.lifecycle.start()

    def stop(self) -> None:
        self.lifecycle.stop()


class Wall:
    """The wall's window and loop over a services container's clips and worker (a wall of its own, or a kiosk's)."""

    def __init__(self, clips: WatchedClips, worker: DiskWorker, config: Config) -> None:
        self.view = WallView((config.event_name.en, config.event_name.cy))
        self.view.setWindowTitle(f"{config.event_name.en}: wall")
        self.loop = WallLoop(self.view, clips, worker, config, parent=self.view)

    def show_on(self, screen_number: int | None, windowed: bool) -> str:
        """Shows the wall on screen `screen_number` (from 1; default the last: a laptop's HDMI output is added after
        its own screen); returns a sentence when that screen is not there and another was used."""
        screens = QGuiApplication.screens()
        note = ""
        index = len(screens) - 1 if screen_number is None else screen_number - 1
        if not 0 <= index < len(screens):
            note = f"There is no screen {screen_number} (this laptop has {len(screens)}); the wall is on screen {len(screens)}."
            index = len(screens) - 1
        screen = screens[index]
        if windowed:
            self.view.resize(1280, 720)
            self.view.move(screen.availableGeometry().topLeft())
            self.view.show()
        else:
            self.view.setGeometry(screen.geometry())
            self.view.showFullScreen()
        self.loop.start()
        return note

    def close(self) -> None:
        self.loop.stop()
        self.view.close()


def run_wall(folders: list[Path], config: Config, screen: int | None = None, windowed: bool = False) -> int:
    """Runs the wall until it is closed (Ctrl+Q on its window, or a signal)."""
    problem = missing_screen()
    if problem:
        print(f"kiosk: {problem.replace('the kiosk', 'the wall')}", file=sys.stderr)
        return 1
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Whose Shoes? wall")
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_: QTimer.singleShot(0, app.quit))
    heartbeat = QTimer()  # Python runs signal handlers only when it runs at all
    heartbeat.timeout.connect(lambda: None)
    heartbeat.start(SIGNAL_CHECK_MS)
    services = WallServices(folders)
    services.start()
    wall = Wall(services.clips, services.worker, config)
    # Ctrl+Q closes it: the wall's screen has no keyboard in the hall; the laptop that runs it does.
    QShortcut(QKeySequence(Qt.CTRL | Qt.Key_Q), wall.view, activated=app.quit)
    note = wall.show_on(screen, windowed)
    if note:
        print(f"kiosk: {note}", file=sys.stderr)
    try:
        app.exec()
    finally:
        wall.close()
        services.stop()
    return 0
