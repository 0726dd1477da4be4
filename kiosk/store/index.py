"""The clips of one or more recordings folders, kept up to date by re-reading only what changed, for windows to watch.

`ClipIndex.refresh()` stats what it holds and re-reads only what changed: a day folder is listed again only when its
own stamp changed (a sidecar written, renamed or deleted in it changes the folder), a sidecar is parsed again only
when its (mtime, size, inode) changed, the withdrawal log only when its stamp did; the sidecars of a folder that did
not change are not even stat'ed, except at a sweep. What it yields is exactly what
`ClipStore.list()` yields, since that is this module's fresh scan (`scan_folder`): one reading, not two copies.

Coarse clocks: FAT keeps times to 2 s and other file systems to a tick, so a file rewritten within the tick it was
read in keeps its stamp. As git does with a "racily clean" entry, anything whose mtime is within RACY_SECONDS of the
refresh that read it is not trusted: it is read again at each refresh until it is older than that.

Writers and their locks (the index takes none; it never needs one, see below):
- the kiosk or `kiosk record` holds the store's lock (`.kiosk.lock`) while it begins, finishes and keeps takes;
  `kiosk recover` holds it too, so it never touches a live take;
- a facilitator's review, a transcript written (the background child or the panel's editor) and a discard hold the
  transcript lock (`.transcripts.lock`), so a sidecar's read-modify-write never loses the other's change;
- a withdrawal appends its synced log line unlocked (O_APPEND) and removes the clip's files under the transcript
  lock; exports are changed under each export's own lock.
Every sidecar write is `write_atomically`: a temporary file whose name starts with "." (never read as a sidecar)
renamed over the old one, so a refresh during a write reads the old sidecar or the new, never half of one, and the
rename changes the day folder's stamp, so the next refresh looks. A foreign tool writing a sidecar in place changes
its stamp but not its folder's: that is seen at the next sweep, which stats every sidecar (every SWEEP_SECONDS).

Polling by stat rather than a watcher (watchdog): it needs no new dependency, behaves alike on every file system
the kiosk meets (FAT sticks, network shares and a synced folder, where inotify sees nothing of a change made by
another machine), and one refresh of 5,000 clips costs milliseconds (benchmarks/index_benchmark.py).
"""

from __future__ import annotations

import math
import os
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterable

from kiosk.store.clips import MEDIA_NAME, Clip, Listing, Sidecar, read_sidecar_file
from kiosk.store.files import NotAFile
from kiosk.store.names import is_sync_copy

RACY_SECONDS = 3.0  # FAT's 2 s tick, and a little for a clock that rounds
# Every write the kiosk makes is a rename, which changes the folder; a foreign tool writing a sidecar in place does
# not, so the sidecars of an unchanged folder are stat'ed too, one refresh in this many seconds.
SWEEP_SECONDS = 30.0
FILE, LINK, FOLDER, OTHER = "a file", "a link", "a folder", "not an ordinary file"  # kiosk.store.files.kind_of's words


@dataclass(frozen=True)
class Stamp:
    """What says a file may have changed without reading it."""

    mtime_ns: int
    size: int
    inode: int

    @classmethod
    def of(cls, info: os.stat_result) -> "Stamp":
        return cls(info.st_mtime_ns, info.st_size, info.st_ino)


@dataclass(frozen=True)
class ClipChanges:
    """What one refresh found: clips that appeared, clips whose sidecar changed, clips that went (deleted, or their
    withdrawal logged), and whether the sentences about what cannot be read changed."""

    added: tuple[Clip, ...] = ()
    changed: tuple[Clip, ...] = ()
    removed: tuple[Clip, ...] = ()
    problems_changed: bool = False

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed or self.problems_changed)


@dataclass(frozen=True)
class SidecarReading:
    """One sidecar file as read: its sidecar, or the sentence saying why it is not one."""

    sidecar: Sidecar | None
    problem: str = ""
    parsed: bool = True  # False: it could not even be opened, so it describes no media file


def read_sidecar(path: Path, shown: str) -> SidecarReading:
    """The one reading of a sidecar file that the listing and the index share; `shown` names it in sentences."""
    try:
        return SidecarReading(read_sidecar_file(path))
    except (ValueError, TypeError) as error:  # NotAFile too: a link put in its place since the folder was listed
        return SidecarReading(None, f"{shown} is not a readable sidecar ({error}); it was left as it is.")
    except OSError as error:
        return SidecarReading(None, f"{shown} cannot be read ({error.strerror or error}).", parsed=False)


def _listed(name: str, suffix: str) -> bool:
    """Whether a day folder's file may be a clip's: not hidden (an atomic write's temporary file), not a sync
    engine's conflict copy (two sidecars for one clip) or download in progress."""
    return name.endswith(suffix) and not name.startswith(".") and not is_sync_copy(name)


