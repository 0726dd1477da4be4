"""Tags given at a hub reach the clip's kiosk through real Syncthing processes on loopback: the kiosk's sidecar gets
the themes stamped by the hub; a change made at the kiosk after the hub's wins everywhere; a hostile hub's files
(wrong code, huge, bad JSON, unknown theme) are skipped with one sentence each and change nothing."""

import json
import os
import uuid
from datetime import datetime

import pytest

from kiosk.store import ClipStore
from kiosk.store.annotations import Annotations, Stamp
from kiosk.sync.arrivals import ArrivalCheck
from kiosk.sync.tags import MAX_ANNOTATION_BYTES, SUFFIX, HubAnnotation, hub_annotations, with_hub_annotations
from tests.sync.fleet import Node, keep_clip, paired_fleet, wait_for

ARRIVAL_SECONDS = 45  # a file each way, on a loaded CI machine


@pytest.fixture(scope="module")
def fleet(tmp_path_factory):
    with paired_fleet(tmp_path_factory.mktemp("tags")) as both:
        yield both


def _arrived(kiosk: Node, hub: Node, payload_size: int = 5000):
    clip = keep_clip(kiosk.recordings, os.urandom(payload_size))
    folder = hub.recordings / "kiosks" / kiosk.name
    wait_for(lambda: any(c.sidecar.id == clip.sidecar.id for c in ArrivalCheck().split(ClipStore(folder).list())[0]),
             ARRIVAL_SECONDS, "the clip whole at the hub")
    return clip


def _on_kiosk(kiosk: Node, clip):
    found = [c for c in ClipStore(kiosk.recordings).list().clips if c.sidecar.id == clip.sidecar.id]
    return found[0].sidecar.facilitator if found else None


def _copies_at_hub(hub: Node, kiosk: Node, clip):
    listing = ClipStore(hub.recordings / "kiosks" / kiosk.name).list()
    return [c for c in listing.clips if c.sidecar.id == clip.sidecar.id]


def _kiosk_copy_at_hub(hub: Node, kiosk: Node, clip):
    """The kiosk's sidecar as it arrived at the hub, without the hub's own tags."""
    return _copies_at_hub(hub, kiosk, clip)[0].sidecar.facilitator


def _at_hub(hub: Node, kiosk: Node, clip):
    """The clip as the hub shows it: its kiosk's sidecar merged with the hub's own tags."""
    shown = with_hub_annotations(_copies_at_hub(hub, kiosk, clip), hub_annotations(hub.recordings)[0])
    return shown[0].sidecar.facilitator


def _tag(node: Node, clip, theme: str) -> str:
    done = node.kiosk("tag", clip.code, "--theme", theme)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_tag_at_the_hub_reaches_the_kiosks_sidecar_stamped_by_the_hub(fleet):
    kiosk, hub = fleet
    clip = _arrived(kiosk, hub)
    assert "at this hub" in _tag(hub, clip, "being-heard")
    assert _at_hub(hub, kiosk, clip).themes == ("being-heard",)  # at once, before the round trip
    wait_for(lambda: (_on_kiosk(kiosk, clip) or Annotations()).themes, ARRIVAL_SECONDS,
             "the hub's tag in the kiosk's sidecar")
    annotations = _on_kiosk(kiosk, clip)
    assert annotations.themes == ("being-heard",) and annotations.stamps["themes"].by == "Hub"
    # The kiosk's sidecar comes back to the hub with the tag in it, so the hub's copy holds it too.
    wait_for(lambda: _kiosk_copy_at_hub(hub, kiosk, clip).themes == ("being-heard",), ARRIVAL_SECONDS,
             "the tagged sidecar back at the hub")
    assert f"Tagged at a hub: {clip.code[:3]}-{clip.code[3:]} (being-heard)." in kiosk.log.read_text()
    # Only the tags travelled from the outbox: the hub's lock on it, and any write's temporary file, stay there.
    [inbox] = (kiosk.home / "hubs").iterdir()
    assert {path.name for path in inbox.iterdir()} <= {".stfolder", "annotations", "withdrawals.log"}
    assert [path.name for path in (inbox / "annotations").iterdir()] == [f"{clip.sidecar.id}.annotation"]


