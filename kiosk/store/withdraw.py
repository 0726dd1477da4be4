"""Withdrawal as a journal: the intent is logged and synced first, then everything it names is removed.

The withdrawal log is the journal. Its line (time, code, clip id) is appended and synced before anything is deleted;
from then on the clip is not listed (ClipStore.list reads the log), no export takes it, and whatever a kill left (the
clip's media, sidecar, transcript, thumbnail, temporary files, copies in exports, pages naming it) is found again by
the clip's id and by the code in its file names: `kiosk withdraw CODE` again, or `recover` at the next start (store
only), finishes the job.
"""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterable

from kiosk.atomic import write_atomically
from kiosk.sentence import QT_TRANSLATE_NOOP
from kiosk.store import codes
from kiosk.store.clips import MEDIA_NAME, Clip, ClipStore, Listing, Sidecar, StoreError, said
from kiosk.store.exported import (EXPORT_MARKER, REEL_FILE, ZippedRecord, check_folders, clean_staging, export_lock,
                                  mentions, pack_folder, read_marker, remove, sweep, write_marker)
from kiosk.store.files import MAX_JSON_BYTES, NotAFile, append_line, is_folder, is_regular, read_json, read_regular
from kiosk.store.names import is_clip_id

WITHDRAWALS_LOG = "withdrawals.log"
EXPORTS_REGISTRY = ".exports.json"
MAX_LOG_BYTES = 16 * 1024 * 1024  # some 200 000 withdrawals
LOG_HEADER = "# time\twithdrawal code\tclip id (no personal data is kept here)\n"
# A clip's files in its day folder, and what a write cut short leaves beside them: an atomic write's temporary file
# (.NAME.json.XXXX.tmp; .NAME.vtt.XXXX.tmp holds words) and a remux's (.NAME.mp4.remux.mp4).
CLIP_FILE = re.compile(r"\.?(?P<stem>[^.][^/\\]*?)\.(?P<kind>mp4|json|jpg|vtt)(?:\.remux\.mp4|\.[a-z0-9_]+\.tmp)?")
# Pictures and words go before the sidecar, which goes last: while it is there, the clip's id leads to its files.
REMOVAL_ORDER = ("mp4", "vtt", "jpg", "json")


class ExportBusy(Exception):
    """Another export or withdrawal is changing that record right now."""


@dataclass(frozen=True)
class Withdrawal:
    """One line of the withdrawal log: when, which code, which clip id. Nothing about the person."""

    time: str
    code: str
    clip_id: str

    @classmethod
    def from_line(cls, line: str) -> "Withdrawal | None":
        """The withdrawal a log line records, or None for a line not of that form (it is neither believed nor copied)."""
        parts = line.split("\t")
        if len(parts) != 3 or not codes.is_code(parts[1]) or not is_clip_id(parts[2]):
            return None
        try:
            when = datetime.fromisoformat(parts[0])
        except ValueError:
            return None
        return cls(*parts) if when.tzinfo is not None else None

    def line(self) -> str:
        return f"{self.time}\t{self.code}\t{self.clip_id}\n"


@dataclass(frozen=True)
class WithdrawalReport:
    code: str
    clip_id: str
    media: str  # the clip's file name, or "" when it had already gone from the store
    removed: tuple[Path, ...]  # every file deleted, in the store and in exports
    exports_updated: tuple[Path, ...]
    problems: tuple[str, ...]  # exports that could not be reached or changed, one sentence each


# -- the withdrawal log --------------------------------------------------------------------------------


def read_withdrawals(root: Path) -> tuple[Withdrawal, ...]:
    """The well-formed lines of the folder's log; raises NotAFile when the log is a link or not an ordinary file."""
    try:
        content = read_regular(Path(root) / WITHDRAWALS_LOG, MAX_LOG_BYTES)
    except FileNotFoundError:
        return ()
    lines = content.decode("utf-8", errors="replace").splitlines()
    return tuple(entry for entry in map(Withdrawal.from_line, lines) if entry is not None)


def withdrawn_codes(root: Path) -> set[str]:
    """The codes in the folder's own log; none when it cannot be read (export and withdrawal say so)."""
    try:
        return {entry.code for entry in read_withdrawals(root)}
    except (NotAFile, OSError):
        return set()


