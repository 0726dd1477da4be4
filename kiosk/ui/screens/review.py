"""Review: the take played back with sound, then Keep / Try again / Delete."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from kiosk.ui.screens import ScreenBase
from kiosk.ui.playback import ClipPlayer
from kiosk.ui.widgets import CameraPreview, button, label, set_text


class ReviewScreen(ScreenBase):
    keep_chosen = Signal()
    retry_chosen = Signal()
    delete_chosen = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.message = ""
        self.heading = label("heading")
        self.problem = label("notice")
        self.problem.hide()
        self.video = CameraPreview(mirrored=False)
        self.video.setMinimumSize(640, 360)
        self.playback = ClipPlayer(self.video, self)
        self.playback.finished.connect(self._played)
        self.playback.sound_only.connect(
            lambda: self.video.show_message(self.tr("No camera was working, so only your voice was recorded.")))
        self.replay = button()
        self.replay.clicked.connect(self.play_again)
        self.keep = button("primary")
        self.keep.setMinimumWidth(300)
        self.retry = button()
        self.delete = button()
        for widget, signal in ((self.keep, self.keep_chosen), (self.retry, self.retry_chosen),
                               (self.delete, self.delete_chosen)):
            widget.clicked.connect(self._choice(signal))
        actions = QHBoxLayout()
        actions.addWidget(self.replay)
        actions.addStretch()
        actions.addWidget(self.delete)
        actions.addWidget(self.retry)
        actions.addWidget(self.keep)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(120, 40, 120, 40)
        layout.addWidget(self.heading)
        layout.addWidget(self.problem)
        layout.addWidget(self.video, 1)
        layout.addSpacing(16)
        layout.addLayout(actions)
        self.retranslate()

    def _choice(self, signal):
        def chosen() -> None:
            self.stop_playback()
            self.set_choices_enabled(False)
            signal.emit()
        return chosen

    def set_choices_enabled(self, enabled: bool) -> None:
        for widget in (self.keep, self.retry, self.delete, self.replay):
            widget.setEnabled(enabled)

    def show_take(self, media: Path, problem: str = "") -> None:
        """Plays `media` from the start; `problem` is one calm sentence when the take ended early."""
        self.message = problem
        self.set_choices_enabled(True)
        self.retranslate()
        self.playback.play(media)
        self.keep.setFocus()

    def play_again(self) -> None:
        self.playback.play_again()

    def stop_playback(self) -> None:
        self.playback.stop()

    def shutdown(self) -> None:
        self.playback.shutdown()

    def busy(self) -> bool:
        return self.playback.is_playing()  # a 90 s take watched back is not cut by a 60 s idle

    def _played(self, problem: str) -> None:
        if problem:  # the clip is still there to keep or delete: only the playing failed
            self.video.show_message(self.tr("Your video cannot be played back here, but it was recorded."))
        self.busy_ended.emit()

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Here is your video. Would you like to keep it?"))
        self.problem.setVisible(bool(self.message))
        set_text(self.problem, self.message)
        self.video.setAccessibleName(self.tr("Your video, playing"))
        set_text(self.replay, self.tr("Play again"))
        set_text(self.keep, self.tr("Keep it"), self.tr("Keep my video"))
        set_text(self.retry, self.tr("Try again"), self.tr("Delete this and record again"))
        set_text(self.delete, self.tr("Delete"), self.tr("Delete my video"))
