"""`kiosk approve CODE|ID [--undo]`: a facilitator's approval for the wall, refused for a clip its consent keeps off;
`kiosk wall` refusing a folder that is not there."""

import pytest

from kiosk.store import ClipStore
from kiosk.store.clips import is_unconfirmed
from kiosk.store.codes import display
from kiosk.store.withdraw import withdraw
from tests.cli_runner import kiosk
from tests.wall.clips import kept_clip

pytestmark = pytest.mark.portable


def _sidecar(store: ClipStore, clip):
    return next(found for found in store.list().clips if found.sidecar.id == clip.sidecar.id).sidecar


def test_approve_then_undo_by_code_or_id_and_approval_is_the_facilitators_review(recordings):
    store = ClipStore(recordings)
    clip = kept_clip(store, 0, confirmed=False)
    done = kiosk("approve", display(clip.code), "--recordings", recordings)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"{display(clip.code)} is approved for the wall: the frontline clip recorded")
    sidecar = _sidecar(store, clip)
    assert sidecar.facilitator.wall and sidecar.facilitator.stamps["wall"].by == "facilitator"
    assert not is_unconfirmed(sidecar) and sidecar.reviewed_by == "facilitator"
    again = kiosk("approve", clip.sidecar.id, "--recordings", recordings)
    assert again.returncode == 0 and "was already approved for the wall; nothing changed." in again.stdout
    undone = kiosk("approve", display(clip.code), "--undo", "--recordings", recordings)
    assert undone.returncode == 0 and "is no longer approved for the wall" in undone.stdout
    assert not _sidecar(store, clip).facilitator.wall


@pytest.mark.parametrize("case, sentence", [
    ("event scope", "does not allow showing it in public, so it cannot be shown on the wall."),
    ("withdrawn", "was withdrawn, so there is nothing to approve."),
    ("unknown", "No clip in"),
    ("not a code", "is neither a withdrawal code"),
])
def test_approve_refuses_with_one_sentence_and_a_non_zero_exit(recordings, case, sentence):
    store = ClipStore(recordings)
    clip = kept_clip(store, 0, scope="event" if case == "event scope" else "public")
    named = {"unknown": "ABCDEF", "not a code": "hello there"}.get(case, display(clip.code))
    if case == "withdrawn":
        withdraw(store, clip.code)
    refused = kiosk("approve", named, "--recordings", recordings)
    assert refused.returncode != 0 and refused.stdout == ""
    lines = refused.stderr.strip().splitlines()
    assert len(lines) == 1 and sentence in lines[0] and "Traceback" not in refused.stderr
    if case == "event scope":
        assert not _sidecar(store, clip).facilitator.wall


def test_approve_uses_this_laptops_config_to_decide_what_is_public(recordings):
    store = ClipStore(recordings)
    clip = kept_clip(store, 0)
    (recordings / "kiosk.toml").write_text(
        '[[consent.scopes]]\nid = "event"\nlabel = "Event"\n\n[[consent.scopes]]\nid = "public"\nlabel = "Public"\n',
        encoding="utf-8")
    refused = kiosk("approve", display(clip.code), "--recordings", recordings)
    assert refused.returncode != 0 and "does not allow showing it in public" in refused.stderr


def test_the_wall_refuses_a_folder_that_is_not_there_with_one_sentence(tmp_path):
    refused = kiosk("wall", "--recordings", tmp_path / "nowhere")
    # (With no folder there is no log either: Python's last-resort handler repeats the warning above it, as for review.)
    last = refused.stderr.strip().splitlines()[-1]
    assert refused.returncode != 0 and last == f"kiosk: There is no recordings folder at {tmp_path / 'nowhere'}."
    assert "Traceback" not in refused.stderr
