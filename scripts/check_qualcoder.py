"""Opens a record.qdpx in QualCoder, through QualCoder's own REFI-QDA project import, and says what arrived.

Not part of the tests or CI: QualCoder is not on PyPI. Run it with a Python that has QualCoder's requirements
(PyQt6 and the rest of its requirements.txt; torch and sentence-transformers are not needed):

    QT_QPA_PLATFORM=offscreen /tmp/qc-venv/bin/python scripts/check_qualcoder.py /tmp/qc record/record.qdpx

QUALCODER is a checkout (or `git archive`) of github.com/ccbogel/QualCoder. The script drives QualCoder's main window
as a person would (Project > REFI-QDA import): its "new project" and "open file" dialogues are answered with a
project in a temporary folder and the qdpx, its message boxes are recorded and closed, its check for a newer release
on GitHub is skipped (no network), and HOME is a temporary folder so no one's QualCoder settings are touched. Then it
reads QualCoder's project database (SQLite) and compares it with the qdpx: sources, media files, transcripts, codes,
coded video segments with their times and memos, cases with their variables. Exits 0 when everything arrived that
QualCoder has a place for (what it has none for is listed), 1 when something did not (listed), 2 when the import
could not be run.

With --view PNG it then opens QualCoder's A/V coding on the video with the most coded segments, says what it shows
(the media as VLC reads it, the transcript beside it, the segments on its timeline) and saves a screenshot. That needs
libvlc (Debian: libvlc5 vlc-plugin-base vlc-plugin-video-output) and an X display:

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" /tmp/qc-venv/bin/python scripts/check_qualcoder.py \
        /tmp/qc record/record.qdpx --view qualcoder.png
"""

from __future__ import annotations

import argparse
import gettext
import importlib.util
import os
import sqlite3
import sys
import tempfile
import time
import traceback
import types
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree as ET

NAMESPACE = "urn:QDA-XML:project:1.0"
Q = {"q": NAMESPACE}


@dataclass
class Expected:
    """What the qdpx holds, read from its project.qde."""

    videos: dict[str, str] = field(default_factory=dict)  # source name -> media path in the archive
    memos: dict[str, str] = field(default_factory=dict)  # source name -> its description
    transcripts: dict[str, str] = field(default_factory=dict)  # source name -> transcript text
    codes: dict[str, str] = field(default_factory=dict)  # guid -> name
    segments: Counter = field(default_factory=Counter)  # (source name, code name, begin ms, end ms, description)
    source_codings: Counter = field(default_factory=Counter)  # (source name, code name): codes a whole source
    cases: dict[str, dict[str, str]] = field(default_factory=dict)  # case name -> {variable: value}
    case_sources: set = field(default_factory=set)  # (case name, source name)
    sync_points: int = 0


def read_qdpx(path: Path) -> Expected:
    with zipfile.ZipFile(path) as archive:
        root = ET.fromstring(archive.read("project.qde"))
        folder = "sources/" if any(n.startswith("sources/") for n in archive.namelist()) else "Sources/"
        expected = Expected()
        expected.codes = {c.get("guid"): c.get("name") for c in root.iterfind(".//q:CodeBook//q:Code", Q)}
        variables = {v.get("guid"): v.get("name") for v in root.iterfind("q:Variables/q:Variable", Q)}
        names = {}
        for video in root.iterfind("q:Sources/q:VideoSource", Q):
            name = video.get("name")
            names[video.get("guid")] = name
            expected.videos[name] = folder + video.get("path").removeprefix("internal://")
            expected.memos[name] = video.findtext("q:Description", "", Q)
            transcript = video.find("q:Transcript", Q)
            if transcript is not None:
                text_path = folder + transcript.get("plainTextPath").removeprefix("internal://")
                expected.transcripts[name] = archive.read(text_path).decode("utf-8")
                expected.sync_points += len(transcript.findall("q:SyncPoint", Q))
            for selection in video.iterfind("q:VideoSelection", Q):
                for ref in selection.iterfind("q:Coding/q:CodeRef", Q):
                    expected.segments[(name, expected.codes.get(ref.get("targetGUID")), int(selection.get("begin")),
                                       int(selection.get("end")), selection.findtext("q:Description", "", Q))] += 1
            for ref in video.iterfind("q:Coding/q:CodeRef", Q):
                expected.source_codings[(name, expected.codes.get(ref.get("targetGUID")))] += 1
        for case in root.iterfind("q:Cases/q:Case", Q):
            expected.cases[case.get("name")] = {
                variables.get(value.find("q:VariableRef", Q).get("targetGUID")): value.findtext("q:TextValue", "",
                                                                                                  Q)
                for value in case.iterfind("q:VariableValue", Q)}
            for ref in case.iterfind("q:SourceRef", Q):
                expected.case_sources.add((case.get("name"), names.get(ref.get("targetGUID"))))
        return expected


