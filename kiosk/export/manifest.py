"""The record's manifests: manifest.csv for a spreadsheet and manifest.json for a program, one entry a clip."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from kiosk.atomic import write_atomically
from kiosk.transcripts.vtt import Cue, plain_text

# How the record says who confirmed a take and whether its words were checked, in the manifests and the gallery.
CONFIRMED_BY = {"attendee": "yes, by the attendee", "facilitator": "yes, by a facilitator"}
TRANSCRIPT_CHECKED = {"auto": "automatic transcript, not checked", "edited": "checked"}


@dataclass(frozen=True)
class ExportedClip:
    """A clip as the record describes it; paths are relative to the record's folder, with forward slashes."""

    id: str
    card: str
    card_label_en: str
    card_label_cy: str
    started_at: str
    duration: float
    prompt: str
    language: str
    consent_scope: str
    event: str
    recovered: bool
    reviewed: bool
    video: str
    thumbnail: str
    sidecar: str
    sha256: str
    width: int
    height: int
    transcript_status: str = ""  # as the record holds it: "auto", "edited", "none", or "" (no transcript in it)
    transcript_language: str = ""
    captions: str = ""  # the .vtt beside the video, or ""
    cues: tuple[Cue, ...] = ()  # what the .vtt holds (the gallery carries them; the manifests their plain text)
    reviewed_by: str = ""  # "attendee", "facilitator", or "" (not confirmed, or confirmed before it was recorded)
    visit_ended: str = ""
    consent_version: str = ""  # which consent words were agreed to (kiosk.store.consent)

    @property
    def confirmed(self) -> str:
        """Whether the speaker's take was confirmed, and by whom: until then the record holds it at the narrowest scope."""
        if not self.reviewed:
            return "no"
        return CONFIRMED_BY.get(self.reviewed_by, "yes")

    @property
    def transcript_checked(self) -> str:
        """"automatic transcript, not checked", "checked" (a facilitator edited it), or "" with no transcript shown."""
        return TRANSCRIPT_CHECKED.get(self.transcript_status, "") if self.cues else ""

    @property
    def transcript(self) -> str:
        return plain_text(self.cues)

    @property
    def date(self) -> str:
        return datetime.fromisoformat(self.started_at).date().isoformat()

    @property
    def time(self) -> str:
        return datetime.fromisoformat(self.started_at).strftime("%H:%M:%S")


CSV_COLUMNS = ("id", "card", "card_label_en", "card_label_cy", "date", "time", "started_at", "duration_seconds",
               "prompt", "language", "consent_scope", "event", "recovered", "reviewed", "confirmed", "visit_ended",
               "consent_version", "video", "thumbnail", "sidecar", "width", "height", "sha256", "transcript_status",
               "transcript_checked", "transcript", "captions")


def _cell(value) -> str:
    # A spreadsheet runs a cell that starts with one of these as a formula (OWASP's CSV injection rule): every
    # column gets the leading quote, since ids, cards and languages come from sidecars another machine wrote.
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def manifest_csv(clips: list[ExportedClip]) -> bytes:
    """UTF-8 with a byte order mark, so Excel reads Welsh letters (ŵ, ŷ) as they are, not as mojibake."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for clip in clips:
        writer.writerow([_cell(value) for value in (
            clip.id, clip.card, clip.card_label_en, clip.card_label_cy, clip.date, clip.time, clip.started_at,
            f"{clip.duration:.1f}", clip.prompt, clip.language, clip.consent_scope, clip.event,
            "yes" if clip.recovered else "no", "yes" if clip.reviewed else "no", clip.confirmed, clip.visit_ended,
            clip.consent_version, clip.video, clip.thumbnail, clip.sidecar, clip.width, clip.height, clip.sha256,
            clip.transcript_status, clip.transcript_checked, clip.transcript, clip.captions,
        )])
    return buffer.getvalue().encode("utf-8-sig")


def _described(clip: ExportedClip) -> dict:
    described = asdict(clip)
    del described["cues"]  # timed cues are the .vtt's business; a program reading the manifest gets the text
    described["transcript"] = clip.transcript
    described["confirmed"] = clip.confirmed
    described["transcript_checked"] = clip.transcript_checked
    return described


def manifest_json(clips: list[ExportedClip], event: str, scope: str, exported_at: str) -> bytes:
    data = {"event": event, "consent_scope": scope, "exported_at": exported_at, "clips": [_described(c) for c in clips]}
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_manifests(folder: Path, clips: list[ExportedClip], event: str, scope: str, exported_at: str) -> None:
    write_atomically(folder / "manifest.csv", manifest_csv(clips))
    write_atomically(folder / "manifest.json", manifest_json(clips, event, scope, exported_at))
