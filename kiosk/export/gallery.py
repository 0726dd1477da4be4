"""index.html: the record as one self-contained page that plays from a USB stick, with no server or network.

Its players show each clip's captions and a search box finds clips by the words spoken, all from text the page
carries: a `file://` page cannot fetch the .vtt files beside the clips (see PLAY_IN_PLACE).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from html import escape
from pathlib import Path
from urllib.parse import quote

from kiosk.atomic import write_atomically
from kiosk.export.manifest import ExportedClip
from kiosk.transcripts.vtt import to_vtt

LANGUAGE_NAMES = {"en": "English", "cy": "Cymraeg"}
# The gallery is read by anyone, so what it says about a clip's consent and words is said in English and Welsh.
UNCONFIRMED = ("Not yet confirmed by the speaker", "Heb ei gadarnhau gan y siaradwr eto")
TRANSCRIPT_LABELS = {"auto": ("Automatic transcript, not checked", "Trawsgrifiad awtomatig, heb ei wirio"),
                     "edited": ("Checked", "Wedi'i wirio")}

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
[hidden]{display:none!important}
.search{margin:.75rem 0 0}
.search label{display:block;font-weight:bold;margin-bottom:.25rem}
.search input{width:min(100%,32rem);font:inherit;padding:.45rem .7rem;border:2px solid #555;border-radius:.4rem}
.search input:focus-visible{outline:3px solid #ffbf47;outline-offset:1px}
.found{margin:.3rem 0 0}
.no-match{font-weight:bold}
.transcript{margin:.4rem 0 0;font-size:.95rem}
.transcript summary{cursor:pointer}
.transcript summary:focus-visible{outline:3px solid #ffbf47}
.transcript p{margin:.3rem 0 0}
.unconfirmed{margin:.3rem 0 0;font-weight:bold;color:#7a3e00}
.checked{font-size:.9rem;color:#444}
@media (prefers-color-scheme:dark){body{background:#121212;color:#eee}figure,nav a,.search input{background:#1e1e1e;border-color:#333;color:inherit}.meta,.cy,.checked{color:#bbb}.unconfirmed{color:#ffcc80}}
"""


# A clip is a picture that becomes a player when tapped: a page of 200 <video> elements takes a second to
# build even with preload="none", a page of 200 pictures does not. Without script, the link opens the clip.
# Its captions reach the player as a Blob URL made from the WebVTT text in the page: Chromium refuses a
# <track src="clip.vtt"> on a file:// page (each file: URL is its own origin), and a gallery is opened from a stick.
PLAY_IN_PLACE = """
const captions = JSON.parse(document.getElementById('captions').textContent);
document.addEventListener('click', event => {
  const link = event.target.closest('a.play');
  if (!link) return;
  event.preventDefault();
  const video = document.createElement('video');
  video.controls = true; video.playsInline = true; video.preload = 'auto'; video.src = link.getAttribute('href');
  const poster = link.querySelector('img');
  if (poster) video.poster = poster.getAttribute('src');
  const caption = captions[link.closest('figure').dataset.clip];
  if (caption) {
    const track = document.createElement('track');
    track.kind = 'captions'; track.srclang = caption.lang; track.label = caption.label; track.default = true;
    track.src = URL.createObjectURL(new Blob([caption.vtt], {type: 'text/vtt'}));
    video.appendChild(track);
  }
  link.replaceWith(video);
  video.play().catch(() => {});
  video.focus();
});
"""

