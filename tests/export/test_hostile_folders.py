"""Hostile recordings folders (hypothesis): whatever a sidecar, a link or a FIFO holds, export, recover and withdraw
write nothing outside DEST and the recordings, copy nothing from outside in, never fail with a traceback, and
export every good clip."""

import contextlib
import io
import json
import math
import os
import shutil
import tempfile
import uuid
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.cli import main
from kiosk.store import ClipStore
from tests.export.engine_clips import golden_kiosks
from tests.export.hostile_media import SIDECAR_SECONDS, add_clip, hostile_media
from tests.sidecars import put

SECRET = b"root:$6$a-secret-from-outside$:19000:0:99999:7:::\n"
FIELDS = ("id", "withdrawal_code", "perspective", "media", "started_at", "duration", "status", "consent_scope",
          "language", "notes", "sha256", "prompt", "event", "width", "reviewed")


def _outside_paths(outside: Path) -> list[str]:
    return [str(outside / "secret"), str(outside / "new"), f"{outside}/../outside/secret"]


HOSTILE_TEXT = ["../../outside/OUT", "../../../../../../tmp/OUT", "..", ".", "", "/", "CON", "nul.mp4", 'a"|?*',
                "a:b", "community\n", "x\\..\\..\\y", "=HYPERLINK(\"http://evil\")", "@SUM(1)", "+cmd", "-2+3",
                "\tx", "\rx", "\x00", "\ud800", "x" * 300, "2025-06-14T10:00:00", "yesterday"]
hostile_value = st.one_of(
    st.sampled_from(HOSTILE_TEXT), st.text(max_size=12), st.integers(), st.booleans(), st.none(),
    st.sampled_from([math.nan, math.inf, -math.inf, 1e308, -1.0, 2 ** 80, 10 ** 400]),
    st.lists(st.sampled_from(HOSTILE_TEXT), max_size=3), st.dictionaries(st.sampled_from(FIELDS), st.integers(), max_size=2),
    st.just("OUTSIDE"),  # replaced by a path outside the folders
)
hostile_sidecar = st.dictionaries(st.sampled_from(FIELDS), hostile_value, min_size=1, max_size=4)
special_file = st.sampled_from(["thumbnail linked to a secret", "sidecar linked to a secret", "sidecar is a FIFO",
                                "sidecar linked to /dev/zero", "media linked to a secret", "day folder linked outside",
                                "deeply nested sidecar", "huge sidecar", "junk withdrawal log",
                                "withdrawal log linked outside", "exports registry naming folders outside",
                                # issue 17: media and captions made to cost an export hours or gigabytes
                                "sound 10 hours in", "16000x16000 pictures", "600,000 pictures", "16x16 pictures",
                                "captions of <"])


def _run(*args) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(arg) for arg in args])
    text = err.getvalue()
    assert "unexpected error" not in text and "Traceback" not in text, text
    return code, out.getvalue() + text


def _snapshot(folder: Path) -> dict[str, tuple]:
    seen = {}
    for path in sorted(folder.rglob("*")):
        info = os.lstat(path)
        seen[str(path.relative_to(folder))] = (info.st_mode, info.st_size, info.st_mtime_ns,
                                               path.read_bytes() if path.is_file() and not path.is_symlink() else b"")
    return seen


def _plant_sidecar(day: Path, name: str, good: dict, changes: dict, outside: Path) -> None:
    data = {**good, "id": str(uuid.uuid4()), "withdrawal_code": "QRTUVW"}
    for key, value in changes.items():
        put(data, key, str(outside / "secret") if value == "OUTSIDE" else value)
    (day / f"{name}.json").write_text(json.dumps(data, allow_nan=True), encoding="utf-8")


