"""Recording: the mirrored preview, a sound level meter, time left, a "Recording" indicator and one big Stop."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from kiosk.config import Text
from kiosk.ui.screens import ScreenBase
from kiosk.ui.widgets import CameraPreview, LevelMeter, button, label, set_text


class RecordingScreen(ScreenBase):
    stop_chosen = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.prompt = Text("")
        self.seconds_left = 0.0
        self.warning_shown = False
        self.saving = False
        self.demo = False  # a demo pattern or tone records, not the attendee's own picture or voice: say so
        self.indicator = label("recording", wrap=False)
        self.time_left = label("timeleft", wrap=False)
        self.time_left.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.question = label("lead")
        self.question.setAlignment(Qt.AlignCenter)
        self.preview = CameraPreview()
        self.meter = LevelMeter()
        self.meter_label = label("body", wrap=False)
        self.warning = label("warning")
        self.warning.setAlignment(Qt.AlignCenter)
        self.warning.hide()
        self.stop = button("stop")
        self.stop.clicked.connect(self._stop)

        # The badge and the time on one line, the question on the whole width below them: beside them, a long
        # Welsh question was squeezed into six lines, stretched the badge tall and left the picture narrow.
        top = QHBoxLayout()
        top.addWidget(self.indicator, 0, Qt.AlignVCenter)
        top.addStretch()
        top.addWidget(self.time_left, 0, Qt.AlignVCenter)
        meter_column = QVBoxLayout()
        meter_column.addWidget(self.meter, 1, Qt.AlignHCenter)
        meter_column.addWidget(self.meter_label, 0, Qt.AlignHCenter)
        stage = QHBoxLayout()
        stage.addWidget(self.preview, 1)
        stage.addLayout(meter_column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(120, 32, 120, 32)
        layout.addLayout(top)
        layout.addWidget(self.question)
        layout.addLayout(stage, 1)
        layout.addWidget(self.warning)
        layout.addWidget(self.stop, 0, Qt.AlignHCenter)
        self.retranslate()

    def begin(self, prompt: Text, max_seconds: float) -> None:
        self.prompt, self.seconds_left, self.saving, self.warning_shown = prompt, max_seconds, False, False
        self.stop.setEnabled(True)
        self.meter.reset()
        self.retranslate()
        self.stop.setFocus()

    def show_frame(self, frame) -> None:
        self.preview.show_frame(frame)

    def show_level(self, rms: float) -> None:
        """The meter, and its band in words under it: too quiet, good, too loud."""
        band = self.meter.band
        self.meter.show_level(rms)
        if self.meter.band != band:
            self._show_band()

    def _show_band(self) -> None:
        words = {"quiet": self.tr("Too quiet"), "good": self.tr("Good"), "loud": self.tr("Too loud")}[self.meter.band]
        set_text(self.meter_label, words, self.tr("Sound level: %1").replace("%1", words))

    def show_time_left(self, seconds: float, warning: bool) -> None:
        self.seconds_left, self.warning_shown = max(0.0, seconds), warning
        self._show_time()

    def show_saving(self) -> None:
        """The take is being finished: Stop is done, the file is being written."""
        self.saving = True
        self.stop.setEnabled(False)
        self.retranslate()

    def _stop(self) -> None:
        if not self.saving:
            self.stop_chosen.emit()

    def _show_time(self) -> None:
        seconds = math.ceil(self.seconds_left)
        set_text(self.time_left, self.tr("Time left: %1:%2").replace("%1", str(seconds // 60))
                 .replace("%2", f"{seconds % 60:02d}"))
        self.warning.setVisible(self.warning_shown and not self.saving)
        set_text(self.warning, self.tr("%n second(s) left. Time to finish your thought.", "", seconds))

    def retranslate(self) -> None:
        # The dot is a shape and the word says it: the meaning is not carried by the red alone.
        demo = " (" + self.tr("demo") + ")" if self.demo else ""
        set_text(self.indicator, "● " + (self.tr("Saving…") if self.saving else self.tr("Recording")) + demo,
                 (self.tr("Saving your video") if self.saving else self.tr("Recording now")) + demo)
        set_text(self.question, self.prompt(self.language))
        self._show_band()
        self.meter.setAccessibleName(self.tr("Sound level"))
        self.preview.setAccessibleName(self.tr("Camera picture, mirrored"))
        set_text(self.stop, self.tr("Saving…") if self.saving else self.tr("Stop"),
                 self.tr("Stop recording"))
        self._show_time()
