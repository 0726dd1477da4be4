"""report.docx: the same report for the facilitators who finish it in Word (python-docx), headings in both languages.

Word's own styles (Title, Heading 1-3, Quote, a table grid), so a facilitator restyles it in one go; each quote
links to its clip's moment in the gallery beside it.
"""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from kiosk.atomic import write_atomically
from kiosk.report.heard import LANGUAGE_NAMES, QuoteInRecord, WhatWeHeard, clock

REPORT_DOCUMENT = "report.docx"


def _both(english: str, welsh: str) -> str:
    return f"{english} / {welsh}" if welsh else english


def _link(paragraph, target: str, text: str) -> None:
    """A hyperlink run: python-docx has no API for one, so it is the two XML elements Word writes."""
    relation = paragraph.part.relate_to(target, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), relation)
    run = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "Hyperlink")
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    colour = OxmlElement("w:color")
    colour.set(qn("w:val"), "0B3D91")
    properties.extend([style, colour, underline])
    words = OxmlElement("w:t")
    words.text = text
    run.extend([properties, words])
    link.append(run)
    paragraph._p.append(link)


def _table(document, heading: tuple[str, str], rows: list[tuple[str, int]]) -> None:
    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = _both(*heading), _both("Clips", "Clipiau")
    for name, count in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = name, str(count)


def _quote(document, item: QuoteInRecord) -> None:
    document.add_paragraph(f"“{item.quote.words}”" if item.quote.words else "(no words in the transcript)",
                           style="Quote")
    source = document.add_paragraph()
    _link(source, item.gallery_link, f"Watch this moment / Gwylio’r foment hon ({clock(item.quote.start)}–"
                                     f"{clock(item.quote.end)})")
    source.add_run(f" · {item.clip.moment}")


def report_docx(heard: WhatWeHeard) -> bytes:
    document = Document()
    document.core_properties.title = f"{heard.event}: what we heard"
    document.core_properties.author = "Whose Shoes? kiosk"
    document.add_heading(f"{heard.event}: what we heard / beth glywson ni", level=0)
    document.add_paragraph(f"In their own voices, from the record of the day / Yn eu lleisiau eu hunain, o gofnod y "
                           f"diwrnod · {heard.exported_at[:16].replace('T', ' ')}")
    document.add_heading(_both("The day in numbers", "Y diwrnod mewn rhifau"), level=1)
    languages = ", ".join(f"{LANGUAGE_NAMES.get(code, (code, code))[0]} {count}" for code, count in heard.languages())
    document.add_paragraph(f"Clips / Clipiau: {len(heard.clips)} · Quotes / Dyfyniadau: {heard.quote_count()} · "
                           f"Total time / Cyfanswm yr amser: {clock(heard.total_seconds)} · "
                           f"Languages / Ieithoedd: {languages or '–'}")
    if heard.reel_seconds is not None:
        document.add_paragraph(f"The highlight reel lasts / Mae’r ffilm uchafbwyntiau’n para {clock(heard.reel_seconds)}.")
    _table(document, ("Card", "Cerdyn"), [(_both(c.en, c.cy), n) for c, n in heard.clips_by_card()])
    by_theme = heard.clips_by_theme()
    if by_theme:
        document.add_paragraph()
        _table(document, ("Theme", "Thema"), [(_both(t.en, t.cy), n) for t, n in by_theme])
    themes = heard.themes_heard()
    for theme, by_card in themes:
        document.add_heading(_both(theme.en, theme.cy), level=1)
        for card, quotes in by_card:
            document.add_heading(_both(f"In the shoes of: {card.en}", f"Yn esgidiau: {card.cy}" if card.cy else ""),
                                 level=2)
            for item in quotes:
                _quote(document, item)
    if not themes:
        document.add_paragraph("No quotes have been chosen for this record yet. / Does dim dyfyniadau wedi’u dewis "
                               "ar gyfer y cofnod hwn eto.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def write_report_document(folder: Path, heard: WhatWeHeard) -> None:
    write_atomically(folder / REPORT_DOCUMENT, report_docx(heard))
