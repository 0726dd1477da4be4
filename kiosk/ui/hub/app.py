"""Starts the hub window: the hub's config, its sync engine on a thread of its own, the window and Qt's loop."""

from __future__ import annotations

import signal
import sys
from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kiosk.config import Config
from kiosk.sync.serve import SyncSettings
from kiosk.ui.hub.engine import HubEngine
from kiosk.ui.hub.window import HubWindow

SIGNAL_CHECK_MS = 200


@dataclass
class Hub:
    engine: HubEngine
    window: HubWindow

    def close(self) -> None:
        """Stops Syncthing and joins the engine's thread; for tests and for the end of run_hub()."""
        self.window.close()
        self.engine.stop()


def build_hub(config: Config, settings: SyncSettings) -> Hub:
    engine = HubEngine(settings)
    window = HubWindow(engine, config)
    engine.start()
    return Hub(engine, window)


def run_hub(config: Config, settings: SyncSettings) -> int:
    from kiosk.ui.app import missing_screen
    from kiosk.ui.i18n import Translations

    problem = missing_screen()
    if problem:
        print(f"kiosk: {problem.replace('the kiosk', 'the hub')}", file=sys.stderr)
        return 1
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Whose Shoes? hub")
    translations = Translations()
    translations.use(config.language)
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_: QTimer.singleShot(0, app.quit))
    heartbeat = QTimer()  # Python runs signal handlers only when it runs at all
    heartbeat.timeout.connect(lambda: None)
    heartbeat.start(SIGNAL_CHECK_MS)
    hub = build_hub(config, settings)
    hub.window.resize(1280, 800)
    hub.window.show()
    try:
        app.exec()
    finally:
        hub.close()
        translations.remove()
    return 0
