"""One writer repository: every change re-reads the sidecar under one lock, so no writer loses another's change."""

import subprocess
import sys
import threading
from dataclasses import replace

import pytest

from kiosk.store import WALKED_AWAY, Clip, ClipStore, ClipTags, Sidecar, StoreError
from kiosk.store.withdraw import withdraw
from kiosk.transcripts import save_edited
from kiosk.transcripts.vtt import Cue
from tests.cli_runner import REPO

CHANGES = 40  # each writer's, enough that unlocked read-modify-writes would interleave and lose some


def _kept(store: ClipStore) -> Clip:
    clip = store.begin(ClipTags("Fair", "volunteer", "What are you learning?", "public", "en"))
    clip.media_path.write_bytes(b"")
    return store.keep(clip, reviewed=False, visit_ended=WALKED_AWAY)


def _noted(note: str):
    return lambda sidecar: replace(sidecar, notes=sidecar.notes + (note,))


def _read(clip: Clip) -> Sidecar:
    return Sidecar.from_json(clip.sidecar_path.read_bytes())


def test_a_change_from_a_stale_copy_keeps_what_others_wrote_since(recordings):
    store = ClipStore(recordings)
    stale = _kept(store)
    save_edited(store, stale, (Cue(0.0, 1.0, "Typed by a facilitator."),))
    store.annotate(stale, note="Ask about the bus.")
    store.update(stale, consent_scope="event")  # given the clip as it was before both
    store.keep(stale, reviewed=False)
    read = _read(stale)
    assert (read.transcript, read.facilitator.note, read.consent_scope) == ("edited", "Ask about the bus.", "event")


def test_writers_on_threads_lose_none_of_each_others_changes(recordings):
    store = ClipStore(recordings)
    clip = _kept(store)
    failures = []

    def writer(name: str) -> None:
        try:
            for number in range(CHANGES):
                ClipStore(recordings).repository.change(clip, _noted(f"{name}{number}"))
        except StoreError as error:  # shown by the assertion below, not lost on the thread
            failures.append(error)

    threads = [threading.Thread(target=writer, args=(name,)) for name in "ab"]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    notes = _read(clip).notes
    assert sorted(notes) == sorted(f"{name}{number}" for name in "ab" for number in range(CHANGES))


CHILD = """
import sys
from pathlib import Path
from dataclasses import replace
from kiosk.store import ClipStore
store = ClipStore(Path(sys.argv[1]))
clip = store.find(sys.argv[2])
for number in range(int(sys.argv[3])):
    store.repository.change(clip, lambda sidecar: replace(sidecar, notes=sidecar.notes + (f"child{number}",)))
"""


def test_a_writer_in_another_process_loses_none_of_this_ones_changes(recordings):
    store = ClipStore(recordings)
    clip = _kept(store)
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(recordings), clip.code, str(CHANGES)], cwd=REPO,
                             stderr=subprocess.PIPE, text=True)
    try:
        for number in range(CHANGES):
            store.repository.change(clip, _noted(f"parent{number}"))
        _, errors = child.communicate(timeout=120)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert child.returncode == 0, errors
    notes = _read(clip).notes
    assert len(notes) == 2 * CHANGES and {f"child{n}" for n in range(CHANGES)} <= set(notes)


def test_a_change_to_a_withdrawn_clip_is_refused_and_writes_nothing_back(recordings):
    store = ClipStore(recordings)
    clip = _kept(store)
    withdraw(store, clip.code, [])
    for change in (lambda: store.update(clip, notes=("late",)), lambda: store.keep(clip),
                   lambda: store.annotate(clip, note="late"), lambda: store.review(clip)):
        with pytest.raises(StoreError, match="no longer here: it was withdrawn or deleted"):
            change()
        assert not clip.sidecar_path.exists()


def test_a_new_sidecar_never_replaces_another_clips(recordings):
    store = ClipStore(recordings)
    clip = _kept(store)
    before = clip.sidecar_path.read_bytes()
    other = replace(clip.sidecar, id="0d2b8c4e-7f1a-4c3e-9b5d-2a6e8f0c1d3b")
    with pytest.raises(StoreError, match="already holds another clip"):
        store.update(Clip(other, clip.sidecar_path))
    assert clip.sidecar_path.read_bytes() == before


def test_the_writers_lock_is_reentrant_so_a_change_made_while_holding_it_goes_through(recordings):
    store = ClipStore(recordings)
    clip = _kept(store)
    with store.repository.lock():
        with store.transcript_lock():  # the same lock by its older name
            store.update(clip, notes=("held",))
    assert _read(clip).notes == ("held",)


def test_a_sidecar_that_cannot_be_read_now_is_one_sentence_and_left_as_it_is(recordings):
    store = ClipStore(recordings)
    clip = _kept(store)
    clip.sidecar_path.write_text("{ half a sidecar", encoding="utf-8")
    with pytest.raises(StoreError, match=r"could not be changed \(.*\)\.$"):
        store.update(clip, notes=("x",))
    assert clip.sidecar_path.read_text(encoding="utf-8") == "{ half a sidecar"
