"""Plan: the clips chosen for an export held against the record's marker, as what to add, keep and remove.

Pure: it reads nothing and writes nothing. Whether a copy on the stick is still whole is a question it asks of
the caller (`intact`), who looks at the disk; apply then does what the plan says.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable

from kiosk.export.selection import Candidate
from kiosk.store.clips import MEDIA_NAME
from kiosk.store.exported import MarkedClip, Marker, exported_name


@dataclass(frozen=True)
class ExportPlan:
    chosen: tuple[Candidate, ...]  # the clips the record holds after this export, in order
    add: frozenset[str]  # ids of chosen clips to copy: new, changed, or their copy in the record not whole
    keep: frozenset[str]  # ids of chosen clips whose copy in the record is still the clip
    remove: tuple[str, ...]  # ids in the record that are no longer chosen (withdrawn, another scope, ...)
    stale_compilations: tuple[str, ...]  # cards whose compilation holds a clip no longer chosen


def name_in_record(candidate: Candidate) -> str:
    """The clip's name in the record: its time, card and id, never its withdrawal code (the record is shared)."""
    sidecar = candidate.clip.sidecar
    match = MEDIA_NAME.fullmatch(sidecar.media)
    if match:
        stamp = match["stamp"]
    else:  # not strftime: it writes the year 1 as "1", and the name would not read back as an exported one
        t = datetime.fromisoformat(sidecar.started_at)
        stamp = f"{t.year:04d}{t.month:02d}{t.day:02d}T{t.hour:02d}{t.minute:02d}{t.second:02d}"
    return exported_name(stamp, sidecar.perspective, sidecar.id)


def paths_in_record(dest: Path, candidate: Candidate) -> tuple[Path, Path, Path]:
    """The clip's video, sidecar and thumbnail in the record."""
    folder, name = dest / "clips" / candidate.clip.sidecar.perspective, name_in_record(candidate)
    return folder / f"{name}.mp4", folder / f"{name}.json", folder / f"{name}.jpg"


def one_clip_a_name(chosen: list[Candidate]) -> tuple[list[Candidate], list[str]]:
    """The chosen clips with one clip a name, and a sentence for each left out. Two clips whose ids begin alike,
    taken the same second on one card, would share their files in the record (and a withdrawal of one would take
    the other): the second is reported, not exported."""
    named: dict[str, Candidate] = {}
    sentences = []
    for candidate in chosen:
        first = named.setdefault(name_in_record(candidate), candidate)
        if first is not candidate:
            sentences.append(f"{candidate.clip.sidecar_path} would have the same name in the record as "
                             f"{first.clip.sidecar_path}; it was skipped (a facilitator should look at it).")
    return list(named.values()), sentences


def held_unchanged(entry: MarkedClip | None, candidate: Candidate) -> bool:
    """Whether the marker lists the clip as it is now: the same hash, name and card."""
    return (entry is not None and entry.sha256 == candidate.clip.sidecar.sha256
            and entry.name == name_in_record(candidate) and entry.card == candidate.clip.sidecar.perspective)


def must_leave(earlier: Marker | None, barred: set[str], logged: set[tuple[str, str]]) -> set[str]:
    """The clips an earlier export put in the record that have been withdrawn since: the record must lose them even
    when nothing else is chosen (exporting into it again is how a withdrawal reaches an unplugged stick)."""
    return set(earlier.clips if earlier else ()) & (barred | {clip_id for clip_id, _ in logged})


def plan_export(marker: Marker, chosen: list[Candidate],
                intact: Callable[[MarkedClip, Candidate], bool]) -> ExportPlan:
    """What the export does to the record `marker` describes. `intact(entry, candidate)` says whether the record's
    copy of a clip the marker lists unchanged is still whole on the disk."""
    keep = frozenset(c.id for c in chosen
                     if held_unchanged(marker.clips.get(c.id), c) and intact(marker.clips[c.id], c))
    ids = {c.id for c in chosen}
    return ExportPlan(
        chosen=tuple(chosen), add=frozenset(ids - keep), keep=keep,
        remove=tuple(clip_id for clip_id in marker.clips if clip_id not in ids),
        stale_compilations=tuple(card for card, compilation in marker.compilations.items()
                                 if not set(compilation.clips) <= ids))
