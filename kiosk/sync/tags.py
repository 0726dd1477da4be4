"""Themes given at a hub, carried to the kiosk that recorded the clip.

A hub never writes into a kiosk's receive-only folder: Syncthing would call it a local change, and it would never
reach the kiosk. It writes a clip's tags as the facilitator's annotation into its own send-only outbox instead, one
small file a clip (`to-kiosks/annotations/<clip id>.annotation`: JSON holding the clip's id, its withdrawal code and
the sidecar's `facilitator` section, each field stamped {value, by, at}, by the hub's name). The hub shows and exports
the merge of the kiosk's sidecar and its own file, so a tag counts there at once; each kiosk's `sync serve` merges the
files naming its own clips into their sidecars through the store's one writer (annotations.merge: the later stamp wins
field by field, so a newer change made at the kiosk is never overwritten). A hub's file is input to check at a kiosk.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import stat
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Callable, Iterable

from filelock import FileLock, Timeout

from kiosk.atomic import write_atomically
from kiosk.config import Config, ConfigError
from kiosk.store import codes
from kiosk.store.annotations import Annotations, stamp_now
from kiosk.store.clips import KEPT, Clip, ClipStore, StoreError, read_sidecar_file, with_annotations
from kiosk.store.files import NotAFile, parse_json, read_regular
from kiosk.store.index import Stamp
from kiosk.store.names import is_clip_id, is_sync_copy
from kiosk.store.withdraw import read_withdrawals
from kiosk.sync.arrivals import ArrivalCheck, kiosk_folders
from kiosk.sync.fleet import HUB_OUTBOX, hub_inboxes

log = logging.getLogger(__name__)
ANNOTATIONS = "annotations"  # <hub>/to-kiosks/annotations/, and <sync home>/hubs/<hub>/annotations/ at a kiosk
# Not .json: the outbox is also read as a recordings folder (for its withdrawal log), and that scan would take a
# .json in a sub-folder for a clip's sidecar.
SUFFIX = ".annotation"
FORMAT = 1
CARRIED = ("themes",)  # what a hub may change: its window and `kiosk tag` set themes only
MAX_ANNOTATION_BYTES = 16 * 1024  # 64 themes of 64 characters with their stamp are under 6 KB
MAX_DEPTH = 5  # {facilitator: {themes: {value: [...]}}}
# A stamp further ahead of this kiosk's clock than this is refused: it would win over every change made here for as
# long. A day lets two laptops' clocks disagree by minutes, or by a time zone set wrong, and still carries the tags.
FUTURE = timedelta(days=1)
STILL_NS = 2_000_000_000  # a folder unchanged for 2 s is not read again until it changes
LOCK = ".annotations.lock"  # in the outbox, which carries only what its .stignore names
LOCK_SECONDS = 10


@dataclass(frozen=True)
class HubAnnotation:
    """One clip's annotation as a hub sends it: the clip (id and withdrawal code, both checked at the kiosk) and the
    carried fields of the facilitator's section, stamped."""

    clip_id: str
    code: str
    annotations: Annotations

    def to_json(self) -> bytes:
        data = {"format": FORMAT, "id": self.clip_id, "withdrawal_code": self.code,
                "facilitator": self.annotations.to_data()}
        return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")

    @classmethod
    def from_json(cls, content: bytes) -> "HubAnnotation":
        """Raises ValueError with the reason for anything a hub would not have written."""
        data = parse_json(content, MAX_DEPTH)
        if not isinstance(data, dict) or not {"format", "id", "withdrawal_code", "facilitator"} <= set(data):
            raise ValueError("it is not a clip's id, withdrawal code and facilitator's section")
        version = data["format"]
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise ValueError("its format is not a number")
        if version > FORMAT:
            raise ValueError(f"a newer hub wrote it (format {version}); update this kiosk to take it")
        if not is_clip_id(data["id"]):
            raise ValueError("its id is not a clip's")
        if not isinstance(data["withdrawal_code"], str) or not codes.is_code(data["withdrawal_code"]):
            raise ValueError("its withdrawal code is not one")
        section = Annotations.from_data(data["facilitator"])
        carried = carried_only(section)
        if not carried.stamps:
            raise ValueError("it does not say which themes the clip has")
        return cls(data["id"], data["withdrawal_code"], carried)


