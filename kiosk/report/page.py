"""report.html: what we heard, one self-contained page in English and Welsh that opens from a stick and prints well.

No script and nothing fetched: the words are in the page, each quote links to its clip's moment in the gallery
beside it (index.html#clip-ID&t=SECONDS), and a print stylesheet makes a clean PDF from any browser.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from kiosk.atomic import write_atomically
from kiosk.report.heard import LANGUAGE_NAMES, Label, QuoteInRecord, WhatWeHeard, clock

REPORT_PAGE = "report.html"

STYLE = """
*{box-sizing:border-box}
body{margin:0;font:17px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff}
header,main{max-width:50rem;margin:0 auto;padding:1rem}
h1{font-size:1.8rem;margin:.5rem 0}
h2{font-size:1.4rem;margin:2rem 0 .5rem;padding-left:.6rem;border-left:.5rem solid var(--colour,#263238)}
h3{font-size:1.1rem;margin:1.2rem 0 .4rem}
.cy{color:#4a4a4a;font-weight:normal}
.meta{color:#4a4a4a;font-size:.95rem}
table{border-collapse:collapse;margin:.5rem 0 1rem;min-width:min(100%,24rem)}
caption{text-align:left;font-weight:bold;padding:.3rem 0}
th,td{border:1px solid #bbb;padding:.3rem .6rem;text-align:left}
td.count{text-align:right}
nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem}
nav a{display:inline-block;padding:.4rem .8rem;border:1px solid #888;border-radius:1rem;color:#0b3d91}
a{color:#0b3d91}
a:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}
ul.quotes{list-style:none;padding:0;margin:0}
ul.quotes li{margin:.6rem 0 1rem;padding:.2rem 0 .2rem .9rem;border-left:3px solid #999}
blockquote{margin:0;font-size:1.1rem}
blockquote p{margin:0}
.source{margin:.2rem 0 0;font-size:.9rem;color:#4a4a4a}
@media print{
 body{font-size:11pt;color:#000}
 header,main{max-width:none;padding:0}
 nav{display:none}
 section.theme{break-before:page}
 li,table{break-inside:avoid}
 h2,h3{break-after:avoid}
 a{color:#000;text-decoration:none}
 .source a::after{content:" (" attr(href) ")";font-size:8pt;color:#444;word-break:break-all}
}
"""


def _both(english: str, welsh: str) -> str:
    if not welsh:
        return escape(english)
    return f'{escape(english)} <span class="cy" lang="cy">/ {escape(welsh)}</span>'


def _label(label: Label) -> str:
    return _both(label.en, label.cy)


def _count_table(caption: tuple[str, str], heading: tuple[str, str], rows: list[tuple[str, int]]) -> str:
    body = "".join(f'<tr><th scope="row">{name}</th><td class="count">{count}</td></tr>' for name, count in rows)
    return (f'<table><caption>{_both(*caption)}</caption><thead><tr><th scope="col">{_both(*heading)}</th>'
            f'<th scope="col">{_both("Clips", "Clipiau")}</th></tr></thead><tbody>{body}</tbody></table>')


def _numbers(heard: WhatWeHeard) -> str:
    languages = ", ".join(f"{escape(LANGUAGE_NAMES.get(code, (code, code))[0])} {count}"
                          for code, count in heard.languages())
    reel = (f'<p>{_both("The highlight reel lasts", "Mae’r ffilm uchafbwyntiau’n para")} '
            f'{clock(heard.reel_seconds)}.</p>') if heard.reel_seconds is not None else ""
    by_theme = heard.clips_by_theme()
    return (
        f'<section aria-labelledby="numbers"><h2 id="numbers">{_both("The day in numbers", "Y diwrnod mewn rhifau")}'
        f'</h2><p>{_both("Clips", "Clipiau")}: {len(heard.clips)} · {_both("Quotes", "Dyfyniadau")}: '
        f'{heard.quote_count()} · {_both("Total time", "Cyfanswm yr amser")}: {clock(heard.total_seconds)} · '
        f'{_both("Languages", "Ieithoedd")}: {languages or "–"}</p>{reel}'
        + _count_table(("Clips by card", "Clipiau fesul cerdyn"), ("Card", "Cerdyn"),
                       [(_label(card), count) for card, count in heard.clips_by_card()])
        + (_count_table(("Clips by theme", "Clipiau fesul thema"), ("Theme", "Thema"),
                        [(_label(theme), count) for theme, count in by_theme]) if by_theme else "")
        + "</section>"
    )


def _quote(item: QuoteInRecord) -> str:
    quote, clip = item.quote, item.clip
    words = escape(quote.words) if quote.words else escape("(no words in the transcript / dim geiriau yn y "
                                                          "trawsgrifiad)")
    when = f"{clock(quote.start)}–{clock(quote.end)}"
    return (f'<li><blockquote lang="{escape(clip.language or "en")}"><p>“{words}”</p></blockquote>'
            f'<p class="source"><a href="{escape(item.gallery_link, quote=True)}">'
            f'{_both("Watch this moment", "Gwylio’r foment hon")} ({when})</a> · {escape(clip.moment)}</p></li>')


def _theme(theme: Label, by_card: list[tuple[Label, list[QuoteInRecord]]]) -> str:
    cards = "".join(f'<h3>{_both("In the shoes of: " + card.en, ("Yn esgidiau: " + card.cy) if card.cy else "")}</h3>'
                    f'<ul class="quotes">{"".join(_quote(item) for item in quotes)}</ul>' for card, quotes in by_card)
    return (f'<section class="theme" id="theme-{escape(theme.id)}" aria-labelledby="heading-{escape(theme.id)}" '
            f'style="--colour:{escape(theme.colour)}"><h2 id="heading-{escape(theme.id)}">{_label(theme)}</h2>'
            f'{cards}</section>')


def report_html(heard: WhatWeHeard) -> str:
    themes = heard.themes_heard()
    nav = "".join(f'<li><a href="#theme-{escape(theme.id)}">{escape(theme.en)}</a></li>' for theme, _ in themes)
    body = "".join(_theme(theme, by_card) for theme, by_card in themes) or (
        f'<p>{_both("No quotes have been chosen for this record yet.", "Does dim dyfyniadau wedi’u dewis ar gyfer y cofnod hwn eto.")}</p>')
    exported = escape(heard.exported_at[:16].replace("T", " "))
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f'<title>{escape(heard.event)}: what we heard</title><style>{STYLE}</style></head><body>'
        f'<header><h1>{escape(heard.event)}: {_both("what we heard", "beth glywson ni")}</h1>'
        f'<p class="meta">{_both("In their own voices, from the record of the day", "Yn eu lleisiau eu hunain, o gofnod y diwrnod")}'
        f' · {exported} · <a href="index.html">{_both("All the clips", "Yr holl glipiau")}</a></p>'
        + (f'<nav aria-label="Themes"><ul>{nav}</ul></nav>' if nav else "")
        + f'</header><main>{_numbers(heard)}{body}</main></body></html>\n'
    )


def write_report_page(folder: Path, heard: WhatWeHeard) -> None:
    write_atomically(folder / REPORT_PAGE, report_html(heard).encode("utf-8"))