# A link to a moment of a clip (the report's quotes: index.html#clip-ID&t=SECONDS) opens its player there.
OPEN_AT = """
const moment = /^#clip-([0-9a-f-]{36})&t=([0-9]+(?:\\.[0-9]+)?)$/.exec(location.hash);
const wanted = moment && document.getElementById('clip-' + moment[1]);
if (wanted) {
  wanted.scrollIntoView();
  const link = wanted.querySelector('a.play');
  if (link) link.click();
  const video = wanted.querySelector('video');
  if (video) video.currentTime = Number(moment[2]);
}
"""
# Words are compared without case or accents, so "wyr" finds "ŵyr"; every word typed must be in the clip's
# transcript, prompt, time or card. The box is shown only where script runs, since it does nothing without.
SEARCH = """
const search = document.querySelector('form.search');
const fold = text => text.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase();
const items = [...document.querySelectorAll('.clips > li')].map(item => ({item,
  text: fold(item.closest('section').querySelector('h2').textContent + ' ' + item.textContent)}));
const found = document.getElementById('found'), noMatch = document.getElementById('no-match');
search.hidden = false;
search.addEventListener('submit', event => event.preventDefault());
search.querySelector('input').addEventListener('input', event => {
  const words = fold(event.target.value).split(/\\s+/).filter(Boolean);
  let shown = 0;
  for (const {item, text} of items) {
    item.hidden = !words.every(word => text.includes(word));
    if (!item.hidden) shown += 1;
  }
  document.querySelectorAll('main section').forEach(section => {
    section.hidden = !section.querySelector('.clips > li:not([hidden])');
  });
  found.textContent = !words.length ? '' : shown === 1 ? '1 clip matches' : shown + ' clips match';
  noMatch.hidden = !(words.length && shown === 0);
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


def _transcript_language(clip: ExportedClip) -> str:
    return clip.transcript_language or clip.language or "en"


def _both(english: str, welsh: str) -> str:
    return f'{escape(english)} <span class="cy" lang="cy">/ {escape(welsh)}</span>'


def _transcript_label(clip: ExportedClip) -> str:
    """What kind of transcript it is: an automatic one is never shown as if a person had checked it."""
    if clip.transcript_status not in TRANSCRIPT_LABELS:
        return ""
    return f' <span class="checked">· {_both(*TRANSCRIPT_LABELS[clip.transcript_status])}</span>'


def _figure(clip: ExportedClip) -> str:
    picture = (f'<img src="{_src(clip.thumbnail)}" alt="" loading="lazy" width="480" height="270">'
               if clip.thumbnail else "")
    what = f"Play the clip from {escape(clip.time)}, {escape(clip.card_label_en)}, {_minutes(clip.duration)}"
    prompt = f'<p class="prompt" lang="{escape(clip.language or "en")}">{escape(clip.prompt)}</p>' if clip.prompt else ""
    transcript = (f'<details class="transcript"><summary>{_both("Transcript", "Trawsgrifiad")}{_transcript_label(clip)}'
                  f'</summary><p lang="{escape(_transcript_language(clip))}">{escape(clip.transcript)}</p></details>'
                  if clip.cues else "")
    unconfirmed = "" if clip.reviewed else f'<p class="unconfirmed">{_both(*UNCONFIRMED)}</p>'
    return (
        f'<li><figure id="clip-{escape(clip.id)}" data-clip="{escape(clip.id)}">'
        f'<a class="play" href="{_src(clip.video)}" aria-label="{what}">{picture}<span>▶ Play</span></a>'
        f'<figcaption><div class="meta"><time datetime="{escape(clip.started_at)}">{escape(clip.date)} '
        f'{escape(clip.time)}</time> · {escape(clip.card_label_en)} · {_minutes(clip.duration)}</div>{unconfirmed}'
        f'{prompt}{transcript}</figcaption></figure></li>'
    )


def _track_label(clip: ExportedClip) -> str:
    """The captions' name in the player's menu, in their own language, saying whether a person checked them."""
    language = _transcript_language(clip)
    name = LANGUAGE_NAMES.get(language, language)
    if clip.transcript_status in TRANSCRIPT_LABELS:
        english, welsh = TRANSCRIPT_LABELS[clip.transcript_status]
        name += f" ({(welsh if language == 'cy' else english).lower()})"
    return name


def _captions_block(clips: list[ExportedClip]) -> str:
    """Each clip's WebVTT, as JSON inside the page: "<", ">" and "&" written as \\u escapes, so no text in it can
    end the script element ("</script") or open a comment in it."""
    captions = {clip.id: {"vtt": to_vtt(clip.cues), "lang": _transcript_language(clip), "label": _track_label(clip)}
                for clip in clips if clip.cues}
    text = json.dumps(captions, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/json" id="captions">{text}</script>'


SEARCH_FORM = (
    '<form class="search" role="search" hidden><label for="search">Find clips by the words spoken, the prompt or '
    'the card</label><input id="search" type="search" autocomplete="off" spellcheck="false" '
    'aria-describedby="found"><p class="found meta" id="found" aria-live="polite"></p></form>'
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
    no_match = '<p class="no-match" id="no-match" hidden>No clip matches these words.</p>'

    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f'<title>{escape(event)}: the record of the day</title><style>{STYLE}</style></head><body>'
        f'<header><h1>{escape(event)}</h1><p class="meta">{len(clips)} clips in their own voices · '
        f'exported {escape(exported_at[:16].replace("T", " "))}</p>{SEARCH_FORM if clips else ""}'
        f'<nav><ul>{nav}</ul></nav></header>'
        f'<main>{empty}{no_match}{"".join(sections)}</main>{_captions_block(clips)}'
        f'<script>{PLAY_IN_PLACE}{SEARCH if clips else ""}{OPEN_AT}</script></body></html>\n'
    )


def write_gallery(folder: Path, html: str) -> None:
    write_atomically(folder / "index.html", html.encode("utf-8"))
