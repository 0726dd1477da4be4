"""Withdrawal: a clip, its thumbnail and every exported copy the kiosk knows about are removed, and the code is logged."""

from __future__ import annotations

import json
import logging
import os
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Callable, Iterable

from kiosk.atomic import write_atomically
from kiosk.store import codes
from kiosk.store.clips import Clip, ClipStore, StoreError

WITHDRAWALS_LOG = "withdrawals.log"
EXPORTS_REGISTRY = ".exports.json"
# Written by export into every record it makes; nothing is ever deleted from a folder without it.
EXPORT_MARKER = ".whose-shoes-export.json"


@dataclass(frozen=True)
class Withdrawal:
    """One line of the withdrawal log: when, which code, which clip id. Nothing about the person."""

    time: str
    code: str
    clip_id: str


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
    path = Path(root) / WITHDRAWALS_LOG
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return ()
    entries = []
    for line in lines:
        parts = line.split("\t")
        if len(parts) == 3 and not line.startswith("#"):
            entries.append(Withdrawal(*parts))
    return tuple(entries)


def withdrawn_ids(roots: Iterable[Path]) -> set[str]:
    """Every clip id withdrawn in any of these recordings folders."""
    return {entry.clip_id for root in roots for entry in read_withdrawals(root)}


def _log(root: Path, entry: Withdrawal) -> None:
    path = Path(root) / WITHDRAWALS_LOG
    new = not path.exists()
    # Appended and synced before anything is deleted: a crash half-way still leaves the clip barred from export.
    with open(path, "a", encoding="utf-8") as log:
        if new:
            log.write("# time\twithdrawal code\tclip id (no personal data is kept here)\n")
        log.write(f"{entry.time}\t{entry.code}\t{entry.clip_id}\n")
        log.flush()
        os.fsync(log.fileno())


def share_withdrawals(roots: Iterable[Path]) -> dict[str, Withdrawal]:
    """Logs in each folder the withdrawals made in the others, so a clip copied between kiosks stays withdrawn
    wherever it is exported from later; returns them all by clip id. Raises OSError for a folder that cannot
    be written."""
    logs = {Path(root): read_withdrawals(root) for root in roots}
    every = {entry.clip_id: entry for log in logs.values() for entry in log}
    for root, log in logs.items():
        known = {entry.clip_id for entry in log}
        for clip_id, entry in every.items():
            if clip_id not in known:
                _log(root, entry)
    return every


# -- the registry of exports -----------------------------------------------------------------------------


