"""WebVTT captions: cues of at most two short lines, written from a model's segments and read back with checks."""

from __future__ import annotations

import math
import re
import textwrap
from dataclasses import dataclass
from typing import Iterable, Sequence

MAX_LINE = 42  # characters a caption line holds (BBC and Netflix guidance: 37-42)
MAX_LINES = 2
MAX_VTT_BYTES = 1024 * 1024  # a 10-minute clip's captions are some 20 KB
MAX_CUES = 5000
# Characters a line of a .vtt may hold: a kiosk writes at most MAX_LINE (five times that with every character escaped);
# other players' captions are longer, but never a page.
MAX_VTT_LINE = 1000
SHORTEST_CUE = 0.5  # seconds: a cue shorter than this cannot be read
# Matched only whole, against lines of at most MAX_VTT_LINE: each part can match in one way only, so no backtracking.
TIMING = re.compile(r"(?P<start>(?:[0-9]{1,3}:)?[0-9]{2}:[0-9]{2}\.[0-9]{3})[ \t]+-->[ \t]+"
                    r"(?P<end>(?:[0-9]{1,3}:)?[0-9]{2}:[0-9]{2}\.[0-9]{3})(?:[ \t].*)?")


class CaptionsTooLong(ValueError):
    """A captions file over the kiosk's limits: its size, a line's length, its cues, or its size once written."""


@dataclass(frozen=True)
class Cue:
    """One caption: seconds from the clip's start, and its text of at most two lines."""

    start: float
    end: float
    text: str


def _chunks(text: str) -> list[str]:
    """The text cut into pieces that each fit one cue, at word boundaries."""
    lines = textwrap.wrap(" ".join(text.split()), MAX_LINE, break_long_words=True)
    return ["\n".join(lines[i:i + MAX_LINES]) for i in range(0, len(lines), MAX_LINES)]


def split_cue(start: float, end: float, text: str) -> list[Cue]:
    """`text` as cues that each fit the screen, at word boundaries, sharing [start, end] by their lengths in
    characters; none for a text of spaces only."""
    pieces = _chunks(text)
    total = sum(len(piece) for piece in pieces)
    cues, at = [], start
    for piece in pieces:
        length = (end - start) * len(piece) / total
        cues.append(Cue(at, at + length, piece))
        at += length
    return cues


def fit_cues(segments: Iterable[tuple[float, float, str]], duration: float) -> tuple[Cue, ...]:
    """A model's (start, end, text) segments as cues that fit on screen and lie inside the clip.

    A long segment becomes several cues, its time shared by their lengths in characters. Cues never overlap,
    never start before 0 or end after `duration`, and last at least SHORTEST_CUE where the clip allows.
    """
    cues: list[Cue] = []
    for start, end, text in segments:
        if math.isfinite(start) and math.isfinite(end):
            cues.extend(split_cue(start, max(end, start), text))
    fitted: list[Cue] = []
    last = math.floor(duration * 1000) / 1000 if math.isfinite(duration) else duration  # cues are in whole ms
    for cue in cues:
        start = max(0.0, cue.start, fitted[-1].end if fitted else 0.0)  # a short cue held longer pushes the next
        start, end = round(start, 3), min(round(max(cue.end, start + SHORTEST_CUE), 3), last)
        if end <= start:
            break  # at the clip's end: what the model heard past it is not in the clip
        fitted.append(Cue(start, end, cue.text))
    return tuple(fitted)


