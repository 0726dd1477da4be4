"""Compilations carry their clips' transcripts as a mov_text subtitle track, each cue moved to where its clip sits."""

import json
import struct
import subprocess
from pathlib import Path

import av

from kiosk.config import load
from kiosk.export import ExportOptions, export_record
from kiosk.export.compilation import TITLE_SECONDS
from kiosk.store import ClipStore
from kiosk.store.exported import path_in, read_marker
from kiosk.transcripts import save_edited
from kiosk.transcripts.vtt import Cue
from tests.export.transcribed import clip_of, transcribe_by_hand

CONFIG = load()[0]


def _export(sources, dest, **options):
    return export_record(list(sources), dest, ExportOptions(config=CONFIG, compilations=True, **options))


def ffprobe_streams(media: Path) -> list[dict]:
    answer = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "stream=index,codec_type,codec_name",
                             "-of", "json", str(media)], capture_output=True, text=True, check=True, timeout=60)
    return json.loads(answer.stdout)["streams"]


def ffprobe_subtitle_times(media: Path) -> list[tuple[float, float]]:
    """(start, end) of each subtitle sample that holds text (an empty one, 2 bytes, fills a gap)."""
    answer = subprocess.run(["ffprobe", "-v", "error", "-select_streams", "s", "-show_entries",
                             "packet=pts_time,duration_time,size", "-of", "json", str(media)],
                            capture_output=True, text=True, check=True, timeout=60)
    return [(float(p["pts_time"]), float(p["pts_time"]) + float(p["duration_time"]))
            for p in json.loads(answer.stdout)["packets"] if int(p["size"]) > 2]


def subtitles_read_back(media: Path) -> list[tuple[float, float, str]]:
    """The subtitle samples as PyAV demuxes them, each checked to decode, with their text."""
    read = []
    with av.open(str(media)) as container:
        stream = container.streams.subtitles[0]
        for packet in container.demux(stream):
            data = bytes(packet)
            if packet.pts is None or len(data) <= 2:
                continue
            (length,) = struct.unpack(">H", data[:2])
            text = data[2:2 + length].decode("utf-8")
            (decoded,) = packet.decode()
            assert decoded.dialogue.decode("utf-8").replace("\\N", "\n") == text
            read.append((float(packet.pts * stream.time_base),
                         float((packet.pts + packet.duration) * stream.time_base), text))
    return read


def _ms(cues) -> list[tuple]:
    """Times to the millisecond the track counts in."""
    return [tuple(round(value * 1000) if isinstance(value, float) else value for value in cue) for cue in cues]


def _clip_length(media: Path) -> float:
    with av.open(str(media)) as container:
        return container.duration / av.time_base


def test_a_compilation_carries_each_clips_cues_shifted_to_where_it_sits(kiosks, tmp_path):
    kiosk_a, _ = kiosks
    given = transcribe_by_hand(kiosk_a)
    dest = tmp_path / "record"
    _export([kiosk_a], dest, cards=("frontline",))
    compilation = dest / "compilations" / "frontline.mp4"
    streams = ffprobe_streams(compilation)
    assert [(s["codec_type"], s["codec_name"]) for s in streams] == [("video", "h264"), ("audio", "aac"),
                                                                       ("subtitle", "mov_text")]
    marker = read_marker(dest)
    order = marker.compilations["frontline"].clips
    first_length = _clip_length(path_in(dest, marker.clips[order[0]].video))
    expected = [(TITLE_SECONDS + cue.start, TITLE_SECONDS + cue.end, cue.text) for cue in given[order[0]]]
    read = subtitles_read_back(compilation)
    assert [text for _, _, text in read] == [cue.text for clip_id in order for cue in given[clip_id]]
    assert _ms(read[:2]) == _ms(expected)
    second_start = read[2][0]  # the second clip begins where the first ended, after the title card
    assert TITLE_SECONDS + first_length - 0.1 < second_start < TITLE_SECONDS + first_length + 0.1
    assert _ms(read[2:]) == _ms([(second_start + c.start, second_start + c.end, c.text) for c in given[order[1]]])
    assert _ms(ffprobe_subtitle_times(compilation)) == _ms([(start, end) for start, end, _ in read])


def test_a_compilation_without_any_transcript_has_no_subtitle_stream(kiosks, tmp_path):
    kiosk_a, _ = kiosks
    store = ClipStore(kiosk_a)
    save_edited(store, clip_of(kiosk_a, "frontline"), (Cue(0.0, 1.0, "zephyrine quillbrook"),))
    dest = tmp_path / "record"
    _export([kiosk_a], dest)
    assert [s["codec_type"] for s in ffprobe_streams(dest / "compilations" / "volunteer.mp4")] == ["video", "audio"]
    assert "subtitle" in [s["codec_type"] for s in ffprobe_streams(dest / "compilations" / "frontline.mp4")]


def test_a_transcript_edited_after_an_export_remakes_its_compilation(kiosks, tmp_path):
    kiosk_a, _ = kiosks
    store = ClipStore(kiosk_a)
    clip = clip_of(kiosk_a, "volunteer")
    dest = tmp_path / "record"
    _export([kiosk_a], dest)
    assert [s["codec_type"] for s in ffprobe_streams(dest / "compilations" / "volunteer.mp4")] == ["video", "audio"]
    save_edited(store, clip, (Cue(0.2, 0.9, "grumbleton timebank"),))
    _export([kiosk_a], dest)
    assert [text for _, _, text in subtitles_read_back(dest / "compilations" / "volunteer.mp4")] == \
        ["grumbleton timebank"]
    save_edited(store, clip, (Cue(0.2, 0.9, "grumbleton timebank, corrected"),))
    _export([kiosk_a], dest)
    assert [text for _, _, text in subtitles_read_back(dest / "compilations" / "volunteer.mp4")] == \
        ["grumbleton timebank, corrected"]
