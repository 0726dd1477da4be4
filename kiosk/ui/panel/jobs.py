"""The panel's disk work, run on the controller's DiskWorker: plain functions that return values to show."""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from PySide6.QtGui import QImage

from kiosk.config import Config
from kiosk.log import latest_faults
from kiosk.report.annotate import add_quote, tag
from kiosk.playback import default_speaker
from kiosk.space import ESTIMATED_BYTES_PER_SECOND
from kiosk.store import Clip, ClipStore, Listing
from kiosk.store.clips import is_unconfirmed
from kiosk.store.consent import visit_counts
from kiosk.store.withdraw import find_for_withdrawal
from kiosk.transcripts import needs_transcript, read_transcript, save_edited
from kiosk.transcripts.vtt import Cue, split_cue

THUMBNAIL_HEIGHT = 90
REMOVABLE_ROOTS = (Path("/media"), Path("/run/media"))


@dataclass(frozen=True)
class StatusFacts:
    free_bytes: int
    clips_today: int
    bytes_per_second: float  # measured from today's clips, or kiosk.space's estimate
    measured: bool
    problems: tuple[str, ...]  # things in the store that could not be read as clips
    speaker: str | None = None  # the output a take is played back on; None: played back without sound
    faults: tuple[str, ...] = ()  # the latest warnings and errors in the kiosk's log, newest last
    transcripts_waiting: int = 0  # kept clips with no transcript yet
    walked_away_today: int = 0  # today's clips whose attendee left review without choosing (kept, not confirmed)
    unconfirmed: int = 0  # clips of any day kept without the attendee's confirmation and not checked since


@dataclass(frozen=True)
class ClipRow:
    """One clip as the list shows it; the thumbnail is read here, off the GUI thread."""

    code: str
    media_path: Path
    card_id: str
    started_at: datetime
    duration: float
    consent_scope: str
    recovered: bool
    reviewed: bool
    thumbnail: QImage
    transcript: str = ""  # the sidecar's status: "" not made yet, auto, edited, none (with its reason)
    transcript_reason: str = ""
    language: str = "en"
    clip: Clip | None = None  # what the transcript editor reads and saves
    unconfirmed: bool = False  # kept without the attendee's confirmation, and no facilitator has checked it yet
    themes: tuple[str, ...] = ()  # the facilitator's tags (theme ids)


@dataclass(frozen=True)
class TranscriptText:
    """A clip's cues as read for the editor; `problem` says why its .vtt could not be read (then there are none)."""

    cues: tuple[Cue, ...]
    problem: str = ""


def is_today(clip: Clip, today: date | None = None) -> bool:
    return clip.sidecar.started_at[:10] == (today or date.today()).isoformat()


def status_facts(store: ClipStore, listing: Listing | None = None) -> StatusFacts:
    """The status page's facts; `listing`: the store's clips as the index last found them (default: listed now)."""
    listing = listing if listing is not None else store.list()
    today = [clip for clip in listing.clips if is_today(clip)]
    size = seconds = 0.0
    for clip in today:
        try:
            size += clip.media_path.stat().st_size
        except OSError:
            continue
        seconds += clip.sidecar.duration
    measured = seconds >= 1.0
    rate = size / seconds if measured else ESTIMATED_BYTES_PER_SECOND
    waiting = sum(needs_transcript(clip) for clip in listing.clips)
    return StatusFacts(store.free_bytes(), len(today), rate, measured, tuple(listing.problems), default_speaker(),
                       tuple(latest_faults(store.root)), waiting, visit_counts(today).walked_away,
                       visit_counts(listing.clips).unconfirmed)


def clip_row(clip: Clip) -> ClipRow:
    image = QImage(str(clip.thumbnail_path))  # a null image when there is none
    if not image.isNull():
        image = image.scaledToHeight(THUMBNAIL_HEIGHT)
    sidecar = clip.sidecar
    return ClipRow(clip.code, clip.media_path, sidecar.perspective, datetime.fromisoformat(sidecar.started_at),
                   sidecar.duration, sidecar.consent_scope, sidecar.recovered, sidecar.reviewed, image,
                   sidecar.transcript, sidecar.transcript_reason, sidecar.language, clip, is_unconfirmed(sidecar),
                   tuple(sidecar.facilitator.themes))


