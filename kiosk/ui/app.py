"""Starts the kiosk: the config, the store and its lock, the devices, the PIN, the window and Qt's event loop."""

from __future__ import annotations

import os
import signal
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from kiosk import config as configuration
from kiosk.store import ClipStore, StoreError
from kiosk.store.index import ClipIndex
from kiosk.ui.controller import KioskController
from kiosk.ui.devices import DeviceFeed, is_try_out, open_devices, remembered_spec
from kiosk.ui.pin import DEFAULT_PIN, PIN_FILE, PinStore
from kiosk.ui.services import KioskServices
from kiosk.ui.window import KioskWindow

SIGNAL_CHECK_MS = 200


@dataclass
class Kiosk:
    controller: KioskController
    window: KioskWindow
    services: KioskServices  # what a second window (a hub, a wall) would be given too

    def close(self) -> None:
        """Stops everything the kiosk started; for tests and for the end of run()."""
        self.window.exit()
        self.controller.shutdown()


def build_kiosk(config: configuration.Config, recordings: Path, camera_spec: str | None = None,
                microphone_spec: str | None = None, windowed: bool = True,
                config_problems: list[str] | None = None) -> Kiosk:
    """The whole kiosk, started and showing the attract screen (the window itself is not yet shown)."""
    store = ClipStore(recordings, index=ClipIndex([recordings]))  # listed once, then only what changed is read
    pins = PinStore(Path(recordings) / PIN_FILE)
    if pins.ensure():
        print(f"kiosk: the facilitator PIN is {DEFAULT_PIN} (the default): please change it.", file=sys.stderr)
    demo = is_try_out(config)
    camera, microphone, device_problems = open_devices(config, camera_spec, microphone_spec, demo=demo)
    specs = {"camera": remembered_spec(camera_spec or config.camera, camera),
             "microphone": remembered_spec(microphone_spec or config.microphone, microphone)}
    feed = DeviceFeed(camera, microphone, specs=specs, demo=demo)
    services = KioskServices(config, store, feed, pins, config_problems)
    controller = KioskController(services)
    window = KioskWindow(controller, windowed=windowed)
    controller.start(device_problems)
    return Kiosk(controller, window, services)


def missing_screen() -> str | None:
    """One sentence when Linux offers Qt no screen at all: Qt would abort the process instead of saying so."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return ("there is no screen to show the kiosk on (neither DISPLAY nor WAYLAND_DISPLAY is set): start it from "
            "the laptop's desktop or kiosk session; `kiosk record` works without one.")


def run(args) -> int:
    """The `kiosk` command with no sub-command: runs until a facilitator exits with the PIN."""
    problem = missing_screen()
    if problem:
        print(f"kiosk: {problem}", file=sys.stderr)
        return 1
    recordings = Path(args.recordings)
    config, problems = configuration.load_event(recordings, args.config, Path.cwd())
    unread = [] if args.config else configuration.unread_config(recordings, Path.cwd())
    for problem in problems + unread:
        print(f"kiosk: {problem}", file=sys.stderr)
    lock = ClipStore(recordings).lock()
    try:
        if not lock.acquire():
            print(f"kiosk: another kiosk is already recording into {recordings}.", file=sys.stderr)
            return 1
        if config.source and not args.config and configuration.write_first_config(config.source):
            print(f"kiosk: the event's settings are in {config.source} (from the shipped defaults, each one explained "
                  f"there); change them there or in the facilitator panel.", file=sys.stderr)
    except OSError as error:
        print(f"kiosk: the recordings folder {recordings} cannot be used ({error.strerror or error}).", file=sys.stderr)
        return 1
    try:
        QApplication.setAttribute(Qt.AA_SynthesizeMouseForUnhandledTouchEvents, True)
        app = QApplication.instance() or QApplication(sys.argv[:1])
        app.setApplicationName("Whose Shoes? kiosk")
        # A shutdown sends SIGTERM: leave the event loop (queued, so one that has not started yet still sees it),
        # and the take under way is finished and kept.
        for number in (signal.SIGTERM, signal.SIGINT):
            signal.signal(number, lambda *_: QTimer.singleShot(0, app.exit))  # quit() would ask the window, which refuses
        heartbeat = QTimer()  # Python runs signal handlers only when it runs at all: wake it a few times a second
        heartbeat.timeout.connect(lambda: None)
        heartbeat.start(SIGNAL_CHECK_MS)
        try:
            kiosk = build_kiosk(config, recordings, args.camera, args.microphone, args.windowed, problems)
        except StoreError as error:
            print(f"kiosk: {error}", file=sys.stderr)
            return 1
        kiosk.window.exited.connect(app.quit)
        kiosk.window.show_kiosk()
        try:
            app.exec()
        finally:
            kiosk.controller.shutdown()
        return 0
    finally:
        lock.release()
