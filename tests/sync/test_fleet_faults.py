"""The fleet when things go wrong, with real Syncthing processes on loopback: a hub offline for a while catches up,
a device the kiosk never paired receives nothing, and Syncthing killed mid-transfer leaves no half clip counted."""

import os
import signal

import pytest

from kiosk.store import ClipStore
from kiosk.sync.arrivals import ArrivalCheck
from kiosk.sync.engine import Syncthing
from tests.sync.fleet import Node, hub_copy, keep_clip, pair, wait_for

ARRIVAL_SECONDS = 30


@pytest.fixture
def nodes(tmp_path):
    started = []

    def make(name: str, role: str) -> Node:
        node = Node(tmp_path, name, role)
        started.append(node)
        return node
    yield make
    for node in started:
        node.stop()


def _ids(clips):
    return {clip.sidecar.id for clip in clips}


def test_a_hub_offline_for_a_while_catches_up(nodes):
    kiosk, hub = nodes("Breakout", "kiosk").start(), nodes("Hub", "hub").start()
    pair(kiosk, hub)
    first = keep_clip(kiosk.recordings, os.urandom(20_000))
    wait_for(hub_copy(hub, kiosk, first).exists, ARRIVAL_SECONDS, "the first clip at the hub")
    hub.stop()
    meanwhile = [keep_clip(kiosk.recordings, os.urandom(20_000), perspective) for perspective in ("community", "manager")]
    done = kiosk.kiosk("withdraw", first.code, "--yes")  # and one withdrawn while the hub was away
    assert done.returncode == 0, done.stderr
    hub.start()
    folder = hub.recordings / "kiosks" / kiosk.name
    # The kiosk's withdrawal log hides the clip at the hub as soon as it arrives; Syncthing deletes its files in
    # the same pull or the next, so the test waits for both rather than assume an order.
    wait_for(lambda: _ids(ArrivalCheck().split(ClipStore(folder).list())[0]) == _ids(meanwhile)
             and not hub_copy(hub, kiosk, first).exists(), ARRIVAL_SECONDS,
             "the clips kept meanwhile whole at the hub, and the withdrawn one gone")


def test_a_device_the_kiosk_never_paired_receives_nothing(nodes):
    kiosk, hub, stranger = (nodes("Entrance", "kiosk").start(), nodes("Hub", "hub").start(),
                            nodes("Stranger", "hub").start())
    pair(kiosk, hub)
    # The stranger accepts the kiosk on its side; the kiosk was never told about the stranger.
    done = stranger.kiosk("sync", "pair", kiosk.device_id, "--address", kiosk.address, "--name", kiosk.name)
    assert done.returncode == 0, done.stderr
    clip = keep_clip(kiosk.recordings, os.urandom(20_000))
    wait_for(hub_copy(hub, kiosk, clip).exists, ARRIVAL_SECONDS, "the clip at the paired hub")
    asking = wait_for(lambda: kiosk.status()["asking"], ARRIVAL_SECONDS, "the stranger listed as asking to join")
    assert [device["device_id"] for device in asking] == [stranger.device_id]
    assert not any(path.is_file() for path in (stranger.recordings / "kiosks").rglob("*") if path.name != ".stignore")
    assert not stranger.peer(kiosk.device_id)["connected"]


def test_killing_syncthing_mid_transfer_leaves_no_half_clip_counted(nodes):
    kiosk, hub = nodes("Entrance", "kiosk").start(), nodes("Hub", "hub").start()
    pair(kiosk, hub)
    engine = Syncthing(hub.home, "syncthing", hub.name)
    assert engine.attach()
    # 2 MB/s, loopback counting as LAN: a 12 MB clip takes some 6 s
    engine.patch("/rest/config/options", {"maxRecvKbps": 2000, "limitBandwidthInLan": True})
    engine.detach()
    clip = keep_clip(kiosk.recordings, os.urandom(12_000_000))
    day = hub.recordings / "kiosks" / kiosk.name / clip.media_path.parent.name
    wait_for(lambda: day.is_dir() and any(p.name.startswith(".syncthing.") for p in day.iterdir()), ARRIVAL_SECONDS,
             "a download under way at the hub")
    os.kill(hub.syncthing_pid, signal.SIGKILL)
    assert hub.process.wait(30) == 1  # `sync serve` says its engine stopped, and exits
    listing = ClipStore(day.parent).list()
    whole, waiting = ArrivalCheck().split(listing)
    assert clip.sidecar.id not in _ids(whole)
    assert not any(".syncthing." in problem for problem in listing.problems)
    hub.stop()
    hub.start()
    wait_for(lambda: clip.sidecar.id in _ids(ArrivalCheck().split(ClipStore(day.parent).list())[0]), 60,
             "the clip whole at the hub after Syncthing came back")
    assert not any(p.name.startswith(".syncthing.") for p in day.iterdir())

