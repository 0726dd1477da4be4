"""Publish: the record's manifests and gallery written from its marker and the sidecars it lists, and nothing else.

An export publishes once its clips are in (and again after its compilations), a withdrawal after it took a clip
out: one builder of manifests, read from the record itself, so what they say is what the record holds.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

from kiosk.export.gallery import CardHeading, GalleryEvent, ScopeHeading, gallery_html, write_gallery
from kiosk.export.manifest import ExportedClip, write_manifests
from kiosk.export.outcome import ExportError
from kiosk.report.gather import ClipInRecord, heard_in_record
from kiosk.report.write import write_reports
from kiosk.store import Sidecar
from kiosk.store.exported import MarkedClip, Marker, path_in, read_marker, remove_empty_folders
from kiosk.store.files import MAX_JSON_BYTES, read_regular
from kiosk.transcripts import NONE
from kiosk.transcripts.vtt import MAX_VTT_BYTES, Cue, parse_vtt


def publish(folder: Path, reports: bool = True) -> None:
    """Rewrites an export's manifests and gallery from the clips its marker lists (after a withdrawal, say), and its
    report, document and REFI-QDA project where it has them (`reports=False` leaves them for a publish to come)."""
    try:
        marker = read_marker(folder)
    except ValueError as error:
        raise ExportError(f"{folder} is not a record the kiosk can change ({error}).") from None
    if marker is None:
        raise ExportError(f"{folder} is not a record the kiosk exported.")
    headings = [CardHeading(card.id, card.en, card.cy, card.colour) for card in marker.cards]
    clips = []
    read = clips_in_record(folder, marker)
    for clip in read:
        sidecar, entry, cues, status = clip.sidecar, clip.entry, clip.cues, clip.transcript_status
        label = next((h for h in headings if h.id == sidecar.perspective), None)
        if label is None:
            label = CardHeading(sidecar.perspective, sidecar.perspective, "", "#263238")
            headings.append(label)
        clips.append(ExportedClip(
            id=clip.id, card=sidecar.perspective, card_label_en=label.label_en, card_label_cy=label.label_cy,
            started_at=sidecar.started_at, duration=sidecar.duration, prompt=sidecar.prompt,
            language=sidecar.language, consent_scope=sidecar.consent_scope, event=sidecar.event,
            recovered=sidecar.recovered, reviewed=sidecar.reviewed, video=entry.video,
            thumbnail=entry.thumbnail, sidecar=entry.sidecar, sha256=sidecar.sha256,
            width=sidecar.width, height=sidecar.height, transcript_status=status,
            transcript_language=(sidecar.transcript_language or sidecar.language) if cues else "",
            captions=entry.captions if cues else "", cues=cues, reviewed_by=sidecar.reviewed_by,
            visit_ended=sidecar.visit_ended, consent_version=sidecar.consent_version,
        ))
    clips.sort(key=lambda clip: (datetime.fromisoformat(clip.started_at), clip.id))
    compiled = {card: compilation.file for card, compilation in marker.compilations.items()}
    headings = [replace(h, compilation=compiled.get(h.id, "")) for h in headings]
    write_manifests(folder, clips, marker.event, marker.scope, marker.exported_at)
    event = GalleryEvent(marker.event, marker.event_cy, marker.language,
                         tuple(ScopeHeading(scope.id, scope.en, scope.cy) for scope in marker.scopes))
    write_gallery(folder, gallery_html(event, marker.exported_at, headings, clips))
    if marker.report_wanted and reports:
        write_reports(folder, heard_in_record(marker, read, marker.reel.seconds if marker.reel else None))
    remove_empty_folders(folder)


def clips_in_record(folder: Path, marker: Marker) -> list[ClipInRecord]:
    """Each clip the marker lists whose sidecar can be read, with its captions, in the order they were recorded."""
    read = []
    for clip_id, entry in marker.clips.items():
        try:
            sidecar = Sidecar.from_json(read_regular(path_in(folder, entry.sidecar), MAX_JSON_BYTES))
        except (OSError, ValueError):
            continue  # gone or changed on the stick: left out of the manifest, and the next export copies it again
        cues = captions_in_record(folder, entry)
        status = sidecar.transcript if cues or sidecar.transcript == NONE else ""
        read.append(ClipInRecord(clip_id, entry, sidecar, cues, status))
    read.sort(key=lambda clip: (datetime.fromisoformat(clip.sidecar.started_at), clip.id))
    return read


def captions_in_record(folder: Path, entry: MarkedClip) -> tuple[Cue, ...]:
    """The cues of the clip's .vtt in the record; () when it has none or it cannot be read (it is on a stick that
    anyone may have changed, so it is read like everything else there: no link, limited in size, checked)."""
    if not entry.captions:
        return ()
    try:
        return parse_vtt(read_regular(path_in(folder, entry.captions), MAX_VTT_BYTES).decode("utf-8"))
    except (OSError, ValueError):
        return ()


# What a withdrawal calls (kiosk.store.withdraw takes it as its `refresh`), by the name it has always had.
refresh = publish
