"""An export on disk, as export writes it and withdrawal finds it again: the marker, the exported names, the lock.

Every path in a marker is rebuilt from a checked card id and exported name, so a marker prepared by hand names
nothing outside its record; files are removed only in real folders of the record, never through a link.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from kiosk.atomic import write_atomically
from kiosk.config import COLOUR, matches_whole
from kiosk.store.clips import StoreLock
from kiosk.store.files import NotAFile, is_folder, is_regular, kind_of, read_json
from kiosk.store.names import is_card_id, is_clip_id

EXPORT_MARKER = ".whose-shoes-export.json"
MAX_MARKER_BYTES = 64 * 1024 * 1024  # about 100 000 clips
# `<time>_<card>_<first 8 of the clip id>`: never the withdrawal code, since the record is shared.
NAME = re.compile(r"(?P<stamp>\d{8}T\d{6})_(?P<card>[a-z][a-z0-9-]{0,31})_(?P<short_id>[0-9a-f]{8})")
# What an export or withdrawal cut short may leave in clips/<card>/: the files themselves (the .vtt is the clip's
# transcript), a copy waiting under a hidden name (.NAME.mp4.part) and an atomic write's temporary file
# (.NAME.json.XXXX.tmp).
KIOSK_FILE = re.compile(rf"\.?(?P<name>{NAME.pattern})\.(?:mp4|json|jpg|vtt)(?:\.part|\.[a-z0-9_]+\.tmp)?")
COMPILATION_FILE = re.compile(r"\.?[a-z][a-z0-9-]{0,31}\.mp4(?:\.part\.mp4|\.[a-z0-9_]+\.tmp)?")
# tempfile.mkdtemp's eight random letters after the zip's own name: where a zip is unpacked while it changes.
STAGING_SUFFIX = re.compile(r"[a-z0-9_]{8}")


def exported_name(stamp: str, card: str, clip_id: str) -> str:
    return f"{stamp}_{card}_{clip_id[:8]}"


@dataclass(frozen=True)
class MarkedClip:
    """One clip in the record, and what its copy was when written there (to notice a copy changed on the stick)."""

    card: str
    name: str  # exported_name(): the clip's files are clips/<card>/<name>.mp4, .json, .jpg and .vtt
    sha256: str
    size: int = 0
    mtime_ns: int = 0
    has_thumbnail: bool = True
    has_captions: bool = False  # its transcript is in the record as <name>.vtt

    @property
    def video(self) -> str:
        return f"clips/{self.card}/{self.name}.mp4"

    @property
    def sidecar(self) -> str:
        return f"clips/{self.card}/{self.name}.json"

    @property
    def thumbnail(self) -> str:
        return f"clips/{self.card}/{self.name}.jpg" if self.has_thumbnail else ""

    @property
    def captions(self) -> str:
        return f"clips/{self.card}/{self.name}.vtt" if self.has_captions else ""

    @property
    def files(self) -> tuple[str, ...]:
        # Every file the clip may have in the record, listed or not: a withdrawal takes them all.
        return self.video, self.sidecar, f"clips/{self.card}/{self.name}.jpg", f"clips/{self.card}/{self.name}.vtt"

    def to_dict(self) -> dict:
        return {"card": self.card, "sha256": self.sha256, "video": self.video, "sidecar": self.sidecar,
                "thumbnail": self.thumbnail, "captions": self.captions, "files": list(self.files), "size": self.size,
                "mtime_ns": self.mtime_ns}

    @classmethod
    def from_dict(cls, data) -> "MarkedClip":
        card, video = _get(data, "card", str), _get(data, "video", str)
        match = re.fullmatch(rf"clips/(?P<folder>[^/]+)/(?P<name>{NAME.pattern})\.mp4", video)
        if not is_card_id(card) or not match or match["folder"] != card or match["card"] != card:
            raise ValueError(f"{video!r} is not a clip of card {card!r}")
        entry = cls(card, match["name"], _get(data, "sha256", str), _get(data, "size", int, 0),
                    _get(data, "mtime_ns", int, 0), bool(_get(data, "thumbnail", str, "")),
                    bool(_get(data, "captions", str, "")))  # a marker from before transcripts has no captions
        if _get(data, "sidecar", str) != entry.sidecar or _get(data, "thumbnail", str, "") not in ("", entry.thumbnail) \
                or _get(data, "captions", str, "") not in ("", entry.captions):
            raise ValueError(f"the files of {video!r} are not where an export puts them")
        return entry


@dataclass(frozen=True)
class MarkedCompilation:
    card: str
    clips: tuple[str, ...]  # clip ids, in their order in the video
    captions: str = ""  # a hash of the clips' captions it carries ("" for none): a changed transcript remakes it

    @property
    def file(self) -> str:
        return f"compilations/{self.card}.mp4"


@dataclass(frozen=True)
class MarkedCard:
    """A card as the record's gallery shows it."""

    id: str
    en: str
    cy: str = ""
    colour: str = "#263238"


