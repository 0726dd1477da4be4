"""Withdrawal is a journal (issue 17, items 2 to 4): `kiosk withdraw` killed before any of its deletes or renames
(strace fault injection), then given the code again, leaves nothing of the clip anywhere; a clip whose withdrawal
is pending is never listed; a withdrawn id never comes back from a copy, whatever code the copy carries."""

import json
import shutil
import signal
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.config import load
from kiosk.export import ExportError, ExportOptions, export_record, refresh
from kiosk.report.annotate import add_quote
from kiosk.store import ClipStore, recover
from kiosk.store.exported import EXPORT_MARKER, PAGES, read_marker, write_marker
from kiosk.store.withdraw import WITHDRAWALS_LOG, read_withdrawals, withdraw
from tests.cli_runner import REPO, kiosk
from tests.export.engine_clips import copy_kiosks
from tests.export.transcribed import clip_of, files_holding, transcribe_by_hand

CONFIG = load()[0]
WITHDRAWN_WORDS = ("zephyrine", "quillbrook", "marrowgate")  # the public front-line clip's transcript only
STRACE = shutil.which("strace")


ZIPPED_REPORTS = ("report.docx", "record.qdpx")


def _zipped_holding(word: str, archive: Path) -> list[str]:
    """The entries of a zip (a .docx, a .qdpx) whose bytes hold `word`, in any case."""
    with zipfile.ZipFile(archive) as zipped:
        return [name for name in zipped.namelist() if word.encode() in zipped.read(name).lower()]


def _export(sources, dest, **options):
    return export_record(list(sources), dest, ExportOptions(config=CONFIG, durable=False, **options))


class Scene:
    """Kiosk A with transcripts, a folder export with compilations and a zip export of it; kept as it was, so each
    killed withdrawal starts from the same place."""

    def __init__(self, factory, tmp_path: Path) -> None:
        self.tmp = tmp_path
        self.kiosk_a, self.kiosk_b = copy_kiosks(factory, tmp_path)
        transcribe_by_hand(self.kiosk_a)
        self.clip = clip_of(self.kiosk_a, "frontline")
        # A quote of its words, so the folder record's report, document and REFI-QDA project hold them too.
        store = ClipStore(self.kiosk_a)
        self.clip, _ = add_quote(store, self.clip, CONFIG, 0.0, self.clip.sidecar.duration, (CONFIG.themes[0].id,))
        self.folder, self.archive = tmp_path / "record", tmp_path / "record.zip"
        _export([self.kiosk_a], self.folder, compilations=True, report=True)
        _export([self.kiosk_a], self.archive, zip=True)
        assert files_holding("zephyrine", self.folder) and self.clip.transcript_path.exists()
        assert all(_zipped_holding("zephyrine", self.folder / name) for name in ZIPPED_REPORTS)
        assert self.clip.thumbnail_path.exists()
        self.kept = tmp_path / "kept"
        for place in (self.kiosk_a, self.folder, self.archive):
            copy = self.kept / place.name
            shutil.copytree(place, copy) if place.is_dir() else shutil.copy2(place, copy)

    def restore(self) -> None:
        for place in (self.kiosk_a, self.folder, self.archive):
            shutil.rmtree(place) if place.is_dir() else place.unlink(missing_ok=True)
            copy = self.kept / place.name
            shutil.copytree(copy, place) if copy.is_dir() else shutil.copy2(copy, place)
        for left in self.tmp.glob(".record.zip.*"):
            shutil.rmtree(left)

    def assert_gone(self) -> None:
        """Nothing of the clip anywhere: its files, its words, its copies, a page naming it, a staging folder."""
        clip, short = self.clip, self.clip.sidecar.id[:8]
        stem = clip.media_path.stem
        assert not [p for p in self.kiosk_a.rglob("*") if stem in p.name or clip.code in p.name]
        assert not [p for p in self.folder.rglob("*") if short in p.name]
        for word in WITHDRAWN_WORDS:
            assert files_holding(word, self.kiosk_a, self.folder) == []
        for page in PAGES + ("report.html",):
            assert clip.sidecar.id not in (self.folder / page).read_text(encoding="utf-8-sig")
        for name in ZIPPED_REPORTS:  # zips: their words are compressed, so each entry is read
            assert not any(_zipped_holding(word, self.folder / name) for word in WITHDRAWN_WORDS), name
        assert not (self.folder / "compilations" / "frontline.mp4").exists()  # it had the clip in it
        with zipfile.ZipFile(self.archive) as zipped:
            assert not [name for name in zipped.namelist() if short in name]
            for name in zipped.namelist():
                content = zipped.read(name).lower()
                assert not any(word.encode() in content for word in WITHDRAWN_WORDS), name
                if not name.endswith(EXPORT_MARKER):
                    assert clip.sidecar.id.encode() not in content, name
            assert sum(name.endswith(".mp4") for name in zipped.namelist()) == 2
        assert not list(self.tmp.glob(".record.zip.*"))
        listing = ClipStore(self.kiosk_a).list()
        assert clip.sidecar.id not in {c.sidecar.id for c in listing.clips} and listing.withdrawn == []
        assert len(listing.clips) == 2 and not [p for p in listing.problems if "withdraw" in p]
        assert clip.sidecar.id in read_marker(self.folder).withdrawn


