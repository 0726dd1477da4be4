"""report.html, report.docx and record.qdpx made from what a record heard, each read back independently: the page
in Chromium with axe-core, the document with python-docx, the project against the REFI-QDA 2019 schema."""

from __future__ import annotations

import re
import zipfile
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree as ET

import docx
import pytest
import xmlschema

from kiosk.report.document import report_docx
from kiosk.report.heard import words_between
from kiosk.report.page import report_html, write_report_page
from kiosk.report.qdpx import NAMESPACE, guid, write_project
from kiosk.transcripts.vtt import Cue
from tests.accessibility import axe_violations
from tests.export.browser import find_chromium
from tests.report.heard_example import BUS, DESK, UNTAGGED, example, with_media

SCHEMA = Path(__file__).with_name("Project-mrt2019.xsd")
Q = {"q": NAMESPACE}


class _Page(HTMLParser):
    """The page's links, the text of its headings and its quotes."""

    def __init__(self) -> None:
        super().__init__()
        self.links, self.headings, self.quotes, self._in = [], [], [], None

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links.append(dict(attrs)["href"])
        if tag in ("h1", "h2", "h3", "blockquote"):
            self._in, self._text = tag, ""

    def handle_data(self, data):
        if self._in:
            self._text += data

    def handle_endtag(self, tag):
        if tag == self._in:
            (self.quotes if tag == "blockquote" else self.headings).append(" ".join(self._text.split()))
            self._in = None


def test_words_between_take_the_cues_that_overlap_the_range():
    cues = (Cue(0.0, 2.0, "one two"), Cue(2.0, 4.0, "three\nfour"), Cue(4.0, 6.0, "five"))
    assert words_between(cues, 1.0, 3.0) == "one two three four"
    assert words_between(cues, 2.0, 4.0) == "three four"
    assert words_between(cues, 6.0, 8.0) == ""


def test_the_day_in_numbers_count_clips_by_card_theme_and_language():
    heard = example()
    assert [(card.id, n) for card, n in heard.clips_by_card()] == [("community", 2), ("frontline", 1)]
    assert [(theme.id, n) for theme, n in heard.clips_by_theme()] == [("getting-there", 2), ("being-heard", 2)]
    assert heard.languages() == [("en", 2), ("cy", 1)] and heard.total_seconds == 62.0 and heard.quote_count() == 3


def test_the_page_has_each_theme_with_its_quotes_by_card_linked_to_the_gallery_at_that_moment():
    page = _Page()
    page.feed(report_html(example()))
    assert page.headings[0] == "Ffair Haf: what we heard / beth glywson ni"
    assert "Getting there and getting in / Cyrraedd a mynd i mewn" in page.headings
    assert "Money / Arian" not in page.headings  # a theme nobody was quoted on has no section
    theme = page.headings.index("Getting there and getting in / Cyrraedd a mynd i mewn")
    assert page.headings[theme + 1:theme + 3] == [
        "In the shoes of: Member of the local community / Yn esgidiau: Aelod o'r gymuned leol",
        "In the shoes of: Front-line staff / Yn esgidiau: Staff rheng flaen"]
    assert "“The last bus leaves at six so I walk home in the dark”" in page.quotes
    assert page.quotes.count("“Mae'r ddesg ar gau ar ddydd Sadwrn”") == 2  # under both its themes
    assert f"index.html#clip-{BUS.id}&t=0.5" in page.links and f"index.html#clip-{DESK.id}&t=1.0" in page.links
    assert not any(UNTAGGED.id in link for link in page.links)


def test_the_page_has_a_print_stylesheet_and_needs_nothing_from_outside():
    html = report_html(example())
    assert "@media print" in html
    assert not re.search(r"<(script|link|img|iframe)\b", html) and "http" not in html


def test_the_page_says_so_when_no_quote_has_been_chosen():
    html = report_html(example(clips=(UNTAGGED,)))
    assert "No quotes have been chosen for this record yet." in html and "<h3>" not in html


@pytest.mark.skipif(find_chromium() is None, reason="Chromium is not installed (Debian: apt install chromium).")
def test_the_page_passes_axe_core_wcag_2_2_aa_in_chromium(tmp_path):
    write_report_page(tmp_path, example())
    result = axe_violations(tmp_path / "report.html")
    assert result["rules"] > 10  # axe really ran its rules
    assert result["violations"] == []


def test_the_document_read_back_with_python_docx_has_the_numbers_themes_quotes_and_links():
    document = docx.Document(__import__("io").BytesIO(report_docx(example())))
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    assert paragraphs[0] == ("Title", "Ffair Haf: what we heard / beth glywson ni")
    headings = [text for style, text in paragraphs if style.startswith("Heading")]
    assert headings == ["The day in numbers / Y diwrnod mewn rhifau",
                        "Getting there and getting in / Cyrraedd a mynd i mewn",
                        "In the shoes of: Member of the local community / Yn esgidiau: Aelod o'r gymuned leol",
                        "In the shoes of: Front-line staff / Yn esgidiau: Staff rheng flaen",
                        "Being listened to / Cael gwrandawiad",
                        "In the shoes of: Member of the local community / Yn esgidiau: Aelod o'r gymuned leol",
                        "In the shoes of: Front-line staff / Yn esgidiau: Staff rheng flaen"]
    quotes = [text for style, text in paragraphs if style == "Quote"]
    assert quotes[0] == "“The last bus leaves at six so I walk home in the dark”" and len(quotes) == 4
    cards, themes = ([[cell.text for cell in row.cells] for row in table.rows] for table in document.tables)
    assert cards[1:] == [["Member of the local community / Aelod o'r gymuned leol", "2"],
                         ["Front-line staff / Staff rheng flaen", "1"]]
    assert themes[1:] == [["Getting there and getting in / Cyrraedd a mynd i mewn", "2"],
                          ["Being listened to / Cael gwrandawiad", "2"]]
    links = {rel.target_ref for rel in document.part.rels.values() if rel.reltype.endswith("/hyperlink")}
    assert f"index.html#clip-{BUS.id}&t=6.0" in links and f"index.html#clip-{DESK.id}&t=1.0" in links


