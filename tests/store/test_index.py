"""The clip index (issue 18): added / changed / removed announced once each, only what changed re-read, a rewrite
within one tick of a coarse clock still noticed, a pending withdrawal a removal, and after any sequence of changes
to a hostile folder exactly what a fresh ClipStore.list() says."""

import os
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.store import ClipStore, ClipTags
from kiosk.store.index import ClipIndex, scan_folder
from kiosk.store.withdraw import WITHDRAWALS_LOG, Withdrawal, _log

TAGS = ClipTags("Test event", "volunteer", "What are you learning today?", "public")
MORNING = datetime(2026, 12, 6, 9, 0).astimezone()
HOUR_AGO = time.time_ns() - 3600 * 10**9  # well outside the index's racy window


def _kept(root: Path, number: int, day: datetime = MORNING):
    """A kept clip with a tiny media file, as the kiosk leaves one."""
    store = ClipStore(root)
    clip = store.begin(TAGS, now=day + timedelta(seconds=90 * number))
    clip.media_path.write_bytes(b"not really a video")
    return store.keep(clip)


def _age(root: Path, when_ns: int = HOUR_AGO) -> None:
    """Every file and folder under root stamped `when_ns`, as a folder written earlier in the day."""
    for folder, names, files in os.walk(root):
        for name in names + files:
            os.utime(Path(folder) / name, ns=(when_ns, when_ns), follow_symlinks=False)
        os.utime(folder, ns=(when_ns, when_ns))


class Heard:
    def __init__(self, index: ClipIndex) -> None:
        self.changes = []
        self.unsubscribe = index.subscribe(self.changes.append)

    def ids(self, kind: str) -> list[str]:
        return [clip.sidecar.id for change in self.changes for clip in getattr(change, kind)]


def test_added_changed_removed_are_announced_once_each(tmp_path):
    first = _kept(tmp_path, 0)
    index = ClipIndex([tmp_path])
    heard = Heard(index)
    index.refresh()
    assert heard.ids("added") == [first.sidecar.id]

    second = _kept(tmp_path, 1)
    ClipStore(tmp_path).update(first, notes=("a facilitator's note",))
    index.refresh()
    index.refresh()  # nothing new: nothing announced twice
    assert heard.ids("added") == [first.sidecar.id, second.sidecar.id]
    assert heard.ids("changed") == [first.sidecar.id]
    assert [clip.sidecar.notes for change in heard.changes for clip in change.changed] == [("a facilitator's note",)]

    ClipStore(tmp_path).discard(second)
    index.refresh()
    index.refresh()
    assert heard.ids("removed") == [second.sidecar.id]
    assert len(heard.changes) == 3

    heard.unsubscribe()
    _kept(tmp_path, 2)
    index.refresh()
    assert len(heard.changes) == 3  # no longer listening
    assert len(index.listing().clips) == 2


def test_a_refresh_rereads_only_what_changed(tmp_path):
    clips = [_kept(tmp_path, number) for number in range(20)]
    _age(tmp_path)
    index = ClipIndex([tmp_path])
    index.refresh()
    assert index.reads == 20
    index.refresh()
    assert index.reads == 20  # nothing changed: not one sidecar parsed again

    ClipStore(tmp_path).update(clips[3], notes=("changed",))  # a fresh write: within the racy window
    added = _kept(tmp_path, 30)
    changes = index.refresh()
    assert index.reads == 22
    assert [clip.sidecar.id for clip in changes.added] == [added.sidecar.id]
    assert [clip.sidecar.id for clip in changes.changed] == [clips[3].sidecar.id]


def test_a_rewrite_within_the_same_tick_is_still_noticed(tmp_path):
    """A coarse clock (FAT's 2 s): the sidecar rewritten in place, same size, same inode, same mtime."""
    clip = _kept(tmp_path, 0)
    ClipStore(tmp_path).update(clip, notes=("aaaa",))
    tick = time.time_ns() // 2_000_000_000 * 2_000_000_000  # this moment, on a 2 s clock
    os.utime(clip.sidecar_path, ns=(tick, tick))
    index = ClipIndex([tmp_path])
    index.refresh()
    before = os.stat(clip.sidecar_path)

    with open(clip.sidecar_path, "r+b") as file:  # a foreign tool writing in place, within the same tick
        content = file.read().replace(b'"aaaa"', b'"bbbb"')
        file.seek(0)
        file.write(content)
    os.utime(clip.sidecar_path, ns=(tick, tick))
    after = os.stat(clip.sidecar_path)
    assert (after.st_mtime_ns, after.st_size, after.st_ino) == (before.st_mtime_ns, before.st_size, before.st_ino)

    changes = index.refresh()
    assert [clip.sidecar.notes for clip in changes.changed] == [("bbbb",)]