def _plant_special(kind: str, clip, outside: Path, root: Path, media: dict[str, Path]) -> None:
    day, secret = clip.sidecar_path.parent, outside / "secret"
    if kind in media:
        add_clip(root, media[kind], SIDECAR_SECONDS[kind])
    elif kind == "captions of <":
        clip.transcript_path.write_text("WEBVTT\n\n00:00.000 --> 00:01.000\n" + "<" * 1_000_000, "utf-8")
    elif kind == "thumbnail linked to a secret":
        clip.thumbnail_path.unlink()
        clip.thumbnail_path.symlink_to(secret)
    elif kind == "sidecar linked to a secret":
        (day / "linked.json").symlink_to(secret)
    elif kind == "sidecar is a FIFO":
        os.mkfifo(day / "fifo.json")
    elif kind == "sidecar linked to /dev/zero":
        (day / "zero.json").symlink_to("/dev/zero")
    elif kind == "media linked to a secret":
        data = json.loads(clip.sidecar_path.read_text())
        (day / "linked-media.mp4").symlink_to(secret)
        (day / "linked-media.json").write_text(json.dumps({**data, "id": str(uuid.uuid4()),
                                                           "media": "linked-media.mp4"}))
    elif kind == "day folder linked outside":
        (outside / "day").mkdir(exist_ok=True)
        shutil.copy(clip.sidecar_path, outside / "day" / "copied.json")
        (root / "2099-01-01").symlink_to(outside / "day")
    elif kind == "deeply nested sidecar":
        (day / "deep.json").write_text("[" * 200_000 + "]" * 200_000)
    elif kind == "huge sidecar":
        (day / "huge.json").write_text(json.dumps({"id": "x", "prompt": "y" * 2_000_000}))
    elif kind == "junk withdrawal log":
        (root / "withdrawals.log").write_text(f"=cmd\tQRTUVW\t{clip.sidecar.id}\n../x\t\t\n"
                                              f"2025-06-14T10:00:00+01:00\tQRTUVW\t{clip.sidecar.id}\n")
    elif kind == "exports registry naming folders outside":
        with zipfile.ZipFile(outside / "other.zip", "w") as other:
            other.writestr("other/readme.txt", "not a record")
        named = [str(outside), str(outside / "secret"), str(outside / "other.zip"), "/", "", "\x00"]
        (root / ".exports.json").write_text(json.dumps({"exports": named}))
    elif kind == "withdrawal log linked outside":
        (root / "withdrawals.log").unlink(missing_ok=True)  # drawn with the junk log: the link wins
        (root / "withdrawals.log").symlink_to(outside / "new")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(sidecars=st.lists(hostile_sidecar, max_size=3), specials=st.sets(special_file, max_size=3))
def test_hostile_folders_change_nothing_outside_and_every_good_clip_is_exported(tmp_path_factory, sidecars, specials):
    golden = golden_kiosks(tmp_path_factory)["kiosk-a"]
    with tempfile.TemporaryDirectory(dir=tmp_path_factory.getbasetemp()) as temporary:
        base = Path(temporary)
        outside, root, dest = base / "outside", base / "recordings", base / "record"
        outside.mkdir()
        (outside / "secret").write_bytes(SECRET)
        shutil.copytree(golden, root)
        good = ClipStore(root).list().clips
        data = json.loads(good[0].sidecar_path.read_text())
        for number, changes in enumerate(sidecars):
            _plant_sidecar(good[0].sidecar_path.parent, f"hostile{number}", data, changes, outside)
        for kind in sorted(specials):
            _plant_special(kind, good[1], outside, root, hostile_media(tmp_path_factory))
        before = _snapshot(outside)

        code, said = _run("export", dest, "--recordings", root)
        if "withdrawal log linked outside" in specials:
            assert code == 1 and "withdrawal log cannot be read" in said and not dest.exists()
        else:
            manifest = json.loads((dest / "manifest.json").read_text())
            exported = {clip["id"] for clip in manifest["clips"]}
            assert {clip.sidecar.id for clip in good} <= exported, said
            assert all(SECRET not in path.read_bytes() for path in dest.rglob("*") if path.is_file())
            assert not [path for path in dest.rglob("*") if path.is_symlink()]
        _run("recover", "--recordings", root)
        withdrawn = good[2]
        code, said = _run("withdraw", withdrawn.code, "--recordings", root, "--yes")
        if "withdrawal log linked outside" not in specials:
            assert code == 0 or ("exports registry naming folders outside" in specials and "could not be changed" in said), said
            assert withdrawn.sidecar.id not in {c["id"] for c in json.loads((dest / "manifest.json").read_text())["clips"]}
            assert not withdrawn.media_path.exists()

        assert _snapshot(outside) == before
        assert {path.name for path in base.iterdir()} <= {"outside", "recordings", "record"}
        assert (outside / "secret").read_bytes() == SECRET


