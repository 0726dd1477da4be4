"""Withdrawal by code: the clip, its thumbnail and its exported copies go; the log keeps only code, time and id."""

import shutil
import zipfile

import pytest

from kiosk.config import load
from kiosk.export import ExportOptions, export_record, refresh
from kiosk.store import ClipStore, StoreError
from kiosk.store.codes import display
from kiosk.store.withdraw import WITHDRAWALS_LOG, read_withdrawals, withdraw
from tests.cli_runner import kiosk
from tests.export.engine_clips import copy_kiosks

CONFIG = load()[0]


@pytest.fixture
def kiosks(tmp_path_factory, tmp_path):
    return copy_kiosks(tmp_path_factory, tmp_path)


def _export(sources, dest, **options):
    return export_record(list(sources), dest, ExportOptions(config=CONFIG, **options))


def test_withdraw_removes_the_clip_its_thumbnail_and_its_copies_in_earlier_exports(kiosks, tmp_path):
    kiosk_a, _ = kiosks
    store = ClipStore(kiosk_a)
    clip = next(c for c in store.list().clips if c.sidecar.perspective == "frontline")
    clip.thumbnail_path.write_bytes(b"\xff\xd8\xff made by the panel")
    record = tmp_path / "record"
    _export([kiosk_a], record, compilations=True)
    copies = list(record.glob(f"clips/*/*{clip.sidecar.id[:8]}*"))
    assert len(copies) == 3

    report = withdraw(store, display(clip.code).lower(), refresh=refresh)

    assert report.clip_id == clip.sidecar.id and report.exports_updated == (record.resolve(),)
    assert not clip.media_path.exists() and not clip.sidecar_path.exists() and not clip.thumbnail_path.exists()
    assert not any(path.exists() for path in copies)
    assert not (record / "compilations" / "frontline.mp4").exists()  # it had the clip in it
    assert (record / "compilations" / "volunteer.mp4").exists()
    assert clip.sidecar.id not in (record / "manifest.csv").read_text(encoding="utf-8-sig")
    assert clip.sidecar.id not in (record / "index.html").read_text(encoding="utf-8")
    assert store.find(clip.code) is None and report.problems == ()


def test_the_withdrawal_log_holds_code_time_and_id_and_nothing_about_the_person(kiosks):
    kiosk_a, _ = kiosks
    store = ClipStore(kiosk_a)
    clip = store.list().clips[0]
    withdraw(store, clip.code)
    log = (kiosk_a / WITHDRAWALS_LOG).read_text(encoding="utf-8")
    assert [(e.code, e.clip_id) for e in read_withdrawals(kiosk_a)] == [(clip.code, clip.sidecar.id)]
    for personal in (clip.sidecar.event, clip.sidecar.prompt, clip.sidecar.perspective, clip.sidecar.media):
        assert personal not in log


def test_a_withdrawn_clip_never_comes_back_from_another_kiosks_copy(kiosks, tmp_path):
    kiosk_a, kiosk_b = kiosks
    store = ClipStore(kiosk_a)
    clip = store.list().clips[0]
    shutil.copytree(clip.media_path.parent, kiosk_b / "copied-day")  # kiosk B holds a copy of A's clips
    record = tmp_path / "record"
    _export([kiosk_a, kiosk_b], record)
    withdraw(store, clip.code, refresh=refresh)
    report = _export([kiosk_a, kiosk_b], record)
    assert report.withdrawn == 1
    assert clip.sidecar.id not in (record / "manifest.csv").read_text(encoding="utf-8-sig")
    # An export into the same record from kiosk B alone still knows: the record remembers what was withdrawn.
    _export([kiosk_b], record)
    assert clip.sidecar.id not in (record / "manifest.csv").read_text(encoding="utf-8-sig")
    # And so does a new record from kiosk B alone: the merged export logged A's withdrawal in B's folder too.
    fresh = _export([kiosk_b], tmp_path / "fresh")
    assert clip.sidecar.id not in (tmp_path / "fresh" / "manifest.csv").read_text(encoding="utf-8-sig")
    assert any(f"withdraw {display(clip.code)} --recordings" in str(note) for note in fresh.skipped)


def test_withdraw_reaches_into_a_zip_export(kiosks, tmp_path):
    kiosk_a, _ = kiosks
    store = ClipStore(kiosk_a)
    clip = store.list().clips[0]
    archive = _export([kiosk_a], tmp_path / "record", zip=True).dest
    report = withdraw(store, clip.code, refresh=refresh)
    assert report.exports_updated == (archive,)
    with zipfile.ZipFile(archive) as zipped:
        names = zipped.namelist()
        manifest = zipped.read("record/manifest.csv").decode("utf-8-sig")
    assert not [name for name in names if clip.sidecar.id[:8] in name]
    assert clip.sidecar.id not in manifest and sum(name.endswith(".mp4") for name in names) == 2


def test_an_export_out_of_reach_is_reported_and_cleaned_when_withdrawn_again(kiosks, tmp_path):
    kiosk_a, _ = kiosks
    store = ClipStore(kiosk_a)
    clip = store.list().clips[0]
    stick = tmp_path / "stick"
    _export([kiosk_a], stick / "record")
    (stick / "record").rename(tmp_path / "unplugged")
    report = withdraw(store, clip.code, refresh=refresh)
    assert len(report.problems) == 1 and "is not there now" in report.problems[0]
    (tmp_path / "unplugged").rename(stick / "record")
    again = withdraw(store, clip.code, refresh=refresh)
    assert again.exports_updated == ((stick / "record").resolve(),) and again.problems == ()
    assert not list((stick / "record").glob(f"clips/*/*{clip.sidecar.id[:8]}*"))