def carried_only(annotations: Annotations) -> Annotations:
    """The fields a hub may change, with their stamps; nothing else of what a file says is believed."""
    return Annotations(**{name: getattr(annotations, name) for name in CARRIED if name in annotations.stamps},
                       stamps={name: stamp for name, stamp in annotations.stamps.items() if name in CARRIED})


def read_annotation(path: Path) -> HubAnnotation:
    """One file as a hub wrote it; raises ValueError (NotAFile: a link, a folder, too big) or OSError."""
    annotation = HubAnnotation.from_json(read_regular(path, MAX_ANNOTATION_BYTES))
    if Path(path).name != annotation.clip_id + SUFFIX:
        raise ValueError("its name is not its clip's id")
    return annotation


def annotation_files(folder: Path) -> list[os.DirEntry]:
    """The annotation files in a folder (none when there is no folder), never a download or a conflict copy."""
    try:
        with os.scandir(folder) as found:
            return sorted((entry for entry in found if entry.name.endswith(SUFFIX) and not entry.name.startswith(".")
                           and not is_sync_copy(entry.name)), key=lambda entry: entry.name)
    except OSError:
        return []


# -- at a hub ------------------------------------------------------------------------------------------------------

def outbox_annotations(hub: Path) -> Path:
    return Path(hub) / HUB_OUTBOX / ANNOTATIONS


def annotation_path(hub: Path, clip_id: str) -> Path:
    return outbox_annotations(hub) / f"{clip_id}{SUFFIX}"


def hub_annotations(hub: Path, known: dict | None = None) -> tuple[dict[tuple[str, str], Annotations], list[str]]:
    """What this hub said about its kiosks' clips, by (clip id, withdrawal code), and a sentence for each file it
    could not read (one edited by hand, say). `known`, kept between calls (the hub window looks every 2 s), holds each
    file as last read: one unchanged since is not read again."""
    known = {} if known is None else known
    found: dict[tuple[str, str], Annotations] = {}
    problems = []
    here = set()
    for entry in annotation_files(outbox_annotations(hub)):
        path = Path(entry.path)
        here.add(path)
        try:
            stamp = Stamp.of(entry.stat(follow_symlinks=False))
            if path not in known or known[path][0] != stamp:
                known[path] = (stamp, read_annotation(path))
        except (ValueError, OSError) as error:
            known.pop(path, None)
            problems.append(f"The hub's annotation {entry.name} cannot be used ({_reason(error)}); tag the clip again.")
            continue
        annotation = known[path][1]
        found[(annotation.clip_id, annotation.code)] = annotation.annotations
    for gone in set(known) - here:
        del known[gone]
    return found, problems


def with_hub_annotations(clips: Iterable[Clip], annotations: dict[tuple[str, str], Annotations]) -> list[Clip]:
    """The clips as the hub shows and exports them: each kiosk's sidecar merged with what the hub said of it."""
    return [with_annotations(clip, annotations[(clip.sidecar.id, clip.code)])
            if (clip.sidecar.id, clip.code) in annotations else clip for clip in clips]


@dataclass(frozen=True)
class HubTagged:
    clip: Clip  # as the hub now shows it: the kiosk's sidecar merged with the hub's annotation
    changed: bool  # False: it already had (or already lacked) the theme


def tag_at_hub(hub: Path, clip: Clip, config: Config, theme_id: str, on: bool, by: str) -> HubTagged:
    """Tags a kiosk's clip with the theme (or, `on` False, no longer) in the hub's outbox, stamped now by `by` (the
    hub's name). The kiosk's sidecar is read again first, so a change that arrived meanwhile counts. Raises StoreError
    with one sentence for an unknown theme, a clip gone or a file that cannot be written."""
    if on:
        try:
            config.theme(theme_id)
        except ConfigError as error:
            raise StoreError(str(error)) from None
    path = annotation_path(hub, clip.sidecar.id)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with FileLock(Path(hub) / HUB_OUTBOX / LOCK, timeout=LOCK_SECONDS):
            shown = with_annotations(_as_on_disk(clip), _hub_side(path, clip))
            themes = shown.sidecar.facilitator.themes
            wanted = themes + (() if theme_id in themes else (theme_id,)) if on else \
                tuple(theme for theme in themes if theme != theme_id)
            if wanted == themes:
                return HubTagged(shown, False)
            mine = carried_only(Annotations().changed(stamp_now(by), themes=wanted))
            write_atomically(path, HubAnnotation(clip.sidecar.id, clip.code, mine).to_json())
    except Timeout:
        raise StoreError(f"The clip {codes.display(clip.code)} could not be tagged: another tag at this hub took too "
                         f"long; try again.") from None
    except ValueError as error:  # a theme refused by Annotations.changed, a name that cannot stamp it
        raise StoreError(f"The clip {codes.display(clip.code)} could not be tagged ({error}).") from None
    except OSError as error:
        raise StoreError(f"The clip {codes.display(clip.code)} could not be tagged at the hub "
                         f"({error.strerror or error}).") from None
    log.info("clip %s tagged %s at the hub: %s", clip.sidecar.id, "with" if on else "without", theme_id)
    return HubTagged(with_annotations(shown, mine), True)


