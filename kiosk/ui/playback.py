"""Stopping a Qt media player safely: the one place the review screen and the panel's clip list share."""

from __future__ import annotations

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtMultimedia import QMediaPlayer


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
