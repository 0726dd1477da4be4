"""A facilitator's themes and quotes on a clip, checked against the event's config and the clip itself, and written
through ClipStore.annotate (the one way annotations change). The CLI's `kiosk tag` and `kiosk quote` and the panel
both call these."""

from __future__ import annotations

import math
import secrets
from dataclasses import dataclass

from kiosk.config import Config, ConfigError
from kiosk.report.heard import words_between
from kiosk.sentence import QT_TRANSLATE_NOOP, Sentence, sentence_of
from kiosk.store import Clip, ClipStore, StoreError
from kiosk.store.annotations import Quote
from kiosk.transcripts import read_transcript
from kiosk.transcripts.vtt import CaptionsTooLong


CONTEXT = "Annotations"  # the refusals the panel's clip page and transcript editor say in their language


class AnnotationRefused(ValueError):
    """What a facilitator asked cannot be done; its one argument is a Sentence (kiosk.sentence), or a str the CLI
    alone shows: `str()` is the English."""


def refused(text: str, *facts) -> AnnotationRefused:
    """A refusal with one of the sentences here (its text marked with QT_TRANSLATE_NOOP("Annotations", ...))."""
    return AnnotationRefused(Sentence(CONTEXT, text, facts))


@dataclass(frozen=True)
class Tagged:
    clip: Clip
    changed: bool  # False: the clip already had (or already lacked) the theme


def _themes_known(config: Config, theme_ids: tuple[str, ...]) -> None:
    for theme_id in theme_ids:
        try:
            config.theme(theme_id)
        except ConfigError as error:
            raise AnnotationRefused(sentence_of(error)) from None


def _annotate(store: ClipStore, clip: Clip, by: str, **changes) -> Clip:
    try:
        return store.annotate(clip, by=by, **changes)
    except StoreError as error:
        raise AnnotationRefused(sentence_of(error)) from None


def tag(store: ClipStore, clip: Clip, config: Config, theme_id: str, undo: bool = False,
        by: str = "facilitator") -> Tagged:
    """The clip tagged with the theme (or, with `undo`, no longer); an unknown theme is refused."""
    if not undo:
        _themes_known(config, (theme_id,))
    themes = clip.sidecar.facilitator.themes
    wanted = tuple(t for t in themes if t != theme_id) if undo else themes + (() if theme_id in themes else (theme_id,))
    if wanted == themes:
        return Tagged(clip, False)
    return Tagged(_annotate(store, clip, by, themes=wanted), True)


def quote_words(clip: Clip, start: float, end: float) -> str:
    """The words said between `start` and `end`, from the clip's .vtt (as corrected, where it was); "" with none."""
    try:
        return words_between(read_transcript(clip), start, end)
    except CaptionsTooLong:
        raise refused(QT_TRANSLATE_NOOP("Annotations", "The transcript of %1 is longer than the kiosk reads."),
                      clip.sidecar.media) from None
    except (OSError, ValueError):
        raise refused(QT_TRANSLATE_NOOP("Annotations", "The transcript of %1 cannot be read; open it in the panel's "
                                                       "transcript editor and save it again."),
                      clip.sidecar.media) from None


def add_quote(store: ClipStore, clip: Clip, config: Config, start: float, end: float,
              themes: tuple[str, ...] = (), by: str = "facilitator") -> tuple[Clip, Quote]:
    """A new quote of the clip from `start` to `end` seconds with the words said then; refused, in one sentence, for
    a range outside the clip or an unknown theme."""
    duration = clip.sidecar.duration
    if not (math.isfinite(start) and math.isfinite(end)) or not 0 <= start < end:
        raise refused(QT_TRANSLATE_NOOP("Annotations", "A quote runs from a time to a later one, in seconds from the "
                                                       "clip's start (not %1 to %2)."), f"{start:g}", f"{end:g}")
    if end > duration + 0.05:  # the sidecar's duration is rounded; a quote to "the end" may be a hair over it
        raise refused(QT_TRANSLATE_NOOP("Annotations", "The clip lasts %1 s, so a quote cannot end at %2 s."),
                      f"{duration:.1f}", f"{end:g}")
    _themes_known(config, themes)
    end = min(end, duration)
    quote = Quote(f"q{secrets.token_hex(4)}", round(start, 3), round(end, 3), quote_words(clip, start, end),
                  tuple(dict.fromkeys(themes)))
    quotes = clip.sidecar.facilitator.quotes + (quote,)
    return _annotate(store, clip, by, quotes=quotes), quote


def remove_quote(store: ClipStore, clip: Clip, quote_id: str, by: str = "facilitator") -> Clip:
    quotes = clip.sidecar.facilitator.quotes
    kept = tuple(quote for quote in quotes if quote.id != quote_id)
    if kept == quotes:
        there = ", ".join(quote.id for quote in quotes) or "none"
        raise AnnotationRefused(f"The clip has no quote {quote_id!r} (its quotes: {there}).")
    return _annotate(store, clip, by, quotes=kept)
