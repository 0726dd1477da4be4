"""record.qdpx: the record as a REFI-QDA project (QDA-XML 1.0, 2019) for NVivo, ATLAS.ti, MAXQDA or QualCoder.

Each clip is a VideoSource with its media and its transcript (SyncPoints at its cues) inside the archive, and a case
whose variables are its card, consent scope and language; the themes are the codebook's codes; a clip's tags code a
VideoSelection of the whole clip and each quote is a coded VideoSelection at its times (in milliseconds, as the
standard counts), its words as the selection's description.
GUIDs are derived from the clip, theme and quote ids, so a project exported again names the same things the same.
Opened in QualCoder 3.8.2 by scripts/check_qualcoder.py: what it reads and what it drops is in the README.
"""

from __future__ import annotations

import os
import shutil
import uuid
import zipfile
from collections import Counter
from datetime import datetime
from pathlib import Path
from xml.etree import ElementTree as ET

from kiosk import __version__
from kiosk.report.heard import LANGUAGE_NAMES, HeardClip, WhatWeHeard
from kiosk.store.exported import path_in
from kiosk.store.files import open_regular

RECORD_PROJECT = "record.qdpx"
NAMESPACE = "urn:QDA-XML:project:1.0"
# The kiosk's own namespace for its GUIDs (uuid5 of "whose-shoes.kiosk"): stable from export to export.
KIOSK_GUIDS = uuid.uuid5(uuid.NAMESPACE_DNS, "whose-shoes.kiosk")
VARIABLES = ("Card", "Consent scope", "Language")
# A researcher must know which words a person checked: an automatic transcript is never passed off as checked.
TRANSCRIPT_STATES = {"auto": "Automatic transcript, not checked", "edited": "Transcript checked by a facilitator"}


def guid(kind: str, name: str) -> str:
    return str(uuid.uuid5(KIOSK_GUIDS, f"{kind}:{name}"))


def _element(parent, tag: str, **attributes) -> ET.Element:
    return ET.SubElement(parent, f"{{{NAMESPACE}}}{tag}", {k: v for k, v in attributes.items() if v is not None})


def _when(text: str) -> str | None:
    """An ISO 8601 time with its zone as xsd:dateTime, or None when it is not one."""
    try:
        return datetime.fromisoformat(text).isoformat(timespec="seconds")
    except ValueError:
        return None


def transcript_text(clip: HeardClip) -> tuple[str, list[int]]:
    """The clip's transcript as plain text, a cue a line, and where each cue starts in it (characters)."""
    text, starts = "", []
    for cue in clip.cues:
        starts.append(len(text))
        text += " ".join(cue.text.split()) + "\n"
    return text, starts


def case_names(heard: WhatWeHeard) -> dict[str, str]:
    """Each clip's case name by clip id: its card and moment, and the start of its id as in its file's name.

    Names must differ: QualCoder keeps one case a name and drops a second case of the same name with its variables,
    and two people in the same shoes often speak in the same minute."""
    def name(clip: HeardClip, tag: str) -> str:
        return f"{heard.card(clip.card).en}: {clip.moment} ({tag})"

    short = Counter(name(clip, clip.id[:8]) for clip in heard.clips)
    return {clip.id: name(clip, clip.id[:8] if short[name(clip, clip.id[:8])] == 1 else clip.id)
            for clip in heard.clips}


def _length_ms(clip: HeardClip) -> int:
    """The clip's length in milliseconds, never shorter than its quotes and cues reach."""
    return round(max([clip.duration] + [quote.end for quote in clip.quotes] + [cue.end for cue in clip.cues]) * 1000)


def _coding(parent, theme_id: str, user: str, when: str | None, owner: str) -> None:
    coding = _element(parent, "Coding", guid=guid("coding", f"{owner}:{theme_id}"), creatingUser=user,
                      creationDateTime=when)
    _element(coding, "CodeRef", targetGUID=guid("theme", theme_id))