def _as_on_disk(clip: Clip) -> Clip:
    """The kiosk's clip as its sidecar is now (Syncthing may have brought a change since the hub looked)."""
    try:
        sidecar = read_sidecar_file(clip.sidecar_path)
    except FileNotFoundError:
        sidecar = None
    except (ValueError, TypeError, OSError) as error:
        raise StoreError(f"The clip {codes.display(clip.code)} cannot be read at the hub ({error}).") from None
    if sidecar is None or (sidecar.id, sidecar.withdrawal_code) != (clip.sidecar.id, clip.code):
        raise StoreError(f"The clip {codes.display(clip.code)} is no longer here: it was withdrawn or deleted.")
    if sidecar.status != KEPT:
        raise StoreError(f"The clip {codes.display(clip.code)} is {sidecar.status}, not kept, so it cannot be tagged.")
    return Clip(sidecar, clip.sidecar_path)


def _hub_side(path: Path, clip: Clip) -> Annotations:
    """What the hub said of the clip before; nothing when its file is gone or unreadable (it is written anew)."""
    try:
        annotation = read_annotation(path)
    except FileNotFoundError:
        return Annotations()
    except (ValueError, OSError) as error:
        log.warning("the hub's annotation %s is written anew (%s)", path.name, _reason(error))
        return Annotations()
    return annotation.annotations if annotation.code == clip.code else Annotations()


def find_to_tag(hub: Path, named: str) -> Clip:
    """The kiosk's clip whole at this hub with this withdrawal code or id; raises StoreError with one sentence."""
    from kiosk.store.consent import find_for_review

    try:
        withdrawn = {(entry.clip_id, entry.code) for entry in read_withdrawals(Path(hub) / HUB_OUTBOX)}
    except (NotAFile, OSError) as error:
        raise StoreError(f"The hub's withdrawal log cannot be used ({_reason(error)}); nothing was tagged.") from None
    for folder in kiosk_folders(hub):
        try:
            clip = find_for_review(ClipStore(folder), named, "tag")
        except StoreError:
            continue
        if (clip.sidecar.id, clip.code) in withdrawn:
            raise StoreError(f"The clip {codes.display(clip.code)} was withdrawn at this hub, so there is nothing to "
                             f"tag.")
        if not ArrivalCheck().whole(clip):
            raise StoreError(f"The clip {codes.display(clip.code)} has not arrived whole at this hub yet; tag it once "
                             f"it has.")
        return clip
    raise StoreError(f"No kiosk's clip at {hub} has the withdrawal code or id {named.strip()!r}.")


def forget(hub: Path, clip_id: str) -> list[Path]:
    """Removes the hub's annotation of a withdrawn clip, so nothing of it travels any more; returns what went."""
    path = annotation_path(hub, clip_id)
    try:
        path.unlink()
    except FileNotFoundError:
        return []
    return [path]


def forget_withdrawn(hub: Path) -> list[Path]:
    """The withdrawal pass at a hub: the annotations of every clip withdrawn at the hub or at its kiosk go."""
    logs = [Path(hub) / HUB_OUTBOX, *kiosk_folders(hub)]
    withdrawn = set()
    for folder in logs:
        try:
            withdrawn |= {entry.clip_id for entry in read_withdrawals(folder)}
        except (NotAFile, OSError, ValueError):
            continue  # said where that log is used; its clips' tags go at the next pass that can read it
    gone = []
    for entry in annotation_files(outbox_annotations(hub)):
        if entry.name[:-len(SUFFIX)] in withdrawn:
            gone += forget(hub, entry.name[:-len(SUFFIX)])
    return gone


# -- at a kiosk ----------------------------------------------------------------------------------------------------