def withdrawn_clips(roots: Iterable[Path]) -> set[tuple[str, str]]:
    """(clip id, code) of every withdrawal logged in these recordings folders: a clip is withdrawn only when both
    match, so a log from another machine naming a clip's id bars nothing unless it also holds that clip's code."""
    return {(entry.clip_id, entry.code) for root in roots for entry in read_withdrawals(root)}


def _log(root: Path, entry: Withdrawal) -> None:
    path = Path(root) / WITHDRAWALS_LOG
    new = not os.path.lexists(path)
    # Appended and synced before anything is deleted: a crash half-way still leaves the clip barred from export.
    append_line(path, (LOG_HEADER if new else "") + entry.line())


def share_withdrawals(roots: Iterable[Path]) -> dict[tuple[str, str], Withdrawal]:
    """Logs in each folder the withdrawals made in the others of clips these folders hold, so a clip copied between
    kiosks stays withdrawn wherever it is exported from later; returns every withdrawal by (clip id, code).
    Raises OSError for a folder that cannot be written, NotAFile for a log that is a link."""
    logs = {Path(root): read_withdrawals(root) for root in roots}
    every = {(entry.clip_id, entry.code): entry for log in logs.values() for entry in log}
    missing = {root: [key for key in every if key not in {(e.clip_id, e.code) for e in log}]
               for root, log in logs.items()}
    if not any(missing.values()):
        return every
    held = {(clip.sidecar.id, clip.code) for root in logs for clip in ClipStore(root).list().clips}
    for root, keys in missing.items():
        logged = [key for key in keys if key in held]
        if logged:
            with ClipStore(root).repository.lock():  # the journal is appended to under the writers' lock, as by withdraw
                for key in logged:
                    _log(root, every[key])
    return every


# -- the registry of exports -----------------------------------------------------------------------------


def export_destinations(root: Path) -> list[Path]:
    """The export destinations made from this recordings folder, oldest first."""
    try:
        data = read_json(Path(root) / EXPORTS_REGISTRY)
    except (OSError, ValueError):
        return []
    exports = data.get("exports", []) if isinstance(data, dict) else []
    # Only absolute paths: a relative one would mean wherever the command happens to run.
    return [Path(entry) for entry in exports
            if isinstance(entry, str) and "\x00" not in entry and Path(entry).is_absolute()]


def remember_export(root: Path, dest: Path) -> None:
    dest = str(Path(dest).resolve())
    exports = [str(path) for path in export_destinations(root) if str(path) != dest] + [dest]
    content = json.dumps({"exports": exports}, indent=2) + "\n"
    write_atomically(Path(root) / EXPORTS_REGISTRY, content.encode("utf-8"))


# -- which ids no export takes ----------------------------------------------------------------------------


def barred_ids(roots: Iterable[Path], own: Path | None = None) -> set[str]:
    """Clip ids no export takes from any folder, whatever withdrawal code a copy of the clip carries.

    A withdrawal log is believed about an id, rather than only about the copy with that id and that code, where it
    shows it knew the code of a clip it did not plant:
    - an id in this laptop's own folder's log (`own`), unless that folder still holds the clip under another code
      (a line edited by hand): a withdrawal made here was given the code of a clip here, and share_withdrawals
      copies a line here only when a clip here had that id and that code;
    - an id whose (id, code) in one folder's log is the id and code of a copy held in another folder.
    So a copy with the same id and bytes but an edited code does not bring a withdrawn clip back, while a log on a
    stick naming this laptop's clip ids (every export shows them) bars nothing here: to bar an id it needs that
    clip's code, which only the attendee and the kiosk that recorded it know. The record's own marker (`withdrawn`)
    bars its ids in that record too (export reads it). Raises NotAFile or OSError for a log that cannot be read.
    """
    logs = {Path(root): read_withdrawals(root) for root in roots}
    barred: set[str] = set()
    own_log = read_withdrawals(own) if own is not None and Path(own).is_dir() else ()
    if own_log:
        here = {clip.sidecar.id for clip in ClipStore(own).list().clips}
        barred = {entry.clip_id for entry in own_log} - here
    if not any(logs.values()):
        return barred
    held: dict[tuple[str, str], set[Path]] = {}
    for root in logs:
        listing = ClipStore(root).list()
        for clip in listing.clips + listing.withdrawn:
            held.setdefault((clip.sidecar.id, clip.code), set()).add(root)
    for root, log in logs.items():
        barred |= {entry.clip_id for entry in log if held.get((entry.clip_id, entry.code), set()) - {root}}
    return barred


