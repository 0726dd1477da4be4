"""What an export is asked (its options) and what it answers: a report, or one sentence why it could not."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable, Mapping

from kiosk.config import Config
from kiosk.store.annotations import Annotations
from kiosk.sentence import Sentence

CONTEXT = "Export"  # the sentences an export says, which the panel shows in its language (kiosk.sentence)
# done, total, a line on the clip or compilation just done
Progress = Callable[[int, int, "Sentence | str"], None]


def said(text: str, *facts) -> Sentence:
    """One of the export's sentences (its text marked with QT_TRANSLATE_NOOP("Export", ...) where it is written)."""
    return Sentence(CONTEXT, text, facts)


class ExportError(Exception):
    """The export cannot start or go on; the message (a Sentence, or a str) is one sentence for a person."""

    @property
    def sentence(self) -> Sentence | str:
        return self.args[0] if self.args and isinstance(self.args[0], Sentence) else str(self)


@dataclass(frozen=True)
class ExportOptions:
    scope: str | None = None  # None: the narrowest consent scope, which every consenting clip allows
    cards: tuple[str, ...] = ()  # empty: every card
    since: datetime | None = None
    zip: bool = False
    compilations: bool = False
    config: Config | None = None  # None: the kiosk's default config, for card labels and scopes
    durable: bool = True  # fsync each copy, so a USB stick pulled out straight after holds whole files
    verify: bool = False  # re-hash every copy already in DEST, not only compare its size and time
    own: Path | None = None  # this laptop's own recordings folder (None: the one source, if only one is given)
    report: bool = False  # report.html, report.docx and record.qdpx (kiosk.report)
    reel: bool = False  # reel.mp4: the quotes theme by theme
    burn_captions: bool = False  # the reel's captions burned into its picture too, for social media
    # Annotations made elsewhere, merged into the clips' own by (clip id, withdrawal code): a hub's tags that have
    # not come back from their kiosk yet (kiosk.sync.tags).
    annotations: Mapping[tuple[str, str], Annotations] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class ExportReport:
    dest: Path
    clips: int  # in the record now
    added: int
    unchanged: int
    removed: int  # withdrawn or no longer chosen since the last export into DEST
    skipped: tuple[Sentence | str, ...]  # clips a facilitator should look at (no scope, not kept), one sentence each
    damaged: tuple[Sentence | str, ...]  # clips that could not be read or failed their checksum, one sentence each
    left_out: int  # left out by the export's own choices: card, date, consent scope
    withdrawn: int
    compilations: tuple[Path, ...]
    cancelled: bool = False
