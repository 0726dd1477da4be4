"""A theme taken out of the event's config while clips still carry it: their tags and quotes stay in their sidecars,
and the report, the document and the REFI-QDA project leave it out, as the clip page does, without failing."""

from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree as ET

import docx
import xmlschema

from kiosk.report.qdpx import NAMESPACE, guid
from kiosk.report.write import write_reports
from tests.report.heard_example import BUS, DESK, GETTING_THERE, HEARD, UNUSED, example, with_media
from tests.report.test_report_files import SCHEMA


def test_a_theme_no_longer_in_the_config_is_left_out_of_every_file_the_report_makes(tmp_path):
    heard = example(themes=(HEARD, UNUSED))  # getting-there removed; both clips and two quotes still carry it
    assert all(GETTING_THERE.id in clip.all_themes() for clip in (BUS, DESK))
    write_reports(with_media(tmp_path, heard), heard)
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert GETTING_THERE.en not in page and f"theme-{GETTING_THERE.id}" not in page and HEARD.en in page
    text = "\n".join(p.text for p in docx.Document(io.BytesIO((tmp_path / "report.docx").read_bytes())).paragraphs)
    assert GETTING_THERE.en not in text and HEARD.en in text
    with zipfile.ZipFile(tmp_path / "record.qdpx") as archive:
        xml = archive.read("project.qde").decode("utf-8")
    xmlschema.XMLSchema(str(SCHEMA)).validate(xml)  # no coding points at a code that is not there
    project = ET.fromstring(xml)
    codes = [code.get("guid") for code in project.iterfind(".//{%s}Code" % NAMESPACE)]
    assert guid("theme", GETTING_THERE.id) not in codes and guid("theme", HEARD.id) in codes
    assert guid("theme", GETTING_THERE.id) not in xml
