"""Transcripts for the export tests: hand-made cues of distinctive words saved beside real engine clips."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from kiosk.store import Clip, ClipStore
from kiosk.transcripts import save_edited
from kiosk.transcripts.vtt import Cue

# Words no recording, thumbnail or JSON field would hold by chance, one set a clip (by card and scope).
WORDS = {
    ("frontline", "public"): ("zephyrine quillbrook", "over the marrowgate bridge"),
    ("frontline", "event"): ("only for the eventide", "thistlewhump minibus"),
    ("volunteer", "public"): ("volunteering at the", "grumbleton timebank"),
    ("community", "public"): ("Mae'r bws i Dŷ Ddewi", "yn hwyr bob dydd, crwbanod"),
}


def cues_for(words: tuple[str, str]) -> tuple[Cue, ...]:
    """Two cues inside a 1.2 s clip; the first long enough to be on screen when playback has just begun."""
    return Cue(0.0, 1.0, words[0]), Cue(1.0, 1.15, words[1])


def transcribe_by_hand(*roots: Path) -> dict[str, tuple[Cue, ...]]:
    """Gives every clip in `roots` its WORDS as an edited transcript; returns the cues by clip id."""
    given = {}
    for root in roots:
        store = ClipStore(root)
        for clip in store.list().clips:
            cues = cues_for(WORDS[(clip.sidecar.perspective, clip.sidecar.consent_scope)])
            save_edited(store, clip, cues)
            given[clip.sidecar.id] = cues
    return given


def clip_of(root: Path, card: str, scope: str = "public") -> Clip:
    return next(c for c in ClipStore(root).list().clips
                if (c.sidecar.perspective, c.sidecar.consent_scope) == (card, scope))


def files_holding(word: str, *places: Path) -> list[Path]:
    """Every file in `places` (files, or folders searched all the way down) whose bytes hold `word` (any case, as
    UTF-8): media, zips, manifests, logs."""
    needle = word.lower().encode("utf-8")
    files = [path for place in map(Path, places) for path in ([place] if place.is_file() else sorted(place.rglob("*")))]
    return [path for path in files if path.is_file() and not path.is_symlink() and needle in path.read_bytes().lower()]


def manifest_rows(dest: Path) -> dict[str, dict]:
    """The record's manifest.csv rows, by clip id."""
    raw = (dest / "manifest.csv").read_bytes().decode("utf-8-sig")
    return {row["id"]: row for row in csv.DictReader(io.StringIO(raw, newline=""))}


def manifest_clips(dest: Path) -> dict[str, dict]:
    """The record's manifest.json clips, by clip id."""
    return {clip["id"]: clip for clip in json.loads((dest / "manifest.json").read_text(encoding="utf-8"))["clips"]}
