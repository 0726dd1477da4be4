"""The wall's playlist: the approved public clips of every folder watched, newest first into the loop, then in turn.

Which clips may show is decided here alone, for the wall window, the panel's preview and `kiosk approve`:
a kept clip (with its media's sha256, so a take still being written or recovered without one never shows),
confirmed (by its speaker at review, or by a facilitator's review, which approval gives), whose consent scope the
config of the laptop showing it declares `public`, and which a facilitator approved (the sidecar's facilitator
`wall` annotation). A withdrawn clip is never listed by the store, so it leaves with its listing.

The order: a clip approved while the wall runs goes to the front of the queue, to play next (people who just spoke
see themselves while still in the room); every clip then takes its turn round the loop, the newest first, so each
approved clip plays once before any plays twice. A clip held in several folders (a hub's copy and a stick's) shows
once, and only while every copy of it may show: an un-approval or a withdrawal reaching one copy takes it off.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Iterable

from kiosk.config import Config
from kiosk.store.clips import KEPT, Clip, Sidecar, is_unconfirmed


def is_approved(sidecar: Sidecar) -> bool:
    """A facilitator approved the clip for the wall (its facilitator annotation `wall`)."""
    return sidecar.facilitator.wall


def why_not_public(sidecar: Sidecar, config: Config) -> str:
    """"" when the clip's consent allows it on the wall at all (what approval needs), else one sentence saying why."""
    if sidecar.status != KEPT:
        return f"The clip is {sidecar.status}, not kept."
    if not sidecar.consent_scope:
        return "The clip has no consent scope, so it stays off the wall."
    if not config.is_public(sidecar.consent_scope):
        return (f"The clip's consent ({sidecar.consent_scope}) does not allow showing it in public, so it cannot be "
                f"shown on the wall.")
    return ""


def why_not_shown(sidecar: Sidecar, config: Config) -> str:
    """"" when the clip may show on the wall now, else one sentence saying why not."""
    reason = why_not_public(sidecar, config)
    if reason:
        return reason
    if not sidecar.sha256:
        return "The clip's media has not been checked yet (no sha256), so it stays off the wall."
    if is_unconfirmed(sidecar):
        return "The clip has not been confirmed by its speaker or reviewed by a facilitator."
    if not is_approved(sidecar):
        return "No facilitator has approved the clip for the wall."
    return ""


@dataclass(frozen=True)
class PlaylistChange:
    """What one update did: clip ids that joined the loop and that left it, and whether the clip playing now left
    (to be taken off the screen at once) or changed (its captions or card to be read again)."""

    joined: tuple[str, ...] = ()
    left: tuple[str, ...] = ()
    playing_left: bool = False
    playing_changed: bool = False


class Playlist:
    """The clips the wall loops. `update(clips, config)` with every clip listed now (all folders); `next()` takes the
    next clip to play, `playing` is the one taken last (None once it left), `upcoming()` what follows."""

    def __init__(self) -> None:
        self._clips: dict[str, Clip] = {}  # clip id -> the copy shown
        self._queue: deque[str] = deque()  # ids, the next to play first
        self._playing: str | None = None
        self._started = False  # the first update fills the loop newest first; later ones put a newcomer next

    @property
    def playing(self) -> Clip | None:
        return self._clips.get(self._playing) if self._playing else None

    def clips(self) -> list[Clip]:
        """Every clip in the loop, in the order they will play from now (the one playing last)."""
        return [self._clips[clip_id] for clip_id in self._queue]

    def __len__(self) -> int:
        return len(self._clips)

    def __contains__(self, clip_id: str) -> bool:
        return clip_id in self._clips

    def update(self, clips: Iterable[Clip], config: Config) -> PlaylistChange:
        """The loop made to match `clips` (every clip every folder lists now) under `config`."""
        copies: dict[str, list[Clip]] = {}
        for clip in clips:
            copies.setdefault(clip.sidecar.id, []).append(clip)
        shown = {clip_id: found[0] for clip_id, found in copies.items()
                 if all(not why_not_shown(copy.sidecar, config) for copy in found)}
        left = tuple(clip_id for clip_id in self._clips if clip_id not in shown)
        newest_first = sorted((clip for clip_id, clip in shown.items() if clip_id not in self._clips),
                              key=lambda clip: (clip.sidecar.started_at, clip.sidecar.media), reverse=True)
        joined = tuple(clip.sidecar.id for clip in newest_first)
        playing_changed = (self._playing in shown and self._playing in self._clips
                           and shown[self._playing] != self._clips[self._playing])
        self._queue = deque(clip_id for clip_id in self._queue if clip_id in shown)
        if self._started:
            self._queue.extendleft(reversed(joined))  # to play next, the newest first
        else:
            self._queue.extend(joined)
        self._started = True
        self._clips = shown
        playing_left = self._playing is not None and self._playing not in shown
        if playing_left:
            self._playing = None
        return PlaylistChange(joined, left, playing_left, playing_changed)

    def next(self) -> Clip | None:
        """The clip to play now (it goes round to the back of the loop); None when no clip may show."""
        if not self._queue:
            self._playing = None
            return None
        clip_id = self._queue.popleft()
        self._queue.append(clip_id)
        self._playing = clip_id
        return self._clips[clip_id]

    def upcoming(self) -> Clip | None:
        """The clip `next()` would give, without taking it."""
        return self._clips[self._queue[0]] if self._queue else None

    def finished(self) -> None:
        """The clip playing has ended (or was stopped): none plays until `next()`."""
        self._playing = None


@dataclass(frozen=True)
class WallPreview:
    """What a wall over these clips loops, for a facilitator: how many, and the next two in the loop's order."""

    count: int
    next: Clip | None = None
    then: Clip | None = None


def preview(clips: Iterable[Clip], config: Config) -> WallPreview:
    """The loop a wall starting now would play (a wall in another process follows the same order)."""
    playlist = Playlist()
    playlist.update(clips, config)
    order = playlist.clips()
    return WallPreview(len(order), order[0] if order else None, order[1] if len(order) > 1 else None)