def test_an_old_stamp_is_trusted(tmp_path):
    """The other side of the racy rule: outside its window a file whose stamp is unchanged is not read again."""
    clip = _kept(tmp_path, 0)
    _age(tmp_path)
    index = ClipIndex([tmp_path])
    index.refresh()
    os.utime(clip.sidecar_path, ns=(HOUR_AGO + 1, HOUR_AGO + 1))  # touched in place, a tick later
    index.refresh(thorough=False)
    assert index.reads == 1  # its folder did not change: between sweeps its sidecars are not looked at
    index.refresh(thorough=True)
    assert index.reads == 2  # the sweep stats it, and reads it again


def test_a_pending_withdrawal_removes_the_clip(tmp_path):
    clip, other = _kept(tmp_path, 0), _kept(tmp_path, 1)
    _age(tmp_path)
    index = ClipIndex([tmp_path])
    index.refresh()
    # Logged, not yet carried out (a kill right after the log line): the files are all still there.
    _log(tmp_path, Withdrawal(MORNING.isoformat(), clip.code, clip.sidecar.id))
    changes = index.refresh()
    assert [gone.sidecar.id for gone in changes.removed] == [clip.sidecar.id]
    assert clip.sidecar_path.exists()
    listing = index.listing()
    assert [kept.sidecar.id for kept in listing.clips] == [other.sidecar.id]
    assert [hidden.sidecar.id for hidden in listing.withdrawn] == [clip.sidecar.id]
    assert clip.code in listing.withdrawal_codes


def test_a_store_given_an_index_finds_and_begins_without_reading_every_sidecar(tmp_path):
    clips = [_kept(tmp_path, number) for number in range(5)]
    _age(tmp_path)
    index = ClipIndex([tmp_path])
    store = ClipStore(tmp_path, index=index)
    assert store.find(clips[2].code.lower()).sidecar.id == clips[2].sidecar.id
    assert index.reads == 5
    assert store.find(clips[4].code) == clips[4]
    assert index.reads == 5  # the second look-up read nothing
    new = store.begin(TAGS, now=MORNING + timedelta(hours=2))
    assert new.code not in {clip.code for clip in clips}
    assert index.reads == 5
    assert store.list().clips[-1].sidecar.id != new.sidecar.id  # recording: no media yet, so not a clip
    assert ClipStore(tmp_path, index=ClipIndex([tmp_path / "elsewhere"])).index is None  # an index of another folder


def test_an_index_of_two_folders_lists_each(tmp_path):
    one, two = tmp_path / "a", tmp_path / "b"
    _kept(one, 0), _kept(two, 0), _kept(two, 1)
    index = ClipIndex([one, two])
    assert len(index.refresh().added) == 3
    assert (len(index.listing(one).clips), len(index.listing(two).clips), len(index.clips())) == (1, 2, 3)


# -- any sequence of changes, hostile ones too: the index says what a fresh listing says ------------------------

SLOTS = 3
IN_PLACE = {"same tick rewrite", "junk sidecar", "huge sidecar"}  # written without a rename: seen at a sweep
CHANGES = st.sampled_from(["keep", "rewrite", "drop media", "fifo media", "junk sidecar", "huge sidecar",
                           "delete sidecar", "withdraw", "link sidecar", "stray media", "link media",
                           "log is a folder", "log back", "link day", "fifo day", "folder named json",
                           "new day", "same tick rewrite"])


