"""Transcripts in the event record: the .vtt beside each clip, the manifests, the gallery's text and captions."""

import json

from kiosk.config import load
from kiosk.export import ExportOptions, export_record, refresh
from kiosk.store import ClipStore
from kiosk.store.exported import KIOSK_FILE, MarkedClip, read_marker, sweep
from kiosk.transcripts import EDITED, NO_SPEECH, save_edited
from kiosk.transcripts.vtt import MAX_VTT_BYTES, Cue, parse_vtt, plain_text
from tests.export.transcribed import (WORDS, clip_of, cues_for, files_holding, manifest_clips, manifest_rows,
                                      transcribe_by_hand)
from tests.sidecars import flat_tags

CONFIG = load()[0]


def _export(sources, dest, **options):
    return export_record(list(sources), dest, ExportOptions(config=CONFIG, **options))



def test_each_transcribed_clip_has_its_vtt_beside_it_and_the_manifests_hold_its_text(kiosks, tmp_path):
    kiosk_a, kiosk_b = kiosks
    given = transcribe_by_hand(kiosk_a)  # kiosk B's Welsh clip has none
    welsh = ClipStore(kiosk_b).list().clips[0]
    dest = tmp_path / "record"
    _export(kiosks, dest)
    rows, described, marker = manifest_rows(dest), manifest_clips(dest), read_marker(dest)
    assert len(rows) == 4
    for clip_id, cues in given.items():
        entry = marker.clips[clip_id]
        vtt = dest / entry.captions
        assert entry.captions and vtt == (dest / entry.video).with_suffix(".vtt")
        assert parse_vtt(vtt.read_text(encoding="utf-8")) == cues
        for manifest in (rows[clip_id], described[clip_id]):
            assert manifest["transcript_status"] == EDITED
            assert manifest["transcript"] == plain_text(cues)
            assert manifest["captions"] == entry.captions
        assert flat_tags(dest / entry.sidecar)["transcript"] == EDITED
    assert marker.clips[welsh.sidecar.id].captions == ""
    assert (rows[welsh.sidecar.id]["transcript"], rows[welsh.sidecar.id]["captions"]) == ("", "")
    assert len(list(dest.glob("clips/*/*.vtt"))) == 3


def test_the_record_vtt_is_made_again_from_the_cues_not_copied(kiosks, tmp_path):
    kiosk_a, _ = kiosks
    clip = clip_of(kiosk_a, "volunteer")
    # WebVTT a facilitator's other tool might write: a header note, cue ids, settings, a byte order mark.
    clip.transcript_path.write_text("\ufeffWEBVTT - by hand\n\nNOTE written elsewhere, grumbleton\n\nfirst\n"
                                    "00:00.000 --> 00:01.000 align:start\nvolunteering at the\n\n"
                                    "00:01.000 --> 00:01.150\ngrumbleton timebank\n", encoding="utf-8")
    ClipStore(kiosk_a).update(clip, transcript=EDITED)
    dest = tmp_path / "record"
    _export([kiosk_a], dest)
    (vtt,) = dest.glob("clips/volunteer/*.vtt")
    assert vtt.read_text(encoding="utf-8") == ("WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nvolunteering at the\n\n"
                                               "00:00:01.000 --> 00:00:01.150\ngrumbleton timebank\n\n")


