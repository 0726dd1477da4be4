"""The report's files written into a record: report.html, report.docx and record.qdpx, made again at every publish."""

from __future__ import annotations

from pathlib import Path

from kiosk.report.document import write_report_document
from kiosk.report.heard import WhatWeHeard
from kiosk.report.page import write_report_page
from kiosk.report.qdpx import write_project


def write_reports(folder: Path, heard: WhatWeHeard) -> None:
    # report.html last: a withdrawal cut short is finished by `kiosk withdraw` again while a page of the record still
    # names the clip, and only the page can be read for that (the zips are compressed), so the page goes once the
    # document and the project no longer hold the clip either.
    write_report_document(folder, heard)
    write_project(folder, heard)
    write_report_page(folder, heard)
