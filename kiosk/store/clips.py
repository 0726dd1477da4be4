"""Clips on disk: `<root>/<YYYY-MM-DD>/<timestamp>_<perspective>_<code>.mp4` with a JSON sidecar beside it."""

from __future__ import annotations

import json
import logging
import math
import os
import re
import shutil
import uuid
from dataclasses import MISSING, dataclass, field, fields, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Mapping

from kiosk import __version__
from kiosk.sentence import QT_TRANSLATE_NOOP, Sentence, sentence_of
from kiosk.store import codes, layout
from kiosk.store.annotations import Annotations, merge, stamp_now
from kiosk.store.files import MAX_JSON_BYTES, NotAFile, check_regular, is_folder, kind_of, parse_json, read_regular
from kiosk.store.measurements import MEASURED, TakeMeasurements
from kiosk.store.names import is_card_id, is_clip_id, is_media_name, is_sync_copy

if TYPE_CHECKING:
    from filelock import FileLock

    from kiosk.store.index import ClipIndex
    from kiosk.store.repository import StoreLock

RECORDING = "recording"  # a take is being written; found at start, it means the kiosk stopped mid-take
AWAITING_REVIEW = "awaiting review"  # written, the attendee has not chosen yet
KEPT = "kept"
# How a visit ended, in the sidecar's visit_ended: the panel counts them, so facilitators see if review loses people.
KEPT_AT_REVIEW = "kept at review"  # the attendee's Keep
WALKED_AWAY = "walked away"  # review left idle: kept, since they did speak, but not confirmed
KIOSK_CLOSED = "kiosk closed"  # the kiosk was closed with the take at review (or still recording)
RECORDED_BY_COMMAND = "recorded by command"  # `kiosk record`
RECOVERED = "recovered"  # `kiosk recover` (or the kiosk's start) finished a take a crash left
VISIT_ENDINGS = (KEPT_AT_REVIEW, WALKED_AWAY, KIOSK_CLOSED, RECORDED_BY_COMMAND, RECOVERED)
# Who confirmed the take, in reviewed_by: the attendee at review, or a facilitator later.
ATTENDEE = "attendee"
FACILITATOR = "facilitator"
REVIEWERS = (ATTENDEE, FACILITATOR)
CONSENT_VERSION = re.compile(r"[0-9a-f]{12}\Z")
MEDIA_NAME = re.compile(r"(?P<stamp>\d{8}T\d{6})_(?P<perspective>[a-z][a-z0-9-]{0,31})_(?P<code>[A-Z0-9]{6})\.mp4")
LARGEST_NUMBER = 2 ** 53  # beyond it a count or a length is not a measurement, and float() of it may overflow
# The sidecar's format, "major.minor": a minor version only adds keys, which an older kiosk keeps as they are; a new
# major version may change what a known key means, so an older kiosk reads such a sidecar but never rewrites it.
FORMAT = "2.0"  # 1.1 added the facilitator's annotations; 2.0 nests the keys by who writes them (kiosk.store.layout)
FIRST_FORMAT = "1.0"  # what a sidecar from before versions is
FORMAT_KEY = "format"
_FORMAT = re.compile(r"(\d{1,4})\.(\d{1,4})")


CONTEXT = "Store"  # the store's refusals, which the panel says in its language (kiosk.sentence)
# What a change to a sidecar is called where it could not be made ("could not be %2"), in the panel's language too.
DOINGS = (QT_TRANSLATE_NOOP("Store", "changed"), QT_TRANSLATE_NOOP("Store", "written"),
          QT_TRANSLATE_NOOP("Store", "saved"), QT_TRANSLATE_NOOP("Store", "kept"),
          QT_TRANSLATE_NOOP("Store", "reviewed"), QT_TRANSLATE_NOOP("Store", "annotated"),
          QT_TRANSLATE_NOOP("Store", "transcribed"))


class StoreError(Exception):
    """The store cannot do what was asked; its one argument is a Sentence (kiosk.sentence) for a person, whose
    `str()` is the English the CLI and the log show."""

    @property
    def sentence(self) -> Sentence | str:
        return sentence_of(self)


def said(text: str, *facts) -> Sentence:
    """One of the store's sentences (its text marked with QT_TRANSLATE_NOOP("Store", ...) where it is written)."""
    return Sentence(CONTEXT, text, facts)