def test_an_edited_transcript_reaches_the_record_at_the_next_export_and_one_taken_away_leaves_it(kiosks, tmp_path):
    kiosk_a, _ = kiosks
    store = ClipStore(kiosk_a)
    dest = tmp_path / "record"
    _export([kiosk_a], dest)  # no transcripts yet
    assert not list(dest.glob("clips/*/*.vtt"))
    clip = clip_of(kiosk_a, "frontline")
    save_edited(store, clip, cues_for(WORDS[("frontline", "public")]))
    again = _export([kiosk_a], dest)  # a transcript appeared; the video is the same
    assert again.unchanged == 3 and again.added == 0
    assert "zephyrine quillbrook" in manifest_rows(dest)[clip.sidecar.id]["transcript"]
    corrected = (Cue(0.0, 1.0, "zephyrine quillbrook, corrected"),)
    save_edited(store, clip, corrected)
    _export([kiosk_a], dest)
    (vtt,) = dest.glob("clips/frontline/*.vtt")
    assert parse_vtt(vtt.read_text(encoding="utf-8")) == corrected
    assert manifest_rows(dest)[clip.sidecar.id]["transcript"] == "zephyrine quillbrook, corrected"
    with store.transcript_lock():  # the transcript taken away (as `kiosk transcribe --redo` may find no speech)
        clip.transcript_path.unlink()
        store.update(clip, transcript="none", transcript_reason=NO_SPEECH)
    _export([kiosk_a], dest)
    assert not list(dest.glob("clips/*/*.vtt")) and not read_marker(dest).clips[clip.sidecar.id].captions
    row = manifest_rows(dest)[clip.sidecar.id]
    assert (row["transcript_status"], row["transcript"], row["captions"]) == ("none", "", "")
    assert not files_holding("zephyrine", dest)


def test_an_unreadable_transcript_is_a_note_and_the_clip_goes_without_it(kiosks, tmp_path):
    kiosk_a, _ = kiosks
    clip = clip_of(kiosk_a, "volunteer")
    clip.transcript_path.write_text("WEBVTT\n\ngrumbleton without any timing\n", encoding="utf-8")
    ClipStore(kiosk_a).update(clip, transcript=EDITED)
    dest = tmp_path / "record"
    report = _export([kiosk_a], dest)
    assert report.clips == 3 and not report.damaged
    (note,) = [line for line in map(str, report.skipped) if "transcript" in line]
    assert clip.sidecar.media in note and "grumbleton" not in note
    assert not list(dest.glob("clips/*/*.vtt")) and not files_holding("grumbleton", dest)
    row = manifest_rows(dest)[clip.sidecar.id]
    assert (row["transcript_status"], row["transcript"]) == ("none", "")


def test_refresh_reads_the_exported_vtt_as_it_reads_anything_on_a_stick(kiosks, tmp_path):
    kiosk_a, _ = kiosks
    given = transcribe_by_hand(kiosk_a)
    dest = tmp_path / "record"
    _export([kiosk_a], dest)
    marker = read_marker(dest)
    volunteer = next(i for i, e in marker.clips.items() if e.card == "volunteer")
    frontline = [i for i, e in marker.clips.items() if e.card == "frontline"]
    (dest / marker.clips[volunteer].captions).write_bytes(b"WEBVTT\n\n" + b"x" * MAX_VTT_BYTES)  # too big
    (dest / marker.clips[frontline[0]].captions).write_text("not WebVTT at all", encoding="utf-8")
    refresh(dest)
    rows = manifest_rows(dest)
    for clip_id in (volunteer, frontline[0]):
        assert (rows[clip_id]["transcript"], rows[clip_id]["captions"], rows[clip_id]["transcript_status"]) == \
            ("", "", "")
    assert rows[frontline[1]]["transcript"] == plain_text(given[frontline[1]])
    page = (dest / "index.html").read_text(encoding="utf-8")
    assert "grumbleton" not in page and "zephyrine" not in page and "thistlewhump" in page


def test_a_transcript_that_looks_like_a_formula_or_markup_stays_text(kiosks, tmp_path):
    kiosk_a, _ = kiosks
    clip = clip_of(kiosk_a, "volunteer")
    hostile = "=HYPERLINK(\"x\") </script><script>document.title='pwned'</script> <!-- & -->"
    save_edited(ClipStore(kiosk_a), clip, (Cue(0.0, 1.0, hostile),))
    dest = tmp_path / "record"
    _export([kiosk_a], dest)
    assert manifest_rows(dest)[clip.sidecar.id]["transcript"] == "'" + hostile  # a spreadsheet does not run it
    assert manifest_clips(dest)[clip.sidecar.id]["transcript"] == hostile
    page = (dest / "index.html").read_text(encoding="utf-8")
    assert page.count("</script") == 3 and "pwned'</script" not in page and "<!--" not in page
    captions_block = page.split('<script type="application/json" id="captions">')[1].split("</script>")[0]
    data = json.loads(captions_block)
    assert parse_vtt(data[clip.sidecar.id]["vtt"])[0].text == hostile


