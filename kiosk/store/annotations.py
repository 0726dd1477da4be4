"""A facilitator's annotations on a clip (note, themes, quotes, wall approval, review), each stamped with who and when."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from typing import Mapping

from kiosk.config import LONGEST_TAKE
from kiosk.store.names import is_card_id

LONGEST_NOTE = 4000  # characters: a paragraph or two, not a document
LONGEST_QUOTE = 1000  # characters: a quote is a sentence or a few
MOST_THEMES = 64
MOST_QUOTES = 200
LONGEST_NAME = 100  # who changed a field: "facilitator" or a device's name
QUOTE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}\Z")
# What a person cannot see in a name: control characters and line breaks.
INVISIBLE = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class Stamp:
    """Who changed a field last (a person's role or a device's name) and when (ISO 8601 with its time zone)."""

    by: str
    at: str

    @property
    def moment(self) -> datetime:
        return datetime.fromisoformat(self.at)


@dataclass(frozen=True)
class Quote:
    """A stretch of the clip's words (start and end in seconds from its start) with the themes it speaks to."""

    id: str
    start: float
    end: float
    words: str
    themes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Annotations:
    note: str = ""  # a facilitator's free note on the clip
    themes: tuple[str, ...] = ()  # theme ids from the config's [[themes]]
    quotes: tuple[Quote, ...] = ()
    wall: bool = False  # approved for the live wall
    reviewed: bool = False  # a facilitator reviewed a clip its speaker did not confirm
    # Per field above: who set it last, and when. The mappings are compared but not hashed: a clip stays hashable.
    stamps: Mapping[str, Stamp] = field(default_factory=dict, hash=False)
    # Keys a newer kiosk or another tool wrote here, kept to be written back as they were (compared too, so the
    # clip index sees a change to them).
    unknown: Mapping[str, object] = field(default_factory=dict, repr=False, hash=False)

    def changed(self, stamp: Stamp, **changes) -> "Annotations":
        """These annotations with `changes` (any of FIELDS) made, each stamped; raises ValueError for a bad one."""
        wrong = sorted(set(changes) - set(FIELDS))
        if wrong:
            raise ValueError(f"{', '.join(wrong)} is not an annotation")
        _check_stamp(stamp, "the change")
        values = {name: _checked(name, value) for name, value in changes.items()}
        return replace(self, **values, stamps={**self.stamps, **dict.fromkeys(values, stamp)})

    def known_only(self) -> "Annotations":
        return replace(self, unknown={})

    def for_record(self) -> "Annotations":
        """What an event record carries: themes, quotes, review and wall, never the facilitator's own note, which
        is written for the team on the day (who said what to whom) and not for whoever opens the record."""
        return replace(self, note="", stamps={name: stamp for name, stamp in self.stamps.items() if name != "note"},
                       unknown={})

    def to_data(self) -> dict:
        """The JSON object of the sidecar's "facilitator" section: each stamped field as {"value", "by", "at"}."""
        data: dict = {}
        for name in FIELDS:
            stamp = self.stamps.get(name)
            if stamp is not None:
                data[name] = {"value": _value_data(getattr(self, name)), "by": stamp.by, "at": stamp.at}
        data.update((key, value) for key, value in self.unknown.items() if key not in data)
        return data

    @classmethod
    def from_data(cls, data: object) -> "Annotations":
        """Raises ValueError with the reason for anything a kiosk would not have written (it may come from another
        machine): every value, who and when is checked."""
        if not isinstance(data, dict):
            raise ValueError("facilitator is not a JSON object")
        values: dict = {}
        stamps: dict[str, Stamp] = {}
        for name in FIELDS:
            if name not in data:
                continue
            entry = data[name]
            if not isinstance(entry, dict) or set(entry) != {"value", "by", "at"}:
                raise ValueError(f"facilitator's {name} is not a value with who set it and when")
            stamps[name] = Stamp(entry["by"], entry["at"])
            _check_stamp(stamps[name], f"facilitator's {name}")
            values[name] = _checked(name, _value_from_data(name, entry["value"]))
        unknown = {key: value for key, value in data.items() if key not in FIELDS}
        return cls(**values, stamps=stamps, unknown=unknown)


FIELDS = tuple(f.name for f in fields(Annotations) if f.name not in ("stamps", "unknown"))