@dataclass(frozen=True)
class Run:
    """One import: QualCoder's project folder and version, the message boxes and dialogues it showed, its action log,
    and what its A/V coding showed when asked to (a sentence a line)."""

    folder: Path
    version: str
    shown: list[str]
    log: str
    viewed: list[str]


def run_import(qualcoder: Path, qdpx: Path, work: Path, expected: Expected, view: Path | None) -> Run:
    """QualCoder's REFI-QDA project import of `qdpx` into a new project in `work`; with `view`, then its A/V coding
    of the video with the most coded segments, a screenshot of the screen saved at `view`."""
    os.environ["HOME"] = str(work / "home")  # QualCoder keeps its settings and log in ~/.qualcoder
    (work / "home" / ".qualcoder").mkdir(parents=True)
    (work / "home" / ".qualcoder" / "QualCoder.log").touch()  # else it says at import that it has none
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(qualcoder / "src"))
    gettext.NullTranslations().install()  # QualCoder's gui() installs `_`; its modules call it at import
    if importlib.util.find_spec("sentence_transformers") is None:
        # Only its AI search imports it (and torch with it), and only keeps a reference to it at import time.
        sys.modules["sentence_transformers"] = types.ModuleType("sentence_transformers")
    from PyQt6 import QtWidgets
    from qualcoder import __main__ as qualcoder_main
    from qualcoder import helpers

    shown: list[str] = []

    def record_message(box, *args) -> int:
        shown.append(f"{box.windowTitle()}: {box.text()}")
        if box.defaultButton() is not None:
            box.defaultButton().click()  # as Enter would
        return int(QtWidgets.QMessageBox.StandardButton.No.value)  # "No" to the first-run AI set-up question

    def record_dialogue(dialogue, *args) -> int:
        # Its error dialogue above all: QualCoder shows an uncaught exception in one and waits.
        texts = [label.text() for label in dialogue.findChildren(QtWidgets.QLabel)]
        texts += [edit.toPlainText() for edit in dialogue.findChildren(QtWidgets.QPlainTextEdit)]
        shown.append(f"{dialogue.windowTitle()}: {' '.join(filter(None, texts))}")
        return int(QtWidgets.QDialog.DialogCode.Rejected.value)

    project = work / "imported"
    QtWidgets.QMessageBox.exec = record_message
    helpers.Message.exec = record_message
    QtWidgets.QDialog.exec = record_dialogue
    # As the dialogues answer: the path, and the filter chosen (QualCoder reads an empty one as "cancelled").
    QtWidgets.QFileDialog.getSaveFileName = staticmethod(lambda *args, **kwargs: (str(project), "*"))
    QtWidgets.QFileDialog.getOpenFileName = staticmethod(lambda *args, **kwargs: (str(qdpx), "(*.qdpx *.QDPX)"))
    qualcoder_main.MainWindow.get_latest_github_release = lambda self: None

    application = QtWidgets.QApplication([sys.argv[0]])
    window = qualcoder_main.MainWindow(qualcoder_main.App(), force_quit=True)
    window.resize(1600, 1000)
    window.refi_project_import()
    application.processEvents()
    log = window.ui.textEdit.toPlainText()
    window.app.conn.commit()
    viewed = view_coding(window, application, expected, view) if view else []
    folder = Path(window.app.project_path)
    window.close()
    return Run(folder, qualcoder_main.qualcoder_version, shown, log, viewed)