def project_xml(heard: WhatWeHeard) -> bytes:
    """project.qde for the record's clips; media at internal://<guid>.mp4 and transcripts at internal://<guid>.txt."""
    when = _when(heard.exported_at)
    user = guid("user", "facilitator")
    project = ET.Element(f"{{{NAMESPACE}}}Project", {k: v for k, v in {
        "name": heard.event or "Whose Shoes?", "origin": f"Whose Shoes? kiosk {__version__}",
        "creatingUserGUID": user, "creationDateTime": when}.items() if v})
    users = _element(project, "Users")
    _element(users, "User", guid=user, name="facilitator")
    known = {theme.id for theme in heard.themes}
    if heard.themes:
        codes = _element(_element(project, "CodeBook"), "Codes")
        for theme in heard.themes:
            code = _element(codes, "Code", guid=guid("theme", theme.id), name=theme.en, isCodable="true",
                            color=theme.colour)
            if theme.cy:
                _element(code, "Description").text = f"Cymraeg: {theme.cy}"
    variables = _element(project, "Variables")
    for name in VARIABLES:
        _element(variables, "Variable", guid=guid("variable", name), name=name, typeOfVariable="Text")
    if heard.clips:
        cases = _element(project, "Cases")
        sources = _element(project, "Sources")
    names = case_names(heard)
    for clip in heard.clips:
        source_guid = guid("clip", clip.id)
        case = _element(cases, "Case", guid=guid("case", clip.id), name=names[clip.id])
        language = LANGUAGE_NAMES.get(clip.language, (clip.language or "unknown",))[0]
        values = (heard.card(clip.card).en, clip.consent_scope, language)
        for name, value in zip(VARIABLES, values):
            variable_value = _element(case, "VariableValue")
            _element(variable_value, "VariableRef", targetGUID=guid("variable", name))
            _element(variable_value, "TextValue").text = value
        _element(case, "SourceRef", targetGUID=source_guid)
        started = _when(clip.started_at)
        video = _element(sources, "VideoSource", guid=source_guid, name=f"{clip.name}.mp4",
                         path=f"internal://{source_guid}.mp4", creatingUser=user, creationDateTime=started)
        # QualCoder (3.8.2) does not link a case to its sources: the source's own memo says whose it is.
        _element(video, "Description").text = " ".join(
            [f"{name}: {value}." for name, value in zip(VARIABLES, values)] + [f"Case: {names[clip.id]}."])
        if clip.cues:
            transcript = _element(video, "Transcript", guid=guid("transcript", clip.id),
                                  name=f"{clip.name}.txt",
                                  plainTextPath=f"internal://{source_guid}.txt", creatingUser=user,
                                  creationDateTime=started)
            _element(transcript, "Description").text = TRANSCRIPT_STATES.get(clip.transcript_status, "Transcript")
            for number, (cue, position) in enumerate(zip(clip.cues, transcript_text(clip)[1])):
                _element(transcript, "SyncPoint", guid=guid("sync", f"{clip.id}:{number}"),
                         timeStamp=str(round(cue.start * 1000)), position=str(position))
        for quote in clip.quotes:
            selection = _element(video, "VideoSelection", guid=guid("quote", f"{clip.id}:{quote.id}"),
                                 name=quote.words[:200] or quote.id, begin=str(round(quote.start * 1000)),
                                 end=str(round(quote.end * 1000)), creatingUser=user, creationDateTime=when)
            if quote.words:
                _element(selection, "Description").text = quote.words
            for theme_id in quote.themes:
                if theme_id in known:
                    _coding(selection, theme_id, user, when, f"{clip.id}:{quote.id}")
        tags = [theme_id for theme_id in clip.themes if theme_id in known]
        if tags:
            # A selection of the whole clip rather than a coding of the source: QualCoder reads codings of selections
            # only, and every tool reads those.
            whole = _element(video, "VideoSelection", guid=guid("whole clip", clip.id), name="Whole clip", begin="0",
                             end=str(_length_ms(clip)), creatingUser=user, creationDateTime=when)
            for theme_id in tags:
                _coding(whole, theme_id, user, when, clip.id)
    ET.register_namespace("", NAMESPACE)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(project, encoding="utf-8")


def write_project(folder: Path, heard: WhatWeHeard) -> None:
    """record.qdpx in `folder`, its clips' media read from the record (stored, not squeezed: they are H.264 already);
    written beside it and renamed into place, so a stick pulled out mid-write leaves the earlier one whole."""
    target = folder / RECORD_PROJECT
    partial = folder / f".{RECORD_PROJECT}.part"
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
            archive.writestr("project.qde", project_xml(heard))
            for clip in heard.clips:
                source_guid = guid("clip", clip.id)
                # Read as everything on a stick is: never through a link (the record's own copy, checked at export).
                with open_regular(path_in(folder, clip.video)) as media, \
                        archive.open(zipfile.ZipInfo(f"sources/{source_guid}.mp4"), "w", force_zip64=True) as stored:
                    shutil.copyfileobj(media, stored, 1024 * 1024)
                if clip.cues:
                    archive.writestr(f"sources/{source_guid}.txt", transcript_text(clip)[0].encode("utf-8"))
        with open(partial, "rb") as file:
            os.fsync(file.fileno())
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