# -- what a withdrawal left in the store ----------------------------------------------------------------


def store_leftovers(store: ClipStore, entries: Iterable[Withdrawal], listing: Listing | None = None) -> list[Path]:
    """Every file in the store of the withdrawn clips `entries` name, in the order they are removed: found by the
    clip's id through its sidecar, and by the withdrawal code in a kiosk's file names once the sidecar has gone
    (after a kill the transcript and thumbnail outlive it). Never a file of a clip the entries do not name."""
    entries = list(entries)
    if not entries or not store.root.is_dir():
        return []
    ids, wanted = {entry.clip_id for entry in entries}, {entry.code for entry in entries}
    listing = listing if listing is not None else store.list()
    stems = {path.with_suffix("") for clip in listing.withdrawn if clip.sidecar.id in ids
             for path in (clip.sidecar_path, clip.media_path)}
    listed = {path.with_suffix("") for clip in listing.clips for path in (clip.sidecar_path, clip.media_path)}
    found = []
    for day in _days(store.root):
        for path in day.iterdir():
            match = CLIP_FILE.fullmatch(path.name)
            if match is None or is_folder(path):
                continue
            stem = day / match["stem"]
            if stem in listed:
                continue
            named = MEDIA_NAME.fullmatch(f"{match['stem']}.mp4")
            if stem in stems or (named and named["code"] in wanted and not _another_clips(stem, ids)):
                found.append((REMOVAL_ORDER.index(match["kind"]), not path.name.startswith("."), str(path), path))
    return [path for *_, path in sorted(found)]


def _days(root: Path) -> list[Path]:
    return [day for day in sorted(root.iterdir()) if not day.name.startswith(".") and is_folder(day)]


def _another_clips(stem: Path, ids: set[str]) -> bool:
    """Whether the sidecar at `stem` is a readable one of a clip the log does not name (one whose media is missing,
    say, with a code that is also a withdrawn one's)."""
    try:
        return Sidecar.from_json(read_regular(stem.with_suffix(".json"), MAX_JSON_BYTES)).id not in ids
    except (OSError, ValueError):
        return False


def remove_files(paths: list[Path]) -> tuple[list[Path], list[str]]:
    """Removes a withdrawn clip's files: those removed, and a sentence for each that could not be."""
    removed, problems = [], []
    for path in paths:
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            problems.append(f"{path} could not be removed ({error.strerror or error}); withdraw again to finish.")
            continue
        removed.append(path)
    return removed, problems


def finish_withdrawals(store: ClipStore) -> list[str]:
    """Removes from the store whatever withdrawals cut short left there (recover runs it at every start, holding the
    store's lock): a sentence when it removed something or could not. Exports are finished by withdrawing again or
    by exporting into them again, since a stick may not be there now."""
    try:
        entries = read_withdrawals(store.root)
    except (NotAFile, OSError) as error:
        return [f"The withdrawal log in {store.root} cannot be used ({error}); no withdrawal was finished."]
    if not entries:
        return []
    with store.repository.lock():
        removed, problems = remove_files(store_leftovers(store, entries))
    if not removed:
        return problems
    logging.getLogger(__name__).info("finished withdrawals in %s: %d file(s) removed", store.root, len(removed))
    return [f"A withdrawal cut short was finished: {len(removed)} file(s) of withdrawn clips removed."] + problems


# -- withdrawing -----------------------------------------------------------------------------------------


LOG_UNUSABLE = QT_TRANSLATE_NOOP("Store", "The withdrawal log in %1 cannot be used (%2); nothing was removed.")