def test_the_project_validates_against_the_refi_qda_schema_with_media_transcripts_codes_and_selections(tmp_path):
    heard = example()
    write_project(with_media(tmp_path, heard), heard)
    with zipfile.ZipFile(tmp_path / "record.qdpx") as archive:
        xml = archive.read("project.qde")
        xmlschema.XMLSchema(str(SCHEMA)).validate(xml.decode("utf-8"))
        project = ET.fromstring(xml)
        codes = {code.get("name"): code.get("guid") for code in project.iterfind(".//q:Code", Q)}
        assert codes == {"Getting there and getting in": guid("theme", "getting-there"),
                         "Being listened to": guid("theme", "being-heard"), "Money": guid("theme", "money")}
        sources = project.findall("q:Sources/q:VideoSource", Q)
        assert len(sources) == 3
        bus = next(s for s in sources if s.get("guid") == guid("clip", BUS.id))
        media = bus.get("path").removeprefix("internal://")
        assert archive.read(f"sources/{media}") == f"media of {BUS.id}".encode()
        transcript = bus.find("q:Transcript", Q)
        assert transcript.findtext("q:Description", namespaces=Q) == "Transcript checked by a facilitator"
        text = archive.read("sources/" + transcript.get("plainTextPath").removeprefix("internal://")).decode()
        assert text.splitlines() == [cue.text for cue in BUS.cues]
        assert [int(p.get("timeStamp")) for p in transcript.findall("q:SyncPoint", Q)] == [500, 3000, 6000]
        selections = bus.findall("q:VideoSelection", Q)
        assert [(s.get("begin"), s.get("end")) for s in selections] == [("500", "6000"), ("6000", "9000"),
                                                                        ("0", "12000")]
        assert selections[1].find("q:Coding/q:CodeRef", Q).get("targetGUID") == codes["Being listened to"]
        assert selections[1].findtext("q:Description", namespaces=Q) == "and nobody asked us before"
        # The clip's own tag codes a selection of the whole clip: QualCoder drops codings of a source itself.
        assert selections[2].find("q:Coding/q:CodeRef", Q).get("targetGUID") == codes["Getting there and getting in"]
        assert bus.find("q:Coding", Q) is None
        case = next(c for c in project.iterfind(".//q:Case", Q) if c.find("q:SourceRef", Q).get("targetGUID")
                    == guid("clip", DESK.id))
        assert [v.findtext("q:TextValue", namespaces=Q) for v in case.findall("q:VariableValue", Q)] == [
            "Front-line staff", "event", "Welsh"]
        desk = next(s for s in sources if s.get("guid") == guid("clip", DESK.id))
        assert desk.findtext("q:Description", namespaces=Q) == (
            f"Card: Front-line staff. Consent scope: event. Language: Welsh. Case: {case.get('name')}.")
        untagged = next(s for s in sources if s.get("guid") == guid("clip", UNTAGGED.id))
        assert untagged.find("q:VideoSelection", Q) is None and untagged.find("q:Transcript", Q) is None


def test_a_clips_tags_cover_all_its_cues_and_quotes_though_its_sidecar_gives_it_no_length(tmp_path):
    heard = example(clips=(replace(BUS, duration=0.0),))
    write_project(with_media(tmp_path, heard), heard)
    with zipfile.ZipFile(tmp_path / "record.qdpx") as archive:
        xml = archive.read("project.qde")
    xmlschema.XMLSchema(str(SCHEMA)).validate(xml.decode("utf-8"))
    whole = ET.fromstring(xml).find("q:Sources/q:VideoSource/q:VideoSelection[@name='Whole clip']", Q)
    assert (whole.get("begin"), whole.get("end")) == ("0", "9000")  # the last cue's and quote's end


def test_each_clips_case_has_a_name_of_its_own_though_two_speak_in_the_same_shoes_in_the_same_minute(tmp_path):
    twin = replace(BUS, id="a" * 8 + "f" * 24, name="bus-twin")  # the same card, minute and start of its id
    other = replace(BUS, id="0123abcd" + "e" * 24, name="bus-other")
    heard = example(clips=(BUS, twin, other))
    write_project(with_media(tmp_path, heard), heard)
    with zipfile.ZipFile(tmp_path / "record.qdpx") as archive:
        xml = archive.read("project.qde")
    xmlschema.XMLSchema(str(SCHEMA)).validate(xml.decode("utf-8"))
    names = {case.find("q:SourceRef", Q).get("targetGUID"): case.get("name")
             for case in ET.fromstring(xml).iterfind("q:Cases/q:Case", Q)}
    assert names == {
        guid("clip", BUS.id): f"Member of the local community: 2026-06-14 10:32 ({BUS.id})",
        guid("clip", twin.id): f"Member of the local community: 2026-06-14 10:32 ({twin.id})",
        guid("clip", other.id): "Member of the local community: 2026-06-14 10:32 (0123abcd)"}


def test_a_project_exported_again_names_everything_the_same(tmp_path):
    heard = example()
    first, second = tmp_path / "first", tmp_path / "second"
    for folder in (first, second):
        write_project(with_media(folder, heard), heard)
    read = [zipfile.ZipFile(folder / "record.qdpx").read("project.qde") for folder in (first, second)]
    assert read[0] == read[1]