def test_an_unknown_or_malformed_code_is_refused(kiosks):
    store = ClipStore(kiosks[0])
    with pytest.raises(StoreError, match="No clip .* has the withdrawal code KKK-KKK"):
        withdraw(store, "kkk-kkk")
    with pytest.raises(StoreError, match="is not a withdrawal code"):
        withdraw(store, "K0O")
    assert not (kiosks[0] / WITHDRAWALS_LOG).exists()


def test_kiosk_withdraw_shows_the_clip_and_wants_yes_when_not_at_a_terminal(kiosks, tmp_path):
    kiosk_a, _ = kiosks
    clip = ClipStore(kiosk_a).list().clips[0]
    _export([kiosk_a], tmp_path / "record")
    asked = kiosk("withdraw", clip.code, "--recordings", kiosk_a)
    assert asked.returncode == 1 and "add --yes" in asked.stderr
    assert clip.sidecar.perspective in asked.stdout and clip.media_path.exists()
    done = kiosk("withdraw", display(clip.code), "--recordings", kiosk_a, "--yes")
    assert done.returncode == 0, done.stderr
    assert "1 export updated" in done.stdout and not clip.media_path.exists()
    assert not list((tmp_path / "record").glob(f"clips/*/*{clip.sidecar.id[:8]}*"))
    unknown = kiosk("withdraw", "KKKKKK", "--recordings", kiosk_a, "--yes")
    assert unknown.returncode == 1 and unknown.stderr.count("\n") == 1 and "KKK-KKK" in unknown.stderr


def test_withdraw_reaches_a_clip_an_export_cut_short_left_unlisted(kiosks, tmp_path):
    kiosk_a, _ = kiosks
    store = ClipStore(kiosk_a)
    clip = min(store.list().clips, key=lambda c: c.sidecar.started_at)  # the first the export copies

    def pulled_out(done, total, message):
        raise OSError(5, "Input/output error")  # the USB stick pulled after the first clip

    record = tmp_path / "record"
    with pytest.raises(OSError):
        export_record([kiosk_a], record, ExportOptions(config=CONFIG), pulled_out)
    assert list(record.glob(f"clips/*/*_{clip.sidecar.id[:8]}.mp4"))
    withdraw(store, clip.code, refresh=refresh)
    assert not list(record.glob(f"clips/*/*_{clip.sidecar.id[:8]}.*"))


def test_a_clip_damaged_after_it_was_exported_is_still_withdrawn_from_the_record(kiosks, tmp_path):
    kiosk_a, _ = kiosks
    store = ClipStore(kiosk_a)
    clip = store.list().clips[0]
    record = tmp_path / "record"
    _export([kiosk_a], record)
    clip.media_path.write_bytes(clip.media_path.read_bytes()[:20000])  # truncated on the laptop
    report = _export([kiosk_a], record)
    assert len(report.damaged) == 1 and report.clips == 3  # the copy checked before stays in the record
    withdraw(store, clip.code, refresh=refresh)
    assert not list(record.glob(f"clips/*/*_{clip.sidecar.id[:8]}.*"))
    assert clip.sidecar.id not in (record / "manifest.csv").read_text(encoding="utf-8-sig")


def test_a_card_whose_last_clip_is_withdrawn_leaves_no_empty_folder_in_the_record(kiosks, tmp_path):
    kiosk_a, _ = kiosks
    store = ClipStore(kiosk_a)
    volunteer = next(c for c in store.list().clips if c.sidecar.perspective == "volunteer")  # the card's only clip
    record = tmp_path / "record"
    _export([kiosk_a], record)
    assert (record / "clips" / "volunteer").is_dir()
    withdraw(store, volunteer.code, refresh=refresh)
    assert not (record / "clips" / "volunteer").exists()
    assert (record / "clips" / "frontline").is_dir()


def test_exporting_again_removes_a_clip_withdrawn_while_the_record_was_out_of_reach(kiosks, tmp_path):
    kiosk_a, _ = kiosks
    store = ClipStore(kiosk_a)
    volunteer = next(c for c in store.list().clips if c.sidecar.perspective == "volunteer")  # the card's only clip
    record = tmp_path / "record"
    options = ExportOptions(config=CONFIG, cards=("volunteer",))
    export_record([kiosk_a], record, options)
    report = withdraw(store, volunteer.code, known_exports=[tmp_path / "unplugged"], refresh=refresh)
    assert any("export into it again" in problem for problem in report.problems)
    export_record([kiosk_a], record, options)  # nothing matches now, but the record must lose the clip
    assert not list(record.glob(f"clips/*/*_{volunteer.sidecar.id[:8]}.*"))


def test_a_compilation_a_withdrawal_took_away_is_made_again_by_the_next_export(kiosks, tmp_path):
    kiosk_a, _ = kiosks
    store = ClipStore(kiosk_a)
    record = tmp_path / "record"
    _export([kiosk_a], record, cards=("frontline",), compilations=True)
    first = next(c for c in store.list().clips if c.sidecar.perspective == "frontline")
    withdraw(store, first.code, refresh=refresh)
    assert not (record / "compilations" / "frontline.mp4").exists()  # it had the withdrawn clip in it
    _export([kiosk_a], record, cards=("frontline",))  # the option not given again
    assert (record / "compilations" / "frontline.mp4").exists()
