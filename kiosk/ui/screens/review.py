"""Review: the take played back with sound, then Keep / Try again / Delete (which asks once, then says it is done)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QSizePolicy, QSpacerItem, QVBoxLayout

from kiosk.ui import theme
from kiosk.ui.screens import ScreenBase
from kiosk.ui.playback import ClipPlayer
from kiosk.ui.widgets import CameraPreview, button, label, set_text


class ReviewScreen(ScreenBase):
    keep_chosen = Signal()
    retry_chosen = Signal()
    delete_chosen = Signal()  # confirmed: the attendee said yes to "Delete your video?"
    deleted_shown = Signal()  # "Your video has been deleted" has been on screen long enough, or Back to the start

    DELETED_SECONDS = 4.0  # how long the "deleted" message stays before the kiosk goes back to the start

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.message = ""
        self.state = "choosing"  # choosing, asking (Delete your video?), deleted
        self.heading = label("heading")
        self.problem = label("notice")
        self.problem.hide()
        self.video = CameraPreview(mirrored=False)
        self.video.setProperty("shape", "review")
        self.playback = ClipPlayer(self.video, self)
        self.playback.finished.connect(self._played)
        self.playback.sound_only.connect(
            lambda: self.video.show_message(self.tr("No camera was working, so only your voice was recorded.")))
        self.replay = button()
        self.replay.clicked.connect(self.play_again)
        self.keep = button("primary")
        self.keep.setProperty("shape", "wide")
        self.retry = button()
        # Delete is styled as destructive and kept at the far side from Try again; it asks before it acts.
        self.delete = button("destructive")
        self.delete.clicked.connect(lambda: self._set_state("asking"))
        for widget, signal in ((self.keep, self.keep_chosen), (self.retry, self.retry_chosen)):
            widget.clicked.connect(self._choice(signal))
        self.delete_question = label("lead")
        self.cancel_delete = button()
        self.cancel_delete.clicked.connect(lambda: self._set_state("choosing"))
        self.confirm_delete = button("danger")
        self.confirm_delete.clicked.connect(self._choice(self.delete_chosen))
        self.deleted_timer = QTimer(self)
        self.deleted_timer.setSingleShot(True)
        self.deleted_timer.timeout.connect(self.deleted_shown)
        # Deleted: a calm page of its own (no empty player), with a way back that does not make the attendee wait.
        self.deleted_note = label("lead")
        self.deleted_note.setAlignment(Qt.AlignCenter)
        self.back_to_start = button("primary")
        self.back_to_start.setProperty("shape", "wide")
        self.back_to_start.clicked.connect(self._back_to_start)
        choices = QHBoxLayout()
        choices.addWidget(self.replay)
        choices.addSpacing(24)
        choices.addWidget(self.retry)
        choices.addWidget(self.keep)
        # Right to left: Keep, Try again and Play again on the right, Delete on the far left; on a portrait screen
        # (top to bottom) Delete goes on a row of its own below them, where it cannot crowd Play again.
        self.actions = actions = QBoxLayout(QBoxLayout.RightToLeft)
        actions.addLayout(choices)
        # Room between the two rows on a portrait screen (sized in resizeEvent: Qt turns a box's spacers round when
        # its direction turns, so one made tall would take width from a landscape row).
        self.rows_gap = QSpacerItem(0, 0, QSizePolicy.Minimum, QSizePolicy.Minimum)
        actions.addSpacerItem(self.rows_gap)
        actions.addStretch(1)
        actions.addWidget(self.delete, 0, Qt.AlignLeft)
        question = QHBoxLayout()
        question.addWidget(self.delete_question, 1)
        question.addWidget(self.cancel_delete)
        question.addWidget(self.confirm_delete)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(120, 40, 120, 40)
        layout.addStretch(0)  # with the one after Back to the start: the deleted page in the middle of the page
        layout.addWidget(self.heading)
        layout.addWidget(self.problem)
        layout.addWidget(self.video, 1)
        layout.addWidget(self.deleted_note)
        layout.addSpacing(32)
        layout.addWidget(self.back_to_start, 0, Qt.AlignHCenter)
        layout.addStretch(0)
        layout.addSpacing(16)
        layout.addLayout(question)
        layout.addLayout(actions)
        self._set_state("choosing")
        self.retranslate()

    def _set_state(self, state: str) -> None:
        self.state = state
        for part in (self.delete, self.replay, self.retry, self.keep):
            part.setVisible(state == "choosing")
        for part in (self.delete_question, self.cancel_delete, self.confirm_delete):
            part.setVisible(state == "asking")
        deleted = state == "deleted"
        self.video.setVisible(not deleted)
        for part in (self.deleted_note, self.back_to_start):
            part.setVisible(deleted)
        layout = self.layout()
        for index in (0, layout.indexOf(self.back_to_start) + 1):
            layout.setStretch(index, 1 if deleted else 0)
        self.heading.setAlignment(Qt.AlignCenter if deleted else Qt.AlignLeft | Qt.AlignVCenter)
        if state == "asking":
            self.cancel_delete.setFocus()  # Enter keeps the video: the safe answer
        elif state == "choosing" and self.keep.isEnabled():
            self.keep.setFocus()
        self.retranslate()

    def resizeEvent(self, event) -> None:
        portrait = event.size().height() > event.size().width()
        self.actions.setDirection(QBoxLayout.TopToBottom if portrait else QBoxLayout.RightToLeft)
        self.rows_gap.changeSize(0, theme.px(24) if portrait else 0, QSizePolicy.Minimum, QSizePolicy.Minimum)
        self.actions.invalidate()
        super().resizeEvent(event)

    def show_deleted(self) -> None:
        """The take is gone: a calm page says so, with Back to the start; `deleted_shown` on the tap or after a while."""
        self.stop_playback()
        self.message = ""
        self.video.clear()
        self._set_state("deleted")
        self.back_to_start.setEnabled(True)
        self.back_to_start.setFocus()
        self.deleted_timer.start(int(self.DELETED_SECONDS * 1000))

    def _back_to_start(self) -> None:
        if self.deleted_timer.isActive():  # once only: the timer may not also say it
            self.deleted_timer.stop()
            self.back_to_start.setEnabled(False)
            self.deleted_shown.emit()

    def _choice(self, signal):
        def chosen() -> None:
            self.stop_playback()
            self.set_choices_enabled(False)
            signal.emit()
        return chosen

    def set_choices_enabled(self, enabled: bool) -> None:
        for widget in (self.keep, self.retry, self.delete, self.replay, self.cancel_delete, self.confirm_delete):
            widget.setEnabled(enabled)

    def show_take(self, media: Path, problem: str = "") -> None:
        """Plays `media` from the start; `problem` is one calm sentence when the take ended early."""
        self.message = problem
        self.deleted_timer.stop()
        self.set_choices_enabled(True)
        self._set_state("choosing")
        self.playback.play(media)
        self.keep.setFocus()

    def play_again(self) -> None:
        self.playback.play_again()

    def stop_playback(self) -> None:
        self.playback.stop()

    def shutdown(self) -> None:
        self.deleted_timer.stop()
        self.playback.shutdown()

    def busy(self) -> bool:
        return self.playback.is_playing()  # a 90 s take watched back is not cut by a 60 s idle

    def _played(self, problem: str) -> None:
        if problem:  # the clip is still there to keep or delete: only the playing failed
            self.video.show_message(self.tr("Your video cannot be played back here, but it was recorded."))
        self.busy_ended.emit()

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Your video has been deleted.") if self.state == "deleted"
                 else self.tr("Here is your video. Would you like to keep it?"))
        self.problem.setVisible(bool(self.message))
        set_text(self.problem, self.message)
        self.video.setAccessibleName(self.tr("Your video, playing"))
        set_text(self.replay, self.tr("Play again"))
        set_text(self.keep, self.tr("Keep it"), self.tr("Keep my video"))
        set_text(self.retry, self.tr("Try again"), self.tr("Delete this and record again"))
        set_text(self.delete, self.tr("Delete"), self.tr("Delete my video"))
        set_text(self.delete_question, self.tr("Delete your video? This cannot be undone."))
        set_text(self.cancel_delete, self.tr("No, keep it"), self.tr("No, do not delete my video"))
        set_text(self.confirm_delete, self.tr("Yes, delete it"), self.tr("Yes, delete my video"))
        set_text(self.deleted_note, self.tr("Nothing of it is kept. Thank you for stopping by."))
        set_text(self.back_to_start, self.tr("Back to the start"))