def _kind(entry: os.DirEntry) -> str:
    """kind_of's words from the folder listing itself (no stat where the file system says the type)."""
    if entry.is_symlink():
        return LINK
    if entry.is_dir(follow_symlinks=False):
        return FOLDER
    return FILE if entry.is_file(follow_symlinks=False) else OTHER


def _entries(folder: Path) -> list[os.DirEntry]:
    try:
        with os.scandir(folder) as found:
            return sorted(found, key=lambda entry: entry.name)
    except OSError:  # gone or unreadable since it was seen: nothing in it can be listed (as glob does)
        return []


@dataclass
class _Day:
    """One day folder as last listed: every name in it with its kind."""

    stamp: Stamp
    trusted: bool
    kinds: dict[str, str]


@dataclass
class _Cached:
    """One sidecar as last read, with its clip and its place in the order made once, not at every listing."""

    stamp: Stamp | None
    trusted: bool
    path: Path
    reading: SidecarReading
    clip: Clip | None = None
    order: tuple = ()

    def __post_init__(self) -> None:
        sidecar = self.reading.sidecar
        if sidecar is not None:
            self.clip = Clip(sidecar, self.path)
            self.order = (datetime.fromisoformat(sidecar.started_at), sidecar.media)


@dataclass
class _Log:
    stamp: Stamp | None
    trusted: bool
    pairs: frozenset[tuple[str, str]] = frozenset()
    codes: frozenset[str] = frozenset()
    problem: str = ""

    def same_as(self, other: "_Log | None") -> bool:
        return other is not None and (self.pairs, self.codes, self.problem) == (other.pairs, other.codes, other.problem)


def _same_reading(old: SidecarReading, new: SidecarReading) -> bool:
    # Sidecar equality leaves out the keys this version does not know; a change to them is a change too.
    return old == new and (old.sidecar is None or old.sidecar.unknown == new.sidecar.unknown)


