"""An export on disk, as export writes it and withdrawal finds it again: the marker, the exported names, the lock.

Every path in a marker is rebuilt from a checked card id and exported name, so a marker prepared by hand names
nothing outside its record; files are removed only in real folders of the record, never through a link.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import struct
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from kiosk.atomic import write_atomically
from kiosk.config import COLOUR, matches_whole
from kiosk.store.repository import StoreLock
from kiosk.store.files import MAX_JSON_BYTES, NotAFile, is_folder, is_regular, kind_of, open_regular, parse_json, read_json
from kiosk.store.names import is_card_id, is_clip_id, is_portable_name

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
# The pages an export writes at the top of the record (kiosk.export's gallery and manifests): they show every clip's
# words, so a withdrawal is not finished while one of them still names the clip.
PAGES = ("index.html", "manifest.csv", "manifest.json")
# ...and what a record with a report has too: the report page quotes clips and names them in its links.
PAGES_NAMING_CLIPS = PAGES + ("report.html",)
MAX_PAGE_BYTES = 1024 ** 3  # a page larger than this is not read through: it is written anew
# Limits for a zip on a stick, read entry by entry: a zip of 2.4 MB can declare 2 GB inside.
MAX_ZIP_ENTRIES = 200_000  # four files a clip: some 50 000 clips
MAX_MEDIA_BYTES = 64 * 1024 ** 3
MAX_PROJECT_BYTES = 4 * 1024 ** 4  # record.qdpx holds every clip's media: some 50 000 clips
MAX_IMAGE_BYTES = 16 * 1024 * 1024
MAX_CAPTION_BYTES = 16 * 1024 * 1024
# Deflate squeezes a sidecar, a caption file or a page some 3 to 20 times; 2 GB of zeros goes in 2 MB (1000 times).
MAX_RATIO = 100
# What an export with --report and --reel adds at the top of the record (kiosk.report), made again from the record's
# clips at every export and withdrawal; the project and the reel hold the clips' media, so they may be large.
REPORT_FILES = {"report.html": MAX_PAGE_BYTES, "report.docx": MAX_PAGE_BYTES, "record.qdpx": MAX_PROJECT_BYTES}
REEL_FILE = "reel.mp4"


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


@dataclass(frozen=True)
class MarkedReel:
    """The highlight reel in the record: the clips its quotes come from (a withdrawal of any of them takes it out),
    a hash of what it was made of (a changed quote or caption makes it again) and its length in seconds."""

    clips: tuple[str, ...]
    made_of: str
    seconds: float

    file = REEL_FILE


@dataclass(frozen=True)
class MarkedScope:
    """A consent scope as the record's gallery names it beside each clip."""

    id: str
    en: str
    cy: str = ""


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
    themes: tuple[MarkedCard, ...] = ()  # the event's themes, as the report names them
    report_wanted: bool = False  # report.html, report.docx and record.qdpx, made at every publish
    reel_wanted: bool = False
    reel: MarkedReel | None = None
    burn_captions: bool = False  # the reel's captions burned into its picture as well as a subtitle track
    event_cy: str = ""  # the event's name in Welsh, where it has one
    language: str = ""  # the event's first language: the gallery's, until a visitor's browser says otherwise
    scopes: tuple[MarkedScope, ...] = ()  # narrowest first, as the config orders them

    def files(self) -> set[str]:
        """Every path, relative to DEST, that the marker accounts for."""
        listed = {path for entry in self.clips.values() for path in entry.files}
        return listed | {compilation.file for compilation in self.compilations.values()}

    def to_json(self) -> bytes:
        data = {
            "made_by": self.made_by, "event": self.event, "scope": self.scope, "exported_at": self.exported_at,
            "cards": [{"id": c.id, "en": c.en, "cy": c.cy, "colour": c.colour} for c in self.cards],
            "event_cy": self.event_cy, "language": self.language,
            "scopes": [{"id": s.id, "en": s.en, "cy": s.cy} for s in self.scopes],
            "clips": {clip_id: entry.to_dict() for clip_id, entry in self.clips.items()},
            "compilations": {card: {"file": c.file, "clips": list(c.clips), "captions": c.captions}
                             for card, c in self.compilations.items()},
            "compilations_wanted": self.compilations_wanted, "withdrawn": sorted(self.withdrawn),
            "themes": [{"id": t.id, "en": t.en, "cy": t.cy, "colour": t.colour} for t in self.themes],
            "report_wanted": self.report_wanted, "reel_wanted": self.reel_wanted, "burn_captions": self.burn_captions,
            "reel": None if self.reel is None else {"file": self.reel.file, "clips": list(self.reel.clips),
                                                    "made_of": self.reel.made_of, "seconds": self.reel.seconds},
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
        scopes = tuple(MarkedScope(_get(raw, "id", str), _get(raw, "en", str), _get(raw, "cy", str, ""))
                       for raw in _get(data, "scopes", list, []))
        return cls(
            clips={clip_id: MarkedClip.from_dict(entry) for clip_id, entry in clips.items()},
            compilations=compilations, withdrawn=set(withdrawn),
            compilations_wanted=_get(data, "compilations_wanted", bool, False),
            made_by=_get(data, "made_by", str, ""), event=_get(data, "event", str, ""),
            scope=_get(data, "scope", str, ""), exported_at=_get(data, "exported_at", str, ""),
            cards=_labels(data, "cards"), themes=_labels(data, "themes"),
            report_wanted=_get(data, "report_wanted", bool, False), reel_wanted=_get(data, "reel_wanted", bool, False),
            burn_captions=_get(data, "burn_captions", bool, False), reel=_reel(data.get("reel")),
            event_cy=_get(data, "event_cy", str, ""), language=_get(data, "language", str, ""), scopes=scopes,
        )


def _labels(data: dict, key: str) -> tuple[MarkedCard, ...]:
    """The record's cards or themes (a marker from before themes has none)."""
    labels = []
    for raw in _get(data, key, list, []):
        label = MarkedCard(_get(raw, "id", str), _get(raw, "en", str), _get(raw, "cy", str, ""),
                           _get(raw, "colour", str, "#263238"))
        if not is_card_id(label.id) or not matches_whole(COLOUR, label.colour):  # the config's own rule
            raise ValueError(f"{label.id!r} is not a {key[:-1]}")
        labels.append(label)
    return tuple(labels)


def _reel(raw) -> MarkedReel | None:
    if raw is None:
        return None
    ids = tuple(_get(raw, "clips", list))
    for clip_id in ids:
        _check_clip_id(clip_id)
    seconds = _get(raw, "seconds", (int, float))
    reel = MarkedReel(ids, _get(raw, "made_of", str), float(seconds))
    if _get(raw, "file", str) != REEL_FILE or not re.fullmatch(r"[0-9a-f]{64}", reel.made_of) \
            or not 0 <= reel.seconds < 10 ** 6:
        raise ValueError("the reel is not one an export makes")
    return reel


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
                stored = path.suffix.lower() in (".mp4", ".jpg", ".docx", ".qdpx")  # already compressed
                zipped.write(path, name, compress_type=zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED)
    with open(archive, "rb") as file:
        os.fsync(file.fileno())


def mentions(folder: Path, clip_id: str) -> bool:
    """Whether a page of the record (gallery, manifests) still names the clip; one too large to read counts as yes."""
    needle = clip_id.encode("ascii")
    for name in PAGES_NAMING_CLIPS:
        path = Path(folder) / name
        if not is_regular(path):
            continue
        try:
            with open_regular(path) as page:
                if _holds(page, needle, os.fstat(page.fileno()).st_size):
                    return True
        except (OSError, NotAFile):
            return True  # unreadable now: it is written anew, which is what a withdrawal wants anyway
    return False


def _holds(stream, needle: bytes, size: int) -> bool:
    """Whether the stream's bytes contain `needle`, read in pieces; a stream over MAX_PAGE_BYTES counts as yes."""
    if size > MAX_PAGE_BYTES:
        return True
    tail, read = b"", 0
    while piece := stream.read(1024 * 1024):
        read += len(piece)
        if needle in tail + piece or read > MAX_PAGE_BYTES:
            return True
        tail = piece[-len(needle):]
    return False


# -- a record as a zip, read entry by entry -------------------------------------------------------------


class ZippedRecord:
    """An export zip opened for reading: its central directory checked before zipfile parses it, its one record
    folder and its marker found, every entry read within limits. Raises ValueError (or zipfile.BadZipFile) with the
    reason for a zip an export did not write."""

    def __init__(self, archive: Path, name: str | None = None) -> None:
        if not is_regular(archive):
            raise ValueError("it is not an ordinary file")
        entries = _declared_entries(archive)
        if entries > MAX_ZIP_ENTRIES:
            raise ValueError(f"it declares {entries:,} entries, more than an export writes")
        self.zipped = zipfile.ZipFile(archive)
        try:
            self.infos = self.zipped.infolist()
            if len(self.infos) > MAX_ZIP_ENTRIES:
                raise ValueError(f"it holds {len(self.infos):,} entries, more than an export writes")
            tops = {info.filename[:-len(EXPORT_MARKER) - 1] for info in self.infos
                    if info.filename.endswith(f"/{EXPORT_MARKER}") and info.filename.count("/") == 1}
            if name is not None:
                tops &= {name}
            if len(tops) != 1 or not is_portable_name(next(iter(tops))):
                raise ValueError("it has no export marker, so the kiosk does not touch it")
            self.name = tops.pop()
            self.marker_bytes = self.read(f"{self.name}/{EXPORT_MARKER}", MAX_MARKER_BYTES)
            try:
                self.marker = Marker.from_dict(parse_json(self.marker_bytes))
            except UnicodeDecodeError:
                raise ValueError("its export marker is not text") from None
        except BaseException:
            self.zipped.close()
            raise

    def __enter__(self) -> "ZippedRecord":
        return self

    def __exit__(self, *exc) -> None:
        self.zipped.close()

    def allowed(self) -> dict[str, int]:
        """The entries that may travel on, each with its size limit: the files the marker names and the export's own
        pages. Anything else in the zip (a file planted on the stick, say) is never unpacked."""
        limits = {EXPORT_MARKER: MAX_MARKER_BYTES, **{page: MAX_PAGE_BYTES for page in PAGES}}
        for entry in self.marker.clips.values():
            limits[entry.video] = entry.size or MAX_MEDIA_BYTES
            limits[entry.sidecar] = MAX_JSON_BYTES
            limits[f"clips/{entry.card}/{entry.name}.jpg"] = MAX_IMAGE_BYTES
            limits[f"clips/{entry.card}/{entry.name}.vtt"] = MAX_CAPTION_BYTES
        for compilation in self.marker.compilations.values():
            limits[compilation.file] = MAX_MEDIA_BYTES
        if self.marker.report_wanted:
            limits.update(REPORT_FILES)
        if self.marker.reel is not None:
            limits[REEL_FILE] = MAX_MEDIA_BYTES
        return {f"{self.name}/{relative}": limit for relative, limit in limits.items()}

    def strangers(self) -> list[str]:
        """The entries an export would not carry on: planted, left over, or folders."""
        allowed = self.allowed()
        return [info.filename for info in self.infos if info.filename not in allowed]

    def mentions(self, clip_id: str) -> bool:
        """Whether a page in the zip still names the clip (as `mentions` for a folder)."""
        needle = clip_id.encode("ascii")
        for page in PAGES_NAMING_CLIPS:
            try:
                info = self.zipped.getinfo(f"{self.name}/{page}")
            except KeyError:
                continue
            if _refused(info, MAX_PAGE_BYTES):
                return True
            with self.zipped.open(info) as stream:
                if _holds(stream, needle, info.file_size):
                    return True
        return False

    def read(self, name: str, limit: int) -> bytes:
        info = self.zipped.getinfo(name)
        reason = _refused(info, limit)
        if reason:
            raise ValueError(f"{name} {reason}")
        with self.zipped.open(info) as stream:
            content = stream.read(limit + 1)
        if len(content) > limit:
            raise ValueError(f"{name} is larger than {limit:,} bytes")
        return content

    def unpack(self, work: Path, leave_out: set[str] = frozenset()) -> tuple[Path, list[str]]:
        """The record unpacked into work/<its name>, entry by entry: only the marker, the files it names and the
        pages, each within its limits and within the space free; the entries it left in the zip are returned
        (planted, or over their limits: the next export copies a clip whose file was refused again).
        Raises ValueError when the entries it would unpack do not fit on the disk."""
        allowed, left = self.allowed(), []
        folder = inside(work, self.name)
        folder.mkdir()
        (folder / EXPORT_MARKER).write_bytes(self.marker_bytes)
        budget = shutil.disk_usage(work).free - 20 * 1024 * 1024
        seen = {f"{self.name}/{EXPORT_MARKER}"}
        for info in self.infos:
            name = info.filename
            if name in seen or info.is_dir():
                continue
            seen.add(name)
            limit = allowed.get(name)
            if limit is None or name in leave_out or _refused(info, limit):
                left.append(name)
                continue
            if info.file_size > budget:
                raise ValueError(f"unpacking it needs more space than {work} has free")
            budget -= info.file_size
            target = inside(work, name)
            target.parent.mkdir(parents=True, exist_ok=True)
            _copy_entry(self.zipped, info, target, limit)
        return folder, left


def _refused(info: zipfile.ZipInfo, limit: int) -> str:
    """Why an entry is not unpacked ("" when it may be): too large for what it is, or squeezed like a bomb."""
    if info.is_dir():
        return "is a folder"
    if info.file_size > limit:
        return f"declares {info.file_size:,} bytes, more than {limit:,}"
    if info.compress_type == zipfile.ZIP_STORED and info.file_size != info.compress_size:
        return "is stored but its sizes disagree"
    if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        return f"unpacks to {info.file_size // max(info.compress_size, 1):,} times its packed size"
    return ""


def _copy_entry(zipped: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path, limit: int) -> None:
    """One entry written out, counting the bytes as they come (zipfile also stops at the declared size and checks
    the CRC), so an entry never writes more than its limit."""
    written = 0
    with zipped.open(info) as stream, open(target, "xb") as out:
        while piece := stream.read(1024 * 1024):
            written += len(piece)
            if written > limit:
                raise ValueError(f"{info.filename} holds more than {limit:,} bytes")
            out.write(piece)


def _declared_entries(archive: Path) -> int:
    """The number of entries the zip's end record declares, read before zipfile loads the whole central directory
    (millions of tiny entries would cost gigabytes of memory there). Raises zipfile.BadZipFile for no end record."""
    with open_regular(archive) as file:
        size = os.fstat(file.fileno()).st_size
        span = min(size, 22 + 0xFFFF + 20)  # the end record, its longest comment, and a ZIP64 locator before it
        file.seek(size - span)
        tail = file.read(span)
        at = tail.rfind(b"PK\x05\x06")
        if at < 0 or len(tail) < at + 22:
            raise zipfile.BadZipFile("it is not a zip")
        entries = struct.unpack("<H", tail[at + 10:at + 12])[0]
        if entries == 0xFFFF and at >= 20 and tail[at - 20:at - 16] == b"PK\x06\x07":
            file.seek(struct.unpack("<Q", tail[at - 12:at - 4])[0])
            record = file.read(56)
            if len(record) < 56 or record[:4] != b"PK\x06\x06":
                raise zipfile.BadZipFile("its ZIP64 end record is missing")
            entries = struct.unpack("<Q", record[32:40])[0]
        return entries
