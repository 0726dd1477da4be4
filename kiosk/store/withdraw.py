"""Withdrawal: a clip, its thumbnail and every exported copy the kiosk knows about are removed, and the code is logged."""

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
from kiosk.store import codes
from kiosk.store.clips import Clip, ClipStore, StoreError
from kiosk.store.exported import (EXPORT_MARKER, check_folders, clean_staging, export_lock, inside, pack_folder,
                                  read_marker, remove, sweep, write_marker)
from kiosk.store.files import NotAFile, append_line, is_folder, is_regular, read_json, read_regular
from kiosk.store.names import is_clip_id

WITHDRAWALS_LOG = "withdrawals.log"
EXPORTS_REGISTRY = ".exports.json"
MAX_LOG_BYTES = 16 * 1024 * 1024  # some 200 000 withdrawals
LOG_HEADER = "# time\twithdrawal code\tclip id (no personal data is kept here)\n"


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
        for key in keys:
            if key in held:
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


# -- withdrawing -----------------------------------------------------------------------------------------


def find_for_withdrawal(store: ClipStore, code: str) -> tuple[str, Clip | None]:
    """The code as stored, and its clip if it is still in the store; raises StoreError for an unknown code."""
    normal = codes.normalise(code)
    if not codes.is_code(normal):
        raise StoreError(f"{code!r} is not a withdrawal code; a code has 6 letters and digits, like K7M-4PX.")
    clip = store.find(normal)
    if clip is None and not any(entry.code == normal for entry in _withdrawals(store)):
        raise StoreError(f"No clip in {store.root} has the withdrawal code {codes.display(normal)}.")
    return normal, clip


def _withdrawals(store: ClipStore) -> tuple[Withdrawal, ...]:
    try:
        return read_withdrawals(store.root)
    except (NotAFile, OSError) as error:
        raise StoreError(f"The withdrawal log in {store.root} cannot be used ({error}); nothing was removed.") from None


def withdraw(store: ClipStore, code: str, known_exports: Iterable[Path] | None = None,
             refresh: Callable[[Path], None] | None = None, now: datetime | None = None) -> WithdrawalReport:
    """Removes the clip with `code` and its copies in `known_exports` (default: every export made from this store).

    `refresh(folder)` rebuilds an export's manifest and gallery after its copy is gone (kiosk.export.refresh);
    the store cannot do it itself because export sits above it. A code withdrawn before can be given
    again: its copies in exports that were out of reach the first time are removed then.
    """
    normal, clip = find_for_withdrawal(store, code)
    earlier = [entry for entry in _withdrawals(store) if entry.code == normal]
    clip_id = clip.sidecar.id if clip else earlier[-1].clip_id
    if clip is not None and not any(entry.clip_id == clip_id for entry in earlier):
        when = (now or datetime.now()).astimezone().isoformat(timespec="seconds")
        try:
            _log(store.root, Withdrawal(when, normal, clip_id))
        except NotAFile as error:
            raise StoreError(f"The withdrawal log in {store.root} cannot be used ({error}); nothing was removed.") \
                from None
    removed: list[Path] = []
    if clip is not None:
        with store.transcript_lock():
            for path in (clip.media_path, clip.transcript_path, clip.thumbnail_path, clip.sidecar_path):
                if os.path.lexists(path):
                    path.unlink()
                    removed.append(path)
    exports = list(known_exports) if known_exports is not None else export_destinations(store.root)
    updated, problems = [], []
    for dest in exports:
        try:
            gone = _remove_from_export(Path(dest), clip_id, refresh)
        except ExportBusy:
            problems.append(f"The export {dest} is being written right now; it leaves the clip out once it sees the "
                            f"withdrawal, and `kiosk withdraw {codes.display(normal)}` again makes sure.")
            continue
        except (OSError, ValueError, zipfile.BadZipFile, StoreError) as error:
            problems.append(f"The export {dest} could not be changed ({error}); the clip is still in it.")
            continue
        if gone is None:
            problems.append(f"The export {dest} is not there now (an unplugged USB stick?); "
                            f"withdraw {codes.display(normal)} again when it is back, or export into it again.")
        elif gone:
            removed.extend(gone)
            updated.append(Path(dest))
    logging.getLogger(__name__).info("withdrawn %s (clip %s): %d file(s) removed, %d export(s) updated, %d problem(s)",
                                     normal, clip_id, len(removed), len(updated), len(problems))
    return WithdrawalReport(normal, clip_id, clip.sidecar.media if clip else "", tuple(removed), tuple(updated),
                            tuple(problems))


def _remove_from_export(dest: Path, clip_id: str, refresh) -> list[Path] | None:
    """The files removed from one export; None when the export cannot be found."""
    # The registry is only data read from disk: nothing, not even a lock file, is written beside what it names
    # unless that is a record the kiosk exported.
    if dest.is_dir():
        if not is_regular(dest / EXPORT_MARKER):
            raise ValueError("it has no export marker, so the kiosk does not touch it")
        return _locked(dest, lambda: _remove_from_folder(dest, clip_id, refresh))
    if is_regular(dest) and zipfile.is_zipfile(dest):
        with zipfile.ZipFile(dest) as zipped:
            if not any(re.fullmatch(rf"[^/]+/{re.escape(EXPORT_MARKER)}", name) for name in zipped.namelist()):
                raise ValueError("it has no export marker, so the kiosk does not touch it")
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


def _remove_from_folder(folder: Path, clip_id: str, refresh) -> list[Path]:
    """The clip's files, its compilations and whatever an export or withdrawal cut short left unlisted."""
    marker = read_marker(folder)
    if marker is None:
        raise ValueError("it has no export marker, so the kiosk does not touch it")
    check_folders(folder)
    removed: list[Path] = []
    entry = marker.clips.pop(clip_id, None)
    # A compilation has the clip's pictures and sound in it, so it goes too; the next export rebuilds it.
    for card, compilation in list(marker.compilations.items()):
        if clip_id in compilation.clips:
            del marker.compilations[card]
    for relative in (entry.files if entry else ()):
        if remove(folder, relative):
            removed.append(folder.joinpath(*relative.split("/")))
    removed.extend(sweep(folder, marker.files()))
    if entry is None and not removed and clip_id in marker.withdrawn:
        return []
    marker.withdrawn.add(clip_id)
    write_marker(folder, marker)
    if refresh is not None and removed:
        refresh(folder)
    return removed


def _remove_from_zip(archive: Path, clip_id: str, refresh) -> list[Path]:
    """A zip cannot lose one entry in place: it is unpacked beside itself, changed, and packed again."""
    clean_staging(archive)
    with tempfile.TemporaryDirectory(dir=archive.parent, prefix=f".{archive.name}.") as temporary:
        work = Path(temporary)
        with zipfile.ZipFile(archive) as zipped:
            names = zipped.namelist()
            for name in names:
                inside(work, name)  # refuses an entry that would land outside the work folder
            zipped.extractall(work)
        folders = [path for path in work.iterdir() if is_folder(path) and is_regular(path / EXPORT_MARKER)]
        if len(folders) != 1:
            raise ValueError("it has no export marker, so the kiosk does not touch it")
        folder = folders[0]
        removed = _remove_from_folder(folder, clip_id, refresh)
        if not removed:
            return []
        packed = work / "packed.zip"
        pack_folder(folder, packed)
        os.replace(packed, archive)
        return [archive / path.relative_to(work) for path in removed]
