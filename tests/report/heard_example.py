"""A small record's worth of what was heard, built in memory: two cards, three themes, quotes in English and Welsh."""

from __future__ import annotations

from pathlib import Path

from kiosk.report.heard import HeardClip, HeardQuote, Label, WhatWeHeard
from kiosk.transcripts.vtt import Cue

COMMUNITY = Label("community", "Member of the local community", "Aelod o'r gymuned leol", "#1B5E20")
FRONTLINE = Label("frontline", "Front-line staff", "Staff rheng flaen", "#B71C1C")
GETTING_THERE = Label("getting-there", "Getting there and getting in", "Cyrraedd a mynd i mewn", "#00695C")
HEARD = Label("being-heard", "Being listened to", "Cael gwrandawiad", "#1565C0")
UNUSED = Label("money", "Money", "Arian", "#6A1B9A")

BUS = HeardClip(
    "a" * 32, "community", "2026-06-14T10:32:00+01:00", 12.0, "en", "public", "clips/community/bus.mp4", "bus",
    (Cue(0.5, 3.0, "The last bus leaves at six"), Cue(3.0, 6.0, "so I walk home in the dark"),
     Cue(6.0, 9.0, "and nobody asked us before")), "edited", ("getting-there",),
    (HeardQuote("q1", 0.5, 6.0, "The last bus leaves at six so I walk home in the dark", ("getting-there",)),
     HeardQuote("q2", 6.0, 9.0, "and nobody asked us before", ("being-heard",))))
DESK = HeardClip(
    "b" * 32, "frontline", "2026-06-14T11:05:00+01:00", 20.0, "cy", "event", "clips/frontline/desk.mp4", "desk",
    (Cue(1.0, 4.0, "Mae'r ddesg ar gau ar ddydd Sadwrn"),), "auto", (),
    (HeardQuote("q1", 1.0, 4.0, "Mae'r ddesg ar gau ar ddydd Sadwrn", ("getting-there", "being-heard")),))
UNTAGGED = HeardClip("c" * 32, "community", "2026-06-14T12:00:00+01:00", 30.0, "en", "event",
                     "clips/community/quiet.mp4", "quiet")


def example(**changes) -> WhatWeHeard:
    values = dict(event="Ffair Haf", exported_at="2026-06-14T18:00:00+01:00", scope="event",
                  cards=(COMMUNITY, FRONTLINE), themes=(GETTING_THERE, HEARD, UNUSED), clips=(BUS, DESK, UNTAGGED))
    return WhatWeHeard(**{**values, **changes})


def with_media(folder: Path, heard: WhatWeHeard) -> Path:
    """Stand-in media files where the clips' videos are, for the project's archive to hold."""
    for clip in heard.clips:
        (folder / clip.video).parent.mkdir(parents=True, exist_ok=True)
        (folder / clip.video).write_bytes(f"media of {clip.id}".encode())
    return folder