def test_the_gallery_shows_each_transcript_in_its_language(kiosks, tmp_path):
    kiosk_a, kiosk_b = kiosks
    transcribe_by_hand(kiosk_a, kiosk_b)
    dest = tmp_path / "record"
    _export(kiosks, dest)
    page = (dest / "index.html").read_text(encoding="utf-8")
    assert page.count('<details class="transcript">') == 4
    assert '<p lang="cy">Mae&#x27;r bws i Dŷ Ddewi yn hwyr bob dydd, crwbanod</p>' in page
    assert '<p lang="en">zephyrine quillbrook over the marrowgate bridge</p>' in page
    assert '<form class="search" role="search" hidden><label for="search">' in page


def test_a_marker_from_before_transcripts_still_reads_and_names_every_file_a_clip_may_have():
    old = {"card": "frontline", "sha256": "ab" * 32, "video": "clips/frontline/20250101T100000_frontline_0123abcd.mp4",
           "sidecar": "clips/frontline/20250101T100000_frontline_0123abcd.json",
           "thumbnail": "clips/frontline/20250101T100000_frontline_0123abcd.jpg", "size": 5, "mtime_ns": 7}
    entry = MarkedClip.from_dict(old)
    assert entry.captions == "" and "clips/frontline/20250101T100000_frontline_0123abcd.vtt" in entry.files
    with_captions = MarkedClip.from_dict({**old, "captions": "clips/frontline/20250101T100000_frontline_0123abcd.vtt"})
    assert with_captions.captions and MarkedClip.from_dict(with_captions.to_dict()) == with_captions
    for name in ("20250101T100000_frontline_0123abcd.vtt", ".20250101T100000_frontline_0123abcd.vtt.k2_x9abc.tmp"):
        assert KIOSK_FILE.fullmatch(name)


def test_a_vtt_an_export_cut_short_left_unlisted_is_swept(kiosks, tmp_path):
    kiosk_a, _ = kiosks
    dest = tmp_path / "record"
    _export([kiosk_a], dest)
    video = next(dest.glob("clips/frontline/*.mp4"))
    left = [video.parent / f".{video.stem}.vtt.a1b2c3d4.tmp", video.parent / "20250101T100000_frontline_0123abcd.vtt"]
    for path in left:
        path.write_text("WEBVTT\n\n00:00.000 --> 00:01.000\nzephyrine\n", encoding="utf-8")
    assert set(sweep(dest, read_marker(dest).files())) == set(left)


def test_a_transcript_goes_only_where_its_clip_goes(kiosks, tmp_path):
    transcribe_by_hand(*kiosks)
    dest = tmp_path / "public"
    report = _export(kiosks, dest, scope="public")  # the event-only clip stays out, and so does its transcript
    assert report.left_out == 1
    assert len(list(dest.glob("clips/*/*.vtt"))) == 3
    assert not files_holding("thistlewhump", dest) and not files_holding("eventide", dest)
    assert files_holding("zephyrine", dest)  # the search would find a word that is there
    cards = tmp_path / "volunteers"
    _export(kiosks, cards, cards=("volunteer",), compilations=True)
    assert [p.stem for p in cards.glob("clips/*/*.vtt")] == [p.stem for p in cards.glob("clips/*/*.mp4")]
    for word in ("zephyrine", "thistlewhump", "crwbanod"):
        assert not files_holding(word, cards)