def _wait(application, condition, seconds: float) -> bool:
    """Runs QualCoder's event loop until `condition()` holds or `seconds` pass (VLC works in its own threads)."""
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        application.processEvents()
        time.sleep(0.02)
    return condition()


def view_coding(window, application, expected: Expected, screenshot: Path) -> list[str]:
    """QualCoder's A/V coding of the video with the most coded segments, as a person opens it: what it shows."""
    from qualcoder import view_av
    if view_av.vlc is None:
        return ["QualCoder's A/V coding needs VLC (libvlc), which is not installed: not opened"]
    window.av_coding()
    coding = window.findChildren(view_av.DialogCodeAV)[0]
    busiest = Counter(segment[0] for segment in expected.segments.elements()).most_common(1)[0][0]
    names = [coding.ui.listWidget.item(row).text() for row in range(coding.ui.listWidget.count())]
    coding.ui.listWidget.setCurrentRow(names.index(busiest))
    played = _wait(application, lambda: coding.media is not None and coding.media.get_duration() > 0, 10)
    coding.mediaplayer.set_time(1000)
    _wait(application, lambda: coding.mediaplayer.get_time() >= 1000, 5)
    coding.mediaplayer.set_pause(1)
    _wait(application, lambda: False, 1)  # a second for VLC to draw the frame it paused on
    coding.ui.graphicsView.verticalScrollBar().setValue(0)  # its timeline is laid out scrolled past the first row
    _wait(application, lambda: False, 0.3)
    application.primaryScreen().grabWindow(0).save(str(screenshot))
    text = coding.transcription[1] if coding.transcription else None
    seen = [f"A/V coding of {busiest}: VLC reads {coding.media.get_duration() if played else 'no'} ms of media",
            f"  transcript beside it: {coding.transcription[2] if coding.transcription else 'none'}, "
            f"{'word for word' if text == expected.transcripts.get(busiest) else 'NOT as in the qdpx'}, "
            f"{len(coding.time_positions)} timestamps QualCoder can play from",
            f"  {len(coding.scene.items())} coded segments drawn on its timeline (the qdpx codes "
            f"{sum(1 for segment in expected.segments.elements() if segment[0] == busiest)})",
            f"  screenshot: {screenshot}"]
    coding.mediaplayer.stop()
    return seen


@dataclass
class Imported:
    """What QualCoder's project database holds after the import."""

    videos: dict[str, str]  # name -> mediapath
    memos: dict[str, str]  # name -> memo
    texts: dict[str, str]  # name -> fulltext
    codes: dict[str, str]  # name -> colour
    segments: Counter  # (source name, code name, pos0 ms, pos1 ms, memo)
    cases: dict[str, dict[str, str]]  # case name -> {attribute: value}
    case_sources: set  # (case name, source name)
    file_attributes: Counter  # (source name, attribute, value)


