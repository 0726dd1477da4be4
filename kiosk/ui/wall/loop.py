"""The wall's loop: the playlist played through the kiosk's own ClipPlayer, a calm card between clips, fades between."""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QAbstractAnimation, QEasingCurve, QObject, QTimer, QVariantAnimation, Signal

from kiosk.config import Config
from kiosk.store.clips import Clip
from kiosk.transcripts import read_transcript
from kiosk.transcripts.vtt import Cue
from kiosk.ui.clip_index import WatchedClips
from kiosk.ui.disk import DiskWorker
from kiosk.ui.playback import ClipPlayer
from kiosk.ui.wall.view import WallView, card_line
from kiosk.wall import Playlist

log = logging.getLogger(__name__)

INVITE, LOADING, PLAYING, LEAVING = "invite", "loading", "playing", "leaving"


def caption_at(cues: tuple[Cue, ...], seconds: float | None) -> str:
    """The cue's text shown at `seconds` into the clip; "" between cues."""
    if seconds is None:
        return ""
    return next((cue.text for cue in cues if cue.start <= seconds < cue.end), "")


class WallLoop(QObject):
    """Loops the approved clips of `clips` (every folder the wall watches) into `view`.

    Each clip: its captions read on the DiskWorker, a fade to black, the clip under its card, a fade back; at its
    end a fade to the card inviting people to the kiosk, shown INVITE_MS, then the next. A clip un-approved or
    withdrawn while it plays is stopped at once and faded out (within the index's second and one fade, well inside
    the 5 s the issue allows); a change to it (an edited transcript) reads its captions again.

    Nothing flashes (WCAG 2.3.1): the whole screen changes only through a fade of FADE_MS, so at most one
    light-to-dark change every FADE_MS, under three a second.
    """

    FADE_MS = 700
    INVITE_MS = 6000
    CAPTION_TICK_MS = 100

    showing_changed = Signal()  # what is on screen or next changed (for a preview)

    def __init__(self, view: WallView, clips: WatchedClips, worker: DiskWorker, config: Config,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view, self.clips, self.worker, self.config = view, clips, worker, config
        self.playlist = Playlist()
        self.player = ClipPlayer(view, self)
        self.player.finished.connect(self._clip_ended)
        self.state = INVITE
        self.cues: tuple[Cue, ...] = ()
        self.clips_played = 0
        self._began = (0.0, 0)  # when the clip playing began, and the pictures shown before it
        self._then = None  # what to do when the fade under way ends
        self._fades = 0  # fades begun: a fade replaced before it ended never runs its `then`
        self._fade = QVariantAnimation(self)
        self._fade.setEasingCurve(QEasingCurve.InOutSine)
        self._fade.valueChanged.connect(self._veil_moved)
        self._fade.finished.connect(self._faded)
        self._invite = QTimer(self)
        self._invite.setSingleShot(True)
        self._invite.timeout.connect(self._play_next)
        self._captions = QTimer(self)
        self._captions.timeout.connect(self._show_caption)
        self._stopped = False
        for signal in (clips.clips_added, clips.clips_changed, clips.clips_removed):
            signal.connect(self._clips_changed)

    @property
    def playing(self) -> Clip | None:
        """The clip on screen now (loading or playing), None while the card shows."""
        return self.playlist.playing if self.state in (LOADING, PLAYING) else None

    def start(self) -> None:
        self._clips_changed()
        self.view.show_invitation()
        self._invite.start(self.INVITE_MS if len(self.playlist) == 0 else self.FADE_MS)

    def stop(self) -> None:
        """Stops the loop and joins the player's threads (for closing the wall)."""
        self._stopped = True
        for signal in (self.clips.clips_added, self.clips.clips_changed, self.clips.clips_removed):
            signal.disconnect(self._clips_changed)
        self._invite.stop()
        self._captions.stop()
        self._fade.stop()
        self.player.shutdown()

    # -- the playlist following the folders ------------------------------------------------------

    def _clips_changed(self, _clips=None) -> None:
        if self._stopped:
            return
        change = self.playlist.update(self.clips.clips(), self.config)
        if change.playing_left and self.state in (LOADING, PLAYING):
            log.info("the wall took a clip off mid-play: it was withdrawn or is no longer approved")
            self.player.stop()  # at once: the fade that follows shows no more of it
            self._leave()
        elif change.playing_changed and self.state in (LOADING, PLAYING):
            self._read_captions(self.playlist.playing)
        if change.joined or change.left or change.playing_changed:
            self.showing_changed.emit()

    # -- one clip's turn ---------------------------------------------------------------------------

    def _play_next(self) -> None:
        clip = self.playlist.next()
        if clip is None:
            self._invite.start(self.INVITE_MS)
            return
        self.state = LOADING
        self.showing_changed.emit()
        job = self.worker.submit(lambda: read_transcript(clip))
        job.finished.connect(lambda cues: self._loaded(clip, cues))
        job.failed.connect(lambda problem: self._loaded(clip, (), problem))

    def _still(self, clip: Clip, *states: str) -> bool:
        """Whether `clip` is still the one on screen (its sidecar may have changed since: an edit), in one of `states`."""
        playing = self.playlist.playing
        return self.state in states and playing is not None and playing.sidecar.id == clip.sidecar.id

    def _loaded(self, clip: Clip, cues, problem: str = "") -> None:
        if not self._still(clip, LOADING):
            return  # it left the loop while its captions were read
        if problem:
            log.warning("the wall shows %s without captions: %s", clip.sidecar.id, problem)
        self.cues = tuple(cues or ())
        self._fade_to(1.0, lambda: self._show(clip))

    def _show(self, clip: Clip) -> None:
        if not self._still(clip, LOADING):
            return
        clip = self.playlist.playing  # as it is now
        self.view.show_clip(self._card(clip), self._prompt(clip))
        self.view.set_captioned(bool(self.cues), self._prompt(clip))
        self.player.play(clip.media_path, sound=self.config.wall_sound == "on")
        self._began = (time.monotonic(), self.view.frames_shown)
        self.state = PLAYING
        self.clips_played += 1
        self._captions.start(self.CAPTION_TICK_MS)
        self._fade_to(0.0)

    def _read_captions(self, clip: Clip) -> None:
        job = self.worker.submit(lambda: read_transcript(clip))
        job.finished.connect(lambda cues: self._captions_read(clip, cues))

    def _captions_read(self, clip: Clip, cues) -> None:
        if self._still(clip, LOADING, PLAYING):  # while loading, _show takes them up
            self.cues = tuple(cues or ())
            self.view.set_captioned(bool(self.cues), self._prompt(clip))
            self._show_caption()

    def _show_caption(self) -> None:
        self.view.show_caption(caption_at(self.cues, self.player.position()))

    def _clip_ended(self, problem: str) -> None:
        if self.state != PLAYING:
            return
        if problem:
            log.warning("the wall could not play a clip to its end: %s", problem)
        self._leave()

    def _leave(self) -> None:
        if self.state == PLAYING:
            # How smoothly it played: a wall at low priority beside a take skips pictures rather than slow the take.
            began, shown = self._began
            log.info("the wall showed clip %s: %d pictures in %.1f s", self.playlist.playing.sidecar.id
                     if self.playlist.playing else "(gone)", self.view.frames_shown - shown, time.monotonic() - began)
        self.state = LEAVING
        self._captions.stop()
        self.playlist.finished()
        self.showing_changed.emit()
        self._fade_to(1.0, self._invitation)

    def _invitation(self) -> None:
        self.player.stop()
        self.view.show_invitation()
        self.state = INVITE
        self._fade_to(0.0)
        self._invite.start(self.INVITE_MS)

    # -- fades ---------------------------------------------------------------------------------------

    def _fade_to(self, veil: float, then=None) -> None:
        """Fades the whole screen from where it is to `veil` at one full fade per FADE_MS, then calls `then`."""
        self._fade.stop()
        self._then = then
        self._fades += 1
        distance = abs(veil - self.view.veil)
        if distance == 0:
            fade = self._fades  # done already: `then` runs next, unless another fade replaces this one first
            QTimer.singleShot(0, self, lambda: self._faded() if fade == self._fades else None)
            return
        self._fade.setStartValue(self.view.veil)
        self._fade.setEndValue(veil)
        self._fade.setDuration(max(1, round(self.FADE_MS * distance)))
        self._fade.start()

    def _veil_moved(self, value) -> None:
        # Setting a stopped animation's end value announces it at once, as if it were already there: only a running
        # fade moves the veil, or the screen would jump to black in one step.
        if self._fade.state() == QAbstractAnimation.Running:
            self.view.set_veil(float(value))

    def _faded(self) -> None:
        then, self._then = self._then, None
        if then is not None and not self._stopped:
            then()

    # -- words ----------------------------------------------------------------------------------------

    def _card(self, clip: Clip):
        try:
            card = self.config.card(clip.sidecar.perspective)
        except KeyError:  # a card another kiosk had: its id, in its own words
            return card_line(self.view.words, clip.sidecar.perspective, "", "#37474F")
        return card_line(self.view.words, card.label.en, card.label.cy, card.colour)

    def _prompt(self, clip: Clip) -> str:
        return clip.sidecar.prompt