@dataclass
class IncomingAnnotations:
    """A kiosk taking the tags its hubs gave its own clips. A file is read again only when it changed (or, for one
    refused for a theme this kiosk does not know, when the event's themes changed); it is believed only when both
    the clip's id and its withdrawal code are this kiosk's."""

    store: ClipStore
    home: Path
    themes: Callable[[], Iterable[str]]  # the theme ids the event declares here
    _seen: dict[Path, tuple[Stamp, frozenset | None]] = field(default_factory=dict)
    _still: dict[Path, Stamp] | None = None  # the annotations folders as last read, when they had been still a while

    def apply(self) -> list[str]:
        """Merges what changed into the sidecars; one sentence per clip tagged or file refused."""
        folders = {}
        for inbox in hub_inboxes(self.home):
            try:
                info = os.lstat(inbox / ANNOTATIONS)
            except OSError:
                continue
            if stat.S_ISDIR(info.st_mode):  # never a link a hub sent, to a folder elsewhere on this kiosk
                folders[inbox / ANNOTATIONS] = Stamp.of(info)
        waiting = any(themes is not None for _, themes in self._seen.values())
        if folders == self._still and not waiting:
            return []  # Syncthing renames each file it brings into place, so a folder with no new entry has none
        looked_at = time.time_ns()
        said = self._read(folders)
        # A folder changed within the last moment may change again within the same tick of its clock: looked at
        # again next time.
        self._still = folders if all(looked_at - stamp.mtime_ns > STILL_NS for stamp in folders.values()) else None
        return said

    def _read(self, folders: dict[Path, Stamp]) -> list[str]:
        said: list[str] = []
        found = {}
        for folder in folders:
            for entry in annotation_files(folder):
                try:
                    found[Path(entry.path)] = Stamp.of(entry.stat(follow_symlinks=False))
                except OSError:
                    continue
        self._seen = {path: seen for path, seen in self._seen.items() if path in found}

        @functools.cache
        def declared() -> frozenset:
            return frozenset(self.themes())

        held: dict[str, Clip] | None = None
        for path, stamp in found.items():
            seen = self._seen.get(path)
            if seen is not None and seen[0] == stamp and (seen[1] is None or seen[1] == declared()):
                continue
            if held is None:
                held = {clip.sidecar.id: clip for clip in self.store.list().clips}
            self._seen[path] = (stamp, self._apply_one(path, held, said, declared))
        return said

    def _apply_one(self, path: Path, held: dict[str, Clip], said: list[str],
                   declared: Callable[[], frozenset]) -> frozenset | None:
        """Applies one file; returns the themes declared when it was refused for one of them, else None."""
        try:
            annotation = read_annotation(path)
        except (ValueError, OSError) as error:
            said.append(f"A hub's annotation {path.name} was skipped ({_reason(error)}).")
            return None
        clip = held.get(annotation.clip_id)
        if clip is None:
            return None  # another kiosk's clip (every kiosk receives the hub's outbox), or one withdrawn here
        shown = codes.display(clip.code)
        if annotation.code != clip.code:
            said.append(f"A hub's annotation of clip {annotation.clip_id} was skipped: its withdrawal code is not the "
                        f"clip's.")
            return None
        themes = declared()
        unknown = sorted(set(annotation.annotations.themes) - themes)
        if unknown:
            said.append(f"A hub's themes for {shown} were skipped: this kiosk's event has no theme "
                        f"{', '.join(map(repr, unknown))}.")
            return themes
        latest = max(stamp.moment for stamp in annotation.annotations.stamps.values())
        if latest > datetime.now().astimezone() + FUTURE:
            said.append(f"A hub's themes for {shown} were skipped: they are stamped {latest.isoformat()}, later than "
                        f"a day from now (that hub's clock is wrong).")
            return None
        before = clip.sidecar.facilitator
        try:
            after = self.store.merge_annotations(clip, annotation.annotations).sidecar.facilitator
        except StoreError as error:
            said.append(f"A hub's themes for {shown} could not be taken ({error}).")
            return None
        if after.stamps.get("themes") != before.stamps.get("themes"):
            said.append(f"Tagged at a hub: {shown} ({', '.join(after.themes) or 'no themes'}).")
        elif after.themes != annotation.annotations.themes:
            said.append(f"A hub's themes for {shown} are older than the change made here, which is kept.")
        return None


def _reason(error: Exception) -> str:
    return getattr(error, "strerror", None) or str(error)