def test_a_later_change_at_the_kiosk_wins_over_the_hubs_older_tag(fleet):
    kiosk, hub = fleet
    clip = _arrived(kiosk, hub)
    kiosk.stop()  # the kiosk away from the hub while both tag the clip: the hub first, then the kiosk
    try:
        _tag(hub, clip, "working-together")
        assert "is now tagged next-steps" in _tag(kiosk, clip, "next-steps")
    finally:
        kiosk.start()
    older = f"A hub's themes for {clip.code[:3]}-{clip.code[3:]} are older than the change made here, which is kept."
    wait_for(lambda: older in kiosk.log.read_text(), ARRIVAL_SECONDS, "the hub's older tag weighed at the kiosk")
    annotations = _on_kiosk(kiosk, clip)
    assert annotations.themes == ("next-steps",) and annotations.stamps["themes"].by == "facilitator"
    # At the hub, the kiosk's later change shows once its sidecar arrives, over the hub's own older tag.
    wait_for(lambda: _at_hub(hub, kiosk, clip).themes == ("next-steps",), ARRIVAL_SECONDS,
             "the kiosk's change shown at the hub")


def test_a_hostile_hubs_files_are_skipped_with_a_sentence_each(fleet):
    kiosk, hub = fleet
    clip = _arrived(kiosk, hub)
    sidecar = ClipStore(kiosk.recordings).find(clip.code).sidecar_path.read_bytes()
    good = json.loads(HubAnnotation(clip.sidecar.id, clip.code, _annotations(("being-heard",))).to_json())
    # A hostile hub writes what it likes in its outbox: this kiosk's clip id with a wrong code, a file too big to
    # read, one cut short.
    outbox = hub.recordings / "to-kiosks" / "annotations"
    mine, huge, bad = (f"{name}{SUFFIX}" for name in (clip.sidecar.id, uuid.uuid4(), uuid.uuid4()))
    (outbox / mine).write_text(json.dumps(dict(good, withdrawal_code="K7M4PX" if clip.code != "K7M4PX" else "K7M4PY")))
    (outbox / huge).write_bytes(b" " * (MAX_ANNOTATION_BYTES + 1))
    (outbox / bad).write_bytes(b'{"format": 1, "id":')
    expected = [f"A hub's annotation of clip {clip.sidecar.id} was skipped: its withdrawal code is not the clip's.",
                f"A hub's annotation {huge} was skipped ({huge} is larger than {MAX_ANNOTATION_BYTES:,} bytes).",
                f"A hub's annotation {bad} was skipped (Expecting value"]
    wait_for(lambda: all(line in kiosk.log.read_text() for line in expected), ARRIVAL_SECONDS,
             "the hostile files skipped at the kiosk")
    # Then the clip's own file with its right code, naming a theme this kiosk's event does not have.
    good["facilitator"]["themes"]["value"] = ["free-beer"]
    (outbox / mine).write_text(json.dumps(good))
    shown = f"{clip.code[:3]}-{clip.code[3:]}"
    wait_for(lambda: f"A hub's themes for {shown} were skipped: this kiosk's event has no theme 'free-beer'."
             in kiosk.log.read_text(), ARRIVAL_SECONDS, "the unknown theme skipped at the kiosk")
    assert ClipStore(kiosk.recordings).find(clip.code).sidecar_path.read_bytes() == sidecar
    assert kiosk.process.poll() is None  # still serving


def _annotations(themes):
    return Annotations(themes=themes, stamps={"themes": Stamp("Hub", datetime.now().astimezone().isoformat())})