def read_project(folder: Path) -> Imported:
    with sqlite3.connect(f"file:{folder / 'data.qda'}?mode=ro", uri=True) as db:
        rows = db.execute("select name, mediapath, ifnull(fulltext, ''), ifnull(memo, '') from source").fetchall()
        segments = Counter(db.execute(
            "select source.name, code_name.name, code_av.pos0, code_av.pos1, ifnull(code_av.memo, '') from code_av "
            "join source on source.id = code_av.id left join code_name on code_name.cid = code_av.cid").fetchall())
        cases: dict[str, dict[str, str]] = {name: {} for (name,) in db.execute("select name from cases")}
        for case, name, value in db.execute("select cases.name, attribute.name, attribute.value from attribute "
                                            "join cases on cases.caseid = attribute.id where attr_type = 'case'"):
            cases[case][name] = value
        return Imported(
            videos={name: media for name, media, _, _ in rows if media and media.startswith(("/video/", "video:"))},
            memos={name: memo for name, _, _, memo in rows},
            texts={name: text for name, media, text, _ in rows if not media},
            codes=dict(db.execute("select name, color from code_name").fetchall()),
            segments=segments, cases=cases,
            case_sources=set(db.execute("select distinct cases.name, source.name from case_text "
                                        "join cases on cases.caseid = case_text.caseid "
                                        "join source on source.id = case_text.fid").fetchall()),
            file_attributes=Counter(db.execute("select source.name, attribute.name, attribute.value from attribute "
                                               "join source on source.id = attribute.id "
                                               "where attr_type = 'file'").fetchall()))


def compare(expected: Expected, imported: Imported, folder: Path, qdpx: Path) -> tuple[list[str], list[str]]:
    """What the qdpx held that did not arrive in QualCoder, a sentence each; and what QualCoder's importer has no
    place for at all (so nothing a qdpx could do would bring it), a sentence each."""
    missing = []
    with zipfile.ZipFile(qdpx) as archive:
        for name, member in expected.videos.items():
            if name not in imported.videos:
                missing.append(f"video source {name} is not in QualCoder's sources")
                continue
            copied = folder / imported.videos[name].lstrip("/")
            if not copied.is_file() or copied.read_bytes() != archive.read(member):
                missing.append(f"the media of {name} is not in the project's video folder as it was in the qdpx")
            if imported.memos.get(name) != expected.memos[name]:
                missing.append(f"the description of {name} is not its memo in QualCoder")
    for name, text in expected.transcripts.items():
        # QualCoder's A/V coding finds a video's transcript by its name: the video's name with .txt added.
        if imported.texts.get(f"{name}.txt") != text:
            missing.append(f"the transcript of {name} is not the text source {name}.txt, word for word")
    for name in expected.codes.values():
        if name not in imported.codes:
            missing.append(f"code {name!r} is not in QualCoder's codes")
    for segment, count in (expected.segments - imported.segments).items():
        missing.append(f"coded segment {segment} is not in QualCoder's coded A/V segments ({count} missing)")
    for (name, code), count in expected.source_codings.items():
        missing.append(f"{count} coding(s) of the whole of {name} with {code!r}: QualCoder reads codings of "
                       "VideoSelections only")
    for case, variables in expected.cases.items():
        if imported.cases.get(case) != variables:
            missing.append(f"case {case!r} with {variables} arrived as {imported.cases.get(case)}")
    unread = []
    unlinked = expected.case_sources - imported.case_sources
    if unlinked:
        unread.append(f"{len(unlinked)} case-source link(s): QualCoder's importer reads a named case's variables "
                      "but not its SourceRef")
    if expected.sync_points:
        unread.append(f"{expected.sync_points} transcript SyncPoint(s): QualCoder keeps none (it times a transcript "
                      "by timestamps written in its text)")
    return missing, unread


