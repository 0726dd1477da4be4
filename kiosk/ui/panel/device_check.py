"""The panel's "Test camera and microphone": kiosk.diagnostics.check on its own thread, its report as a queued signal."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from kiosk.config import Config
from kiosk.diagnostics.check import CheckReport, run_check

log = logging.getLogger(__name__)


class DeviceCheckRunner(QObject):
    """Runs one check at a time on a plain thread, listening to the kiosk's running sources (a webcam cannot be
    opened twice); `stop` cancels it and joins the thread. The GUI thread never waits on the camera or encoder."""

    finished = Signal(object)  # CheckReport, emitted on the check's thread and queued to the GUI

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        self.finished.connect(self._join)

    def is_running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, config: Config, recordings: Path, camera, microphone, seconds: float) -> bool:
        if self.is_running():
            return False
        self._join()
        self._cancel = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(config, recordings, camera, microphone, seconds,
                                                                self._cancel), name="panel-check", daemon=False)
        self._thread.start()
        return True

    def stop(self) -> None:
        self._cancel.set()
        self._join()

    def _join(self, *_) -> None:
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join()
            self._thread = None

    def _run(self, config, recordings, camera, microphone, seconds, cancel) -> None:
        if camera is None and microphone is None:
            report = CheckReport(failures=["Neither the camera nor the microphone is working now."])
        else:
            try:
                report = run_check(config, recordings, seconds, camera=camera, microphone=microphone, cancel=cancel)
            except Exception as error:  # a check must never take the kiosk down; the log keeps the traceback
                log.exception("the device check failed")
                report = CheckReport(failures=[f"The check itself failed ({error})."])
        self.finished.emit(report)