path_text = st.one_of(st.sampled_from(HOSTILE_TEXT), st.just("OUTSIDE"), st.sampled_from(
    ["clips/frontline/20250614T100000_frontline_0123abcd.mp4", "clips/frontline/../../outside/victim.mp4",
     "clips/../../outside/victim.mp4", "compilations/frontline.mp4", "manifest.csv"]))
VALID_ENTRY = {"card": "frontline", "sha256": "0" * 64, "video": "clips/frontline/20250614T100000_frontline_0123abcd.mp4",
               "sidecar": "clips/frontline/20250614T100000_frontline_0123abcd.json", "thumbnail": "", "files": []}
ENTRY_KEYS = ("card", "sha256", "video", "sidecar", "thumbnail", "files", "size")
marked_clip = st.one_of(
    st.just(VALID_ENTRY),  # a marker an export could have written: what matters then is where its folders lead
    st.tuples(st.sampled_from(ENTRY_KEYS), st.one_of(path_text, hostile_value)).map(
        lambda change: {**VALID_ENTRY, change[0]: change[1]}),
    st.fixed_dictionaries({}, optional={key: st.one_of(path_text, hostile_value) for key in ENTRY_KEYS}))
hostile_marker = st.fixed_dictionaries({"clips": st.dictionaries(
    st.one_of(st.uuids().map(str), st.sampled_from(HOSTILE_TEXT)), marked_clip, max_size=3)}, optional={
    "compilations": st.dictionaries(st.sampled_from(["frontline", "../x", "OUTSIDE"]),
                                    st.fixed_dictionaries({"file": path_text, "clips": st.lists(st.uuids().map(str))}),
                                    max_size=2),
    "withdrawn": st.lists(st.one_of(st.uuids().map(str), hostile_value), max_size=2),
    "cards": st.lists(st.fixed_dictionaries({"id": path_text, "en": hostile_value, "colour": hostile_value}),
                      max_size=2)})


def _with_outside(value, outside: Path):
    if value == "OUTSIDE":
        return str(outside / "victim.mp4")
    if isinstance(value, dict):
        return {_with_outside(k, outside): _with_outside(v, outside) for k, v in value.items()}
    if isinstance(value, list):
        return [_with_outside(v, outside) for v in value]
    return value


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(marker=hostile_marker, link_clips=st.booleans())
def test_a_prepared_dest_never_leads_export_or_withdrawal_outside_it(tmp_path_factory, marker, link_clips):
    golden = golden_kiosks(tmp_path_factory)["kiosk-a"]
    with tempfile.TemporaryDirectory(dir=tmp_path_factory.getbasetemp()) as temporary:
        base = Path(temporary)
        outside, root, dest = base / "outside", base / "recordings", base / "record"
        (outside / "frontline").mkdir(parents=True)
        (outside / "victim.mp4").write_bytes(SECRET)
        (outside / "frontline" / "20250614T100000_frontline_0123abcd.mp4").write_bytes(SECRET)
        shutil.copytree(golden, root)
        dest.mkdir()
        (dest / ".whose-shoes-export.json").write_text(json.dumps(_with_outside(marker, outside), allow_nan=True))
        if link_clips:
            (dest / "clips").symlink_to(outside)
        (root / ".exports.json").write_text(json.dumps({"exports": [str(dest)]}))
        before = _snapshot(outside)

        _run("export", dest, "--recordings", root)
        _run("withdraw", ClipStore(root).list().clips[0].code, "--recordings", root, "--yes")

        assert _snapshot(outside) == before
        assert {path.name for path in base.iterdir()} <= {"outside", "recordings", "record"}
