"""Bounded work per clip (issue 17, items 5 to 9): a hostile clip, caption file or config value costs an export
seconds and megabytes, is that clip's reason, and never takes the record down."""

import json
import re
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import av
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.config import COLOUR, ConfigError, load, matches_whole, parse
from kiosk.export import ExportOptions, export_record, refresh
from kiosk.export.compilation import CompilationError, make_compilation
from kiosk.store import ClipStore
from kiosk.store.exported import Marker, read_marker
from kiosk.store.media import MARGIN_SECONDS, ClipBounds, DamagedMedia, bounds_for, check_clip
from kiosk.store.withdraw import withdraw
from kiosk.transcripts import NONE
from kiosk.transcripts.vtt import MAX_VTT_BYTES, MAX_VTT_LINE, CaptionsTooLong, Cue, parse_vtt, to_vtt
from tests.cli_runner import REPO
from tests.export.engine_clips import golden_kiosks
from tests.export.hostile_media import SIDECAR_SECONDS, add_clip, hostile_media, plain_clip
from tests.sidecars import flat_tags

CONFIG = load()[0]
REASONS = {  # what the report says of each hostile clip, beside its name
    "sound 10 hours in": "has its sound starting at 36,000.0 s, not with the take",
    "16000x16000 pictures": "has pictures whose size cannot be read within 3840x2160",
    "600,000 pictures": "has 600,000 pictures, more than 60 a second for 602 s",
}


def _export(sources, dest, **options):
    return export_record(list(sources), dest, ExportOptions(config=CONFIG, durable=False, **options))


def _size(path: Path) -> tuple[int, int]:
    with av.open(str(path)) as container:
        context = container.streams.video[0].codec_context
        return context.width, context.height


def _seconds(path: Path) -> float:
    with av.open(str(path)) as container:
        return container.duration / av.time_base


# -- the check, before anything is decoded ---------------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(REASONS))
def test_a_hostile_clip_is_out_of_bounds_with_its_reason(tmp_path_factory, kind):
    media = hostile_media(tmp_path_factory)[kind]
    with pytest.raises(DamagedMedia, match=re.escape(f"{media.name} {REASONS[kind]}")):
        check_clip(media, SIDECAR_SECONDS[kind])


def test_sound_longer_than_the_sidecar_says_is_out_of_bounds(tmp_path):
    media = plain_clip(tmp_path / "long.mp4", seconds=8.0)
    assert check_clip(media, 8.0) == bounds_for(8.0)
    with pytest.raises(DamagedMedia, match=r"long\.mp4 has 8\.0 s of pictures but its sidecar says 3 s\."):
        check_clip(media, 3.0)


def test_a_clip_the_kiosk_recorded_is_within_bounds(tmp_path_factory):
    for clip in ClipStore(golden_kiosks(tmp_path_factory)["kiosk-a"]).list().clips:
        bounds = check_clip(clip.media_path, clip.sidecar.duration)
        assert bounds.seconds == clip.sidecar.duration + MARGIN_SECONDS


def test_no_decoder_makes_a_picture_larger_than_any_kiosk_records(tmp_path_factory, tmp_path):
    """Not even a thumbnail: probing the 16000x16000 clip alone took 618 MB before."""
    media = hostile_media(tmp_path_factory)["16000x16000 pictures"]
    # VmHWM, not getrusage's ru_maxrss: Linux keeps in that the RSS the process had before it exec'd, a copy of
    # pytest's own (430 MB late in a full run, which failed this test in CI).
    code = ("import sys\nfrom pathlib import Path\nfrom kiosk.store.media import DamagedMedia, make_thumbnail\n"
            "try:\n    make_thumbnail(Path(sys.argv[1]), Path(sys.argv[2]))\nexcept DamagedMedia as error:\n    print(error)\n"
            "status = Path('/proc/self/status').read_text().splitlines()\n"
            "print(int(next(line for line in status if line.startswith('VmHWM:')).split()[1]) // 1024)")
    result = subprocess.run([sys.executable, "-c", code, str(media), str(tmp_path / "thumbnail.jpg")], cwd=REPO,
                            capture_output=True, text=True, timeout=120)
    reason, peak_mb = result.stdout.splitlines()
    assert "huge.mp4 cannot be decoded for a thumbnail" in reason, result.stderr
    assert int(peak_mb) < 400  # a 16000x16000 picture alone is 256 MB of pixels in one byte each
    assert not (tmp_path / "thumbnail.jpg").exists()


