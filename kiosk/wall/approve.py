"""A facilitator's approval of a clip for the wall, and its undoing: what `kiosk approve` and the panel's switch do."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.config import Config
from kiosk.store.clips import Clip, ClipStore, StoreError
from kiosk.wall.playlist import is_approved, why_not_public


@dataclass(frozen=True)
class Approval:
    """What an approval (or its undoing) did: the clip as written, and whether anything changed."""

    clip: Clip
    changed: bool


def set_on_wall(store: ClipStore, clip: Clip, config: Config, on: bool = True) -> Approval:
    """Approves `clip` for the wall (`on`), which counts as the facilitator's review of a clip its speaker did not
    confirm, or takes the approval back. Raises StoreError with one sentence for a clip whose consent does not allow
    public showing (under `config`, this laptop's), or one gone, not kept or written by a newer kiosk."""
    if on:
        reason = why_not_public(clip.sidecar, config)
        if reason:
            raise StoreError(f"{clip.named}: {reason[0].lower()}{reason[1:]}")
        if is_approved(clip.sidecar) and clip.sidecar.reviewed:
            return Approval(clip, False)
        return Approval(store.annotate(clip, wall=True, reviewed=True), True)
    if not is_approved(clip.sidecar):
        return Approval(clip, False)
    return Approval(store.annotate(clip, wall=False), True)