def merge(a: Annotations, b: Annotations) -> Annotations:
    """Two copies of one clip's annotations as one, field by field: the later change wins (b's on a tie), and a key
    either copy does not know is kept."""
    values, stamps = {}, {}
    for name in FIELDS:
        mine, theirs = a.stamps.get(name), b.stamps.get(name)
        source = a if theirs is None or (mine is not None and mine.moment > theirs.moment) else b
        if source.stamps.get(name) is not None:
            values[name], stamps[name] = getattr(source, name), source.stamps[name]
    return Annotations(**values, stamps=stamps, unknown={**a.unknown, **b.unknown})


def _value_data(value):
    if isinstance(value, tuple):
        return [_quote_data(item) if isinstance(item, Quote) else item for item in value]
    return value


def _quote_data(quote: Quote) -> dict:
    return {"id": quote.id, "start": quote.start, "end": quote.end, "words": quote.words, "themes": list(quote.themes)}


def _value_from_data(name: str, value):
    if name == "themes":
        if not isinstance(value, list):
            raise ValueError("facilitator's themes is not a list")
        return tuple(value)
    if name == "quotes":
        if not isinstance(value, list):
            raise ValueError("facilitator's quotes is not a list")
        return tuple(_quote_from_data(item) for item in value)
    return value


def _quote_from_data(data: object) -> Quote:
    if not isinstance(data, dict) or not {"id", "start", "end", "words"} <= set(data) <= {f.name for f in fields(Quote)}:
        raise ValueError("a quote is not an id, start, end, words and themes")
    themes = data.get("themes", [])
    if not isinstance(themes, list):
        raise ValueError("a quote's themes is not a list")
    return Quote(data["id"], data["start"], data["end"], data["words"], tuple(themes))


def _checked(name: str, value):
    """The value of one annotation, or ValueError with what is wrong with it."""
    if name == "note":
        if not _is_text(value, LONGEST_NOTE):
            raise ValueError(f"the note is not a text of at most {LONGEST_NOTE} characters")
        return value
    if name in ("wall", "reviewed"):
        if not isinstance(value, bool):
            raise ValueError(f"{name} is not true or false")
        return value
    if name == "themes":
        return _themes(value, "the themes")
    if not isinstance(value, (tuple, list)) or len(value) > MOST_QUOTES:
        raise ValueError(f"the quotes are not a list of at most {MOST_QUOTES}")
    quotes = tuple(_check_quote(quote) for quote in value)
    if len({quote.id for quote in quotes}) != len(quotes):
        raise ValueError("two quotes have the same id")
    return quotes


def _themes(value, what: str) -> tuple[str, ...]:
    if not isinstance(value, (tuple, list)) or len(value) > MOST_THEMES:
        raise ValueError(f"{what} are not a list of at most {MOST_THEMES} theme ids")
    if not all(is_card_id(theme) for theme in value):
        raise ValueError(f"{what} hold something that is not a theme id")
    if len(set(value)) != len(value):
        raise ValueError(f"{what} name one theme twice")
    return tuple(value)


def _check_quote(quote: object) -> Quote:
    if not isinstance(quote, Quote):
        raise ValueError("a quote is not a Quote")
    if not isinstance(quote.id, str) or not QUOTE_ID.fullmatch(quote.id):
        raise ValueError("a quote's id is not letters, digits, dashes and underscores (at most 64)")
    if not all(_is_time(moment) for moment in (quote.start, quote.end)) or not quote.start < quote.end:
        raise ValueError(f"a quote does not start before it ends within 0 to {LONGEST_TAKE} seconds")
    if not _is_text(quote.words, LONGEST_QUOTE) or not quote.words.strip():
        raise ValueError(f"a quote's words are not a text of 1 to {LONGEST_QUOTE} characters")
    return replace(quote, start=float(quote.start), end=float(quote.end), themes=_themes(quote.themes, "a quote's themes"))


def _is_time(value: object) -> bool:
    return (isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
            and 0 <= value <= LONGEST_TAKE)


def _is_text(value: object, longest: int) -> bool:
    if not isinstance(value, str) or len(value) > longest:
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate from a JSON escape: it could never be written back
        return False
    return True


def _check_stamp(stamp: Stamp, what: str) -> None:
    if not _is_text(stamp.by, LONGEST_NAME) or not stamp.by.strip() or INVISIBLE.search(stamp.by):
        raise ValueError(f"{what} does not say who made it")
    try:
        moment = datetime.fromisoformat(stamp.at) if isinstance(stamp.at, str) else None
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise ValueError(f"{what} does not say when, as a time with its time zone")


def stamp_now(by: str) -> Stamp:
    """A change made now by `by`, stamped to the microsecond so two quick changes keep their order."""
    return Stamp(by, datetime.now().astimezone().isoformat(timespec="microseconds"))
