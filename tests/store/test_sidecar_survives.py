"""End to end: what this version does not know, at the top of a sidecar and inside each section, survives every
command that rewrites it, and `kiosk export` reads such a clip and publishes only what it knows."""

import json
import shutil
from pathlib import Path

from kiosk.store import ClipStore
from tests.cli_runner import kiosk
from tests.export.engine_clips import golden_kiosks

# Where (None: the top level), what key and what nested JSON a newer kiosk or a sync engine added.
PLANTED = {
    None: ("sync", {"seen_by": ["hub", {"at": "2026-06-01T10:00:00+00:00"}], "round": 3}),
    "attendee": ("pronouns", {"said": "they", "asked": True}),
    "take": ("lens", [{"zoom": 1.5}, None, "wide"]),
    "transcript": ("speakers", [{"from": 0.0, "to": 2.5, "who": "A"}]),
    "facilitator": ("mood", {"value": "hopeful", "by": "a newer kiosk", "at": "2026-06-01T10:00:00+00:00"}),
}


def _on_disk(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _plant(path: Path) -> None:
    data = _on_disk(path)
    for place, (key, value) in PLANTED.items():
        (data[place] if place else data)[key] = value
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def _assert_survived(path: Path) -> None:
    data = _on_disk(path)
    for place, (key, value) in PLANTED.items():
        assert (data[place] if place else data)[key] == value, (place, key)


def _ran(*args) -> str:
    done = kiosk(*args, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return done.stdout


def test_unknown_fields_survive_recover_transcribe_review_notes_and_a_withdrawal(tmp_path_factory, tmp_path):
    root = tmp_path / "recordings"
    shutil.copytree(golden_kiosks(tmp_path_factory)["kiosk-a"], root)
    store = ClipStore(root)
    clip, other = store.list().clips[:2]
    # A take the kiosk stopped at review: recover keeps it unconfirmed, so a review has something to do after.
    store.update(clip, status="awaiting review", transcript="", transcript_reason="", transcript_model="")
    _plant(clip.sidecar_path)

    assert "kept, not reviewed" in _ran("recover", "--recordings", root)
    _assert_survived(clip.sidecar_path)
    _ran("transcribe", "--recordings", root)
    _assert_survived(clip.sidecar_path)
    assert _on_disk(clip.sidecar_path)["transcript"]["state"] in ("auto", "none")
    assert "reviewed" in _ran("review", clip.code, "--recordings", root)
    _assert_survived(clip.sidecar_path)
    ClipStore(root).annotate(clip, note="Spoke about the bus to the hospital.")
    _assert_survived(clip.sidecar_path)
    _ran("withdraw", other.code, "--recordings", root, "--yes")
    _assert_survived(clip.sidecar_path)

    data = _on_disk(clip.sidecar_path)
    assert (data["status"], data["attendee"]["reviewed"], data["attendee"]["reviewed_by"]) == ("kept", True,
                                                                                                 "facilitator")
    assert data["facilitator"]["note"]["value"] == "Spoke about the bus to the hospital."

    dest = tmp_path / "record"
    _ran("export", dest, "--recordings", root)
    manifest = _on_disk(dest / "manifest.json")
    assert clip.sidecar.id in {row["id"] for row in manifest["clips"]}
    assert other.sidecar.id not in {row["id"] for row in manifest["clips"]}
    [exported] = [_on_disk(path) for path in dest.glob("clips/*/*.json") if _on_disk(path)["id"] == clip.sidecar.id]
    for place, (key, _) in PLANTED.items():
        assert key not in (exported[place] if place else exported), (place, key)  # only what the kiosk knows
    assert exported["attendee"]["event"] == data["attendee"]["event"]
    # The record keeps the facilitator's review but never their own note about the clip.
    assert exported["attendee"]["reviewed_by"] == "facilitator" and "note" not in exported.get("facilitator", {})
    _assert_survived(clip.sidecar_path)  # exporting never writes the recordings' sidecars
