"""A withdrawn clip's transcript goes wherever the clip was: recordings, folder and zip exports, manifests, gallery,
compilations' subtitle tracks; and no transcript's words are ever in the kiosk's log."""

import zipfile

from kiosk.config import load
from kiosk.export import ExportOptions, export_record, refresh
from kiosk.log import log_path, start_log, stop_log
from kiosk.store import ClipStore
from kiosk.store.codes import display
from kiosk.store.withdraw import withdraw
from tests.export.engine_clips import copy_kiosks
from tests.export.test_compilation_captions import subtitles_read_back
from tests.export.transcribed import WORDS, clip_of, files_holding, transcribe_by_hand

CONFIG = load()[0]
WITHDRAWN_WORDS = ("zephyrine", "quillbrook", "marrowgate")  # said in the public front-line clip only


def _export(sources, dest, **options):
    return export_record(list(sources), dest, ExportOptions(config=CONFIG, compilations=True, **options))


def _every_word() -> set[str]:
    return {word.strip(",.'") for lines in WORDS.values() for line in lines for word in line.split() if len(word) > 4}


def test_withdrawal_leaves_no_transcript_text_anywhere(tmp_path_factory, tmp_path):
    kiosk_a, kiosk_b = copy_kiosks(tmp_path_factory, tmp_path)
    start_log(kiosk_a)
    try:
        transcribe_by_hand(kiosk_a, kiosk_b)
        clip = clip_of(kiosk_a, "frontline")
        folder, archive = tmp_path / "record", tmp_path / "record.zip"
        _export([kiosk_a, kiosk_b], folder)
        _export([kiosk_a, kiosk_b], archive, zip=True)
        before = {path.relative_to(folder).as_posix() for path in files_holding("zephyrine", folder)}
        assert {"manifest.csv", "manifest.json", "index.html", "compilations/frontline.mp4"} < before
        assert any(name.endswith(".vtt") for name in before)  # so finding none afterwards means something

        report = withdraw(ClipStore(kiosk_a), display(clip.code), refresh=refresh)
        assert set(report.exports_updated) == {folder.resolve(), archive.resolve()} and not report.problems
        assert clip.transcript_path in report.removed
        _export([kiosk_a, kiosk_b], folder)  # the front-line compilation is made again, without the clip

        unpacked = tmp_path / "unpacked"
        with zipfile.ZipFile(archive) as zipped:
            assert not [name for name in zipped.namelist() if clip.sidecar.id[:8] in name]
            zipped.extractall(unpacked)
        for word in WITHDRAWN_WORDS:
            assert files_holding(word, kiosk_a, kiosk_b, folder, unpacked, archive) == []
        # The other front-line clip's words are still found, in its rebuilt compilation's subtitles too.
        assert folder / "compilations" / "frontline.mp4" in files_holding("thistlewhump", folder)
        assert [text for _, _, text in subtitles_read_back(folder / "compilations" / "frontline.mp4")] == \
            list(WORDS[("frontline", "event")])
        assert files_holding("thistlewhump", unpacked)

        log = log_path(kiosk_a).read_text(encoding="utf-8")
        assert "withdrawn" in log and "export to" in log
        assert not [word for word in _every_word() if word.lower() in log.lower()]
    finally:
        stop_log()


def test_withdrawal_from_a_record_exported_before_transcripts_removes_a_vtt_it_did_not_list(tmp_path_factory,
                                                                                             tmp_path):
    kiosk_a, _ = copy_kiosks(tmp_path_factory, tmp_path)
    transcribe_by_hand(kiosk_a)
    clip = clip_of(kiosk_a, "volunteer")
    folder = tmp_path / "record"
    _export([kiosk_a], folder)
    marker_path = folder / ".whose-shoes-export.json"
    written = marker_path.read_text(encoding="utf-8")
    old = written.replace('"captions": "clips/volunteer/', '"was": "')
    assert old != written
    marker_path.write_text(old, encoding="utf-8")  # as an export before transcripts listed it, plus a stray .vtt
    withdraw(ClipStore(kiosk_a), display(clip.code), refresh=refresh)
    assert not list(folder.glob("clips/volunteer/*")) and not files_holding("grumbleton", folder)