def clip_rows(clips: list[Clip], made: dict[Path, ClipRow] | None = None) -> tuple[list[ClipRow], dict[Path, ClipRow]]:
    """The clips as rows, each with its thumbnail scaled for the list: those kept without the attendee's confirmation
    first (a facilitator checks them or withdraws them), then newest first. A row in `made` for the same clip as it
    is now is used again, its thumbnail not read twice (one that had none is tried again: export makes them too).
    Returns the rows and every row by sidecar, for the next time."""
    made = made or {}
    rows = {}
    for clip in reversed(clips):
        row = made.get(clip.sidecar_path)
        if row is None or row.clip != clip or row.clip.sidecar.unknown != clip.sidecar.unknown or row.thumbnail.isNull():
            row = clip_row(clip)
        rows[clip.sidecar_path] = row
    return sorted(rows.values(), key=lambda row: not row.unconfirmed), rows  # sorted() keeps newest first within each


def review_clip(store: ClipStore, clip: Clip) -> ClipRow:
    """A facilitator checked the clip: it is confirmed, and goes where the attendee chose. Raises StoreError when it
    has gone (withdrawn meanwhile)."""
    return clip_row(store.review(clip))


def tag_clip(store: ClipStore, clip: Clip, config: Config, theme_id: str, on: bool) -> ClipRow:
    """The clip tagged with the theme, or no longer; raises AnnotationRefused with one sentence (a clip gone, say)."""
    return clip_row(tag(store, clip, config, theme_id, undo=not on).clip)


def quote_clip(store: ClipStore, clip: Clip, config: Config, start: float, end: float,
               themes: tuple[str, ...]) -> tuple[ClipRow, str]:
    """A new quote of the clip; its row and the words quoted. Raises AnnotationRefused with one sentence."""
    clip, quote = add_quote(store, clip, config, start, end, themes)
    return clip_row(clip), quote.words


def find_clip(store: ClipStore, code: str) -> tuple[str, ClipRow | None]:
    """The code as stored and its clip; the clip is None when it was withdrawn before. Raises StoreError."""
    normal, clip = find_for_withdrawal(store, code)
    return normal, (clip_row(clip) if clip is not None else None)


def transcript_text(clip: Clip) -> TranscriptText:
    """The clip's cues; a damaged or foreign .vtt gives its reason instead of failing, so the editor can start afresh."""
    try:
        return TranscriptText(read_transcript(clip))
    except (ValueError, OSError) as error:  # NotAFile and UnicodeDecodeError are ValueErrors
        return TranscriptText((), str(error))


def laid_out(cues: list[Cue], duration: float) -> tuple[Cue, ...]:
    """The cues as typed, each text re-laid as captions of at most two lines of about MAX_LINE characters: a long
    one becomes several captions sharing its time by their lengths. Unlike fit_cues, no typed word is dropped at the
    clip's end and no caption is lengthened into the next one: the times are the facilitator's."""
    result = []
    for cue in sorted(cues, key=lambda cue: cue.start):
        start = min(max(0.0, cue.start), duration)
        end = min(max(cue.end, start), duration)
        result.extend(Cue(round(piece.start, 3), round(piece.end, 3), piece.text)
                      for piece in split_cue(start, end, cue.text))
    return tuple(result)


def save_transcript(store: ClipStore, clip: Clip, cues: list[Cue]) -> tuple[ClipRow, tuple[Cue, ...]]:
    """The facilitator's cues (laid out) saved as the clip's edited transcript; the clip as now, and the cues as
    saved. Raises StoreError when the clip has gone (withdrawn while the editor was open)."""
    cues = laid_out(cues, clip.sidecar.duration if clip.sidecar.duration > 0 else math.inf)
    return clip_row(save_edited(store, clip, cues)), cues


def removable_drives(roots: tuple[Path, ...] = REMOVABLE_ROOTS) -> list[Path]:
    """Mounted drives under /media and /run/media (one level deeper when the mount is per user)."""
    found = []
    for root in roots:
        try:
            entries = sorted(root.iterdir())
        except OSError:
            continue
        for entry in entries:
            if os.path.ismount(entry):
                found.append(entry)
            elif entry.is_dir():
                try:
                    found.extend(sorted(inner for inner in entry.iterdir() if os.path.ismount(inner)))
                except OSError:
                    continue
    return found
