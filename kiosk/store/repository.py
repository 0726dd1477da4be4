"""The one writer of a recordings folder's sidecars, and the owner of its locks.

Every change to a sidecar (begin, finish, keep, review, annotate, update, a transcript, recover, a withdrawal's
removals) is made here under the writers' lock, to the sidecar as it is on disk at that moment: a change is a
function of the sidecar, `repository.change(clip, fn)`, never a copy held since, so nothing another writer (the
transcriber, a second window, `kiosk review`, a sync) wrote in between is lost.

Two locks, both OS locks through filelock, which the OS drops when the process dies:
- `.transcripts.lock`, the writers' lock: held for each change, and while a clip's files are deleted (discard,
  withdrawal), so a writer that comes after finds the sidecar gone and writes nothing. Its name is the one kiosks
  before the repository took around transcripts and deletions, so an older kiosk on the same folder still waits.
  One instance a folder in a process (filelock's singleton), re-entrant in a thread, exclusive between threads.
- `.kiosk.lock`, "a kiosk is recording here": held for a whole session by the kiosk or `kiosk record`, so
  `recover` never touches a live take (StoreLock; an export takes the same kind of lock on its record folder).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from filelock import FileLock, Timeout

from kiosk.atomic import write_atomically
from kiosk.sentence import QT_TRANSLATE_NOOP
from kiosk.store.clips import KEPT, Clip, Sidecar, StoreError, clip_named, doing_said, said
from kiosk.store.files import MAX_JSON_BYTES, read_regular

WRITERS_LOCK = ".transcripts.lock"
RECORDING_LOCK = ".kiosk.lock"
WRITERS_WAIT_SECONDS = 60  # a change holds the lock for milliseconds; a withdrawal's removals for a few seconds


class Repository:
    """The sidecars of one recordings folder, written one change at a time."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def lock(self) -> FileLock:
        """The writers' lock: hold it to make several changes (a transcript's .vtt and its sidecar) or a deletion
        one step that no other writer sees half done. Re-entrant, so a change made while holding it is fine."""
        return FileLock(self.root / WRITERS_LOCK, timeout=WRITERS_WAIT_SECONDS, is_singleton=True)

    def recording_lock(self) -> "StoreLock":
        """Held while a kiosk or `kiosk record` writes takes here, so `recover` never touches a live take."""
        return StoreLock(self.root)

    def create(self, clip: Clip) -> Clip:
        """Writes a new clip's sidecar (a take begun, a media file adopted); refuses to replace another clip's."""
        with self._locked(clip, "written"):
            current = self._read(clip)
            if current is not None and current.id != clip.sidecar.id:
                raise StoreError(said(QT_TRANSLATE_NOOP("Store", "%1 already holds another clip; nothing was written."),
                                      clip.sidecar_path.name))
            return self._write(clip)

    def change(self, clip: Clip, change: Callable[[Sidecar], Sidecar], doing: str = "changed",
               kept_only: bool = False) -> Clip:
        """Applies `change` to the clip's sidecar as it is on disk now and writes the result (nothing when it is the
        same). Raises StoreError with one sentence if the clip has gone (withdrawn or deleted), is not kept (with
        `kept_only`), or was written by a newer kiosk; `doing` names the change in it ("reviewed")."""
        with self._locked(clip, doing):
            current = self._read(clip)
            if current is None or current.id != clip.sidecar.id:
                raise StoreError(said(QT_TRANSLATE_NOOP("Store", "The clip %1 is no longer here: it was withdrawn or "
                                                                 "deleted."), clip_named(clip)))
            if kept_only and current.status != KEPT:
                raise StoreError(said(QT_TRANSLATE_NOOP("Store", "The clip %1 is %2, not kept, so it cannot be %3."),
                                      clip_named(clip), said(current.status) if current.status in UNKEPT else
                                      current.status, doing_said(doing)))
            on_disk = Clip(current, clip.sidecar_path)
            check_writable(on_disk)
            changed = change(current)
            return on_disk if changed == current and changed.unknown == current.unknown else \
                self._write(Clip(changed, clip.sidecar_path))

    def _locked(self, clip: Clip, doing: str):
        return _Held(self.lock(), clip, doing)

    @staticmethod
    def _read(clip: Clip) -> Sidecar | None:
        try:
            return Sidecar.from_json(read_regular(clip.sidecar_path, MAX_JSON_BYTES))
        except FileNotFoundError:
            return None

    @staticmethod
    def _write(clip: Clip) -> Clip:
        check_writable(clip)
        write_atomically(clip.sidecar_path, clip.sidecar.to_json())
        return clip


# The statuses a clip not yet kept has, as a refusal names them, in the panel's language too.
UNKEPT = (QT_TRANSLATE_NOOP("Store", "recording"), QT_TRANSLATE_NOOP("Store", "awaiting review"))


def check_writable(clip: Clip) -> None:
    """Raises StoreError for a sidecar a newer kiosk wrote: what its known keys now mean may have changed."""
    if clip.sidecar.is_newer:
        raise StoreError(said(QT_TRANSLATE_NOOP("Store", "%1 was written by a newer kiosk (sidecar format %2); it is "
                                                         "left as it is: update this kiosk to change it."),
                              clip.sidecar.media, clip.sidecar.format))


class _Held:
    """The writers' lock held around one change; a sidecar that cannot be read, or a lock not had, is one sentence."""

    def __init__(self, lock: FileLock, clip: Clip, doing: str) -> None:
        self._lock, self._clip, self._doing = lock, clip, doing

    def __enter__(self) -> None:
        try:
            self._lock.acquire()
        except Timeout:
            raise StoreError(said(QT_TRANSLATE_NOOP("Store", "The clip %1 could not be %2: another change to the "
                                                             "recordings took too long; try again."),
                                  clip_named(self._clip), doing_said(self._doing))) from None

    def __exit__(self, kind, error, trace) -> bool:
        self._lock.release()
        if isinstance(error, ValueError):  # the sidecar on disk is not one this kiosk can read (NotAFile too)
            raise StoreError(said(QT_TRANSLATE_NOOP("Store", "The clip %1 could not be %2 (%3)."),
                                  clip_named(self._clip), doing_said(self._doing), str(error))) from None
        return False  # a disk's OSError goes on as it is: callers say what a full disk means for them


class StoreLock:
    """An OS lock on `<root>/.kiosk.lock` (flock on Linux and macOS, msvcrt on Windows, through filelock): the OS
    drops it when the process dies, so a crash never leaves the folder locked."""

    def __init__(self, root: Path) -> None:
        self.path = Path(root) / RECORDING_LOCK
        self._lock = FileLock(self.path)

    def acquire(self) -> bool:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(said(QT_TRANSLATE_NOOP("Store", "The recordings folder %1 cannot be used (%2)."),
                                  self.path.parent, str(error.strerror))) from None
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            return False
        except OSError as error:
            raise StoreError(said(QT_TRANSLATE_NOOP("Store", "The recordings folder %1 cannot be used (%2)."),
                                  self.path.parent, str(error.strerror))) from None
        return True

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release()

    def __enter__(self) -> "StoreLock":
        if not self.acquire():
            raise StoreError(said(QT_TRANSLATE_NOOP("Store", "Another kiosk is recording into %1 right now."),
                                  self.path.parent))
        return self

    def __exit__(self, *exc) -> None:
        self.release()
