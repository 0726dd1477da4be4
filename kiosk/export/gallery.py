"""index.html: the record as one self-contained page that plays from a USB stick, with no server or network."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path
from urllib.parse import quote

from kiosk.atomic import write_atomically
from kiosk.export.manifest import ExportedClip

STYLE = """
*{box-sizing:border-box}
body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#f6f6f4}
header,main{max-width:72rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;margin:.5rem 0}
nav ul{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;padding:0;margin:.5rem 0}
nav a{display:inline-block;padding:.35rem .7rem;border-radius:1rem;background:#fff;color:inherit;text-decoration:none;border:1px solid #ccc}
section{margin:1.5rem 0}
h2{font-size:1.25rem;border-left:.5rem solid var(--colour,#263238);padding-left:.6rem}
.cy{color:#555;font-weight:normal}
.clips{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,18rem),1fr));gap:1rem;list-style:none;padding:0}
figure{margin:0;background:#fff;border-radius:.5rem;overflow:hidden;box-shadow:0 1px 3px rgba(0,0,0,.15)}
video,.play{display:block;width:100%;aspect-ratio:16/9;background:#000}
.play{position:relative;color:#fff;text-decoration:none}
.play img{display:block;width:100%;height:100%;object-fit:cover}
.play span{position:absolute;left:.6rem;bottom:.6rem;padding:.3rem .8rem;border-radius:1rem;background:rgba(0,0,0,.75);font-weight:bold}
.play:focus-visible{outline:3px solid #ffbf47;outline-offset:-3px}
figcaption{padding:.6rem .8rem}
.meta{font-size:.9rem;color:#444}
.prompt{margin:.3rem 0 0}
.compilation{font-size:.95rem}
@media (prefers-color-scheme:dark){body{background:#121212;color:#eee}figure,nav a{background:#1e1e1e;border-color:#333}.meta,.cy{color:#bbb}}
"""


# A clip is a picture that becomes a player when tapped: a page of 200 <video> elements takes a second to
# build even with preload="none", a page of 200 pictures does not. Without script, the link opens the clip.
PLAY_IN_PLACE = """
document.addEventListener('click', event => {
  const link = event.target.closest('a.play');
  if (!link) return;
  event.preventDefault();
  const video = document.createElement('video');
  video.controls = true; video.playsInline = true; video.preload = 'auto'; video.src = link.getAttribute('href');
  const poster = link.querySelector('img');
  if (poster) video.poster = poster.getAttribute('src');
  link.replaceWith(video);
  video.play().catch(() => {});
  video.focus();
});
"""


@dataclass(frozen=True)
class CardHeading:
    id: str
    label_en: str
    label_cy: str
    colour: str
    compilation: str = ""  # relative path of the card's compilation video, if there is one


def _src(relative: str) -> str:
    return escape(quote(relative), quote=True)


def _minutes(seconds: float) -> str:
    seconds = round(seconds)
    return f"{seconds // 60}:{seconds % 60:02d}"


def _figure(clip: ExportedClip) -> str:
    picture = (f'<img src="{_src(clip.thumbnail)}" alt="" loading="lazy" width="480" height="270">'
               if clip.thumbnail else "")
    what = f"Play the clip from {escape(clip.time)}, {escape(clip.card_label_en)}, {_minutes(clip.duration)}"
    prompt = f'<p class="prompt" lang="{escape(clip.language or "en")}">{escape(clip.prompt)}</p>' if clip.prompt else ""
    return (
        f'<li><figure id="clip-{escape(clip.id)}">'
        f'<a class="play" href="{_src(clip.video)}" aria-label="{what}">{picture}<span>▶ Play</span></a>'
        f'<figcaption><div class="meta"><time datetime="{escape(clip.started_at)}">{escape(clip.date)} '
        f'{escape(clip.time)}</time> · {escape(clip.card_label_en)} · {_minutes(clip.duration)}</div>{prompt}'
        f'</figcaption></figure></li>'
    )


def gallery_html(event: str, exported_at: str, cards: list[CardHeading], clips: list[ExportedClip]) -> str:
    by_card = {card.id: [clip for clip in clips if clip.card == card.id] for card in cards}
    shown = [card for card in cards if by_card[card.id]]
    nav = "".join(f'<li><a href="#card-{escape(card.id)}">{escape(card.label_en)} ({len(by_card[card.id])})</a></li>'
                  for card in shown)
    sections = []
    for card in shown:
        welsh = f' <span class="cy" lang="cy">/ {escape(card.label_cy)}</span>' if card.label_cy else ""
        compilation = (f'<p class="compilation"><a href="{_src(card.compilation)}">All {escape(card.label_en.lower())} '
                       f'clips in one video</a></p>') if card.compilation else ""
        items = "".join(_figure(clip) for clip in by_card[card.id])
        sections.append(f'<section id="card-{escape(card.id)}" style="--colour:{escape(card.colour)}">'
                        f'<h2>{escape(card.label_en)}{welsh}</h2>{compilation}<ul class="clips">{items}</ul></section>')
    empty = "" if clips else "<p>No clips are in this record.</p>"
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f'<title>{escape(event)}: the record of the day</title><style>{STYLE}</style></head><body>'
        f'<header><h1>{escape(event)}</h1><p class="meta">{len(clips)} clips in their own voices · '
        f'exported {escape(exported_at[:16].replace("T", " "))}</p><nav><ul>{nav}</ul></nav></header>'
        f'<main>{empty}{"".join(sections)}</main><script>{PLAY_IN_PLACE}</script></body></html>\n'
    )


def write_gallery(folder: Path, html: str) -> None:
    write_atomically(folder / "index.html", html.encode("utf-8"))
