"""A sidecar is an open, versioned record: what this kiosk does not know survives every command that rewrites it."""

import json
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.config import load
from kiosk.export import ExportOptions, export_record
from kiosk.store import ClipStore, StoreError, recover
from kiosk.store.annotations import FIELDS as ANNOTATIONS
from kiosk.store.clips import FORMAT, KNOWN_KEYS
from kiosk.store.layout import SECTIONS
from kiosk.store.withdraw import withdraw
from kiosk.transcripts import save_edited
from kiosk.transcripts.vtt import Cue
from tests.cli_runner import kiosk
from tests.export.engine_clips import golden_kiosks
from tests.sidecars import first_format

CONFIG = load()[0]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2 ** 53) + 1, 2 ** 53 - 1)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8)
# Where a key may be added: the top level, or inside one of the sections (None: the top level).
PLACES = (None, *SECTIONS, "facilitator")
KNOWN_ANYWHERE = KNOWN_KEYS | {"format", *ANNOTATIONS, *(key for keys in SECTIONS.values() for key in keys.values())}
unknown_keys = st.text(min_size=1, max_size=12).filter(lambda key: key not in KNOWN_ANYWHERE)


def _on_disk(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _plant(clip, key: str, value, place: str | None = None) -> None:
    data = _on_disk(clip.sidecar_path)
    (data.setdefault(place, {}) if place else data)[key] = value
    clip.sidecar_path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def _found(path: Path, key: str, place: str | None = None):
    data = _on_disk(path)
    return (data[place] if place else data)[key]


def _clip(store: ClipStore, media: str):
    return next(clip for clip in store.list().clips if clip.sidecar.media == media)


@pytest.fixture
def kiosk_a(tmp_path_factory) -> Path:
    return golden_kiosks(tmp_path_factory)["kiosk-a"]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(key=unknown_keys, value=json_values, place=st.sampled_from(PLACES))
def test_an_unknown_key_survives_every_rewrite_and_stays_out_of_the_record(kiosk_a, key, value, place):
    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary) / "recordings"
        shutil.copytree(kiosk_a, root)
        store = ClipStore(root)
        first, other = store.list().clips[:2]  # `first` is read before the key is added: every write re-reads
        _plant(first, key, value, place)

        def survived():
            assert _found(first.sidecar_path, key, place) == value

        for rewrite in (lambda: store.update(first, notes=("checked by hand",)),
                        lambda: store.keep(first, reviewed=False),
                        lambda: store.review(first),
                        lambda: store.annotate(first, note="Housing, twice.", themes=("housing",), wall=True),
                        lambda: save_edited(store, first, (Cue(0.0, 1.0, "Words typed by a facilitator."),)),
                        lambda: store.update(first, status="awaiting review"),
                        lambda: recover(store),  # keeps it, unreviewed: a rewrite
                        lambda: withdraw(store, other.code, [])):
            rewrite()
            survived()
        assert _on_disk(first.sidecar_path)["status"] == "kept"
        dest = Path(temporary) / "record"
        report = export_record([root], dest, ExportOptions(config=CONFIG, durable=False))
        assert report.clips == 2 and not report.damaged  # all but the withdrawn one
        exported = [_on_disk(path) for path in dest.glob("clips/*/*.json")]
        assert exported and all(data["format"] == FORMAT for data in exported)
        assert all(key not in (data[place] if place else data) for data in exported)
        survived()


def test_a_sidecar_from_before_versions_reads_as_the_first_and_is_written_as_this_one(kiosk_a, tmp_path):
    root = tmp_path / "recordings"
    shutil.copytree(kiosk_a, root)
    clip = ClipStore(root).list().clips[0]
    data = first_format(clip.sidecar)
    del data["format"]
    clip.sidecar_path.write_text(json.dumps(data), encoding="utf-8")
    store = ClipStore(root)
    old = store.list().clips[0]
    assert old.sidecar.format == "1.0" and replace(old.sidecar, format=FORMAT) == clip.sidecar
    store.update(old, notes=("seen",))
    assert _on_disk(clip.sidecar_path)["format"] == FORMAT == "2.0"
    assert ClipStore(root).list().clips[0].sidecar == replace(clip.sidecar, notes=("seen",))


