"""Which clips go into an event record: merged across kiosks, de-duplicated by id, filtered by consent and choice.

A take kept without its speaker's confirmation (they walked away at review, the kiosk closed on it, `kiosk record`)
is held at the narrowest consent scope until a facilitator reviews it, whatever scope was chosen.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Mapping

from kiosk.config import Config
from kiosk.export.outcome import said
from kiosk.sentence import QT_TRANSLATE_NOOP, Sentence
from kiosk.store import KEPT, Clip, ClipStore, Sidecar, is_unconfirmed
from kiosk.store.annotations import Annotations
from kiosk.store.clips import with_annotations


@dataclass(frozen=True)
class Candidate:
    """One clip id and every copy of it found (a clip copied between kiosks shows up more than once)."""

    clip: Clip
    copies: tuple[Clip, ...]
    scope: str = ""  # the consent scope the record holds it at (see scope_held)

    @property
    def id(self) -> str:
        return self.clip.sidecar.id


@dataclass
class Selection:
    chosen: list[Candidate] = field(default_factory=list)
    skipped: list[Sentence | str] = field(default_factory=list)  # a sentence for each clip a facilitator should look at
    left_out: int = 0  # clips the export's own choices (card, date, scope) leave out
    withdrawn: int = 0
    withdrawn_ids: set[str] = field(default_factory=set)  # the ids of the withdrawn clips found


def select_clips(sources: list[Path], config: Config, scope: str, cards: tuple[str, ...] = (),
                 since: datetime | None = None, withdrawn: set[tuple[str, str]] = frozenset(),
                 barred_ids: set[str] = frozenset()) -> Selection:
    """`withdrawn` holds (clip id, code) from the withdrawal logs: a clip is withdrawn only if both are its own.
    `barred_ids` are clips the record itself was told never to hold again."""
    selection = Selection()
    found: dict[str, list[Clip]] = {}
    hidden: list[Clip] = []  # copies whose withdrawal their own folder logged (ClipStore.list leaves them out)
    for root in sources:
        listing = ClipStore(root).list()
        selection.skipped.extend(f"{root}: {problem}" for problem in listing.problems)
        hidden.extend(listing.withdrawn)
        for clip in listing.clips:
            found.setdefault(clip.sidecar.id, []).append(clip)
    gone = {clip.sidecar.id for clip in hidden if clip.sidecar.id not in found}
    selection.withdrawn += len(gone)
    selection.withdrawn_ids |= {clip.sidecar.id for clip in hidden if clip.sidecar.id in gone
                                and ((clip.sidecar.id, clip.code) in withdrawn or clip.sidecar.id in barred_ids)}
    scopes = config.scope_ids()

    def narrowness(copy: Clip) -> int:
        held = scope_held(copy.sidecar, config)
        return scopes.index(held) if held in scopes else -1

    for copies in found.values():
        if len({copy.sidecar.sha256 for copy in copies}) > 1:
            # One id, different recordings: a copy is not a copy, so neither may stand in for the other.
            where = " and ".join(str(copy.sidecar_path) for copy in copies)
            selection.skipped.append(said(QT_TRANSLATE_NOOP("Export", "%1 have one clip id but different recordings; "
                                                                      "neither was exported (a facilitator should look "
                                                                      "at them)."), where))
            continue
        if any((copy.sidecar.id, copy.code) in withdrawn for copy in copies) or copies[0].sidecar.id in barred_ids:
            selection.withdrawn += 1
            selection.withdrawn_ids.add(copies[0].sidecar.id)
            continue
        # Copies that disagree (one kiosk's sidecar changed after the clip was copied): only kept copies are
        # exported, and the consent that decides is the narrowest any of them holds, whichever folder came first
        # (a copy not yet confirmed holds the narrowest scope).
        copies = [copy for copy in copies if copy.sidecar.status == KEPT] or copies
        copies.sort(key=narrowness)  # stable: folder order among equals
        clip = copies[0]
        sidecar = clip.sidecar
        if sidecar.status != KEPT:
            selection.skipped.append(said(QT_TRANSLATE_NOOP("Export", "%1 was skipped: its status is %2, not kept."),
                                          sidecar.media, repr(sidecar.status)))
        elif sidecar.consent_scope not in scopes and sidecar.consent_scope:
            selection.skipped.append(said(QT_TRANSLATE_NOOP("Export", "%1 was skipped: it has an unknown consent scope "
                                                                      "%2."), sidecar.media, repr(sidecar.consent_scope)))
        elif sidecar.consent_scope not in scopes:
            selection.skipped.append(said(QT_TRANSLATE_NOOP("Export", "%1 was skipped: it has no consent scope."),
                                          sidecar.media))
        elif (cards and sidecar.perspective not in cards) or not config.scope_allows(scope_held(sidecar, config), scope) \
                or (since and started(clip) < since):
            selection.left_out += 1
        else:
            selection.chosen.append(Candidate(clip, tuple(copies), scope_held(sidecar, config)))
    selection.chosen.sort(key=lambda candidate: (started(candidate.clip), candidate.id))
    return selection


def with_made_elsewhere(candidate: Candidate, annotations: Mapping[tuple[str, str], Annotations]) -> Candidate:
    """The candidate with the annotations made elsewhere of its clip (by id and code) merged into every copy's own, so
    whichever copy's bytes are exported, the record holds them."""
    theirs = annotations.get((candidate.id, candidate.clip.code))
    if theirs is None:
        return candidate
    return replace(candidate, clip=with_annotations(candidate.clip, theirs),
                   copies=tuple(with_annotations(copy, theirs) for copy in candidate.copies))


def scope_held(sidecar: Sidecar, config: Config) -> str:
    """The consent scope a clip may be exported at: its own, or the narrowest while it is not confirmed."""
    if is_unconfirmed(sidecar) and sidecar.consent_scope in config.scope_ids():
        return config.scopes[0].id
    return sidecar.consent_scope


def started(clip: Clip) -> datetime:
    moment = datetime.fromisoformat(clip.sidecar.started_at)
    return moment if moment.tzinfo else moment.astimezone()


def parse_since(text: str) -> datetime:
    """A date (YYYY-MM-DD, from midnight local time) or an ISO date and time; raises ValueError."""
    moment = datetime.fromisoformat(text.strip())
    return moment if moment.tzinfo else moment.astimezone()