def find_for_withdrawal(store: ClipStore, code: str) -> tuple[str, Clip | None]:
    """The code as stored, and its clip if it is still in the store; raises StoreError for an unknown code."""
    normal = codes.normalise(code)
    if not codes.is_code(normal):
        raise StoreError(said(QT_TRANSLATE_NOOP("Store", "%1 is not a withdrawal code; a code has 6 letters and "
                                                         "digits, like K7M-4PX."), repr(code)))
    clip = store.find(normal)
    if clip is None and not any(entry.code == normal for entry in _withdrawals(store)):
        raise StoreError(said(QT_TRANSLATE_NOOP("Store", "No clip in %1 has the withdrawal code %2."), store.root,
                              codes.display(normal)))
    return normal, clip


def _withdrawals(store: ClipStore) -> tuple[Withdrawal, ...]:
    try:
        return read_withdrawals(store.root)
    except (NotAFile, OSError) as error:
        raise StoreError(said(LOG_UNUSABLE, store.root, str(error))) from None


def withdraw(store: ClipStore, code: str, known_exports: Iterable[Path] | None = None,
             refresh: Callable[[Path], None] | None = None, now: datetime | None = None) -> WithdrawalReport:
    """Withdraws the clip with `code` from the store and from `known_exports` (default: every export made from it).

    The journal first: the log line is synced before anything goes. Then the clip's files in the store, found by id
    and by code (so those a killed withdrawal left are found too), then each export: its marker says the clip is
    withdrawn, its copies and compilations go, and `refresh(folder)` rebuilds its manifests and gallery
    (kiosk.export.refresh; the store cannot, export sits above it). Given again, the code does every step again
    where it is not done yet: an export is rebuilt as long as one of its pages still names the clip.
    """
    normal, clip = find_for_withdrawal(store, code)
    # Under the writers' lock from the journal's line to the last removal: a change to the clip's sidecar made
    # meanwhile either lands before (and is removed with it) or finds the clip gone and writes nothing.
    with store.repository.lock():
        journal = _withdrawals(store)
        if clip is not None and not any(entry.clip_id == clip.sidecar.id for entry in journal):
            when = (now or datetime.now()).astimezone().isoformat(timespec="seconds")
            entry = Withdrawal(when, normal, clip.sidecar.id)
            try:
                _log(store.root, entry)
            except NotAFile as error:
                raise StoreError(said(LOG_UNUSABLE, store.root, str(error))) from None
            journal += (entry,)
        clip_id = clip.sidecar.id if clip else [entry for entry in journal if entry.code == normal][-1].clip_id
        removed, problems = remove_files(store_leftovers(store, [e for e in journal if e.clip_id == clip_id]))
    exports = list(known_exports) if known_exports is not None else export_destinations(store.root)
    gone, updated, failed = remove_from_exports(exports, clip_id, normal, refresh)
    removed, problems = removed + gone, problems + failed
    logging.getLogger(__name__).info("withdrawn %s (clip %s): %d file(s) removed, %d export(s) updated, %d problem(s)",
                                     normal, clip_id, len(removed), len(updated), len(problems))
    return WithdrawalReport(normal, clip_id, clip.sidecar.media if clip else "", tuple(removed), tuple(updated),
                            tuple(problems))


def remove_from_exports(exports: Iterable[Path], clip_id: str, code: str, refresh: Callable[[Path], None] | None
                        ) -> tuple[list[Path], list[Path], list[str]]:
    """Takes the withdrawn clip out of each export: the files removed, the exports updated, and one sentence for each
    export that could not be changed now (busy, unreadable, or not plugged in)."""
    removed: list[Path] = []
    updated: list[Path] = []
    problems: list[str] = []
    for dest in exports:
        try:
            change = _remove_from_export(Path(dest), clip_id, refresh)
        except ExportBusy:
            problems.append(f"The export {dest} is being written right now; it leaves the clip out once it sees the "
                            f"withdrawal, and `kiosk withdraw {codes.display(code)}` again makes sure.")
            continue
        except (OSError, ValueError, zipfile.BadZipFile, StoreError) as error:
            problems.append(f"The export {dest} could not be changed ({error}); the clip is still in it.")
            continue
        if change is None:
            problems.append(f"The export {dest} is not there now (an unplugged USB stick?); "
                            f"withdraw {codes.display(code)} again when it is back, or export into it again.")
        elif change.updated:
            removed.extend(change.removed)
            updated.append(Path(dest))
    return removed, updated, problems


