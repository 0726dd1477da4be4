"""The report in an exported record, end to end with real engine clips: `kiosk tag` and `kiosk quote` annotate them,
`export --report --reel` writes report.html, report.docx, record.qdpx and reel.mp4 from the record's clips only, and a
withdrawal takes the clip's quotes, tags, words and media out of every one of them."""

from __future__ import annotations

import html
import io
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import av
import docx
import pytest
import xmlschema

from kiosk.config import load
from kiosk.export import ExportOptions, export_record, refresh
from kiosk.store import ClipStore
from kiosk.store.codes import display
from kiosk.store.withdraw import withdraw
from kiosk.report.qdpx import NAMESPACE, guid
from tests.cli_runner import kiosk
from tests.export.browser import Chromium, find_chromium
from tests.export.engine_clips import copy_kiosks
from tests.export.transcribed import clip_of, transcribe_by_hand

CONFIG = load()[0]
SCHEMA = Path(__file__).with_name("Project-mrt2019.xsd")
Q = {"q": NAMESPACE}


@pytest.fixture
def annotated(tmp_path_factory, tmp_path) -> tuple[Path, Path]:
    """Kiosk A and B with hand-made transcripts, and quotes and tags made through the `kiosk` command."""
    kiosk_a, kiosk_b = copy_kiosks(tmp_path_factory, tmp_path)
    transcribe_by_hand(kiosk_a, kiosk_b)
    public, event = clip_of(kiosk_a, "frontline", "public"), clip_of(kiosk_a, "frontline", "event")
    welsh = clip_of(kiosk_b, "community", "public")
    for clip, root, theme in ((public, kiosk_a, "getting-there"), (event, kiosk_a, "being-heard"),
                              (welsh, kiosk_b, "getting-there")):
        done = kiosk("quote", display(clip.code), "--from", "0", "--to", "1", "--theme", theme, "--recordings", root)
        assert done.returncode == 0, done.stderr
        assert kiosk("tag", clip.sidecar.id, "--theme", "next-steps", "--recordings", root).returncode == 0
    return kiosk_a, kiosk_b


def _export(sources, dest, **options):
    report = export_record(list(sources), dest, ExportOptions(config=CONFIG, report=True, **options))
    assert not report.damaged, report
    return report


def page_text(folder: Path) -> str:
    return html.unescape((folder / "report.html").read_text(encoding="utf-8"))


def document_text(folder: Path) -> str:
    document = docx.Document(folder / "report.docx")
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    links = [rel.target_ref for rel in document.part.rels.values() if rel.reltype.endswith("/hyperlink")]
    return "\n".join([p.text for p in document.paragraphs] + cells + links)


def project(folder: Path) -> tuple[ET.Element, dict[str, bytes]]:
    with zipfile.ZipFile(folder / "record.qdpx") as archive:
        xml = archive.read("project.qde")
        xmlschema.XMLSchema(str(SCHEMA)).validate(xml.decode("utf-8"))
        return ET.fromstring(xml), {name: archive.read(name) for name in archive.namelist()}


def test_tag_and_quote_refuse_what_they_cannot_do_in_one_sentence(tmp_path_factory, tmp_path):
    kiosk_a, _ = copy_kiosks(tmp_path_factory, tmp_path)
    clip = clip_of(kiosk_a, "volunteer")
    code = display(clip.code)
    cases = [
        (("tag", code, "--theme", "housing"), "'housing' is not one of the event's themes; choose one of getting-there"),
        (("quote", code, "--from", "0.5", "--to", "9"), f"The clip lasts {clip.sidecar.duration:.1f} s, so a quote "
                                                        f"cannot end at 9 s."),
        (("quote", code, "--from", "1", "--to", "0.5"), "A quote runs from a time to a later one"),
        (("quote", code, "--from", "0", "--to", "1", "--theme", "housing"), "'housing' is not one of the event's"),
        (("quote", code, "--from", "0"), "A quote needs both --from and --to"),
        (("quote", code, "--remove", "q00000000"), "The clip has no quote 'q00000000' (its quotes: none)."),
        (("tag", "K7M-4PX", "--theme", "next-steps"), "No clip in "),
    ]
    for arguments, sentence in cases:
        done = kiosk(*arguments, "--recordings", kiosk_a)
        assert done.returncode == 1 and done.stderr.startswith(f"kiosk: {sentence}"), (arguments, done.stderr)
        assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert ClipStore(kiosk_a).list().clips and clip_of(kiosk_a, "volunteer").sidecar.facilitator.quotes == ()
    assert kiosk("withdraw", code, "--yes", "--recordings", kiosk_a).returncode == 0
    done = kiosk("tag", code, "--theme", "next-steps", "--recordings", kiosk_a)
    assert done.returncode == 1 and "was withdrawn, so there is nothing to tag." in done.stderr