def export_destinations(root: Path) -> list[Path]:
    """The export destinations made from this recordings folder, oldest first."""
    try:
        data = json.loads((Path(root) / EXPORTS_REGISTRY).read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return []
    return [Path(entry) for entry in data.get("exports", []) if isinstance(entry, str)]


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
    if clip is None and not any(entry.code == normal for entry in read_withdrawals(store.root)):
        raise StoreError(f"No clip in {store.root} has the withdrawal code {codes.display(normal)}.")
    return normal, clip


def withdraw(store: ClipStore, code: str, known_exports: Iterable[Path] | None = None,
             refresh: Callable[[Path], None] | None = None, now: datetime | None = None) -> WithdrawalReport:
    """Removes the clip with `code` and its copies in `known_exports` (default: every export made from this store).

    `refresh(folder)` rebuilds an export's manifest and gallery after its copy is gone (kiosk.export.refresh);
    the store cannot do it itself because export sits above it. A code withdrawn before can be given
    again: its copies in exports that were out of reach the first time are removed then.
    """
    normal, clip = find_for_withdrawal(store, code)
    earlier = [entry for entry in read_withdrawals(store.root) if entry.code == normal]
    clip_id = clip.sidecar.id if clip else earlier[-1].clip_id
    if clip is not None and not any(entry.clip_id == clip_id for entry in earlier):
        when = (now or datetime.now()).astimezone().isoformat(timespec="seconds")
        _log(store.root, Withdrawal(when, normal, clip_id))
    removed: list[Path] = []
    if clip is not None:
        for path in (clip.media_path, clip.sidecar_path, clip.thumbnail_path):
            if path.exists():
                path.unlink()
                removed.append(path)
    exports = list(known_exports) if known_exports is not None else export_destinations(store.root)
    updated, problems = [], []
    for dest in exports:
        try:
            gone = _remove_from_export(Path(dest), clip_id, refresh)
        except (OSError, ValueError, zipfile.BadZipFile) as error:
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
    if dest.is_dir():
        return _remove_from_folder(dest, clip_id, refresh)
    if dest.is_file() and zipfile.is_zipfile(dest):
        return _remove_from_zip(dest, clip_id, refresh)
    return None


def read_marker(folder: Path) -> dict | None:
    try:
        data = json.loads((folder / EXPORT_MARKER).read_text(encoding="utf-8"))
    except (FileNotFoundError, NotADirectoryError, ValueError):
        return None
    return data if isinstance(data, dict) and isinstance(data.get("clips"), dict) else None


def write_marker(folder: Path, marker: dict) -> None:
    write_atomically(folder / EXPORT_MARKER, (json.dumps(marker, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))


def inside(folder: Path, relative: str) -> Path:
    """`folder/relative`, refusing a path that would leave the folder (a marker is only data read from disk)."""
    path = PurePosixPath(relative)
    if path.is_absolute() or ".." in path.parts or not path.parts:
        raise ValueError(f"{relative!r} is not a path inside the export")
    return folder.joinpath(*path.parts)


def _remove_from_folder(folder: Path, clip_id: str, refresh) -> list[Path]:
    marker = read_marker(folder)
    if marker is None:
        raise ValueError("it has no export marker, so the kiosk does not touch it")
    removed: list[Path] = []
    entry = marker["clips"].pop(clip_id, None)
    listed = [inside(folder, relative) for relative in (entry or {}).get("files", [])]
    for path in listed + [path for path in stray_files(folder, {clip_id}) if path not in listed]:
        if path.exists():
            path.unlink()
            removed.append(path)
    # A compilation has the clip's pictures and sound in it, so it goes too; the next export rebuilds it.
    compilations = marker.get("compilations", {})
    for card, compilation in list(compilations.items()):
        if clip_id in compilation.get("clips", []):
            path = inside(folder, compilation["file"])
            if path.exists():
                path.unlink()
                removed.append(path)
            del compilations[card]
    withdrawn = set(marker.get("withdrawn", []))
    if entry is None and not removed and clip_id in withdrawn:
        return []
    marker["withdrawn"] = sorted(withdrawn | {clip_id})
    write_marker(folder, marker)
    if refresh is not None and removed:
        refresh(folder)
    return removed


def stray_files(folder: Path, clip_ids: Iterable[str]) -> list[Path]:
    """Files of these clips in an export's clips/ that its marker may not list (an export cut short, say).

    An exported clip is named `<time>_<card>_<first 8 of its id>` (.mp4, .json, .jpg, and a hidden .part while it
    is copied); a file counts only if its sidecar beside it, when there is one, holds one of these ids.
    """
    ids = {clip_id[:8]: clip_id for clip_id in clip_ids}
    if not ids:
        return []
    strays = []
    for path in sorted(folder.glob("clips/*/*")):
        stem = path.name.lstrip(".").split(".")[0]
        clip_id = ids.get(stem.rpartition("_")[2])
        if clip_id is None or not path.is_file():
            continue
        sidecar = path.with_name(f"{stem}.json")
        try:
            if json.loads(sidecar.read_text(encoding="utf-8")).get("id") != clip_id:
                continue
        except FileNotFoundError:
            pass
        except (OSError, ValueError, AttributeError):
            continue
        strays.append(path)
    return strays


def _remove_from_zip(archive: Path, clip_id: str, refresh) -> list[Path]:
    """A zip cannot lose one entry in place: it is unpacked beside itself, changed, and packed again."""
    with tempfile.TemporaryDirectory(dir=archive.parent, prefix=f".{archive.name}.") as temporary:
        work = Path(temporary)
        with zipfile.ZipFile(archive) as zipped:
            names = zipped.namelist()
            for name in names:
                inside(work, name)  # refuses an entry that would land outside the work folder
            zipped.extractall(work)
        folders = [path for path in work.iterdir() if path.is_dir() and (path / EXPORT_MARKER).exists()]
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


def pack_folder(folder: Path, archive: Path) -> None:
    """The folder as one zip whose single top-level folder has the folder's name; media are stored, not squeezed."""
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as zipped:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                name = f"{folder.name}/{path.relative_to(folder).as_posix()}"
                stored = path.suffix.lower() in (".mp4", ".jpg")  # already compressed
                zipped.write(path, name, compress_type=zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED)
    with open(archive, "rb") as file:
        os.fsync(file.fileno())

