"""What a record heard, read from the record itself: its marker's cards and themes, each clip's sidecar (the
facilitator's tags and quotes) and captions. Only what the record holds, so only clips inside its scope appear."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.report.heard import HeardClip, HeardQuote, Label, WhatWeHeard, words_between
from kiosk.store import Sidecar
from kiosk.store.exported import MarkedClip, Marker
from kiosk.transcripts.vtt import Cue


@dataclass(frozen=True)
class ClipInRecord:
    """One clip as publish read it from the record."""

    id: str
    entry: MarkedClip
    sidecar: Sidecar
    cues: tuple[Cue, ...]
    transcript_status: str


def heard_clip(clip: ClipInRecord) -> HeardClip:
    """The clip with its tags and quotes; a quote's words are read again from the captions in the record, so they are
    the words as last corrected (the sidecar's copy only where the record has no captions)."""
    sidecar, annotations = clip.sidecar, clip.sidecar.facilitator
    quotes = tuple(HeardQuote(quote.id, quote.start, quote.end,
                              words_between(clip.cues, quote.start, quote.end) if clip.cues else quote.words,
                              tuple(quote.themes))
                   for quote in annotations.quotes if 0 <= quote.start < quote.end <= sidecar.duration + 0.5)
    return HeardClip(clip.id, sidecar.perspective, sidecar.started_at, sidecar.duration, sidecar.language,
                     sidecar.consent_scope, clip.entry.video, clip.entry.name, clip.cues, clip.transcript_status,
                     tuple(annotations.themes), quotes)


def heard_in_record(marker: Marker, clips: list[ClipInRecord], reel_seconds: float | None = None) -> WhatWeHeard:
    return WhatWeHeard(
        event=marker.event, exported_at=marker.exported_at, scope=marker.scope,
        cards=tuple(Label(card.id, card.en, card.cy, card.colour) for card in marker.cards),
        themes=tuple(Label(theme.id, theme.en, theme.cy, theme.colour) for theme in marker.themes),
        clips=tuple(heard_clip(clip) for clip in clips), reel_seconds=reel_seconds)
