"""Consent words kept once per version, how the visits ended, and the clip a facilitator names for review."""

from __future__ import annotations

import hashlib
import logging
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from kiosk.atomic import write_atomically
from kiosk.store import codes
from kiosk.store.clips import (CONSENT_VERSION, KEPT, KEPT_AT_REVIEW, KIOSK_CLOSED, WALKED_AWAY, Clip, ClipStore,
                               StoreError, is_unconfirmed)
from kiosk.store.files import read_regular
from kiosk.store.names import is_clip_id

CONSENT_FOLDER = "consent"  # <recordings>/consent/<version>.txt
MAX_CONSENT_BYTES = 64 * 1024  # a consent text is a paragraph


def consent_version(words: str) -> str:
    """The version of a consent text: the first 12 hex digits of the SHA-256 of its exact words, in UTF-8.

    Any change to the words (a comma, the Welsh instead of the English) makes another version, so a clip's
    sidecar says which words its speaker agreed to without a version number anyone has to remember to raise.
    """
    return hashlib.sha256(words.encode("utf-8")).hexdigest()[:12]


def consent_path(root: Path, version: str) -> Path:
    if not CONSENT_VERSION.fullmatch(version):
        raise ValueError(f"{version!r} is not a consent version")
    return Path(root) / CONSENT_FOLDER / f"{version}.txt"


def remember_consent(root: Path, words: str) -> str:
    """Keeps `words` in <root>/consent/<version>.txt, written once, and returns their version.

    A version's file is never written again: what is there already is what a clip was agreed under. Should it
    hold other words (changed by hand), it is left as it is and the log says so; the clip is still recorded,
    since its sidecar holds the version of the words actually shown. Raises OSError if the folder cannot be written.
    """
    version = consent_version(words)
    path = consent_path(root, version)
    if not os.path.lexists(path):
        write_atomically(path, words.encode("utf-8"))
    elif read_consent(root, version) != words:
        logging.getLogger(__name__).warning("%s does not hold the consent text of version %s; it was left as it "
                                            "is", path, version)
    return version


def read_consent(root: Path, version: str) -> str | None:
    """The consent words of `version` kept in `root`, or None when they are not there (or not readable as kept)."""
    try:
        return read_regular(consent_path(root, version), MAX_CONSENT_BYTES).decode("utf-8")
    except (OSError, ValueError):  # absent, a link or a folder (NotAFile), too big, not UTF-8, not a version
        return None


@dataclass(frozen=True)
class VisitCounts:
    """How the kept clips' visits ended, for the panel's status: is review losing people?"""

    kept: int = 0  # every kept clip
    kept_at_review: int = 0  # the attendee tapped Keep
    walked_away: int = 0  # review was left idle
    kiosk_closed: int = 0  # the kiosk closed while the take was at review
    unconfirmed: int = 0  # kept without the attendee's confirmation and not yet reviewed by a facilitator


def visit_counts(clips: Iterable[Clip]) -> VisitCounts:
    """Counts kept clips only: a take being recorded or at review has not ended its visit yet."""
    kept = [clip.sidecar for clip in clips if clip.sidecar.status == KEPT]
    endings = Counter(sidecar.visit_ended for sidecar in kept)
    return VisitCounts(kept=len(kept), kept_at_review=endings[KEPT_AT_REVIEW], walked_away=endings[WALKED_AWAY],
                       kiosk_closed=endings[KIOSK_CLOSED], unconfirmed=sum(map(is_unconfirmed, kept)))


def find_for_review(store: ClipStore, named: str, doing: str = "review") -> Clip:
    """The clip a facilitator named by its withdrawal code or its id (to `doing` it: review, approve, tag, quote); raises
    StoreError, with one sentence, for a clip that is not in the store (withdrawn, or never there)."""
    from kiosk.store.withdraw import withdrawn_clips

    clip_id, code = named.strip().lower(), codes.normalise(named)
    if is_clip_id(clip_id):
        shown, matches = f"the id {clip_id}", lambda found_id, found_code: found_id == clip_id
    elif codes.is_code(code):
        shown, matches = f"the code {codes.display(code)}", lambda found_id, found_code: found_code == code
    else:
        raise StoreError(f"{named!r} is neither a withdrawal code (6 letters and digits, like K7M-4PX) nor a clip id.")
    for clip in store.list().clips:
        if matches(clip.sidecar.id, clip.code):
            return clip
    try:
        withdrawn = any(matches(*entry) for entry in withdrawn_clips([store.root]))
    except (OSError, ValueError):  # the log cannot be read: the clip is not here, whatever the log says
        withdrawn = False
    if withdrawn:
        raise StoreError(f"The clip with {shown} was withdrawn, so there is nothing to {doing}.")
    raise StoreError(f"No clip in {store.root} has {shown}.")
