"""A long day: hundreds of takes in a row through the real recorder, with keeps, retakes and deletes mixed.

Not in the default run (`-m soak` runs it): see the README for its figures.
"""

import gc
import json
import os
import threading

import psutil
import pytest

from kiosk.capture import open_sources
from kiosk.recording.session import ClipRecording
from kiosk.store import ClipStore, ClipTags
from kiosk.store.media import probe

TAKES = int(os.environ.get("SOAK_TAKES", "300"))
TAKE_SECONDS = float(os.environ.get("SOAK_TAKE_SECONDS", "0.5"))
WARM_UP = 10


def _usage() -> dict:
    gc.collect()
    process = psutil.Process()
    return {"rss_mb": process.memory_info().rss / 2**20, "fds": process.num_fds(), "threads": threading.active_count()}


@pytest.mark.soak
def test_hundreds_of_takes_leave_no_growth_and_no_leftovers(recordings, capsys):
    camera, microphone = open_sources("synthetic", "synthetic", 640, 360, 30)
    store = ClipStore(recordings)
    kept, discarded, samples = [], [], []
    camera.start()
    microphone.start()
    try:
        for take in range(TAKES):
            if take == WARM_UP:
                baseline = _usage()
            tags = ClipTags("Soak", ["community", "frontline", "manager"][take % 3], "prompt", "event")
            recording = ClipRecording(store, tags, camera, microphone, max_seconds=TAKE_SECONDS)
            recording.start()
            clip, result = recording.wait(timeout=30)
            assert result.error is None, result.error
            if take % 3 == 0:
                kept.append(store.keep(clip))
            else:  # Try again and Delete both discard the take
                store.discard(clip)
                discarded.append(clip)
            if take % 50 == 0:
                samples.append(_usage())
    finally:
        camera.stop()
        microphone.stop()
    after = _usage()
    figures = {"takes": TAKES, "kept": len(kept), "baseline": baseline, "after": after, "samples": samples}
    with capsys.disabled():
        print("\nsoak:", json.dumps(figures))

    assert after["fds"] <= baseline["fds"]
    assert after["threads"] <= baseline["threads"]
    assert after["rss_mb"] - baseline["rss_mb"] < 40
    for clip in discarded:
        assert not clip.media_path.exists() and not clip.sidecar_path.exists()
    assert sorted(p.name for p in recordings.rglob("*.mp4")) == sorted(c.media_path.name for c in kept)
    for clip in kept:
        assert probe(clip.media_path).duration >= TAKE_SECONDS * 0.8
        assert json.loads(clip.sidecar_path.read_text())["status"] == "kept"