def test_a_quote_takes_its_words_from_the_transcript_and_can_be_listed_and_removed(tmp_path_factory, tmp_path):
    kiosk_a, _ = copy_kiosks(tmp_path_factory, tmp_path)
    transcribe_by_hand(kiosk_a)
    clip = clip_of(kiosk_a, "frontline")
    code = display(clip.code)
    made = kiosk("quote", code, "--from", "0.2", "--to", "0.9", "--theme", "being-heard", "--recordings", kiosk_a)
    assert made.returncode == 0 and made.stdout.strip().endswith(": “zephyrine quillbrook”"), made.stdout
    quote = clip_of(kiosk_a, "frontline").sidecar.facilitator.quotes[0]
    assert (quote.start, quote.end, quote.words, quote.themes) == (0.2, 0.9, "zephyrine quillbrook", ("being-heard",))
    listed = kiosk("quote", code, "--recordings", kiosk_a)
    assert f"{quote.id}: 0.2-0.9 s (being-heard): “zephyrine quillbrook”" in listed.stdout
    assert kiosk("quote", code, "--remove", quote.id, "--recordings", kiosk_a).returncode == 0
    assert clip_of(kiosk_a, "frontline").sidecar.facilitator.quotes == ()
    tagged = kiosk("tag", code, "--theme", "next-steps", "--recordings", kiosk_a)
    again = kiosk("tag", code, "--theme", "next-steps", "--recordings", kiosk_a)
    assert "is now tagged next-steps" in tagged.stdout and "was already tagged" in again.stdout
    assert kiosk("tag", code, "--theme", "next-steps", "--undo", "--recordings", kiosk_a).returncode == 0
    assert clip_of(kiosk_a, "frontline").sidecar.facilitator.themes == ()


def test_the_report_holds_only_the_clips_inside_the_exports_scope(annotated, tmp_path):
    folder = tmp_path / "public"
    _export(annotated, folder, scope="public")
    for text in (page_text(folder), document_text(folder)):
        assert "zephyrine quillbrook" in text and "Mae'r bws i Dŷ Ddewi" in text
        assert "only for the eventide" not in text  # the event-scope clip's quote
    root, files = project(folder)
    assert len(root.findall("q:Sources/q:VideoSource", Q)) == 3
    assert not any(b"only for the eventide" in content for content in files.values())
    everything = tmp_path / "event"
    _export(annotated, everything)
    assert "only for the eventide" in page_text(everything)
    assert len(project(everything)[0].findall("q:Sources/q:VideoSource", Q)) == 4


def test_each_quote_links_to_its_clip_in_the_gallery_at_its_moment(annotated, tmp_path):
    folder = tmp_path / "record"
    _export(annotated, folder)
    clip = clip_of(annotated[0], "frontline", "public")
    assert f'href="index.html#clip-{clip.sidecar.id}&t=0.0"' in page_text(folder)
    assert f'id="clip-{clip.sidecar.id}"' in (folder / "index.html").read_text(encoding="utf-8")
    assert f"index.html#clip-{clip.sidecar.id}&t=0.0" in document_text(folder)