class Folder:
    """A recordings folder changed step by step, every change stamped with the next tick of a fake 2 s clock an hour
    ago (as a FAT stick keeps times), so the index's stamps, not the racy rule, must find each change."""

    def __init__(self, root: Path) -> None:
        self.root, self.tick = root, HOUR_AGO
        self.clips: dict[int, object] = {}
        root.mkdir()

    def stamp(self) -> None:
        self.tick += 2_000_000_000
        recent = time.time_ns() - 600 * 10**9
        for folder, names, files in os.walk(self.root):
            for path in [Path(folder) / name for name in names + files] + [Path(folder)]:
                if os.lstat(path).st_mtime_ns > recent:
                    os.utime(path, ns=(self.tick, self.tick), follow_symlinks=False)

    def change(self, what: str, slot: int) -> None:
        clip = self.clips.get(slot)
        day = self.root / "2026-12-06"
        if what == "keep" or (clip is None and what in ("rewrite", "drop media", "fifo media", "junk sidecar",
                                                        "huge sidecar", "delete sidecar", "withdraw", "link sidecar",
                                                        "link media", "same tick rewrite")):
            self.clips[slot] = _kept(self.root, slot + 10 * len(self.clips))
        elif what == "rewrite" and clip.sidecar_path.exists():
            self.clips[slot] = ClipStore(self.root).update(clip, notes=clip.sidecar.notes + ("x",))
        elif what == "same tick rewrite" and clip.sidecar_path.exists():
            info = os.stat(clip.sidecar_path)
            content = clip.sidecar_path.read_bytes()
            clip.sidecar_path.write_bytes(content.replace(b'"kept"', b'"KEPT"'))  # same size, no longer a status
            os.utime(clip.sidecar_path, ns=(info.st_mtime_ns + 1, info.st_mtime_ns + 1))
        elif what == "drop media":
            clip.media_path.unlink(missing_ok=True)
        elif what == "fifo media":
            clip.media_path.unlink(missing_ok=True)
            os.mkfifo(clip.media_path)
        elif what == "junk sidecar":
            clip.sidecar_path.write_text('{"id": "not an id", "withdrawal_code": 3}')
        elif what == "huge sidecar":
            clip.sidecar_path.write_bytes(b" " * (1024 * 1024 + 1))
        elif what == "delete sidecar":
            clip.sidecar_path.unlink(missing_ok=True)
        elif what == "withdraw" and not (self.root / WITHDRAWALS_LOG).is_dir():
            _log(self.root, Withdrawal(MORNING.isoformat(), clip.code, clip.sidecar.id))
        elif what == "link sidecar":
            link = clip.sidecar_path.with_name(f"link{slot}.json")
            if not os.path.lexists(link):
                link.symlink_to(clip.sidecar_path.name)
        elif what == "link media":
            clip.media_path.unlink(missing_ok=True)
            clip.media_path.symlink_to("/dev/zero")
        elif what == "stray media":
            (day / f"20261206T120000_volunteer_STRAY{slot}.mp4").parent.mkdir(exist_ok=True)
            (day / f"20261206T12000{slot}_volunteer_ABCDE{slot}.mp4").write_bytes(b"x")
        elif what == "log is a folder":
            log = self.root / WITHDRAWALS_LOG
            if log.is_file() or not log.exists():
                log.unlink(missing_ok=True)
                log.mkdir()
        elif what == "log back":
            log = self.root / WITHDRAWALS_LOG
            if log.is_dir() and not log.is_symlink():
                log.rmdir()
        elif what == "link day":
            link = self.root / f"2026-12-0{slot}"
            if not os.path.lexists(link):
                link.symlink_to(day if slot % 2 else self.root / "nowhere")
        elif what == "fifo day":
            fifo = self.root / f"2026-11-2{slot}"
            if not os.path.lexists(fifo):
                os.mkfifo(fifo)
        elif what == "folder named json":
            (day / f"folder{slot}.json").mkdir(parents=True, exist_ok=True)
        elif what == "new day":
            self.clips[slot] = _kept(self.root, slot, MORNING + timedelta(days=1 + slot))
        self.stamp()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(CHANGES, st.integers(0, SLOTS - 1)), min_size=1, max_size=12))
def test_the_index_always_lists_what_a_fresh_listing_does(changes):
    with tempfile.TemporaryDirectory() as place:
        folder = Folder(Path(place) / "recordings")
        index = ClipIndex([folder.root])
        heard = Heard(index)
        index.refresh()
        for what, slot in changes:
            folder.change(what, slot)
            index.refresh(thorough=what in IN_PLACE)
            fresh, watched = ClipStore(folder.root).list(), index.listing()
            assert watched.problems == fresh.problems, what
            assert watched.clips == fresh.clips, what
            assert [clip.sidecar.unknown for clip in watched.clips] == [clip.sidecar.unknown for clip in fresh.clips]
            assert watched.withdrawn == fresh.withdrawn, what
            assert watched.withdrawal_codes == fresh.withdrawal_codes, what
        # What was announced adds up to what is there now.
        there: dict = {}
        for change in heard.changes:
            for clip in change.added + change.changed:
                there[clip.sidecar_path] = clip
            for clip in change.removed:
                there.pop(clip.sidecar_path, None)
        assert sorted(there.values(), key=str) == sorted(index.listing().clips, key=str)
        assert scan_folder(folder.root).clips == index.listing().clips
