"""What a hub reads from a kiosk's folder is untrusted: Syncthing's own files are never clips, a clip counts only
when kept and whole, and a status file is checked field by field."""

import hashlib
import json

from kiosk.store import KEPT, ClipStore, ClipTags
from kiosk.sync.arrivals import ArrivalCheck, expand_hub_folders, hub_roots
from kiosk.sync.status import STATUS_FILE, KioskStatus, measure, read_status, write_status


def _kept(store: ClipStore, payload: bytes = b"pictures and sound"):
    clip = store.begin(ClipTags("Gŵyl", "volunteer", "What are you learning?", "public", "en"))
    clip.media_path.write_bytes(payload)
    return store.update(clip, status=KEPT, sha256=hashlib.sha256(payload).hexdigest(), duration=2.0)


def test_conflict_copies_and_downloads_are_never_read_as_clips(recordings):
    store = ClipStore(recordings)
    clip = _kept(store)
    day = clip.sidecar_path.parent
    stem = clip.sidecar_path.stem
    (day / f"{stem}.sync-conflict-20260614-101010-ABCDEFG.json").write_bytes(clip.sidecar_path.read_bytes())
    (day / f"{stem}.sync-conflict-20260614-101010-ABCDEFG.mp4").write_bytes(b"another version")
    (day / f".syncthing.{stem}.mp4.tmp").write_bytes(b"half")
    (recordings / ".stfolder").mkdir()
    listing = store.list()
    assert [c.sidecar_path for c in listing.clips] == [clip.sidecar_path]
    assert listing.problems == []
    assert store.files("*.mp4") == [clip.media_path]


def test_a_clip_counts_only_when_kept_and_its_media_matches(recordings):
    store = ClipStore(recordings)
    whole = _kept(store)
    recording = store.begin(ClipTags("Gŵyl", "community", "What are you learning?", "public", "en"))
    recording.media_path.write_bytes(b"still growing")
    damaged = _kept(store, b"as sent")
    damaged.media_path.write_bytes(b"as half arrived")
    check = ArrivalCheck()
    counted, waiting = check.split(store.list())
    assert [c.sidecar.id for c in counted] == [whole.sidecar.id]
    assert {c.sidecar.id for c in waiting} == {recording.sidecar.id, damaged.sidecar.id}
    damaged.media_path.write_bytes(b"as sent")  # the rest arrived
    counted, _ = check.split(store.list())
    assert {c.sidecar.id for c in counted} == {whole.sidecar.id, damaged.sidecar.id}
    counted, _ = check.split(store.list(), withdrawn={(whole.sidecar.id, whole.code)})
    assert [c.sidecar.id for c in counted] == [damaged.sidecar.id]


def test_a_hub_folder_stands_for_its_own_its_requests_and_each_kiosk(tmp_path):
    hub = tmp_path / "hub"
    assert hub_roots(hub) == [hub]  # not a hub's folder (yet): it stands for itself
    for kiosk in ("Entrance", "Room 2"):
        (hub / "kiosks" / kiosk).mkdir(parents=True)
    (hub / "kiosks" / "link").symlink_to(tmp_path)
    assert hub_roots(hub) == [hub, hub / "kiosks" / "Entrance", hub / "kiosks" / "Room 2"]
    (hub / "to-kiosks").mkdir()
    assert hub_roots(hub) == [hub, hub / "to-kiosks", hub / "kiosks" / "Entrance", hub / "kiosks" / "Room 2"]
    assert expand_hub_folders([tmp_path / "other"]) == [tmp_path / "other"]


def test_the_status_round_trips_and_a_hostile_one_is_refused_calmly(recordings):
    store = ClipStore(recordings)
    _kept(store)
    status = measure(store, "Entrance", faults=("The camera was lost.",))
    write_status(recordings, status)
    read, problem = read_status(recordings)
    assert problem == "" and read.name == "Entrance" and read.clips_today == 1 and read.faults == status.faults
    assert isinstance(read, KioskStatus) and read.last_take == status.last_take
    for hostile in ({"format": "1.0", "name": "x", "time": "now", "clips_today": 1, "free_hours": 1},
                    {"format": "1.0", "name": "x", "time": status.time, "clips_today": -1, "free_hours": 1},
                    {"format": "1.0", "name": "x", "time": status.time, "clips_today": 1, "free_hours": 1e400},
                    {"format": "9.0"}, [1, 2]):
        (recordings / STATUS_FILE).write_text(json.dumps(hostile))
        read, problem = read_status(recordings)
        assert read is None and problem.startswith("Its status file")
    (recordings / STATUS_FILE).unlink()
    (recordings / STATUS_FILE).symlink_to(recordings / "elsewhere.json")
    assert read_status(recordings)[0] is None