def test_withdrawal_takes_the_clips_quotes_tags_words_and_media_out_of_the_report_document_project_and_reel(
        annotated, tmp_path):
    kiosk_a, kiosk_b = annotated
    folder, archive = tmp_path / "record", tmp_path / "record.zip"
    _export(annotated, folder, reel=True)
    _export(annotated, archive, zip=True, reel=True)
    assert (folder / "reel.mp4").is_file()
    clip = clip_of(kiosk_a, "frontline", "public")
    source = f"sources/{guid('clip', clip.sidecar.id)}"
    assert "zephyrine quillbrook" in page_text(folder) and "zephyrine quillbrook" in document_text(folder)
    assert f"{source}.mp4" in project(folder)[1]

    report = withdraw(ClipStore(kiosk_a), display(clip.code), refresh=refresh)
    assert not report.problems and len(report.exports_updated) == 2

    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(archive) as zipped:
        zipped.extractall(unpacked)
    for record in (folder, unpacked / "record"):
        assert "zephyrine" not in page_text(record) and clip.sidecar.id not in page_text(record)
        assert "zephyrine" not in document_text(record) and clip.sidecar.id not in document_text(record)
        root, files = project(record)
        assert f"{source}.mp4" not in files and f"{source}.txt" not in files
        assert guid("clip", clip.sidecar.id) not in ET.tostring(root, encoding="unicode")
        assert not any(b"zephyrine" in content for content in files.values())
        assert not (record / "reel.mp4").exists()  # it held the clip's quote
        assert "Mae'r bws i Dŷ Ddewi" in page_text(record)  # the others' quotes stay
    _export(annotated, folder, reel=True)  # the next export makes the reel again, without the clip
    with av.open(str(folder / "reel.mp4")) as reel:
        texts = [bytes(p)[2:].decode() for p in reel.demux(reel.streams.subtitles[0]) if p.size > 2]
    assert "zephyrine quillbrook" not in texts and "Mae'r bws i Dŷ Ddewi" in texts


def test_a_record_exported_with_a_report_keeps_it_up_to_date_at_the_next_export_without_the_option(annotated,
                                                                                                     tmp_path):
    folder = tmp_path / "record"
    _export(annotated, folder)
    clip = clip_of(annotated[1], "community", "public")
    assert kiosk("quote", clip.sidecar.id, "--from", "1.0", "--to", "1.15", "--theme", "working-together",
                 "--recordings", annotated[1]).returncode == 0
    export_record(list(annotated), folder, ExportOptions(config=CONFIG))
    assert "yn hwyr bob dydd, crwbanod" in page_text(folder) and "Working together" in document_text(folder)


def test_a_docx_in_a_zip_record_is_stored_not_squeezed_again(annotated, tmp_path):
    archive = tmp_path / "record.zip"
    _export(annotated, archive, zip=True)
    with zipfile.ZipFile(archive) as zipped:
        kinds = {Path(info.filename).name: info.compress_type for info in zipped.infolist()}
        document = zipped.read("record/report.docx")
    assert kinds["report.docx"] == kinds["record.qdpx"] == zipfile.ZIP_STORED
    assert docx.Document(io.BytesIO(document)).paragraphs[0].text.startswith(CONFIG.event_name.en)


OPENED_AT = """(async () => {
  const deadline = Date.now() + 20000;
  let video = null;
  while (Date.now() < deadline) {
    video = document.querySelector('figure video');
    if (video && video.readyState >= 1) break;
    await new Promise(r => setTimeout(r, 50));
  }
  return video ? {clip: video.closest('figure').dataset.clip, at: video.currentTime, videos:
                  document.querySelectorAll('video').length} : null;
})()"""


@pytest.mark.skipif(find_chromium() is None, reason="Chromium is not installed (Debian: apt install chromium).")
def test_a_quotes_link_opens_the_gallery_with_that_clip_playing_from_its_moment(annotated, tmp_path):
    folder = tmp_path / "record"
    clip = clip_of(annotated[0], "frontline", "public")
    assert kiosk("quote", clip.sidecar.id, "--from", "0.6", "--to", "1.1", "--theme", "next-steps", "--recordings",
                 annotated[0]).returncode == 0
    _export(annotated, folder)
    link = f"index.html#clip-{clip.sidecar.id}&t=0.6"
    assert f'href="{link}"' in page_text(folder)
    with Chromium(folder.as_uri() + "/" + link, "--autoplay-policy=no-user-gesture-required") as browser:
        opened = browser.evaluate(OPENED_AT, timeout=60)
    assert opened is not None and opened["clip"] == clip.sidecar.id and opened["videos"] == 1
    assert opened["at"] >= 0.6