@pytest.fixture
def scene(tmp_path_factory, tmp_path):
    return Scene(tmp_path_factory, tmp_path)


def _killed_withdrawal(scene: Scene, syscall: str, number: int) -> subprocess.CompletedProcess:
    """`kiosk withdraw CODE --yes`, killed (SIGKILL) as it enters its `number`th `syscall`, if it gets that far."""
    return subprocess.run([STRACE, "-f", "-qq", "-o", "/dev/null", "-e", f"trace={syscall}",
                           "-e", f"inject={syscall}:signal=SIGKILL:when={number}", sys.executable, "-m", "kiosk",
                           "withdraw", scene.clip.code, "--recordings", str(scene.kiosk_a), "--yes"],
                          cwd=REPO, capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(STRACE is None, reason="strace is not installed")
@pytest.mark.parametrize("syscall", ["unlink", "unlinkat", "rename"])
def test_a_withdrawal_killed_at_any_delete_or_rename_is_finished_by_withdrawing_again(scene, syscall):
    kills = 0
    for number in range(1, 200):
        scene.restore()
        killed = _killed_withdrawal(scene, syscall, number)
        if killed.returncode == 0:
            break  # the withdrawal made fewer such calls than `number`: every one of them has been a kill point
        assert killed.returncode == -signal.SIGKILL, killed.stderr
        kills += 1
        if any(entry.clip_id == scene.clip.sidecar.id for entry in read_withdrawals(scene.kiosk_a)):
            # From the moment the journal holds it, the clip is never listed as present, whatever is left.
            assert scene.clip.sidecar.id not in {c.sidecar.id for c in ClipStore(scene.kiosk_a).list().clips}
        again = kiosk("withdraw", scene.clip.code, "--recordings", scene.kiosk_a, "--yes")
        assert again.returncode == 0, again.stderr
        scene.assert_gone()
    else:
        pytest.fail(f"kiosk withdraw made more than 200 {syscall} calls")
    # Each kind is really reached: the store's four files and the folder record's; its marker and three pages.
    assert kills >= {"unlink": 9, "unlinkat": 1, "rename": 4}[syscall]
    scene.assert_gone()


@pytest.mark.skipif(STRACE is None, reason="strace is not installed")
def test_a_withdrawal_killed_after_the_gallery_was_marked_is_finished_and_says_so(scene):
    # Killed as the record's pages are about to be renamed into place: the marker already says withdrawn.
    for number in range(1, 50):
        scene.restore()
        killed = _killed_withdrawal(scene, "rename", number)
        assert killed.returncode == -signal.SIGKILL, killed.stderr
        marker = read_marker(scene.folder)
        if scene.clip.sidecar.id in marker.withdrawn:
            break
    assert scene.clip.sidecar.id in (scene.folder / "index.html").read_text(encoding="utf-8")  # item 2's state
    again = kiosk("withdraw", scene.clip.code, "--recordings", scene.kiosk_a, "--yes")
    assert again.returncode == 0, again.stderr
    assert "0 exports updated" not in again.stdout
    scene.assert_gone()
    quiet = kiosk("withdraw", scene.clip.code, "--recordings", scene.kiosk_a, "--yes")  # nothing left to do
    assert quiet.returncode == 0 and "0 files removed, 0 exports updated" in quiet.stdout


def test_the_transcript_thumbnail_and_sidecar_left_after_the_media_went_are_found_and_removed(scene):
    # Item 3: the media deleted, then the kill: the clip is not listed, and nothing else would remove its words.
    clip = scene.clip
    (scene.kiosk_a / WITHDRAWALS_LOG).write_text(
        f"2025-06-14T10:00:00+01:00\t{clip.code}\t{clip.sidecar.id}\n", encoding="utf-8")
    clip.media_path.unlink()
    # What a kill mid-write leaves beside them: an atomic write's temporary copy of the transcript.
    hidden = clip.transcript_path.with_name(f".{clip.transcript_path.name}.a1b2c3d4.tmp")
    shutil.copy(clip.transcript_path, hidden)
    listing = ClipStore(scene.kiosk_a).list()
    assert clip.sidecar.id not in {c.sidecar.id for c in listing.clips}
    assert not any("missing" in problem for problem in listing.problems)
    report = withdraw(ClipStore(scene.kiosk_a), clip.code, refresh=refresh)
    assert {clip.transcript_path, clip.thumbnail_path, clip.sidecar_path, hidden} <= set(report.removed)
    assert report.removed.index(clip.sidecar_path) > report.removed.index(clip.transcript_path)  # the sidecar last
    scene.assert_gone()


def test_recover_at_the_next_start_finishes_what_a_killed_withdrawal_left_in_the_store(scene):
    clip = scene.clip
    (scene.kiosk_a / WITHDRAWALS_LOG).write_text(
        f"2025-06-14T10:00:00+01:00\t{clip.code}\t{clip.sidecar.id}\n", encoding="utf-8")
    clip.sidecar_path.unlink()  # the media outlives its sidecar: recover must not adopt it as a new clip
    assert any("left from a withdrawal" in p for p in ClipStore(scene.kiosk_a).list().problems)
    with ClipStore(scene.kiosk_a).lock():
        reports = recover(ClipStore(scene.kiosk_a))
    assert any("withdrawal cut short was finished" in report for report in reports)
    assert not [p for p in scene.kiosk_a.rglob("*") if clip.code in p.name]
    assert len(ClipStore(scene.kiosk_a).list().clips) == 2  # and nothing was adopted


def test_a_pending_withdrawal_is_never_exported_and_the_next_export_drops_the_copy(scene):
    clip = scene.clip
    (scene.kiosk_a / WITHDRAWALS_LOG).write_text(
        f"2025-06-14T10:00:00+01:00\t{clip.code}\t{clip.sidecar.id}\n", encoding="utf-8")  # logged, nothing removed
    assert clip.media_path.exists()
    report = _export([scene.kiosk_a], scene.folder)
    assert report.clips == 2 and report.withdrawn == 1
    assert clip.sidecar.id not in (scene.folder / "manifest.csv").read_text(encoding="utf-8-sig")
    assert not list(scene.folder.glob(f"clips/*/*{clip.sidecar.id[:8]}*"))


def _edited_copy(clip, stick: Path, code: str) -> None:
    """A copy of `clip` on a stick: the same id and bytes, another withdrawal code in its sidecar and name."""
    day = stick / clip.sidecar_path.parent.name
    day.mkdir(parents=True)
    media = clip.media_path.name.replace(clip.code, code)
    shutil.copy(clip.media_path, day / media)
    data = json.loads(clip.sidecar_path.read_text(encoding="utf-8"))
    data.update(withdrawal_code=code, media=media)
    (day / media.replace(".mp4", ".json")).write_text(json.dumps(data), encoding="utf-8")


def test_a_withdrawn_clip_never_comes_back_from_a_copy_with_an_edited_code(scene, tmp_path):
    clip = scene.clip
    stick = tmp_path / "stick"
    _edited_copy(clip, stick, "QRTUVW" if clip.code != "QRTUVW" else "XYXYXY")
    withdraw(ClipStore(scene.kiosk_a), clip.code, refresh=refresh)
    for sources in ([scene.kiosk_a, stick], [stick, scene.kiosk_a]):
        report = _export(sources, tmp_path / "fresh", own=scene.kiosk_a)
        assert clip.sidecar.id not in (tmp_path / "fresh" / "manifest.csv").read_text(encoding="utf-8-sig")
        assert report.clips == 2
    # The record it was withdrawn from remembers it, whichever folders are exported into it later.
    with pytest.raises(ExportError, match="1 withdrawn"):
        _export([stick], scene.folder)
    assert clip.sidecar.id not in (scene.folder / "manifest.csv").read_text(encoding="utf-8-sig")
    # The command: this laptop's own folder is `kiosk --recordings`, or the only folder given.
    result = kiosk("--recordings", scene.kiosk_a, "export", tmp_path / "by-command", "--recordings", stick,
                   "--recordings", scene.kiosk_a)
    assert result.returncode == 0, result.stderr
    assert clip.sidecar.id not in (tmp_path / "by-command" / "manifest.csv").read_text(encoding="utf-8-sig")


def test_a_foreign_withdrawal_whose_code_another_folders_copy_proves_bars_every_copy(scene, tmp_path):
    # Kiosk C withdrew the clip (its copy is gone); this laptop holds the copy with the real code; a stick holds one
    # with an edited code. C's log knew the code of a clip it did not plant, so the id is barred everywhere.
    clip = scene.clip
    kiosk_c, stick = tmp_path / "kiosk-c", tmp_path / "stick"
    kiosk_c.mkdir()
    (kiosk_c / WITHDRAWALS_LOG).write_text(f"2025-06-14T10:00:00+01:00\t{clip.code}\t{clip.sidecar.id}\n")
    _edited_copy(clip, stick, "QRTUVW" if clip.code != "QRTUVW" else "XYXYXY")
    shutil.copytree(scene.kiosk_a, tmp_path / "laptop")
    report = _export([stick, kiosk_c, tmp_path / "laptop"], tmp_path / "fresh")
    assert clip.sidecar.id not in (tmp_path / "fresh" / "manifest.csv").read_text(encoding="utf-8-sig")
    assert report.clips == 2


def test_a_stick_naming_this_laptops_ids_with_its_own_codes_bars_nothing_here(scene, tmp_path):
    # The safety rule kept: ids are public in every export, codes are not. A stick that plants a copy and a log line
    # with a code of its own choosing bars only its own copy, never this laptop's.
    clip = scene.clip
    stick = tmp_path / "stick"
    planted = "QRTUVW" if clip.code != "QRTUVW" else "XYXYXY"
    _edited_copy(clip, stick, planted)
    (stick / WITHDRAWALS_LOG).write_text(f"2025-06-14T10:00:00+01:00\t{planted}\t{clip.sidecar.id}\n")
    report = _export([stick, scene.kiosk_a], tmp_path / "fresh", own=scene.kiosk_a)
    assert clip.sidecar.id in (tmp_path / "fresh" / "manifest.csv").read_text(encoding="utf-8-sig")
    assert report.clips == 3 and read_withdrawals(scene.kiosk_a) == ()
    assert clip.media_path.exists() and clip.sidecar.id in {c.sidecar.id for c in ClipStore(scene.kiosk_a).list().clips}


def test_a_line_naming_a_clips_id_with_another_code_hides_and_bars_nothing(scene, tmp_path):
    # A withdrawal logs the clip's own id and code; a line with another code (a log edited by hand, a folder on a
    # stick exported alone) is not a withdrawal of that clip, here or anywhere.
    clip = scene.clip
    other = "QRTUVW" if clip.code != "QRTUVW" else "XYXYXY"
    (scene.kiosk_a / WITHDRAWALS_LOG).write_text(f"2025-06-14T10:00:00+01:00\t{other}\t{clip.sidecar.id}\n")
    assert clip.sidecar.id in {c.sidecar.id for c in ClipStore(scene.kiosk_a).list().clips}
    report = _export([scene.kiosk_a], tmp_path / "fresh")
    assert report.clips == 3 and report.withdrawn == 0
    with ClipStore(scene.kiosk_a).lock():
        recover(ClipStore(scene.kiosk_a))
    assert clip.media_path.exists() and clip.transcript_path.exists()


def test_a_new_clip_never_gets_a_withdrawn_code(scene, monkeypatch):
    from kiosk.store import ClipTags, codes

    clip = scene.clip
    withdraw(ClipStore(scene.kiosk_a), clip.code, [])
    given = iter([clip.code, "QRTUVW" if clip.code != "QRTUVW" else "XYXYXY"])
    monkeypatch.setattr(codes, "new_code", lambda: next(given))
    new = ClipStore(scene.kiosk_a).begin(ClipTags("event", "frontline", "prompt", "public"))
    assert new.code != clip.code


# -- any state a kill can leave, and more (hypothesis) --------------------------------------------------------

STORE_FILES = ("media", "transcript", "thumbnail", "sidecar", "hidden transcript copy")
RECORD_FILES = ("mp4", "json", "jpg", "vtt")


@st.composite
def interrupted(draw):
    """What a withdrawal cut short after its log line may have left, in any combination (more than a kill can):
    any of the clip's files in the store and in the folder record, its marker entry or not, the record's pages old
    or rebuilt, the zip as it was or withdrawn from."""
    return {"store": draw(st.sets(st.sampled_from(STORE_FILES))), "record": draw(st.sets(st.sampled_from(RECORD_FILES))),
            "marked_withdrawn": draw(st.booleans()), "pages_rebuilt": draw(st.booleans()),
            "zip_done": draw(st.booleans())}


def _leave(scene: Scene, state: dict) -> None:
    clip = scene.clip
    if state["zip_done"]:  # withdrawn from a copy of the zip by a copy of the store, then put in its place
        scratch = scene.tmp / "scratch"
        shutil.copytree(scene.kiosk_a, scratch / "kiosk-a")
        shutil.copy(scene.archive, scratch / "record.zip")
        withdraw(ClipStore(scratch / "kiosk-a"), clip.code, [scratch / "record.zip"], refresh=refresh)
        shutil.copy(scratch / "record.zip", scene.archive)
        shutil.rmtree(scratch)
    (scene.kiosk_a / WITHDRAWALS_LOG).write_text(
        f"2025-06-14T10:00:00+01:00\t{clip.code}\t{clip.sidecar.id}\n", encoding="utf-8")
    hidden = clip.transcript_path.with_name(f".{clip.transcript_path.name}.k1l2m3n4.tmp")
    shutil.copy(clip.transcript_path, hidden)
    paths = {"media": clip.media_path, "transcript": clip.transcript_path, "thumbnail": clip.thumbnail_path,
             "sidecar": clip.sidecar_path, "hidden transcript copy": hidden}
    for name, path in paths.items():
        if name not in state["store"]:
            path.unlink()
    marker = read_marker(scene.folder)
    entry = marker.clips[clip.sidecar.id]
    for kind in RECORD_FILES:
        if kind not in state["record"]:
            (scene.folder / "clips" / entry.card / f"{entry.name}.{kind}").unlink(missing_ok=True)
    if state["marked_withdrawn"]:
        del marker.clips[clip.sidecar.id]
        marker.compilations.pop(entry.card, None)
        marker.withdrawn.add(clip.sidecar.id)
        write_marker(scene.folder, marker)
        if state["pages_rebuilt"]:
            refresh(scene.folder)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(state=interrupted())
def test_withdrawing_again_from_any_interrupted_state_leaves_nothing_of_the_clip(scene, state):
    scene.restore()
    _leave(scene, state)
    assert scene.clip.sidecar.id not in {c.sidecar.id for c in ClipStore(scene.kiosk_a).list().clips}
    report = withdraw(ClipStore(scene.kiosk_a), scene.clip.code, refresh=refresh)
    assert report.problems == () and scene.folder.resolve() in report.exports_updated
    scene.assert_gone()