@dataclass
class Marker:
    """The export's own record of what it wrote into DEST; nothing in a folder without one is ever deleted."""

    clips: dict[str, MarkedClip] = field(default_factory=dict)  # by clip id
    compilations: dict[str, MarkedCompilation] = field(default_factory=dict)  # by card id
    withdrawn: set[str] = field(default_factory=set)  # clip ids this record must never hold again
    compilations_wanted: bool = False
    made_by: str = ""
    event: str = ""
    scope: str = ""
    exported_at: str = ""
    cards: tuple[MarkedCard, ...] = ()

    def files(self) -> set[str]:
        """Every path, relative to DEST, that the marker accounts for."""
        listed = {path for entry in self.clips.values() for path in entry.files}
        return listed | {compilation.file for compilation in self.compilations.values()}

    def to_json(self) -> bytes:
        data = {
            "made_by": self.made_by, "event": self.event, "scope": self.scope, "exported_at": self.exported_at,
            "cards": [{"id": c.id, "en": c.en, "cy": c.cy, "colour": c.colour} for c in self.cards],
            "clips": {clip_id: entry.to_dict() for clip_id, entry in self.clips.items()},
            "compilations": {card: {"file": c.file, "clips": list(c.clips), "captions": c.captions}
                             for card, c in self.compilations.items()},
            "compilations_wanted": self.compilations_wanted, "withdrawn": sorted(self.withdrawn),
        }
        return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")

    @classmethod
    def from_dict(cls, data) -> "Marker":
        """Raises ValueError for anything an export would not have written."""
        if not isinstance(data, dict):
            raise ValueError("it is not a JSON object")
        clips = _get(data, "clips", dict)
        for clip_id in clips:
            _check_clip_id(clip_id)
        compilations = {}
        for card, raw in _get(data, "compilations", dict, {}).items():
            ids = tuple(_get(raw, "clips", list))
            for clip_id in ids:
                _check_clip_id(clip_id)
            compilation = MarkedCompilation(card, ids, _get(raw, "captions", str, ""))
            if not is_card_id(card) or _get(raw, "file", str) != compilation.file \
                    or not re.fullmatch(r"(?:[0-9a-f]{64})?", compilation.captions):
                raise ValueError(f"{card!r} is not a compilation an export makes")
            compilations[card] = compilation
        withdrawn = _get(data, "withdrawn", list, [])
        for clip_id in withdrawn:
            _check_clip_id(clip_id)
        cards = []
        for raw in _get(data, "cards", list, []):
            card = MarkedCard(_get(raw, "id", str), _get(raw, "en", str), _get(raw, "cy", str, ""),
                              _get(raw, "colour", str, "#263238"))
            if not is_card_id(card.id) or not matches_whole(COLOUR, card.colour):  # the config's own rule
                raise ValueError(f"{card.id!r} is not a card")
            cards.append(card)
        return cls(
            clips={clip_id: MarkedClip.from_dict(entry) for clip_id, entry in clips.items()},
            compilations=compilations, withdrawn=set(withdrawn),
            compilations_wanted=_get(data, "compilations_wanted", bool, False),
            made_by=_get(data, "made_by", str, ""), event=_get(data, "event", str, ""),
            scope=_get(data, "scope", str, ""), exported_at=_get(data, "exported_at", str, ""), cards=tuple(cards),
        )


def _get(data, key: str, kind: type, default=None):
    if not isinstance(data, dict):
        raise ValueError("an entry is not a JSON object")
    value = data.get(key, default)
    if value is None or not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ValueError(f"{key} is {value!r}")
    return value


def _check_clip_id(clip_id) -> None:
    if not is_clip_id(clip_id):
        raise ValueError(f"{str(clip_id)[:60]!r} is not a clip id")


def read_marker(folder: Path) -> Marker | None:
    """The marker in `folder`, or None when there is none; raises ValueError (with the reason) for a marker that
    is a link or not what an export writes, so the kiosk touches nothing in that folder."""
    path = Path(folder) / EXPORT_MARKER
    try:
        return Marker.from_dict(read_json(path, MAX_MARKER_BYTES))
    except (FileNotFoundError, NotADirectoryError):
        return None
    except UnicodeDecodeError:
        raise ValueError("its export marker is not text") from None
    except OSError as error:
        raise ValueError(f"its export marker cannot be read ({error.strerror or error})") from None