def doing_said(doing: str) -> Sentence | str:
    """A change's name ("reviewed") as a fact of a sentence: said in the panel's language where it is one of DOINGS."""
    return Sentence(CONTEXT, doing) if doing in DOINGS else doing


@dataclass(frozen=True)
class ClipTags:
    """What the attendee chose, written with the clip."""

    event: str
    perspective: str
    prompt: str
    consent_scope: str
    language: str = "en"
    consent_words: str = ""  # the consent text exactly as shown, in the language shown; "" when none was shown


@dataclass(frozen=True)
class Sidecar:
    """One clip's record. Python keeps flat names (`sidecar.event`, `sidecar.duration`); the file nests them by who
    writes what (kiosk.store.layout): the keys that name a clip at the top, then attendee, take, transcript and
    facilitator sections."""

    id: str
    withdrawal_code: str
    event: str
    perspective: str
    prompt: str
    consent_scope: str
    language: str
    started_at: str  # ISO 8601 with the time zone
    media: str  # the media file's name, beside the sidecar
    status: str = RECORDING
    reviewed: bool = False
    recovered: bool = False
    take: TakeMeasurements = TakeMeasurements()  # also read as sidecar.duration, sidecar.width, ...
    app_version: str = __version__
    sha256: str = ""
    notes: tuple[str, ...] = ()
    # The transcript beside the clip (<clip>.vtt): "" not made yet, "auto", "edited", or "none" with its reason.
    transcript: str = ""
    transcript_reason: str = ""
    transcript_language: str = ""
    transcript_model: str = ""  # the engine and model, with versions; "" for a transcript typed by hand
    # Consent: who confirmed the take (reviewed), how the visit ended, and which words were agreed to (a version
    # of kiosk.store.consent; the words are in <recordings>/consent/<version>.txt). "" in sidecars from before.
    reviewed_by: str = ""
    visit_ended: str = ""
    consent_version: str = ""
    facilitator: Annotations = field(default_factory=Annotations)  # note, themes, quotes, wall, review; stamped
    # What this version does not know (a newer kiosk's keys, a sync engine's), kept to be written back where it was
    # (a section's under the section's name): a rewrite by an older kiosk, the transcription child or a synced copy
    # must not delete what another wrote.
    unknown: Mapping[str, object] = field(default_factory=dict, compare=False, repr=False)
    format: str = FORMAT  # the version it was read as: a newer major one is never rewritten (kiosk.store.repository)

    def to_json(self) -> bytes:
        # A newer minor version's keys are all kept, so the sidecar still is what that version wrote.
        version = max(FORMAT, self.format, key=_version)
        flat = {name: getattr(self, name) for name in FLAT}
        flat["notes"] = list(self.notes)
        data = {FORMAT_KEY: version, **layout.nest(flat), layout.FACILITATOR: self.facilitator.to_data()}
        data = layout.with_unknown(data, dict(self.unknown))
        return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")

    def changed(self, **changes) -> "Sidecar":
        """This sidecar with `changes` by their flat names, a measurement's (duration, width, ...) included."""
        measured = {name: changes.pop(name) for name in list(changes) if name in MEASURED}
        return replace(self, **changes, **({"take": replace(self.take, **measured)} if measured else {}))

    @property
    def is_newer(self) -> bool:
        """Written by a kiosk whose format this one does not fully understand (a newer major version)."""
        return _major(self.format) > _major(FORMAT)

    def known_only(self) -> "Sidecar":
        """Without what this version does not understand: what goes into an event record, which publishes only
        what the kiosk can vouch for, and without the facilitator's own note (Annotations.for_record)."""
        return replace(self, unknown={}, format=FORMAT, facilitator=self.facilitator.for_record())

    @classmethod
    def from_json(cls, content: bytes) -> "Sidecar":
        """Raises ValueError with the reason for anything a kiosk would not have written: every value is checked,
        since a sidecar from another machine decides file names, and one bad sidecar must not stop the others.
        Format 1 (or none) is flat; from 2 the layout nests; a newer major version is read with this one's layout."""
        data = parse_json(content)
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        version = data.get(FORMAT_KEY, FIRST_FORMAT)  # a sidecar from before versions is the first
        if not isinstance(version, str) or not _FORMAT.fullmatch(version):
            raise ValueError(f"format is {_shown(version)}, not a version like {FORMAT}")
        if _major(version) == 1:
            values = {k: v for k, v in data.items() if k in FLAT}
            unknown = {k: v for k, v in data.items() if k not in FLAT and k not in (FORMAT_KEY, layout.FACILITATOR)}
        else:
            values, unknown = layout.unnest(data)
        missing = {"id", "withdrawal_code", "perspective", "media", "started_at"} - set(values)
        if missing:
            raise ValueError(f"missing {', '.join(sorted(missing))}")
        try:
            json.dumps(unknown, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate from a JSON escape: it could never be written back
            raise ValueError("holds text that cannot be written back") from None
        for name, value in values.items():
            if name != "notes" and not _is_a(value, FLAT[name]):
                raise ValueError(f"{name} is {_shown(value)}")
        notes = values.get("notes", ())
        if not isinstance(notes, list | tuple) or not all(_is_a(note, str) for note in notes):
            raise ValueError("notes is not a list of texts")
        values["notes"] = tuple(notes)
        facilitator = Annotations.from_data(data.get(layout.FACILITATOR, {}))
        _check_names(values)
        _check_consent(values)
        take = TakeMeasurements(**{name: values.pop(name) for name in MEASURED if name in values})
        # Not _with_review: what a file says a facilitator did never widens where the clip may go on its own.
        return cls(**values, take=take, facilitator=facilitator, unknown=unknown, format=version)


def _measurement(name: str) -> property:
    return property(lambda sidecar: getattr(sidecar.take, name), doc=f"The take's {name} (sidecar.take).")


for _name in MEASURED:  # the flat names callers read, each the take's own
    setattr(Sidecar, _name, _measurement(_name))

# Every flat name a sidecar's values go by, with the type its value must have (the first format's keys, all of them).
FLAT: dict[str, type] = {
    **{f.name: str if f.default is MISSING else type(f.default) for f in fields(Sidecar)
       if f.name not in ("take", "facilitator", "unknown", "format")},
    **{f.name: type(f.default) for f in fields(TakeMeasurements)},
}
KNOWN_KEYS = layout.KNOWN_TOP  # what this format knows at a sidecar's top level


def _version(text: str) -> tuple[int, int]:
    major, minor = text.split(".")
    return int(major), int(minor)


def _major(version: str) -> int:
    return _version(version)[0]


def is_unconfirmed(sidecar: Sidecar) -> bool:
    """Kept without the attendee's Keep and not yet reviewed by a facilitator: exported at the narrowest scope."""
    return sidecar.status == KEPT and not sidecar.reviewed


def _with_review(sidecar: Sidecar) -> Sidecar:
    """The sidecar with its confirmation following the facilitator's review, as this kiosk changes it: a take its
    speaker confirmed stays confirmed by them whatever a facilitator marks."""
    if sidecar.reviewed_by == ATTENDEE and sidecar.reviewed:
        return sidecar
    if sidecar.facilitator.reviewed:
        return replace(sidecar, reviewed=True, reviewed_by=FACILITATOR)
    if sidecar.reviewed_by == FACILITATOR and "reviewed" in sidecar.facilitator.stamps:  # a facilitator took it back
        return replace(sidecar, reviewed=False, reviewed_by="")
    return sidecar


def _is_a(value, expected: type) -> bool:
    if expected is str:
        return isinstance(value, str) and _writable(value)
    if expected in (int, float):
        # abs() first: math.isfinite() of a 400-digit int raises OverflowError rather than answering.
        return (isinstance(value, (int, float)) and not isinstance(value, bool) and abs(value) < LARGEST_NUMBER
                and math.isfinite(value))
    return isinstance(value, expected)


def _writable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate from a JSON escape: read, it could never be written out again
        return False
    return True


def _shown(value) -> str:
    text = repr(value)
    return text if len(text) <= 60 else f"{text[:57]}..."


def _check_names(values: dict) -> None:
    """The values that become file names or decide which files are touched."""
    if not is_clip_id(values["id"]):
        raise ValueError(f"id {_shown(values['id'])} is not a clip id")
    code = values["withdrawal_code"]
    if code and not codes.is_code(code):
        raise ValueError(f"withdrawal_code {_shown(code)} is not a withdrawal code")
    if not is_card_id(values["perspective"]):
        raise ValueError(f"perspective {_shown(values['perspective'])} is not a card id")
    if not is_media_name(values["media"]):
        raise ValueError(f"media {_shown(values['media'])} is not a file name")
    try:
        started = datetime.fromisoformat(values["started_at"])
    except ValueError:
        started = None
    if started is None or started.tzinfo is None:
        raise ValueError(f"started_at {_shown(values['started_at'])} is not a time with its time zone")


def clip_named(clip: "Clip") -> str:
    """The clip as a sentence names it: its withdrawal code, or its media's name when it has none."""
    return codes.display(clip.code) if clip.code else clip.sidecar.media


def _check_consent(values: dict) -> None:
    """The values that decide where a clip may be shown: only what a kiosk writes."""
    for name, allowed in (("visit_ended", VISIT_ENDINGS), ("reviewed_by", REVIEWERS)):
        value = values.get(name, "")
        if value and value not in allowed:
            raise ValueError(f"{name} {_shown(value)} is not one of {', '.join(allowed)}")
    version = values.get("consent_version", "")
    if version and not CONSENT_VERSION.fullmatch(version):
        raise ValueError(f"consent_version {_shown(version)} is not a consent version")


@dataclass(frozen=True)
class Clip:
    sidecar: Sidecar
    sidecar_path: Path

    @property
    def media_path(self) -> Path:
        return self.sidecar_path.with_name(self.sidecar.media)

    @property
    def thumbnail_path(self) -> Path:
        """A JPEG of the clip beside it, made when the take finishes (the panel's list and export use it)."""
        return self.sidecar_path.with_suffix(".jpg")

    @property
    def transcript_path(self) -> Path:
        """The clip's captions (WebVTT) beside it, once transcribed or typed."""
        return self.sidecar_path.with_suffix(".vtt")

    @property
    def code(self) -> str:
        return self.sidecar.withdrawal_code

    @property
    def named(self) -> str:
        """The clip as a facilitator names it: its withdrawal code, else its file."""
        return codes.display(self.code) if self.code else self.sidecar.media


@dataclass
class Listing:
    """The clips found, and a sentence for each thing that could not be read as a clip."""

    clips: list[Clip] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    withdrawn: list[Clip] = field(default_factory=list)  # id and code in the folder's withdrawal log: never listed
    withdrawal_codes: set[str] = field(default_factory=set)  # every code in that log, its clip here or not


def with_annotations(clip: "Clip", theirs: Annotations) -> "Clip":
    """The clip as shown with another copy's annotations merged into its own (annotations.merge), nothing written: a
    hub's tags on a kiosk's clip before they are back from the kiosk."""
    return Clip(replace(clip.sidecar, facilitator=merge(clip.sidecar.facilitator, theirs)), clip.sidecar_path)


def read_sidecar_file(path: Path) -> Sidecar:
    """The sidecar in one file, read as a sidecar from another machine is: raises ValueError (NotAFile too) or
    TypeError for what is not a sidecar, OSError for a file that cannot be read."""
    return Sidecar.from_json(read_regular(path, MAX_JSON_BYTES))


class ClipStore:
    """The clips in one recordings folder. Given a ClipIndex (kiosk.store.index) that covers it, listing, finding a
    code and choosing a new one ask the index, which re-reads only what changed; without one (the CLI, a test),
    every listing reads every sidecar."""

    def __init__(self, root: Path, index: "ClipIndex | None" = None) -> None:
        from kiosk.store.repository import Repository  # the repository is built on this module

        self.root = Path(root)
        self.index = index if index is not None and index.covers(self.root) else None
        self.repository = Repository(self.root)

    # -- one take's life: begin -> finish -> keep or discard -------------------------------------

    def begin(self, tags: ClipTags, now: datetime | None = None) -> Clip:
        """Names the clip and writes its sidecar before any media, so a crash leaves a trace to recover."""
        if not is_card_id(tags.perspective):
            raise StoreError(said(QT_TRANSLATE_NOOP("Store", "%1 is not a card id."), repr(tags.perspective)))
        now = (now or datetime.now()).astimezone()
        folder = self.root / now.strftime("%Y-%m-%d")
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(said(QT_TRANSLATE_NOOP("Store", "The recordings folder %1 cannot be written (%2)."),
                                  self.root, str(error.strerror))) from None
        if not os.access(folder, os.W_OK):
            raise StoreError(said(QT_TRANSLATE_NOOP("Store", "The recordings folder %1 cannot be written."), folder))
        listing = self.list()
        # A withdrawn clip's code is never given again: its leftovers are found by the code in their names.
        taken = {clip.code for clip in listing.clips + listing.withdrawn} | listing.withdrawal_codes
        code = codes.new_code()
        while code in taken:
            code = codes.new_code()
        media = f"{now.strftime('%Y%m%dT%H%M%S')}_{tags.perspective}_{code}.mp4"
        sidecar = Sidecar(
            id=str(uuid.uuid4()), withdrawal_code=code, event=tags.event, perspective=tags.perspective,
            prompt=tags.prompt, consent_scope=tags.consent_scope, language=tags.language,
            started_at=now.isoformat(timespec="seconds"), media=media,
            consent_version=self._remember_consent(tags.consent_words),
        )
        return self.repository.create(Clip(sidecar, folder / media.replace(".mp4", ".json")))

    def _remember_consent(self, words: str) -> str:
        from kiosk.store.consent import remember_consent

        if not words:
            return ""
        try:
            return remember_consent(self.root, words)
        except OSError as error:
            raise StoreError(said(QT_TRANSLATE_NOOP("Store", "The consent text cannot be kept in %1 (%2)."), self.root,
                                  error.strerror or str(error))) from None

    def finish(self, clip: Clip, result) -> Clip:
        """Records what the take measured (a recording.take.TakeResult); the clip now awaits review."""
        from kiosk.store.media import sha256

        digest = sha256(clip.media_path) if clip.media_path.exists() else ""

        def finished(sidecar: Sidecar) -> Sidecar:
            return replace(sidecar, status=AWAITING_REVIEW, take=result.measurements(), sha256=digest,
                           notes=sidecar.notes + ((result.error,) if result.error else ()))

        clip = self.repository.change(clip, finished, "saved")
        self.make_thumbnail(clip)
        return clip

    def make_thumbnail(self, clip: Clip) -> None:
        """The JPEG beside the clip for the panel's list and for export."""
        from kiosk.store.media import DamagedMedia, make_thumbnail

        try:
            make_thumbnail(clip.media_path, clip.thumbnail_path)
        except (DamagedMedia, OSError):
            pass  # a clip with no pictures (or a full disk) simply has no thumbnail; export tries again

    def keep(self, clip: Clip, reviewed: bool = True, visit_ended: str = "") -> Clip:
        """The take is kept; `reviewed`: the attendee confirmed it with Keep. `visit_ended` is one of VISIT_ENDINGS."""
        def kept(sidecar: Sidecar) -> Sidecar:
            return replace(sidecar, status=KEPT, reviewed=reviewed, reviewed_by=ATTENDEE if reviewed else "",
                           visit_ended=visit_ended or sidecar.visit_ended)

        return self.repository.change(clip, kept, "kept")

    def review(self, clip: Clip) -> Clip:
        """A facilitator's review of a clip kept without the attendee's confirmation: from now on it may go where
        the attendee chose. The sidecar on disk is read again first, so nothing written since (a transcript) is lost;
        raises StoreError if the clip has gone (withdrawn or deleted) or is not a kept clip."""
        def reviewed(sidecar: Sidecar) -> Sidecar:
            if sidecar.reviewed:
                return sidecar
            logging.getLogger(__name__).info("clip %s reviewed by a facilitator", sidecar.id)
            return _with_review(replace(sidecar, facilitator=sidecar.facilitator.changed(stamp_now(FACILITATOR),
                                                                                       reviewed=True)))

        return self._rewrite(clip, "reviewed", reviewed)

    def annotate(self, clip: Clip, *, by: str = FACILITATOR, **changes) -> Clip:
        """Changes a kept clip's annotations (any of note, themes, quotes, wall, reviewed), stamped by `by` now. The
        sidecar on disk is read again first, so nothing written since is lost; raises StoreError with one sentence for
        a change that is not an annotation or not allowed, or a clip gone, not kept or written by a newer kiosk."""
        stamp = stamp_now(by)
        try:
            Annotations().changed(stamp, **changes)  # checked before the disk is touched
        except ValueError as error:
            raise StoreError(said(QT_TRANSLATE_NOOP("Store", "The clip %1 could not be %2 (%3)."), clip_named(clip),
                                  doing_said("annotated"), str(error))) from None

        def annotated(sidecar: Sidecar) -> Sidecar:
            return _with_review(replace(sidecar, facilitator=sidecar.facilitator.changed(stamp, **changes)))

        return self._rewrite(clip, "annotated", annotated)

    def merge_annotations(self, clip: Clip, theirs: Annotations) -> Clip:
        """Merges another copy's annotations of this clip (a hub's, a synced folder's) into its sidecar, field by
        field, the later change winning (annotations.merge); a facilitator's review merged in confirms the clip as a
        review here would. Raises StoreError as annotate does."""
        def merged(sidecar: Sidecar) -> Sidecar:
            return _with_review(replace(sidecar, facilitator=merge(sidecar.facilitator, theirs)))

        return self._rewrite(clip, "annotated", merged)

    def _rewrite(self, clip: Clip, done: str, change) -> Clip:
        """Applies `change` to the kept clip's sidecar as it is on disk now; any failure is one sentence."""
        try:
            return self.repository.change(clip, change, done, kept_only=True)
        except (OSError, ValueError) as error:  # NotAFile is a ValueError
            raise StoreError(said(QT_TRANSLATE_NOOP("Store", "The clip %1 could not be %2 (%3)."), clip_named(clip),
                                  doing_said(done), getattr(error, "strerror", None) or str(error))) from None

    def discard(self, clip: Clip) -> None:
        """Removes the take's media and sidecar: Try again and Delete leave nothing behind."""
        with self.repository.lock():
            for path in (clip.media_path, clip.thumbnail_path, clip.transcript_path, clip.sidecar_path):
                path.unlink(missing_ok=True)

    def update(self, clip: Clip, **changes) -> Clip:
        """Makes `changes` (by the sidecar's flat names, Sidecar.changed) to the clip's sidecar as it is on disk now;
        with none, writes `clip` as a new sidecar (recover's adopted media). Raises StoreError if the clip has gone
        or a newer kiosk wrote it."""
        if not changes:
            return self.repository.create(clip)
        return self.repository.change(clip, lambda sidecar: sidecar.changed(**changes))

    @staticmethod
    def check_writable(clip: Clip) -> None:
        """Raises StoreError for a sidecar a newer kiosk wrote: what its known keys now mean may have changed."""
        from kiosk.store.repository import check_writable

        check_writable(clip)

    # -- reading -----------------------------------------------------------------------------------

    def list(self) -> Listing:
        """Every sidecar under the root, oldest first; unreadable ones and media without one are reported.

        Only ordinary files in ordinary day folders are read: a link or a FIFO is reported and left alone. With an
        index, what changed since its last refresh is read and the rest comes from it; without, every sidecar is.
        """
        from kiosk.store.index import scan_folder  # the index is built on this module

        if self.index is not None:
            self.index.refresh()
            return self.index.listing(self.root)
        return scan_folder(self.root)

    def files(self, pattern: str, problems: list[str] | None = None) -> list[Path]:
        """The visible files matching `pattern` in the root's day folders, never inside a linked folder.

        A link or special file whose name matches is reported in `problems` (when given) and left out.
        """
        found = []
        for day in sorted(self.root.iterdir()):
            if day.name.startswith("."):
                continue
            if not is_folder(day):
                if problems is not None and not day.is_file():
                    problems.append(f"{day.name} is {kind_of(os.lstat(day).st_mode)}, not a day's folder; "
                                    f"it was left as it is.")
                continue
            for path in sorted(day.glob(pattern)):
                if path.name.startswith(".") or is_sync_copy(path.name):
                    continue
                try:
                    check_regular(path)
                except (NotAFile, OSError) as error:
                    if problems is not None:
                        problems.append(f"{self._show(path)} cannot be used ({error}); it was left as it is.")
                    continue
                found.append(path)
        return found

    def find(self, code: str) -> Clip | None:
        code = codes.normalise(code)
        for clip in self.list().clips:
            if clip.code == code:
                return clip
        return None

    def free_bytes(self) -> int:
        probe = self.root
        while not probe.exists() and probe != probe.parent:
            probe = probe.parent
        return shutil.disk_usage(probe).free

    def _show(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.root))
        except ValueError:
            return str(path)

    # -- one kiosk at a time -------------------------------------------------------------------

    def transcript_lock(self) -> "FileLock":
        """The writers' lock (kiosk.store.repository): hold it while a clip's .vtt and its sidecar change together,
        or while a clip's files are deleted."""
        return self.repository.lock()

    def lock(self) -> "StoreLock":
        """Held while a kiosk or `kiosk record` writes here, so `recover` never touches a live take."""
        return self.repository.recording_lock()
