"""The event fleet with real Syncthing processes on loopback: clips arrive whole, withdrawals go both ways, the
status file travels, and a hub never counts a clip that is still recording."""

import hashlib
import os

import pytest

from kiosk.store import KEPT, ClipStore, ClipTags
from kiosk.store.withdraw import read_withdrawals
from kiosk.sync.arrivals import ArrivalCheck, hub_roots
from kiosk.sync.status import read_status
from tests.sync.fleet import hub_copy, keep_clip, paired_fleet, wait_for

ARRIVAL_SECONDS = 30  # the target is 10 s on a LAN; a loaded CI machine gets three times that


@pytest.fixture(scope="module")
def fleet(tmp_path_factory):
    with paired_fleet(tmp_path_factory.mktemp("fleet")) as both:
        yield both


def test_a_kept_clip_arrives_whole_and_counts_at_the_hub(fleet):
    kiosk, hub = fleet
    clip = keep_clip(kiosk.recordings, os.urandom(300_000))
    copy = wait_for(lambda: hub_copy(hub, kiosk, clip).exists() and hub_copy(hub, kiosk, clip), ARRIVAL_SECONDS,
                    "the clip at the hub")
    folder = hub.recordings / "kiosks" / kiosk.name
    whole, waiting = wait_for(lambda: _whole(folder), ARRIVAL_SECONDS, "the clip counted whole at the hub")
    assert [c.sidecar.id for c in whole] == [clip.sidecar.id] and not waiting
    assert copy.read_bytes() == clip.media_path.read_bytes()
    assert folder in hub_roots(hub.recordings)
    status = wait_for(lambda: read_status(folder)[0], ARRIVAL_SECONDS, "the kiosk's status at the hub")
    assert status.name == kiosk.name and status.clips_today >= 0 and status.free_hours > 0
    peer = hub.peer(kiosk.device_id)
    assert peer["connected"] and peer["name"] == kiosk.name and peer["folder"].endswith(f"kiosks/{kiosk.name}")


def _whole(folder):
    whole, waiting = ArrivalCheck().split(ClipStore(folder).list())
    return (whole, waiting) if whole and not waiting else None


def test_what_stays_on_the_kiosk_never_travels(fleet):
    kiosk, hub = fleet
    (kiosk.recordings / ".facilitator-pin").write_text("{}")
    (kiosk.recordings / "logs").mkdir(exist_ok=True)
    (kiosk.recordings / "logs" / "kiosk.log").write_text("a line\n")
    marker = keep_clip(kiosk.recordings, os.urandom(1000))  # arrives after the files above were there to send
    wait_for(lambda: hub_copy(hub, kiosk, marker).exists(), ARRIVAL_SECONDS, "the marker clip at the hub")
    folder = hub.recordings / "kiosks" / kiosk.name
    assert not (folder / ".facilitator-pin").exists() and not (folder / "logs").exists()
    assert not (folder / ".kiosk.lock").exists()


def test_a_clip_still_recording_is_not_counted_until_kept(fleet):
    kiosk, hub = fleet
    store = ClipStore(kiosk.recordings)
    clip = store.begin(ClipTags("Gŵyl", "community", "What are you learning?", "public", "en"))
    half = os.urandom(200_000)
    clip.media_path.write_bytes(half)  # written in place during the take, as the encoder does
    copy = hub_copy(hub, kiosk, clip)
    wait_for(lambda: copy.exists() and copy.stat().st_size == len(half), ARRIVAL_SECONDS, "the growing media")
    folder = hub.recordings / "kiosks" / kiosk.name
    check = ArrivalCheck()
    whole, waiting = check.split(ClipStore(folder).list())
    assert clip.sidecar.id in {c.sidecar.id for c in waiting} and clip.sidecar.id not in {c.sidecar.id for c in whole}
    rest = os.urandom(100_000)
    with open(clip.media_path, "ab") as media:
        media.write(rest)
    store.update(clip, status=KEPT, duration=3.0, sha256=hashlib.sha256(half + rest).hexdigest())
    wait_for(lambda: clip.sidecar.id in {c.sidecar.id for c in check.split(ClipStore(folder).list())[0]},
             ARRIVAL_SECONDS, "the kept clip whole at the hub")


def test_a_withdrawal_at_the_kiosk_removes_the_hubs_copy(fleet):
    kiosk, hub = fleet
    clip = keep_clip(kiosk.recordings, os.urandom(50_000))
    copy = hub_copy(hub, kiosk, clip)
    wait_for(copy.exists, ARRIVAL_SECONDS, "the clip at the hub")
    done = kiosk.kiosk("withdraw", clip.code, "--yes")
    assert done.returncode == 0, done.stderr
    wait_for(lambda: not copy.exists() and not copy.with_suffix(".json").exists(), ARRIVAL_SECONDS,
             "the hub's copy removed")
    folder = hub.recordings / "kiosks" / kiosk.name
    wait_for(lambda: any(e.code == clip.code for e in read_withdrawals(folder)), ARRIVAL_SECONDS,
             "the kiosk's withdrawal log at the hub")


def test_a_withdrawal_at_the_hub_reaches_the_kiosk_and_stays(fleet):
    kiosk, hub = fleet
    clip = keep_clip(kiosk.recordings, os.urandom(50_000))
    copy = hub_copy(hub, kiosk, clip)
    wait_for(copy.exists, ARRIVAL_SECONDS, "the clip at the hub")
    done = hub.kiosk("withdraw", clip.code, "--yes")
    assert done.returncode == 0, done.stderr
    assert "Withdrawn at the hub" in done.stdout
    assert not copy.exists()  # at once, not when the kiosk answers
    wait_for(lambda: not clip.media_path.exists() and not clip.sidecar_path.exists(), ARRIVAL_SECONDS,
             "the clip withdrawn at its kiosk")
    assert any(e.code == clip.code and e.clip_id == clip.sidecar.id for e in read_withdrawals(kiosk.recordings))
    folder = hub.recordings / "kiosks" / kiosk.name
    wait_for(lambda: any(e.code == clip.code for e in read_withdrawals(folder)), ARRIVAL_SECONDS,
             "the kiosk's log line back at the hub")
    assert not copy.exists() and not copy.with_suffix(".json").exists()
    again = hub.kiosk("withdraw", clip.code, "--yes")
    assert again.returncode == 0, again.stderr  # finishing it again is harmless
