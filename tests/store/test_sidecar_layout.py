"""Format 2.0 nests a sidecar by who writes what; the keys that name a clip stay at the top, and older sidecars read."""

import json
from dataclasses import replace
from pathlib import Path

import pytest

from kiosk.recording.take import TakeResult
from kiosk.store import KEPT, WALKED_AWAY, ClipStore, ClipTags, Sidecar
from kiosk.store.clips import FLAT, FORMAT
from kiosk.store.layout import SECTIONS, TOP, place_of
from kiosk.store.measurements import TakeMeasurements
from tests.sidecars import first_format, flat_tags


def _kept(store: ClipStore):
    clip = store.begin(ClipTags("Gŵyl", "volunteer", "What are you learning?", "public", "cy"))
    clip.media_path.write_bytes(b"")
    return store.keep(clip, reviewed=False, visit_ended=WALKED_AWAY)


def _on_disk(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_a_new_sidecar_keeps_what_names_a_clip_at_the_top_and_nests_the_rest(recordings):
    store = ClipStore(recordings)
    clip = store.annotate(_kept(store), note="Speaks Welsh at home.")
    data = _on_disk(clip.sidecar_path)
    assert list(data) == ["format", *TOP, "attendee", "take", "transcript", "facilitator"]
    assert data["format"] == FORMAT == "2.0" and data["perspective"] == "volunteer" and data["status"] == KEPT
    assert data["attendee"] == {"event": "Gŵyl", "prompt": "What are you learning?", "language": "cy",
                                "consent_version": "", "reviewed": False, "reviewed_by": "", "visit_ended": WALKED_AWAY}
    assert set(data["take"]) == set(SECTIONS["take"]) and set(data["transcript"]) == {"state", "reason", "language",
                                                                                      "model"}
    assert data["facilitator"]["note"]["value"] == "Speaks Welsh at home."
    assert Sidecar.from_json(clip.sidecar_path.read_bytes()) == clip.sidecar


def test_finish_keeps_the_recorders_own_measurements(recordings):
    store = ClipStore(recordings)
    clip = store.begin(ClipTags("Fair", "volunteer", "?", "public", "en"))
    result = TakeResult(clip.media_path, duration=2.34567, width=640, height=360, frames=58, measured_fps=24.987,
                        audio_rate=48000, camera="Front camera", microphone="Built-in", silence_inserted_seconds=0.2)
    finished = store.finish(clip, result)
    assert finished.sidecar.take == result.measurements() == TakeMeasurements(
        2.346, 640, 360, 24.99, 58, 0, 48000, "Front camera", "Built-in", "stopped")
    assert finished.sidecar.duration == 2.346 and finished.sidecar.camera == "Front camera"  # the flat names read it
    take = _on_disk(clip.sidecar_path)["take"]
    assert take["duration"] == 2.346 and take["frames"] == 58 and "silence_inserted_seconds" not in take


def test_update_takes_a_measurement_by_its_flat_name(recordings):
    store = ClipStore(recordings)
    clip = store.update(_kept(store), duration=12.5, event="Renamed")
    assert (clip.sidecar.take.duration, clip.sidecar.event) == (12.5, "Renamed")
    assert flat_tags(clip.sidecar_path)["duration"] == 12.5


def test_an_unknown_key_in_every_section_survives_a_rewrite_and_stays_out_of_the_record(recordings):
    store = ClipStore(recordings)
    clip = _kept(store)
    data = _on_disk(clip.sidecar_path)
    planted = {section: {"from_a_newer_kiosk": {"nested": [1, {"deep": section}]}} for section in
               ("attendee", "take", "transcript", "facilitator")}
    for section, extra in planted.items():
        data[section].update(extra)
    data["sync"] = {"seen_by": ["hub"]}
    clip.sidecar_path.write_text(json.dumps(data), encoding="utf-8")
    store.update(store.find(clip.code), notes=("seen",))
    store.annotate(clip, wall=True)
    store.review(clip)
    data = _on_disk(clip.sidecar_path)
    assert data["sync"] == {"seen_by": ["hub"]} and data["take"]["notes"] == ["seen"]
    for section, extra in planted.items():
        assert data[section]["from_a_newer_kiosk"] == extra["from_a_newer_kiosk"]
    known = json.loads(Sidecar.from_json(clip.sidecar_path.read_bytes()).known_only().to_json())
    assert "sync" not in known and not any("from_a_newer_kiosk" in known[section] for section in planted)


def test_a_first_format_sidecar_reads_the_same_and_is_rewritten_nested_only_when_changed(recordings):
    store = ClipStore(recordings)
    clip = store.annotate(_kept(store), themes=("housing",))
    old = first_format(clip.sidecar)
    old["facilitator"] = clip.sidecar.facilitator.to_data()  # 1.1 kept it at the top as well
    old["sync"] = {"seen_by": ["hub"]}
    written = json.dumps(old).encode("utf-8")
    clip.sidecar_path.write_bytes(written)
    [read] = store.list().clips
    assert read.sidecar.format == "1.0" and replace(read.sidecar, format=FORMAT) == clip.sidecar
    assert read.sidecar.unknown == {"sync": {"seen_by": ["hub"]}}
    assert clip.sidecar_path.read_bytes() == written  # reading (listing, finding) never rewrites
    store.review(read)
    data = _on_disk(clip.sidecar_path)
    assert data["format"] == FORMAT and data["sync"] == {"seen_by": ["hub"]} and "event" not in data
    assert data["attendee"]["event"] == "Gŵyl" and data["facilitator"]["themes"]["value"] == ["housing"]


@pytest.mark.parametrize("section", ["attendee", "take", "transcript"])
def test_a_section_that_is_not_an_object_makes_only_that_sidecar_unreadable(recordings, section):
    store = ClipStore(recordings)
    clip, other = _kept(store), _kept(store)
    data = _on_disk(clip.sidecar_path)
    data[section] = ["not", "an", "object"]
    clip.sidecar_path.write_text(json.dumps(data), encoding="utf-8")
    listing = store.list()
    assert [found.sidecar.id for found in listing.clips] == [other.sidecar.id]
    assert any(f"{section} is not a JSON object" in problem for problem in listing.problems)


@pytest.mark.parametrize("name, value", [("duration", "long"), ("frames", 10 ** 400), ("reviewed", "yes"),
                                         ("transcript_language", 3), ("notes", "not a list")])
def test_a_value_in_a_section_is_checked_as_before(recordings, name, value):
    store = ClipStore(recordings)
    clip = _kept(store)
    data = _on_disk(clip.sidecar_path)
    section, key = next((section, keys[name]) for section, keys in SECTIONS.items() if name in keys)
    data[section][key] = value
    with pytest.raises(ValueError, match=name):
        Sidecar.from_json(json.dumps(data).encode("utf-8"))


def test_every_flat_name_has_one_place_in_the_file_and_no_two_share_one():
    places = [place_of(name) for name in FLAT]
    assert all(len(place) == 1 and place[0] in TOP or len(place) == 2 and place[0] in SECTIONS for place in places)
    assert len(set(places)) == len(places) == len(TOP) + sum(len(keys) for keys in SECTIONS.values())
