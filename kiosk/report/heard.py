"""What a record heard, as the report, the REFI-QDA project and the reel read it: clips, their themes and quotes.

Made from the record alone (its marker, sidecars and captions), so only clips inside the export's scope appear and
a withdrawal that takes a clip out of the record takes its quotes, tags and words out of everything made from it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import Sequence

from kiosk.store.annotations import Quote
from kiosk.transcripts.vtt import Cue

LANGUAGE_NAMES = {"en": ("English", "Saesneg"), "cy": ("Welsh", "Cymraeg")}


@dataclass(frozen=True)
class Label:
    """A card or a theme as the record names it, in English and Welsh."""

    id: str
    en: str
    cy: str = ""
    colour: str = "#263238"


# A moment of a clip (seconds from its start, the words said then, its themes): the facilitator's annotation itself.
HeardQuote = Quote


@dataclass(frozen=True)
class HeardClip:
    """A clip of the record; `video` and `name` are where its files are in the record."""

    id: str
    card: str
    started_at: str
    duration: float
    language: str
    consent_scope: str
    video: str
    name: str
    cues: tuple[Cue, ...] = ()
    transcript_status: str = ""  # "auto", "edited", "none" or "" (no transcript in the record)
    themes: tuple[str, ...] = ()  # the clip's own tags
    quotes: tuple[HeardQuote, ...] = ()

    def all_themes(self) -> set[str]:
        """The themes the clip is tagged with, or one of its quotes is."""
        return set(self.themes).union(*(quote.themes for quote in self.quotes))

    @property
    def moment(self) -> str:
        """When it was recorded, as a person reads it: 2026-06-14 10:32."""
        try:
            return datetime.fromisoformat(self.started_at).strftime("%Y-%m-%d %H:%M")
        except ValueError:
            return self.started_at[:16].replace("T", " ")


@dataclass(frozen=True)
class QuoteInRecord:
    """A quote with the clip it is a moment of."""

    clip: HeardClip
    quote: HeardQuote

    @property
    def gallery_link(self) -> str:
        """The gallery's address of the clip, playing from the quote's start."""
        return gallery_link(self.clip.id, self.quote.start)


def gallery_link(clip_id: str, seconds: float) -> str:
    return f"index.html#clip-{clip_id}&t={seconds:.1f}"


def clock(seconds: float) -> str:
    """A length or a moment as a person reads it: 0:07, 12:34, 1:02:03."""
    seconds = max(0, round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


@dataclass(frozen=True)
class WhatWeHeard:
    """Everything the report says, in the order it says it."""

    event: str
    exported_at: str
    scope: str
    cards: tuple[Label, ...]
    themes: tuple[Label, ...]
    clips: tuple[HeardClip, ...]
    reel_seconds: float | None = None  # the highlight reel's length, when the record has one

    def card(self, card_id: str) -> Label:
        return next((card for card in self.cards if card.id == card_id), Label(card_id, card_id))

    @property
    def total_seconds(self) -> float:
        return sum(clip.duration for clip in self.clips)

    def clips_by_card(self) -> list[tuple[Label, int]]:
        counts = Counter(clip.card for clip in self.clips)
        return [(card, counts[card.id]) for card in self._cards_heard() if counts[card.id]]

    def clips_by_theme(self) -> list[tuple[Label, int]]:
        counts = Counter(theme for clip in self.clips for theme in clip.all_themes())
        return [(theme, counts[theme.id]) for theme in self.themes if counts[theme.id]]

    def languages(self) -> list[tuple[str, int]]:
        counts = Counter(clip.language or "en" for clip in self.clips)
        return sorted(counts.items(), key=lambda item: (-item[1], item[0]))

    def themes_heard(self) -> list[tuple[Label, list[tuple[Label, list[QuoteInRecord]]]]]:
        """Each theme with a quote, its quotes grouped by card in the cards' order, each card's in time order."""
        heard = []
        for theme in self.themes:
            by_card = []
            for card in self._cards_heard():
                quotes = [QuoteInRecord(clip, quote) for clip in self.clips if clip.card == card.id
                          for quote in clip.quotes if theme.id in quote.themes]
                if quotes:
                    by_card.append((card, sorted(quotes, key=_in_time)))
            if by_card:
                heard.append((theme, by_card))
        return heard

    def quote_count(self) -> int:
        return sum(len(clip.quotes) for clip in self.clips)

    def _cards_heard(self) -> Sequence[Label]:
        """The config's cards, then any card a clip from another kiosk has that this config does not list."""
        known = {card.id for card in self.cards}
        extra = sorted({clip.card for clip in self.clips} - known)
        return (*self.cards, *(Label(card_id, card_id) for card_id in extra))


def _in_time(item: QuoteInRecord) -> tuple:
    return item.clip.started_at, item.clip.id, item.quote.start


def words_between(cues: Sequence[Cue], start: float, end: float) -> str:
    """The words of the cues that overlap [start, end]: what was said then, as the transcript holds it."""
    return " ".join(" ".join(cue.text.split()) for cue in cues if cue.end > start and cue.start < end)