@dataclass(frozen=True)
class ExportChange:
    """What a withdrawal did to one export."""

    updated: bool  # its marker, its files or its pages changed
    removed: tuple[Path, ...] = ()


def _remove_from_export(dest: Path, clip_id: str, refresh) -> ExportChange | None:
    """What one export lost; None when the export cannot be found."""
    # The registry is only data read from disk: nothing, not even a lock file, is written beside what it names
    # unless that is a record the kiosk exported.
    if dest.is_dir():
        if not is_regular(dest / EXPORT_MARKER):
            raise ValueError("it has no export marker, so the kiosk does not touch it")
        return _locked(dest, lambda: _remove_from_folder(dest, clip_id, refresh))
    if is_regular(dest) and zipfile.is_zipfile(dest):
        with ZippedRecord(dest):
            pass  # a zip with no marker is refused before a lock file is left beside it
        return _locked(dest.parent, lambda: _remove_from_zip(dest, clip_id, refresh))
    return None


def _locked(place: Path, change):
    lock = export_lock(place)
    if lock is None:
        raise ExportBusy()
    try:
        return change()
    finally:
        lock.release()


def _remove_from_folder(folder: Path, clip_id: str, refresh, rebuild: bool = False) -> ExportChange:
    """The clip's files, its compilations and whatever an export or withdrawal cut short left unlisted go; the pages
    are rebuilt while one of them still names the clip (always, with `rebuild`)."""
    marker = read_marker(folder)
    if marker is None:
        raise ValueError("it has no export marker, so the kiosk does not touch it")
    check_folders(folder)
    entry = marker.clips.pop(clip_id, None)
    # A compilation has the clip's pictures and sound in it, so it goes too; the next export rebuilds it.
    compiled = [card for card, compilation in marker.compilations.items() if clip_id in compilation.clips]
    for card in compiled:
        del marker.compilations[card]
    # So does the highlight reel, if one of its quotes is the clip's.
    reeled = marker.reel is not None and clip_id in marker.reel.clips
    if reeled:
        marker.reel = None
    changed = entry is not None or bool(compiled) or reeled or clip_id not in marker.withdrawn
    if changed:
        # The record's own journal: its marker says so before any of its files goes; a kill from here on leaves
        # only files the marker no longer lists, which the sweep (now, or at the next export) removes.
        marker.withdrawn.add(clip_id)
        write_marker(folder, marker)
    removed = [folder.joinpath(*relative.split("/")) for relative in (entry.files if entry else ())
               if remove(folder, relative)]
    removed.extend(sweep(folder, marker.files()))
    if marker.reel is None and remove(folder, REEL_FILE):
        removed.append(folder / REEL_FILE)
    stale = rebuild or changed or bool(removed) or mentions(folder, clip_id)
    if refresh is not None and stale:
        refresh(folder)
    return ExportChange(stale, tuple(removed))


def _remove_from_zip(archive: Path, clip_id: str, refresh) -> ExportChange:
    """A zip cannot lose one entry in place: what may travel on is unpacked beside it, entry by entry within limits,
    changed, and packed again. Nothing else in it (a file planted on the stick) is unpacked, so none travels on."""
    clean_staging(archive)
    with ZippedRecord(archive) as record:
        marker = record.marker
        stale = (clip_id in marker.clips or clip_id not in marker.withdrawn or bool(record.strangers())
                 or any(clip_id in c.clips for c in marker.compilations.values()) or record.mentions(clip_id)
                 or (marker.reel is not None and clip_id in marker.reel.clips))
        if not stale:
            return ExportChange(False)
        with tempfile.TemporaryDirectory(dir=archive.parent, prefix=f".{archive.name}.") as temporary:
            work = Path(temporary)
            entry = marker.clips.get(clip_id)
            # The clip's own files are left in the old zip rather than unpacked only to be deleted.
            folder, left = record.unpack(work, {f"{record.name}/{path}" for path in (entry.files if entry else ())})
            change = _remove_from_folder(folder, clip_id, refresh, rebuild=True)
            packed = work / "packed.zip"
            pack_folder(folder, packed)
            record.zipped.close()
            os.replace(packed, archive)
    removed = [archive / path.relative_to(work) for path in change.removed] + [archive / name for name in left]
    return ExportChange(True, tuple(removed))