def report(version: str, expected: Expected, imported: Imported, shown: list[str], missing: list[str],
           unread: list[str]) -> str:
    lines = [version,
             f"qdpx:      {len(expected.videos)} video sources, {len(expected.transcripts)} transcripts, "
             f"{len(expected.codes)} codes, {sum(expected.segments.values())} coded video segments, "
             f"{sum(expected.source_codings.values())} whole-source codings, {len(expected.cases)} cases "
             f"({sum(map(len, expected.cases.values()))} variable values), {len(expected.case_sources)} case sources",
             f"QualCoder: {len(imported.videos)} video sources, "
             f"{sum(1 for name in expected.videos if f'{name}.txt' in imported.texts)} transcripts, "
             f"{len(imported.codes)} codes, {sum(imported.segments.values())} coded video segments, "
             f"{len(imported.cases)} cases ({sum(map(len, imported.cases.values()))} case attributes), "
             f"{len(imported.case_sources)} case sources, {sum(imported.file_attributes.values())} file attributes",
             "coded video segments in QualCoder (source, code, from ms, to ms, memo):"]
    lines += [f"  {segment}" for segment in sorted(imported.segments.elements(), key=str)]
    lines += ["cases in QualCoder:"] + [f"  {name}: {variables}" for name, variables in sorted(imported.cases.items())]
    lines += ["QualCoder's messages:"] + [f"  {' / '.join(text.splitlines())}" for text in shown]
    lines += ["everything else in the qdpx arrived" if not missing else f"{len(missing)} thing(s) did not arrive:"]
    lines += [f"  {sentence}" for sentence in missing]
    lines += ["QualCoder has no place for:"] + [f"  {sentence}" for sentence in unread]
    return "\n".join(lines)


def check(qualcoder: Path, qdpx: Path, expected: Expected, work: Path, log_too: bool, view: Path | None) -> int:
    """Imports `qdpx` into a QualCoder project in `work`, prints what arrived; the exit status."""
    try:
        run = run_import(qualcoder.resolve(), qdpx.resolve(), work, expected, view)
    except Exception as error:  # QualCoder's own failure, whatever it is, is the answer: said, not carried on from
        if log_too:
            traceback.print_exc()
        print(f"QualCoder's import stopped with {type(error).__name__}: {error}", file=sys.stderr)
        return 2
    if not (run.folder / "data.qda").is_file():
        print(f"QualCoder made no project: its log says\n{run.log}", file=sys.stderr)
        return 2
    imported = read_project(run.folder)
    missing, unread = compare(expected, imported, run.folder, qdpx)
    print(report(run.version, expected, imported, run.shown, missing, unread))
    if run.viewed:
        print("\n".join(run.viewed))
    if log_too:
        print("QualCoder's action log:", run.log, sep="\n")
    return 1 if missing else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("qualcoder", type=Path, help="a QualCoder checkout (the folder holding src/qualcoder)")
    parser.add_argument("qdpx", type=Path, help="the record.qdpx to open")
    parser.add_argument("--keep", type=Path, help="a new folder to make QualCoder's project in and keep")
    parser.add_argument("--log", action="store_true", help="print QualCoder's action log too")
    parser.add_argument("--view", type=Path, metavar="PNG",
                        help="then open QualCoder's A/V coding and save a screenshot (needs VLC and an X display: "
                             "xvfb-run with QT_QPA_PLATFORM=xcb)")
    arguments = parser.parse_args()
    if not (arguments.qualcoder / "src" / "qualcoder" / "refi.py").is_file():
        print(f"{arguments.qualcoder} is not a QualCoder checkout: it has no src/qualcoder/refi.py.", file=sys.stderr)
        return 2
    try:
        expected = read_qdpx(arguments.qdpx)
    except (OSError, KeyError, zipfile.BadZipFile, ET.ParseError) as error:
        print(f"{arguments.qdpx} is not a REFI-QDA project QualCoder could be given: {error}", file=sys.stderr)
        return 2
    if arguments.keep:
        if arguments.keep.exists() and any(arguments.keep.iterdir()):
            print(f"{arguments.keep} is not empty: --keep makes QualCoder's project in a new folder.", file=sys.stderr)
            return 2
        arguments.keep.mkdir(parents=True, exist_ok=True)
        status = check(arguments.qualcoder, arguments.qdpx, expected, arguments.keep, arguments.log,
                       arguments.view)
        print(f"QualCoder's project: {arguments.keep / 'imported.qda'}")
        return status
    with tempfile.TemporaryDirectory(prefix="check-qualcoder-") as work:
        return check(arguments.qualcoder, arguments.qdpx, expected, Path(work), arguments.log, arguments.view)


if __name__ == "__main__":
    sys.exit(main())