def test_a_newer_minor_version_is_rewritten_as_that_version_with_its_keys(kiosk_a, tmp_path):
    root = tmp_path / "recordings"
    shutil.copytree(kiosk_a, root)
    clip = ClipStore(root).list().clips[0]
    _plant(clip, "format", "2.7")
    _plant(clip, "quotes", [{"from": 1.0, "to": 2.5, "themes": ["transport"]}])
    store = ClipStore(root)
    store.update(store.list().clips[0], notes=("seen",))
    data = _on_disk(clip.sidecar_path)
    assert data["format"] == "2.7" and data["quotes"] == [{"from": 1.0, "to": 2.5, "themes": ["transport"]}]


def test_a_newer_major_version_is_read_and_exported_but_never_rewritten(kiosk_a, tmp_path):
    root = tmp_path / "recordings"
    shutil.copytree(kiosk_a, root)
    clip = ClipStore(root).list().clips[0]
    _plant(clip, "format", "3.0")
    before = clip.sidecar_path.read_bytes()
    store = ClipStore(root)
    newer = next(found for found in store.list().clips if found.sidecar.media == clip.sidecar.media)
    assert newer.sidecar.is_newer
    with pytest.raises(StoreError, match="written by a newer kiosk"):
        store.update(newer, notes=("seen",))
    assert recover(store) == []  # a kept clip: nothing to repair
    _plant(clip, "status", "awaiting review")
    assert recover(store) == [f"{clip.sidecar.media} was written by a newer kiosk (sidecar format 3.0); it is left "
                              f"as it is: update this kiosk to change it."]
    _plant(clip, "status", "kept")
    report = export_record([root], tmp_path / "record", ExportOptions(config=CONFIG, durable=False))
    assert report.clips == 3 and not report.damaged
    assert clip.sidecar_path.read_bytes() == before


@pytest.mark.parametrize("version", ["2", "one", 1.0, "1.0.0", "1.x", ""])
def test_a_format_that_is_not_a_version_makes_only_that_sidecar_unreadable(kiosk_a, tmp_path, version):
    root = tmp_path / "recordings"
    shutil.copytree(kiosk_a, root)
    clip = ClipStore(root).list().clips[0]
    _plant(clip, "format", version)
    listing = ClipStore(root).list()
    assert len(listing.clips) == 2
    assert any("format is" in problem for problem in listing.problems)


def test_an_unknown_key_survives_kiosk_transcribe(kiosk_a, tmp_path):
    root = tmp_path / "recordings"
    shutil.copytree(kiosk_a, root)
    clip = ClipStore(root).list().clips[0]
    _plant(clip, "themes", ["transport", {"by": "a newer kiosk"}])
    done = kiosk("transcribe", "--recordings", root)
    assert done.returncode == 0, done.stderr
    data = _on_disk(clip.sidecar_path)
    assert data["transcript"]["state"] in ("auto", "none") and data["themes"] == ["transport", {"by": "a newer kiosk"}]


def test_kiosk_transcribe_leaves_a_newer_major_version_alone_and_does_the_rest(kiosk_a, tmp_path):
    root = tmp_path / "recordings"
    shutil.copytree(kiosk_a, root)
    clip = ClipStore(root).list().clips[0]
    _plant(clip, "format", "3.0")
    before = clip.sidecar_path.read_bytes()
    done = kiosk("transcribe", "--recordings", root)
    assert done.returncode == 0, done.stderr
    assert clip.sidecar_path.read_bytes() == before and not clip.transcript_path.exists()
    others = [other for other in ClipStore(root).list().clips if other.sidecar.media != clip.sidecar.media]
    assert len(others) == 2 and all(other.sidecar.transcript in ("auto", "none") for other in others)
    with pytest.raises(StoreError, match="written by a newer kiosk"):
        save_edited(ClipStore(root), clip, (Cue(0.0, 1.0, "Typed."),))
    assert not clip.transcript_path.exists()
