"""The panel's "Test camera and microphone": kiosk.diagnostics.check on its own thread, its report as a queued signal."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from kiosk.config import Config
from kiosk.diagnostics.check import CONTEXT, CheckReport, run_check
from kiosk.sentence import QT_TRANSLATE_NOOP, Sentence, sentence_of
from kiosk.ui.panel.runner import ThreadRunner

log = logging.getLogger(__name__)


class DeviceCheckRunner(ThreadRunner):
    """The panel's "Test camera and microphone": kiosk.diagnostics.check listening to the kiosk's running sources (a
    webcam cannot be opened twice), its report as a queued signal."""

    finished = Signal(object)  # CheckReport
    thread_name = "panel-check"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.finished.connect(self._join)

    def start(self, config: Config, recordings: Path, camera, microphone, seconds: float) -> bool:
        return self._start(config, recordings, camera, microphone, seconds)

    def _run(self, config, recordings, camera, microphone, seconds, cancel: threading.Event) -> None:
        if camera is None and microphone is None:
            report = CheckReport(failures=[Sentence(CONTEXT, QT_TRANSLATE_NOOP(
                "DeviceCheck", "Neither the camera nor the microphone is working now."))])
        else:
            try:
                report = run_check(config, recordings, seconds, camera=camera, microphone=microphone, cancel=cancel)
            except Exception as error:  # a check must never take the kiosk down; the log keeps the traceback
                log.exception("the device check failed")
                report = CheckReport(failures=[Sentence(CONTEXT, QT_TRANSLATE_NOOP(
                    "DeviceCheck", "The check itself failed (%1)."), (sentence_of(error),))])
        self.finished.emit(report)