# -- compilations -----------------------------------------------------------------------------------------------


def test_a_compilation_decodes_no_further_than_the_bounds_even_when_a_header_lies(tmp_path_factory, tmp_path):
    """The sound 10 hours in, given the bounds of a 2 s take without the check: no hours of silence."""
    late = hostile_media(tmp_path_factory)["sound 10 hours in"]
    target = tmp_path / "frontline.mp4"
    make_compilation(("In the shoes of...", "x"), [(late, bounds_for(2.0))], target, (64, 48))
    assert _size(target) == (64, 48)
    assert _seconds(target) < 3.0 + bounds_for(2.0).seconds + 1  # the title, then at most the clip's bounds


def test_more_pictures_than_the_bounds_fails_the_compilation_and_leaves_no_part_file(tmp_path_factory, tmp_path):
    many = hostile_media(tmp_path_factory)["600,000 pictures"]
    target = tmp_path / "volunteer.mp4"
    with pytest.raises(CompilationError, match="more pictures than its header says"):
        make_compilation(("x",), [(many, ClipBounds(seconds=700, frames=50, audio_packets=0))], target, (64, 48))
    assert list(tmp_path.iterdir()) == []


def test_a_tiny_first_clip_does_not_shrink_a_compilation(kiosks, tmp_path_factory, tmp_path):
    kiosk_a, _ = kiosks
    tiny = add_clip(kiosk_a, hostile_media(tmp_path_factory)["16x16 pictures"], 2.0, "volunteer",
                    when=datetime(2020, 1, 1, 9))  # the first clip of its card
    dest = tmp_path / "record"
    report = _export([kiosk_a], dest, compilations=True)
    assert report.clips == 4 and not report.damaged
    marker = read_marker(dest)
    assert marker.compilations["volunteer"].clips[0] == tiny.sidecar.id
    assert _size(dest / "compilations" / "volunteer.mp4") == (CONFIG.width, CONFIG.height)


def test_a_compilation_that_fails_leaves_the_record_whole_and_open_to_later_exports_and_withdrawals(
        kiosks, tmp_path, monkeypatch):
    kiosk_a, _ = kiosks
    import kiosk.export.compilation as compilation

    def out_of_memory(*args):
        raise MemoryError()

    monkeypatch.setattr(compilation, "_append", out_of_memory)
    dest = tmp_path / "record"
    report = _export([kiosk_a], dest, compilations=True)
    assert report.clips == 3 and report.compilations == ()
    assert sum("could not be made (there was not enough memory to make it)" in line for line in map(str, report.skipped)) == 2
    assert (dest / "index.html").exists() and len(json.loads((dest / "manifest.json").read_text())["clips"]) == 3
    assert not list(dest.glob("compilations/*")) and read_marker(dest).compilations_wanted

    monkeypatch.undo()
    again = _export([kiosk_a], dest)  # the record remembers it wants compilations, and now makes them
    assert again.clips == 3 and len(again.compilations) == 2
    gone = ClipStore(kiosk_a).list().clips[0]
    withdraw(ClipStore(kiosk_a), gone.code, refresh=refresh)
    assert gone.sidecar.id not in {c["id"] for c in json.loads((dest / "manifest.json").read_text())["clips"]}


def test_an_unexpected_failure_in_a_compilation_still_leaves_the_manifests_and_gallery(kiosks, tmp_path,
                                                                                        monkeypatch):
    kiosk_a, _ = kiosks
    import kiosk.export.compilation as compilation

    def broken(*args):
        raise RuntimeError("a bug in the compilation")

    monkeypatch.setattr(compilation, "_append", broken)
    dest = tmp_path / "record"
    with pytest.raises(RuntimeError):
        _export([kiosk_a], dest, compilations=True)
    assert len(json.loads((dest / "manifest.json").read_text())["clips"]) == 3
    assert (dest / "index.html").exists() and len(read_marker(dest).clips) == 3
    assert not list(dest.glob("compilations/.*"))  # no .part.mp4


# -- captions ---------------------------------------------------------------------------------------------------