class FolderIndex:
    """One recordings folder's days, sidecars and withdrawal log as last read; `refresh` re-reads what changed and
    returns the last listing itself (the same object) when nothing did."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.days: dict[str, _Day] = {}
        self.days_before: dict[str, _Day] = {}  # as the refresh before this one left them
        self.sidecars: dict[str, _Cached] = {}
        self.log: _Log | None = None
        self.listing: Listing | None = None
        self.reads = 0  # sidecars parsed so far: what the tests and the benchmark count
        self._changed = True
        self._head: list[str] = []  # the sentences about the log and the folder's own entries, as last said
        self._swept = -math.inf

    def refresh(self, now_ns: int | None = None, thorough: bool | None = None) -> Listing:
        """`thorough`: stat every sidecar, even in a folder that has not changed (by default, every SWEEP_SECONDS)."""
        # The time is taken before anything is listed, so a change made while this runs counts as recent.
        horizon = (time.time_ns() if now_ns is None else now_ns) - int(RACY_SECONDS * 1e9)
        if thorough is None:
            thorough = time.monotonic() - self._swept >= SWEEP_SECONDS
        if thorough:
            self._swept = time.monotonic()
        if not self.root.is_dir():
            self.days, self.sidecars, self.log, self._head = {}, {}, None, []
            self.listing, self._changed = Listing(), True
            return self.listing
        head: list[str] = []
        pairs, codes = self._withdrawals(horizon, head)
        days = self._days(horizon, head)
        seen: dict[str, _Cached] = {}
        for day_name, day in days:
            folder = os.path.join(self.root, day_name)
            unchanged = day is self.days_before.get(day_name) and not thorough
            for name, kind in day.kinds.items():
                if _listed(name, ".json") and kind == FILE:
                    key = f"{folder}{os.sep}{name}"
                    cached = self.sidecars.get(key) if unchanged else None
                    if cached is not None and cached.trusted:
                        seen[key] = cached
                    else:
                        self._sidecar(key, f"{day_name}/{name}", horizon, seen)
        if len(seen) != len(self.sidecars):
            self._changed = True
        self.sidecars = seen
        if not self._changed and head == self._head and self.listing is not None:
            return self.listing
        self._head, self._changed = head, False
        self.listing = self._listing(days, head, pairs, codes)
        return self.listing

    def _listing(self, days: list[tuple[str, _Day]], head: list[str], pairs: frozenset, codes: frozenset) -> Listing:
        listing = Listing(problems=list(head), withdrawal_codes=set(codes))
        described: set[tuple[str, str]] = set()  # (day, media file name) of every sidecar that names one
        ordered: list[tuple[tuple, Clip]] = []
        for day_name, day in days:
            folder = os.path.join(self.root, day_name)
            for name, kind in day.kinds.items():
                if _listed(name, ".json") and kind == FILE:
                    cached = self.sidecars.get(f"{folder}{os.sep}{name}")
                    if cached is None:  # gone between its folder's listing and its stat
                        path = Path(folder) / name
                        cached = _Cached(None, False, path, read_sidecar(path, f"{day_name}/{name}"))
                    self._place(cached, f"{day_name}/{name}", day, pairs, listing, ordered)
                    media = cached.reading.sidecar.media if cached.reading.sidecar else f"{name[:-5]}.mp4"
                    if cached.reading.parsed:
                        described.add((day_name, media))
        ordered.sort(key=lambda pair: pair[0])  # stable: folder order among equals, as the listing always was
        listing.clips = [clip for _, clip in ordered]
        for day_name, day in days:
            for name, kind in day.kinds.items():
                if not _listed(name, ".mp4") or kind != FILE:
                    continue
                if (day_name, name) in described:
                    continue
                named = MEDIA_NAME.fullmatch(name)
                if named and named["code"] in codes:
                    listing.problems.append(f"{day_name}/{name} is left from a withdrawal; `kiosk recover` removes it.")
                else:
                    listing.problems.append(f"{day_name}/{name} has no sidecar; `kiosk recover` adopts it.")
        return listing

    def _withdrawals(self, horizon: int, problems: list[str]) -> tuple[frozenset, frozenset]:
        from kiosk.store.withdraw import WITHDRAWALS_LOG, read_withdrawals  # withdrawal is built on the store

        try:
            stamp = Stamp.of(os.lstat(self.root / WITHDRAWALS_LOG))
        except OSError:  # absent, or not to be looked at: read below, which says why if it cannot be used
            stamp = None
        log = self.log
        if log is None or log.stamp != stamp or not log.trusted:
            log = _Log(stamp, stamp is not None and stamp.mtime_ns < horizon)
            try:
                entries = read_withdrawals(self.root)
            except (NotAFile, OSError) as error:
                log.problem = (f"The withdrawal log cannot be used ({error}); export and withdrawal refuse to run "
                               f"here until it is an ordinary file again.")
            else:
                log.pairs = frozenset((entry.clip_id, entry.code) for entry in entries)
                log.codes = frozenset(entry.code for entry in entries)
            if not log.same_as(self.log):
                self._changed = True
            self.log = log
        if log.problem:
            problems.append(log.problem)
        return log.pairs, log.codes

    def _days(self, horizon: int, problems: list[str]) -> list[tuple[str, _Day]]:
        """The day folders, each listed again only if it changed; a link or special file among them is reported."""
        days = []
        listed: dict[str, _Day] = {}
        for entry in _entries(self.root):
            if entry.name.startswith("."):
                continue
            if not entry.is_dir(follow_symlinks=False):
                if not entry.is_file():  # a link to a file is only not a day (as ClipStore.files always said)
                    problems.append(f"{entry.name} is {LINK if entry.is_symlink() else OTHER}, not a day's folder; "
                                    f"it was left as it is.")
                continue
            try:
                stamp = Stamp.of(entry.stat(follow_symlinks=False))
            except OSError:
                continue
            day = before = self.days.get(entry.name)
            if day is None or day.stamp != stamp or not day.trusted:
                day = _Day(stamp, stamp.mtime_ns < horizon,
                           {found.name: _kind(found) for found in _entries(Path(entry.path))})
                if before is None or before.kinds != day.kinds:
                    self._changed = True
            listed[entry.name] = day
            days.append((entry.name, day))
            for name, kind in day.kinds.items():
                if _listed(name, ".json") and kind != FILE:
                    problems.append(f"{entry.name}/{name} cannot be used ({name} is {kind}); it was left as it is.")
        if listed.keys() != self.days.keys():
            self._changed = True
        self.days_before, self.days = self.days, listed
        return days

    def _sidecar(self, key: str, shown: str, horizon: int, seen: dict[str, _Cached]) -> None:
        try:
            stamp = Stamp.of(os.lstat(key))
        except OSError:  # gone since its folder was listed: the listing reads it and says so
            self._changed = True
            return
        cached = self.sidecars.get(key)
        if cached is not None and cached.stamp == stamp and cached.trusted:
            seen[key] = cached
            return
        path = cached.path if cached is not None else Path(key)
        reading = read_sidecar(path, shown)
        self.reads += 1
        if cached is None or not _same_reading(cached.reading, reading):
            self._changed = True
        seen[key] = _Cached(stamp, stamp.mtime_ns < horizon, path, reading)

    @staticmethod
    def _place(cached: _Cached, shown: str, day: _Day, withdrawn: frozenset, listing: Listing,
               ordered: list[tuple[tuple, Clip]]) -> None:
        """Where one sidecar goes: a clip, a withdrawn clip (its withdrawal logged, perhaps not finished), or a
        sentence (unreadable, or its media missing or not an ordinary file)."""
        clip = cached.clip
        if clip is None:
            listing.problems.append(cached.reading.problem)
            return
        sidecar = clip.sidecar
        # Id and code, as a withdrawal logs them: a line naming the id with another code is not this clip's.
        if (sidecar.id, sidecar.withdrawal_code) in withdrawn:
            listing.withdrawn.append(clip)
            return
        kind = day.kinds.get(sidecar.media)
        if kind is None:
            listing.problems.append(f"{shown} describes {sidecar.media}, which is missing.")
        elif kind != FILE:
            listing.problems.append(f"{shown} describes {sidecar.media}, which cannot be used ({sidecar.media} is "
                                    f"{kind}); it was left as it is.")
        else:
            ordered.append((cached.order, clip))


def scan_folder(root: Path) -> Listing:
    """Every clip in one recordings folder, read afresh: what ClipStore.list() returns without an index."""
    return FolderIndex(root).refresh()


def _copy(listing: Listing) -> Listing:
    return Listing(list(listing.clips), list(listing.problems), list(listing.withdrawn), set(listing.withdrawal_codes))


Listener = Callable[[ClipChanges], None]


@dataclass
class _Snapshot:
    listings: dict[Path, Listing] = field(default_factory=dict)


class ClipIndex:
    """The clips of one or more recordings folders, for any number of windows to watch.

    `refresh()` (any thread; one at a time) re-reads what changed and tells each subscriber what it found:
    `subscribe(listener)` returns the function that unsubscribes. `listing(root)` is the last refresh's answer,
    never a disk read, so a window may ask it on its GUI thread.
    """

    def __init__(self, roots: Iterable[Path]) -> None:
        self.roots = tuple(Path(root) for root in roots)
        self._folders = {root: FolderIndex(root) for root in self.roots}
        self._snapshot: _Snapshot | None = None
        self._listeners: list[Listener] = []
        self._lock = threading.RLock()  # a listener may refresh again; re-entering is harmless

    @property
    def loaded(self) -> bool:
        """Whether a refresh has run: until then `listing` would read the disk to answer."""
        return self._snapshot is not None

    def covers(self, root: Path) -> bool:
        return Path(root) in self._folders

    @property
    def reads(self) -> int:
        """Sidecars parsed since the index was made."""
        return sum(folder.reads for folder in self._folders.values())

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """`listener(changes)` after each refresh that found a change, in the refreshing thread."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)
        return unsubscribe

    def refresh(self, thorough: bool | None = None) -> ClipChanges:
        """Reads what changed since the last refresh and announces it; the first one reads everything (and
        announces every clip as added). `thorough`: see FolderIndex.refresh."""
        with self._lock:
            before = self._snapshot
            snapshot = _Snapshot({root: folder.refresh(thorough=thorough) for root, folder in self._folders.items()})
            if before is not None and all(snapshot.listings[root] is before.listings[root] for root in self.roots):
                return ClipChanges()  # every folder gave its last listing back: nothing changed
            self._snapshot = snapshot
            changes = _compare(before, snapshot)
            if changes:
                for listener in list(self._listeners):
                    listener(changes)
            return changes

    def listing(self, root: Path | None = None) -> Listing:
        """The clips of `root` (the first folder by default) as the last refresh found them; a copy to keep."""
        snapshot = self._snapshot
        if snapshot is None:
            self.refresh()
            snapshot = self._snapshot
        return _copy(snapshot.listings[Path(root) if root is not None else self.roots[0]])

    def clips(self) -> list[Clip]:
        """Every clip of every folder, as the last refresh found them."""
        return [clip for root in self.roots for clip in self.listing(root).clips]


def _compare(before: _Snapshot | None, after: _Snapshot) -> ClipChanges:
    old = {clip.sidecar_path: clip for listing in (before.listings.values() if before else ()) for clip in listing.clips}
    new = {clip.sidecar_path: clip for listing in after.listings.values() for clip in listing.clips}
    problems = (lambda snapshot: [listing.problems for listing in snapshot.listings.values()] if snapshot else [])
    return ClipChanges(
        added=tuple(clip for path, clip in new.items() if path not in old),
        changed=tuple(clip for path, clip in new.items() if path in old and _differs(old[path], clip)),
        removed=tuple(clip for path, clip in old.items() if path not in new),
        problems_changed=problems(before) != problems(after),
    )


def _differs(old: Clip, new: Clip) -> bool:
    # Sidecar equality leaves out the keys this version does not know; a window showing a newer kiosk's field
    # (a theme, a quote) must hear of a change to it too.
    return old != new or old.sidecar.unknown != new.sidecar.unknown