def _stamp(seconds: float) -> str:
    milliseconds = max(0, round(seconds * 1000))
    hours, rest = divmod(milliseconds, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    return f"{hours:02d}:{minutes:02d}:{rest // 1000:02d}.{rest % 1000:03d}"


def _escaped(text: str) -> str:
    # "-->" would end a cue's text early; & and < start markup (WebVTT escapes, as HTML's).
    lines = (line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") for line in text.splitlines())
    return "\n".join(line for line in lines if line.strip())


def to_vtt(cues: Sequence[Cue]) -> str:
    blocks = [f"{_stamp(cue.start)} --> {_stamp(cue.end)}\n{_escaped(cue.text)}" for cue in cues if _escaped(cue.text)]
    return "WEBVTT\n\n" + "".join(block + "\n\n" for block in blocks)


def _seconds(stamp: str) -> float:
    parts = stamp.split(":")
    hours = int(parts[0]) if len(parts) == 3 else 0
    minutes, (seconds, milliseconds) = int(parts[-2]), map(int, parts[-1].split("."))
    if minutes > 59 or seconds > 59:
        raise ValueError(f"{stamp} is not a time")
    return (((hours * 60 + minutes) * 60 + seconds) * 1000 + milliseconds) / 1000  # exact to the millisecond


def _without_tags(line: str) -> str:
    """The line without its markup (`<b>`, `<v Speaker>`, `<00:01.000>`): each character is looked at once, where a
    regular expression retried every `<` of a line with no `>` to its end (a 1 MiB line of them took ~19 minutes)."""
    kept, at = [], 0
    while (opening := line.find("<", at)) >= 0:
        closing = line.find(">", opening)
        if closing < 0:
            break  # no tag closes: the rest is text
        kept.append(line[at:opening])
        at = closing + 1
    kept.append(line[at:])
    return "".join(kept)


def _unescaped(line: str) -> str:
    return _without_tags(line).replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ").replace("&amp;", "&")


def parse_vtt(text: str) -> tuple[Cue, ...]:
    """The cues of a WebVTT file; raises ValueError with the reason for anything a kiosk would not have written.

    A `.vtt` may come from another machine, so its size, lines and cue count are bounded (CaptionsTooLong), its
    times checked, and the cues returned are written back by `to_vtt` within MAX_VTT_BYTES (escaping makes a `<`
    four characters, so a file of them under the limit would be four times over it once written).
    """
    _check_size(text)
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not re.fullmatch(r"WEBVTT(?:[ \t].*)?", lines[0]):
        raise ValueError("it does not start with WEBVTT")
    blocks = "\n".join(lines[1:]).split("\n\n")
    cues: list[Cue] = []
    for block in blocks:
        rows = [row for row in block.split("\n") if row != ""]
        if not rows or rows[0].startswith(("NOTE", "STYLE", "REGION")):
            continue
        if "-->" not in rows[0]:
            rows = rows[1:]  # a cue identifier
        timing = TIMING.fullmatch(rows[0]) if rows else None
        if timing is None:
            raise ValueError(f"cue {len(cues) + 1} has no valid timing line")  # never quoted: it may be words said
        start, end = _seconds(timing["start"]), _seconds(timing["end"])
        if end < start:
            raise ValueError(f"cue {len(cues) + 1} ends before it starts")
        cues.append(Cue(start, end, "\n".join(_unescaped(row) for row in rows[1:]).strip()))
        if len(cues) > MAX_CUES:
            raise CaptionsTooLong("the captions file has too many cues")
    try:
        _check_size(to_vtt(cues))
    except CaptionsTooLong as error:
        raise CaptionsTooLong(f"{error} once written again") from None
    return tuple(cues)


def _check_size(text: str) -> None:
    if len(text.encode("utf-8")) > MAX_VTT_BYTES:
        raise CaptionsTooLong("the captions file is too big")
    if max(map(len, text.splitlines() or [""])) > MAX_VTT_LINE:
        raise CaptionsTooLong(f"the captions file has a line longer than {MAX_VTT_LINE} characters")


def plain_text(cues: Iterable[Cue]) -> str:
    """What was said, as one line of text (for manifests and search)."""
    return " ".join(" ".join(cue.text.split()) for cue in cues).strip()


def shifted(cues: Iterable[Cue], seconds: float) -> tuple[Cue, ...]:
    return tuple(Cue(cue.start + seconds, cue.end + seconds, cue.text) for cue in cues)