def _parse_in_a_subprocess(path: Path) -> str:
    """parse_vtt of the file, in a process of its own with a timeout: a hang guard, not a measure of speed."""
    code = ("import sys\nfrom kiosk.transcripts.vtt import CaptionsTooLong, parse_vtt\n"
            "try:\n    cues = parse_vtt(open(sys.argv[1], encoding='utf-8').read())\n"
            "except CaptionsTooLong as error:\n    print('refused:', error)\n"
            "else:\n    print('parsed', sum(len(cue.text) for cue in cues))")
    result = subprocess.run([sys.executable, "-c", code, str(path)], cwd=REPO, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_lines_of_unclosed_tags_are_parsed_in_one_pass(tmp_path):
    """A 1 MiB line of `<` took ~19 minutes; 1,000 lines of 999 `<` each, the longest a line may be, took seconds."""
    one_line = tmp_path / "line.vtt"
    one_line.write_text("WEBVTT\n\n00:00.000 --> 00:01.000\n" + "<" * (MAX_VTT_BYTES - 40), encoding="utf-8")
    assert _parse_in_a_subprocess(one_line) == f"refused: the captions file has a line longer than {MAX_VTT_LINE} characters"
    longest_lines = tmp_path / "longest.vtt"  # read whole, then refused: each `<` is four characters once written
    longest_lines.write_text("WEBVTT\n\n00:00.000 --> 00:01.000\n" + ("<" * (MAX_VTT_LINE - 1) + "\n") * 1000, "utf-8")
    assert _parse_in_a_subprocess(longest_lines) == "refused: the captions file is too big once written again"
    many_lines = tmp_path / "lines.vtt"
    many_lines.write_text("WEBVTT\n\n00:00.000 --> 00:01.000\n" + ("<" * 249 + "\n") * 1000, "utf-8")
    assert _parse_in_a_subprocess(many_lines) == f"parsed {1000 * 249 + 999}"


@given(st.text(alphabet="<>ab \t&;/", max_size=60))
def test_tags_are_removed_as_webvtt_markup_is(line):
    """The scan cuts what the regular expression it replaces cut: from a `<` to the next `>`."""
    expected = re.sub(r"<[^>\n]*>", "", line)
    expected = expected.replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ").replace("&amp;", "&")
    assert parse_vtt(f"WEBVTT\n\n00:00.000 --> 00:01.000\n{line}\n") == (Cue(0.0, 1.0, expected.strip()),)


def test_what_is_parsed_is_written_back_within_the_read_limit():
    """Escaping makes a `<` four characters: 1 MB of them would be a 4 MB .vtt, which the gallery would not read."""
    with pytest.raises(CaptionsTooLong, match="line longer than 1000 characters once written again"):
        parse_vtt("WEBVTT\n\n00:00.000 --> 00:01.000\n" + ("<" * 999 + "\n") * 100)
    with pytest.raises(CaptionsTooLong, match="too big once written again"):
        parse_vtt("WEBVTT\n\n00:00.000 --> 00:01.000\n" + ("<" * 249 + "\n") * 4000)
    fits = "WEBVTT\n\n00:00.000 --> 00:01.000\n" + ("<" * 249 + "\n") * 800
    written = to_vtt(parse_vtt(fits))
    assert len(written.encode("utf-8")) <= MAX_VTT_BYTES and parse_vtt(written) == parse_vtt(fits)


def test_a_captions_file_over_the_limits_is_dropped_and_its_clip_exported(kiosks, tmp_path):
    kiosk_a, _ = kiosks
    over, fits = ClipStore(kiosk_a).list().clips[:2]
    over.transcript_path.write_text("WEBVTT\n\n00:00.000 --> 00:01.000\n" + ("<" * 999 + "\n") * 1000, "utf-8")
    fits.transcript_path.write_text("WEBVTT\n\n00:00.000 --> 00:01.000\n" + ("<" * 249 + "\n") * 800, "utf-8")
    dest = tmp_path / "record"
    report = _export([kiosk_a], dest)
    assert report.clips == 3 and not report.damaged
    assert f"The transcript of {over.sidecar.media} is longer than the kiosk reads; the clip is exported without it." \
        in map(str, report.skipped)
    clips = {clip["id"]: clip for clip in json.loads((dest / "manifest.json").read_text())["clips"]}
    marker = read_marker(dest)
    exported = flat_tags(dest / marker.clips[over.sidecar.id].sidecar)
    assert (exported["transcript"], exported["transcript_reason"]) == (NONE, "its transcript is longer than the kiosk reads")
    assert clips[over.sidecar.id]["captions"] == ""
    kept = dest / marker.clips[fits.sidecar.id].captions  # 200 KB of `<`, 800 KB once escaped: still read back
    assert kept.stat().st_size <= MAX_VTT_BYTES and clips[fits.sidecar.id]["captions"]
    assert "&lt;" * 249 in (dest / "index.html").read_text(encoding="utf-8")


# -- config patterns --------------------------------------------------------------------------------------------


def _card(colour) -> dict:
    return {"cards": [{"id": "frontline", "label": "Front line", "colour": colour}]}


def test_a_card_colour_ending_in_a_newline_is_refused_by_the_config():
    with pytest.raises(ConfigError, match="colour must look like #1B5E20"):
        parse(_card("#1B5E20\n"))


@given(st.one_of(st.sampled_from(["#1B5E20", "#1b5e20\n", "#1B5E20\n\n", "\n#1B5E20", "#1B5E2", "#1B5E200",
                                  "#１B5E20", "#1B5E20 "]), st.text(alphabet="#0123456789abcdefABCDEFG\n ", max_size=9)))
def test_the_config_and_the_export_marker_agree_on_a_card_colour(colour):
    try:
        parse(_card(colour))
        config_takes = True
    except ConfigError:
        config_takes = False
    try:
        Marker.from_dict({"clips": {}, "cards": [{"id": "frontline", "en": "Front line", "colour": colour}]})
        marker_takes = True
    except ValueError:
        marker_takes = False
    assert config_takes == marker_takes == matches_whole(COLOUR, colour)


# -- the whole command, with its memory limited ------------------------------------------------------------------


def _kiosk_limited(*args, memory_gb: int = 3, timeout: float = 300) -> subprocess.CompletedProcess:
    """`kiosk ARGS` with its address space limited (ulimit -v) and a timeout."""
    command = f"ulimit -v {memory_gb * 1024 * 1024}; exec \"$0\" -m kiosk \"$@\""
    return subprocess.run(["bash", "-c", command, sys.executable, *map(str, args)], cwd=REPO, capture_output=True,
                          text=True, timeout=timeout)


def test_an_export_of_hostile_clips_with_compilations_stays_within_memory_and_time(tmp_path_factory, tmp_path):
    root, dest = tmp_path / "recordings", tmp_path / "record"
    shutil.copytree(golden_kiosks(tmp_path_factory)["kiosk-a"], root)
    good = ClipStore(root).list().clips
    media = hostile_media(tmp_path_factory)
    hostile = {kind: add_clip(root, media[kind], SIDECAR_SECONDS[kind], card)
               for kind, card in (("sound 10 hours in", "frontline"), ("16000x16000 pictures", "frontline"),
                                  ("600,000 pictures", "volunteer"))}
    tiny = add_clip(root, media["16x16 pictures"], 2.0, "volunteer", when=datetime(2020, 1, 1, 9))
    good[0].transcript_path.write_text("WEBVTT\n\n00:00.000 --> 00:01.000\n" + "<" * 900_000, "utf-8")

    result = _kiosk_limited("export", dest, "--recordings", root, "--compilations")
    said = result.stdout + result.stderr
    assert result.returncode == 1 and "unexpected error" not in said and "Traceback" not in said, said
    manifest = json.loads((dest / "manifest.json").read_text())
    assert {c["id"] for c in manifest["clips"]} == {c.sidecar.id for c in good} | {tiny.sidecar.id}
    assert (dest / "index.html").exists()
    for kind, clip in hostile.items():
        assert f"{clip.sidecar.media} {REASONS[kind]}. It was skipped." in said, said
    assert f"The transcript of {good[0].sidecar.media}" in said
    assert sorted(p.name for p in (dest / "compilations").iterdir()) == ["frontline.mp4", "volunteer.mp4"]
    assert _size(dest / "compilations" / "volunteer.mp4") == (CONFIG.width, CONFIG.height)

    again = _kiosk_limited("export", dest, "--recordings", root)
    assert again.returncode == 1 and "Traceback" not in again.stderr and "4 clips in" in again.stdout, again.stderr
    withdrawn = _kiosk_limited("withdraw", good[1].code, "--recordings", root, "--yes")
    assert withdrawn.returncode == 0, withdrawn.stderr
    assert good[1].sidecar.id not in {c["id"] for c in json.loads((dest / "manifest.json").read_text())["clips"]}
    assert not list(dest.rglob("*.part*"))