def write_marker(folder: Path, marker: Marker) -> None:
    write_atomically(Path(folder) / EXPORT_MARKER, marker.to_json())


def path_in(folder: Path, relative: str) -> Path:
    """`folder/relative` for a path a Marker made (checked when it was read)."""
    return Path(folder).joinpath(*relative.split("/"))


def check_folders(dest: Path) -> None:
    """Raises NotAFile if the record's own folders are not real folders: clips/ or compilations/ a link or a file,
    or a link in clips/ (it would lead an export's writes and deletions out of DEST)."""
    for folder in (dest / "clips", dest / "compilations"):
        if os.path.lexists(folder) and not is_folder(folder):
            raise NotAFile(f"{folder.name} is {kind_of(os.lstat(folder).st_mode)}, not a folder of the record")
    for folder in _card_folders(dest):
        if folder.is_symlink():
            raise NotAFile(f"clips/{folder.name} is a link, not a folder of the record")


def _card_folders(dest: Path) -> list[Path]:
    if not is_folder(dest / "clips"):
        return []
    return sorted(path for path in (dest / "clips").iterdir())


def remove(dest: Path, relative: str) -> bool:
    """Deletes one file of the record; only inside the record's real folders, whatever a link there points to."""
    parts = relative.split("/")
    folder = Path(dest)
    for part in parts[:-1]:
        folder = folder / part
        if not is_folder(folder):
            return False
    try:
        (folder / parts[-1]).unlink()
    except (FileNotFoundError, IsADirectoryError):
        return False
    return True


def sweep(dest: Path, keep: set[str]) -> list[Path]:
    """Deletes every file an export makes that `keep` does not list: what an export or withdrawal cut short left.

    Only names an export gives are touched, in the record's real folders; anything else there is left alone.
    """
    removed = []
    places = [(folder, KIOSK_FILE) for folder in _card_folders(dest) if is_folder(folder)]
    if is_folder(dest / "compilations"):
        places.append((dest / "compilations", COMPILATION_FILE))
    for folder, pattern in places:
        for path in sorted(folder.iterdir()):
            relative = path.relative_to(dest).as_posix()
            if relative in keep or not pattern.fullmatch(path.name) or is_folder(path):
                continue
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def remove_empty_folders(dest: Path) -> None:
    """A card's last clip gone, say: its folder goes too."""
    for emptied in (*_card_folders(dest), dest / "compilations"):
        if is_folder(emptied) and not any(emptied.iterdir()):
            emptied.rmdir()


def export_lock(place: Path) -> StoreLock | None:
    """The lock an export or a withdrawal holds while it changes a record: `place` is the record's folder, or for a
    zip the folder it is in (its unpacked copy is made there). None when another holds it."""
    lock = StoreLock(place)
    if os.path.lexists(lock.path) and not is_regular(lock.path):
        raise NotAFile(f"{lock.path} is {kind_of(os.lstat(lock.path).st_mode)}, not the kiosk's lock file")
    return lock if lock.acquire() else None


def is_lock(path: Path) -> bool:
    return path.name == StoreLock(path.parent).path.name


def clean_staging(archive: Path) -> None:
    """Removes the unpacked copies a killed export or withdrawal of `archive` left beside it (hold its lock)."""
    prefix = f".{archive.name}."
    for path in archive.parent.iterdir():
        if path.name.startswith(prefix) and STAGING_SUFFIX.fullmatch(path.name[len(prefix):]) and is_folder(path):
            shutil.rmtree(path)


def inside(folder: Path, relative: str) -> Path:
    """`folder/relative` for a name read from a zip, refusing one that would leave the folder."""
    path = PurePosixPath(relative)
    if path.is_absolute() or ".." in path.parts or not path.parts or "\\" in relative or ":" in relative:
        raise ValueError(f"{relative!r} is not a path inside the export")
    return folder.joinpath(*path.parts)


def pack_folder(folder: Path, archive: Path) -> None:
    """The folder as one zip whose single top-level folder has the folder's name; media are stored, not squeezed."""
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as zipped:
        for path in sorted(folder.rglob("*")):
            if is_regular(path) and not is_lock(path):
                name = f"{folder.name}/{path.relative_to(folder).as_posix()}"
                stored = path.suffix.lower() in (".mp4", ".jpg")  # already compressed
                zipped.write(path, name, compress_type=zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED)
    with open(archive, "rb") as file:
        os.fsync(file.fileno())
