"""`kiosk export` on real engine clips: files, manifests, merging, consent, re-export, damage and bad input."""

import csv
import html
import io
import json
import threading
import zipfile
from pathlib import Path

import av
import pytest

from kiosk.config import load
from kiosk.export import ExportError, ExportOptions, export_record
from kiosk.store import ClipStore
from kiosk.store.media import sha256
from kiosk.store.exported import EXPORT_MARKER, is_lock
from kiosk.store.withdraw import export_destinations
from tests.cli_runner import kiosk
from tests.export.engine_clips import WELSH_PROMPT

CONFIG = load()[0]


def _export(sources, dest, **options):
    return export_record(list(sources), dest, ExportOptions(config=CONFIG, **options))


def _manifest_rows(dest: Path) -> list[dict]:
    raw = (dest / "manifest.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a spreadsheet needs the BOM to read UTF-8"
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_export_copies_each_clip_byte_for_byte_with_sidecar_and_thumbnail_per_card(kiosks, tmp_path):
    kiosk_a, _ = kiosks
    dest = tmp_path / "record"
    report = _export([kiosk_a], dest)  # the narrowest scope: every consenting clip
    originals = {clip.sidecar.id: clip for clip in ClipStore(kiosk_a).list().clips}
    assert (report.clips, report.added, report.damaged) == (3, 3, ())
    for row in _manifest_rows(dest):
        video = dest / row["video"]
        assert video.parent == dest / "clips" / row["card"]
        assert sha256(video) == originals[row["id"]].sidecar.sha256  # a stream copy: the same bytes
        assert (dest / row["thumbnail"]).read_bytes()[:3] == b"\xff\xd8\xff"  # a JPEG
        sidecar = json.loads((dest / row["sidecar"]).read_text(encoding="utf-8"))
        assert sidecar["id"] == row["id"] and sidecar["media"] == video.name
        assert sidecar["withdrawal_code"] == "" and originals[row["id"]].code not in video.name
    assert {p.name for p in dest.iterdir()} == {"clips", "manifest.csv", "manifest.json", "index.html", EXPORT_MARKER,
                                                ".kiosk.lock"}  # the empty lock file that keeps a second export out
    assert export_destinations(kiosk_a) == [dest.resolve()]


def test_manifests_keep_welsh_text_and_iso_dates(kiosks, tmp_path):
    dest = tmp_path / "record"
    _export(kiosks, dest)
    rows = _manifest_rows(dest)
    welsh = next(row for row in rows if row["card"] == "community")
    assert welsh["prompt"] == WELSH_PROMPT and welsh["card_label_cy"] == "Aelod o'r gymuned leol"
    assert welsh["event"] == "Gŵyl Whose Shoes? 2025"
    for row in rows:
        assert len(row["date"]) == 10 and row["started_at"].startswith(row["date"] + "T")
        assert 0.8 < float(row["duration_seconds"]) < 2.0
    data = json.loads((dest / "manifest.json").read_text(encoding="utf-8"))
    assert [clip["id"] for clip in data["clips"]] == [row["id"] for row in rows]
    assert WELSH_PROMPT in (dest / "manifest.json").read_text(encoding="utf-8")  # not \u-escaped
    assert html.escape(WELSH_PROMPT) in (dest / "index.html").read_text(encoding="utf-8")


def test_two_kiosks_merge_and_a_clip_found_twice_appears_once(kiosks, tmp_path):
    kiosk_a, kiosk_b = kiosks
    copied = next(kiosk_a.glob("*/*.mp4"))
    (kiosk_b / copied.parent.name).mkdir(exist_ok=True)
    for path in (copied, copied.with_suffix(".json")):
        (kiosk_b / copied.parent.name / path.name).write_bytes(path.read_bytes())
    dest = tmp_path / "record"
    report = _export([kiosk_a, kiosk_b], dest)
    rows = _manifest_rows(dest)
    assert report.clips == len(rows) == 4
    assert len({row["id"] for row in rows}) == 4
    assert len(list(dest.glob("clips/*/*.mp4"))) == 4


def test_only_clips_whose_consent_allows_the_scope_go_in(kiosks, tmp_path):
    public = _export(kiosks, tmp_path / "public", scope="public")
    assert public.clips == 3 and public.left_out == 1
    assert {row["consent_scope"] for row in _manifest_rows(tmp_path / "public")} == {"public"}
    frontline = _export(kiosks, tmp_path / "frontline", cards=("frontline",))
    assert {row["card"] for row in _manifest_rows(tmp_path / "frontline")} == {"frontline"}
    assert frontline.clips == 2


def test_clips_with_no_consent_scope_or_not_kept_are_reported_and_skipped(kiosks, tmp_path):
    kiosk_a, _ = kiosks
    store = ClipStore(kiosk_a)
    first, second = store.list().clips[:2]
    store.update(first, consent_scope="")
    store.update(second, status="awaiting review")
    report = _export([kiosk_a], tmp_path / "record")
    assert report.clips == 1
    assert any(first.sidecar.media in line and "no consent scope" in line for line in map(str, report.skipped))
    assert any(second.sidecar.media in line and "awaiting review" in line for line in map(str, report.skipped))


def test_a_damaged_clip_is_reported_and_skipped_and_the_command_fails(kiosks, tmp_path):
    kiosk_a, _ = kiosks
    damaged = ClipStore(kiosk_a).list().clips[0].media_path
    content = bytearray(damaged.read_bytes())
    content[len(content) // 2] ^= 0xFF
    damaged.write_bytes(bytes(content))
    dest = tmp_path / "record"
    result = kiosk("export", dest, "--recordings", kiosk_a)
    assert result.returncode == 1
    assert f"{damaged.name} is damaged" in result.stderr
    assert "2 clips in" in result.stdout
    assert len(_manifest_rows(dest)) == 2
    assert len(list(dest.glob("clips/*/*.mp4"))) == 2 and not _half_written(dest)


def _half_written(dest: Path) -> list[Path]:
    return [path for path in dest.rglob(".*") if path.name != EXPORT_MARKER and not is_lock(path)]


def test_a_damaged_copy_is_passed_over_for_another_kiosks_good_copy_of_the_same_clip(kiosks, tmp_path):
    kiosk_a, kiosk_b = kiosks
    clip = ClipStore(kiosk_a).list().clips[0]
    (kiosk_b / clip.media_path.parent.name).mkdir(exist_ok=True)
    for path in (clip.media_path, clip.sidecar_path):
        (kiosk_b / clip.media_path.parent.name / path.name).write_bytes(path.read_bytes())
    content = bytearray(clip.media_path.read_bytes())
    content[len(content) // 2] ^= 0xFF
    clip.media_path.write_bytes(bytes(content))
    dest = tmp_path / "record"
    report = _export([kiosk_a, kiosk_b], dest)
    assert report.damaged == () and report.clips == 4
    assert any(f"{clip.media_path.name} is damaged" in line and "Another kiosk's copy" in line
               for line in map(str, report.skipped))
    row = next(row for row in _manifest_rows(dest) if row["id"] == clip.sidecar.id)
    assert sha256(dest / row["video"]) == clip.sidecar.sha256
    assert not _half_written(dest)


def test_a_clip_whose_thumbnail_is_missing_gets_one_made_at_export(kiosks, tmp_path):
    kiosk_a, _ = kiosks
    clip = ClipStore(kiosk_a).list().clips[0]
    clip.thumbnail_path.unlink()
    dest = tmp_path / "record"
    report = _export([kiosk_a], dest)
    assert report.clips == 3
    row = next(row for row in _manifest_rows(dest) if row["id"] == clip.sidecar.id)
    assert (dest / row["thumbnail"]).read_bytes()[:3] == b"\xff\xd8\xff"


def test_re_export_adds_new_clips_and_removes_ones_no_longer_chosen(kiosks, tmp_path):
    kiosk_a, kiosk_b = kiosks
    dest = tmp_path / "record"
    _export([kiosk_a], dest)
    store = ClipStore(kiosk_a)
    narrowed = store.list().clips[0]
    store.update(narrowed, status="damaged")
    report = _export([kiosk_a, kiosk_b], dest)
    assert (report.added, report.unchanged, report.removed) == (1, 2, 1)
    assert narrowed.sidecar.id not in {row["id"] for row in _manifest_rows(dest)}
    assert len(list(dest.glob("clips/*/*"))) == 3 * 3


def test_export_refuses_a_dest_inside_a_recordings_folder_or_holding_other_files(kiosks, tmp_path):
    kiosk_a, _ = kiosks
    result = kiosk("export", kiosk_a / "record", "--recordings", kiosk_a)
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and "overlaps the recordings folder" in result.stderr
    assert not (kiosk_a / "record").exists()
    somebody_elses = tmp_path / "photos"
    somebody_elses.mkdir()
    (somebody_elses / "holiday.jpg").write_bytes(b"not ours")
    with pytest.raises(ExportError, match="did not export"):
        _export([kiosk_a], somebody_elses)
    assert (somebody_elses / "holiday.jpg").exists()


def test_export_refuses_when_dest_has_too_little_space(kiosks, tmp_path, monkeypatch):
    import shutil

    from kiosk.export import record

    monkeypatch.setattr(record.shutil, "disk_usage", lambda path: shutil._ntuple_diskusage(10**9, 10**9, 1000))
    with pytest.raises(ExportError, match="needs about .* MB free"):
        _export(kiosks, tmp_path / "record")
    assert not list((tmp_path / "record").glob("clips/*/*.mp4"))


def test_cancel_stops_between_clips_and_leaves_a_consistent_record(kiosks, tmp_path):
    cancel = threading.Event()
    seen = []

    def progress(done, total, message):
        seen.append(done)
        cancel.set()

    dest = tmp_path / "record"
    report = export_record(list(kiosks), dest, ExportOptions(config=CONFIG), progress, cancel)
    assert report.cancelled and report.clips == 1 and seen == [1]
    assert len(_manifest_rows(dest)) == 1
    # Clips are copied ahead of the one being added; a cancel leaves no file of the ones it did not add.
    assert len(list(dest.glob("clips/*/*.mp4"))) == 1 and not _half_written(dest)


def test_zip_holds_the_whole_record_in_one_folder(kiosks, tmp_path):
    report = _export(kiosks, tmp_path / "record", zip=True)
    assert report.dest == (tmp_path / "record.zip").resolve()
    with zipfile.ZipFile(report.dest) as archive:
        names = archive.namelist()
        assert archive.testzip() is None
    assert {name.split("/")[0] for name in names} == {"record"}
    assert "record/index.html" in names and "record/manifest.csv" in names
    assert sum(name.endswith(".mp4") for name in names) == 4
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".") and not is_lock(p)]  # staging is gone


def test_compilation_per_card_has_a_title_then_its_clips_with_sound(kiosks, tmp_path):
    dest = tmp_path / "record"
    report = _export(kiosks, dest, compilations=True, cards=("frontline",))
    assert [p.name for p in report.compilations] == ["frontline.mp4"]
    with av.open(str(dest / "compilations" / "frontline.mp4")) as container:
        video, audio = container.streams.video[0], container.streams.audio[0]
        assert (video.codec_context.name, audio.codec_context.name) == ("h264", "aac")
        seconds = container.duration / av.time_base
    assert 3 + 2 * 0.9 < seconds < 3 + 2 * 1.6  # the title card and two clips of about 1.2 s
    assert 'href="compilations/frontline.mp4"' in (dest / "index.html").read_text(encoding="utf-8")


def test_copies_that_disagree_on_consent_export_under_the_narrowest_whatever_the_folder_order(kiosks, tmp_path):
    kiosk_a, kiosk_b = kiosks
    clip = next(c for c in ClipStore(kiosk_a).list().clips if c.sidecar.consent_scope == "public")
    narrowed = ClipStore(kiosk_b)
    (kiosk_b / "copied-day").mkdir()
    for path in (clip.media_path, clip.sidecar_path):
        (kiosk_b / "copied-day" / path.name).write_bytes(path.read_bytes())
    copy = next(c for c in narrowed.list().clips if c.sidecar.id == clip.sidecar.id)
    narrowed.update(copy, consent_scope="event")
    for sources in ([kiosk_a, kiosk_b], [kiosk_b, kiosk_a]):
        dest = tmp_path / f"record-{sources[0].name}"
        _export(sources, dest, scope="public")
        assert clip.sidecar.id not in {row["id"] for row in _manifest_rows(dest)}


def test_an_export_nothing_matches_is_refused_and_leaves_the_record_alone(kiosks, tmp_path):
    kiosk_a, _ = kiosks
    dest = tmp_path / "record"
    _export([kiosk_a], dest)
    before = sorted(p.name for p in dest.rglob("*"))
    result = kiosk("export", dest, "--recordings", kiosk_a, "--since", "2999-01-01")
    assert result.returncode == 1 and "No clip matches" in result.stderr
    assert sorted(p.name for p in dest.rglob("*")) == before


def test_a_record_with_compilations_keeps_them_up_to_date_when_exported_again_without_the_option(kiosks, tmp_path):
    kiosk_a, kiosk_b = kiosks
    dest = tmp_path / "record"
    _export([kiosk_a], dest, compilations=True)
    _export([kiosk_a, kiosk_b], dest)  # kiosk B brings a community clip; the option was forgotten
    marker = json.loads((dest / EXPORT_MARKER).read_text(encoding="utf-8"))
    by_card = {}
    for clip_id, entry in marker["clips"].items():
        by_card.setdefault(entry["card"], set()).add(clip_id)
    assert {card: set(entry["clips"]) for card, entry in marker["compilations"].items()} == by_card
    assert (dest / "compilations" / "community.mp4").exists()
