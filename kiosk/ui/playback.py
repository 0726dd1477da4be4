"""Playing a clip back, and stopping safely: what the review screen and the panel's clip list share."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl
from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer, QVideoSink

from kiosk.ui.widgets import CameraPreview


def stop_and_release(player: QMediaPlayer) -> None:
    """Stops playback now and lets go of the file one event-loop turn later.

    Qt's FFmpeg backend still reports the stop (StoppedState, then end of media) from its playback
    engine after stop() returns; clearing the source at once destroys that engine under it (one of our
    full test runs died there with a segfault; Mudlet met the same sequence, Mudlet/Mudlet#9569).
    Deferred, and only if nothing new was loaded meanwhile, the release waits for the engine. The
    timer is tied to the player, so it never outlives it.
    """
    player.stop()
    stopped = player.source()
    QTimer.singleShot(0, player, lambda: _release(player, stopped))


def _release(player: QMediaPlayer, stopped: QUrl) -> None:
    if player.source() == stopped and player.playbackState() == QMediaPlayer.StoppedState:
        player.setSource(QUrl())


class ClipPlayer(QObject):
    """Plays a clip into one of our own preview widgets: the review screen's and the panel's clip list's.

    A QVideoSink painted by our widget, not a QVideoWidget: the sink path is the one that plays
    reliably offscreen and without a GPU (see CAPTURE-NOTES.md).
    """

    def __init__(self, screen: CameraPreview, parent: QObject) -> None:
        super().__init__(parent)
        self.screen = screen
        self.sink = QVideoSink(self)
        # A bound method of an object in the GUI thread, not a lambda: the sink may emit on the
        # player's thread, and only such a receiver makes Qt queue the frame to the GUI.
        self.sink.videoFrameChanged.connect(self._show_frame)
        self.player = QMediaPlayer(self)
        # With no sound device at all, Qt's FFmpeg backend can hang in stop() on an audio output
        # that has nowhere to go (seen offscreen in tests); play pictures only then.
        self.audio = QAudioOutput(self) if QMediaDevices.audioOutputs() else None
        if self.audio is not None:
            self.player.setAudioOutput(self.audio)
        self.player.setVideoSink(self.sink)

    def play(self, media: Path) -> None:
        self.screen.clear()
        self.player.setSource(QUrl.fromLocalFile(str(media)))
        self.player.play()

    def play_again(self) -> None:
        self.player.setPosition(0)
        self.player.play()

    def stop(self) -> None:
        """Stops and lets go of the file, so it can be deleted or withdrawn."""
        stop_and_release(self.player)

    def _show_frame(self, frame) -> None:
        self.screen.show_image(frame.toImage())
