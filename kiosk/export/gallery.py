"""index.html: the record as one self-contained page that plays from a USB stick, with no server or network.

Its players show each clip's captions and a search box finds clips by the words spoken, all from text the page
carries: a `file://` page cannot fetch the .vtt files beside the clips (see PLAY_IN_PLACE). Everything it says is
in English and Welsh, with a switch at the top (kiosk.export.bilingual).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path
from urllib.parse import quote

from kiosk.atomic import write_atomically
from kiosk.export import bilingual
from kiosk.export.bilingual import both, both_html, both_plural, json_in_script
from kiosk.export.manifest import ExportedClip
from kiosk.transcripts.vtt import to_vtt

# The gallery is read by anyone, so everything it says is said in English and Welsh (kiosk.export.bilingual).
UNCONFIRMED = ("Not yet confirmed by the speaker", "Heb ei gadarnhau gan y siaradwr eto")
CONFIRMED = {"attendee": ("Confirmed by the speaker", "Wedi'i gadarnhau gan y siaradwr"),
             "facilitator": ("Confirmed by a facilitator", "Wedi'i gadarnhau gan hwylusydd")}
CONFIRMED_OTHERWISE = ("Confirmed", "Wedi'i gadarnhau")
TRANSCRIPT_LABELS = {"auto": ("Automatic transcript, not checked", "Trawsgrifiad awtomatig, heb ei wirio"),
                     "edited": ("Checked", "Wedi'i wirio")}
TRANSCRIPT_STATES = {"auto": TRANSCRIPT_LABELS["auto"], "edited": ("Checked transcript", "Trawsgrifiad wedi'i wirio")}
NO_TRANSCRIPT = ("No transcript", "Dim trawsgrifiad")
CLIPS_SPOKEN = ({"one": "1 clip in its speaker's own voice", "other": "{n} clips in their own voices"},
                {"zero": "{n} clip yn eu lleisiau eu hunain", "one": "1 clip yn llais ei siaradwr ei hun", "two": "{n} glip yn eu lleisiau eu hunain",
                 "few": "{n} chlip yn eu lleisiau eu hunain", "many": "{n} chlip yn eu lleisiau eu hunain",
                 "other": "{n} clip yn eu lleisiau eu hunain"})
CLIPS_MATCH = ({"one": "{n} clip matches", "other": "{n} clips match"},
               {"zero": "{n} clip yn cyfateb", "one": "{n} clip yn cyfateb", "two": "{n} glip yn cyfateb",
                "few": "{n} chlip yn cyfateb", "many": "{n} chlip yn cyfateb", "other": "{n} clip yn cyfateb"})
TITLE = ("{event}: the record of the day", "{event}: cofnod y diwrnod")

STYLE = """
*{box-sizing:border-box}
body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#f6f6f4}
header,main{max-width:120rem;margin:0 auto;padding:1rem clamp(1rem,3vw,2.5rem)}
h1{font-size:1.6rem;margin:.5rem 0}
nav ul{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;padding:0;margin:.5rem 0}
nav a{display:inline-block;padding:.35rem .7rem;border-radius:1rem;background:#fff;color:inherit;text-decoration:none;border:1px solid #ccc}
nav a:focus-visible,.compilation a:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}
main{display:flex;flex-wrap:wrap;align-items:flex-start;column-gap:2rem}
main>*{flex:1 1 100%}
main>section{flex:1 1 min(100%,calc(var(--clips,1)*23.25rem));margin:1.5rem 0 0}
h2{font-size:1.25rem;border-left:.5rem solid var(--colour,#263238);padding-left:.6rem}
.clips{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,22rem),1fr));gap:1.25rem;list-style:none;padding:0}
figure{margin:0;background:#fff;border-radius:.5rem;overflow:hidden;box-shadow:0 1px 3px rgba(0,0,0,.15);height:100%}
video,.play{display:block;width:100%;aspect-ratio:16/9;background:#000}
video::cue{font-size:max(1.125rem,130%);line-height:1.3;color:#fff;background:#000}
.play{position:relative;color:#fff;text-decoration:none}
.play img{display:block;width:100%;height:100%;object-fit:cover}
.play>span{position:absolute;left:.6rem;bottom:.6rem;padding:.3rem .8rem;border-radius:1rem;background:rgba(0,0,0,.75);font-weight:bold}
.play:focus-visible{outline:3px solid #ffbf47;outline-offset:-3px}
.hidden-words{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
figcaption{padding:.6rem .8rem}
.meta{font-size:.9rem;color:#444}
.states{list-style:none;padding:0;margin:.3rem 0 0;font-size:.9rem;color:#444}
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
.states .unconfirmed{font-weight:bold;color:#7a3e00}
.checked{font-size:.9rem;color:#444}
@media (prefers-color-scheme:dark){body{background:#121212;color:#eee}figure,nav a,.search input{background:#1e1e1e;border-color:#333;color:inherit}.meta,.states,.checked{color:#bbb}.states .unconfirmed{color:#ffcc80}}
""" + bilingual.STYLE


# A clip is a picture that becomes a player when tapped: a page of 200 <video> elements takes a second to
# build even with preload="none", a page of 200 pictures does not. Without script, the link opens the clip.
# Its captions reach the player as a Blob URL made from the WebVTT text in the page: Chromium refuses a
# <track src="clip.vtt"> on a file:// page (each file: URL is its own origin), and a gallery is opened from a stick.
# Their size: browsers draw a cue at 5% of the player's height, 9 px in a card; the style's ::cue makes it 130% of
# that, and never under 18 px.
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
# transcript, prompt, time or card, in either language. The box is shown only where script runs, since it does
# nothing without. The count of clips found is said again when the language changes.
SEARCH = """
const search = document.querySelector('form.search');
const fold = text => text.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase();
const items = [...document.querySelectorAll('.clips > li')].map(item => ({item,
  text: fold(item.closest('section').querySelector('h2').textContent + ' ' + item.textContent)}));
const found = document.getElementById('found'), noMatch = document.getElementById('no-match');
let typed = [], shown = 0;
const sayFound = () => { found.textContent = typed.length ? plural(strings[language].found, shown) : ''; };
search.hidden = false;
search.addEventListener('submit', event => event.preventDefault());
search.querySelector('input').addEventListener('input', event => {
  typed = fold(event.target.value).split(/\\s+/).filter(Boolean);
  shown = 0;
  for (const {item, text} of items) {
    item.hidden = !typed.every(word => text.includes(word));
    if (!item.hidden) shown += 1;
  }
  document.querySelectorAll('main section').forEach(section => {
    section.hidden = !section.querySelector('.clips > li:not([hidden])');
  });
  sayFound();
  noMatch.hidden = !(typed.length && shown === 0);
});
onLanguage(sayFound);
"""


@dataclass(frozen=True)
class CardHeading:
    id: str
    label_en: str
    label_cy: str
    colour: str
    compilation: str = ""  # relative path of the card's compilation video, if there is one


@dataclass(frozen=True)
class ScopeHeading:
    """A consent scope as the record names it: what a visitor reads beside each clip."""

    id: str
    label_en: str
    label_cy: str = ""


@dataclass(frozen=True)
class GalleryEvent:
    """What the page says of the event: its name in both languages, its first language, its scopes narrowest first."""

    name_en: str
    name_cy: str = ""
    language: str = "en"
    scopes: tuple[ScopeHeading, ...] = ()


def _src(relative: str) -> str:
    return escape(quote(relative), quote=True)


def _minutes(seconds: float) -> str:
    seconds = round(seconds)
    return f"{seconds // 60}:{seconds % 60:02d}"


def _transcript_language(clip: ExportedClip) -> str:
    return clip.transcript_language or clip.language or "en"


def _welsh(welsh: str, english: str) -> str:
    return welsh or english


def _transcript_label(clip: ExportedClip) -> str:
    """What kind of transcript it is: an automatic one is never shown as if a person had checked it."""
    if clip.transcript_status not in TRANSCRIPT_LABELS:
        return ""
    return f' <span class="checked">· {both(*TRANSCRIPT_LABELS[clip.transcript_status])}</span>'


def _scope(clip: ExportedClip, event: GalleryEvent) -> tuple[str, str]:
    """The scope the record holds the clip at, in words: a take its speaker did not confirm is held at the narrowest
    (kiosk.store.consent), so that is the one said, whatever they chose."""
    scope_id = clip.consent_scope if clip.reviewed or not event.scopes else event.scopes[0].id
    scope = next((s for s in event.scopes if s.id == scope_id), ScopeHeading(scope_id, scope_id))
    return f"Consent: {scope.label_en}", f"Caniatâd: {_welsh(scope.label_cy, scope.label_en)}"


def _states(clip: ExportedClip, event: GalleryEvent) -> str:
    """Who may see it, whether its speaker confirmed it, and its transcript: one line each."""
    if not clip.reviewed:
        review = f'<li class="unconfirmed">{both(*UNCONFIRMED)}</li>'
    else:
        review = f"<li>{both(*CONFIRMED.get(clip.reviewed_by, CONFIRMED_OTHERWISE))}</li>"
    words = TRANSCRIPT_STATES.get(clip.transcript_status, ("Transcript", "Trawsgrifiad")) if clip.cues else NO_TRANSCRIPT
    return f'<ul class="states"><li>{both(*_scope(clip, event))}</li>{review}<li>{both(*words)}</li></ul>'


def _figure(clip: ExportedClip, event: GalleryEvent) -> str:
    picture = (f'<img src="{_src(clip.thumbnail)}" alt="" loading="lazy" width="480" height="270">'
               if clip.thumbnail else "")
    card_cy = _welsh(clip.card_label_cy, clip.card_label_en)
    when = f"{escape(clip.time)}, {{card}}, {_minutes(clip.duration)}"
    play = both_html(f'▶ Play<span class="hidden-words"> the clip from {when.format(card=escape(clip.card_label_en))}'
                     f'</span>',
                     f'▶ Chwarae<span class="hidden-words"> y clip o {when.format(card=escape(card_cy))}</span>')
    prompt = f'<p class="prompt" lang="{escape(clip.language or "en")}">{escape(clip.prompt)}</p>' if clip.prompt else ""
    transcript = (f'<details class="transcript"><summary>{both("Transcript", "Trawsgrifiad")}{_transcript_label(clip)}'
                  f'</summary><p lang="{escape(_transcript_language(clip))}">{escape(clip.transcript)}</p></details>'
                  if clip.cues else "")
    return (
        f'<li><figure id="clip-{escape(clip.id)}" data-clip="{escape(clip.id)}">'
        f'<a class="play" href="{_src(clip.video)}">{picture}{play}</a>'
        f'<figcaption><div class="meta"><time datetime="{escape(clip.started_at)}">{escape(clip.date)} '
        f'{escape(clip.time)}</time> · {both(clip.card_label_en, card_cy)} · {_minutes(clip.duration)}</div>'
        f'{_states(clip, event)}{prompt}{transcript}</figcaption></figure></li>'
    )


def _track_label(clip: ExportedClip) -> str:
    """The captions' name in the player's menu, in their own language, saying whether a person checked them."""
    language = _transcript_language(clip)
    name = bilingual.LANGUAGE_NAMES.get(language, language)
    if clip.transcript_status in TRANSCRIPT_LABELS:
        english, welsh = TRANSCRIPT_LABELS[clip.transcript_status]
        name += f" ({(welsh if language == 'cy' else english).lower()})"
    return name


def _captions_block(clips: list[ExportedClip]) -> str:
    """Each clip's WebVTT, as JSON inside the page (escaped so that no text in it can end the script element)."""
    captions = {clip.id: {"vtt": to_vtt(clip.cues), "lang": _transcript_language(clip), "label": _track_label(clip)}
                for clip in clips if clip.cues}
    return f'<script type="application/json" id="captions">{json_in_script(captions)}</script>'


SEARCH_FORM = (
    '<form class="search" role="search" hidden><label for="search">'
    + both("Find clips by the words spoken, the prompt or the card",
           "Chwilio am glipiau yn ôl y geiriau a ddywedwyd, y cwestiwn neu'r cerdyn")
    + '</label><input id="search" type="search" autocomplete="off" spellcheck="false" aria-describedby="found">'
    '<p class="found meta" id="found" aria-live="polite"></p></form>'
)


def _titles(event: GalleryEvent) -> tuple[str, str]:
    return (TITLE[0].format(event=event.name_en),
            TITLE[1].format(event=_welsh(event.name_cy, event.name_en)))


def _strings(event: GalleryEvent) -> dict[str, dict]:
    """What script says, by language: the page's title and the search's count."""
    titles = _titles(event)
    return {language: {"title": titles[index], "found": CLIPS_MATCH[index]}
            for index, language in enumerate(bilingual.LANGUAGES)}


def _section(card: CardHeading, clips: list[ExportedClip], event: GalleryEvent) -> str:
    label_cy = _welsh(card.label_cy, card.label_en)
    compilation = (f'<p class="compilation"><a href="{_src(card.compilation)}">'
                   f'{both("All of this card’s clips in one video", "Holl glipiau’r cerdyn hwn mewn un fideo")}'
                   f'</a></p>') if card.compilation else ""
    items = "".join(_figure(clip, event) for clip in clips)
    # A card with few clips takes only the width they need, so several such cards share a desktop's row.
    return (f'<section id="card-{escape(card.id)}" style="--colour:{escape(card.colour)};--clips:{len(clips)}">'
            f'<h2>{both(card.label_en, label_cy)}</h2>{compilation}<ul class="clips">{items}</ul></section>')


def gallery_html(event: GalleryEvent, exported_at: str, cards: list[CardHeading], clips: list[ExportedClip]) -> str:
    """The page, in the event's first language until the visitor's browser or their choice says otherwise."""
    language = bilingual.first_language(event.language)
    by_card = {card.id: [clip for clip in clips if clip.card == card.id] for card in cards}
    shown = [card for card in cards if by_card[card.id]]
    nav = "".join(f'<li><a href="#card-{escape(card.id)}">{both(card.label_en, _welsh(card.label_cy, card.label_en))}'
                  f' ({len(by_card[card.id])})</a></li>' for card in shown)
    sections = "".join(_section(card, by_card[card.id], event) for card in shown)
    empty = "" if clips else both("No clips are in this record.", "Does dim clipiau yn y cofnod hwn.", "p")
    no_match = f'<div class="no-match" id="no-match" hidden>{both("No clip matches these words.", "Does dim clip yn cyfateb i’r geiriau hyn.", "p")}</div>'
    exported = escape(exported_at[:16].replace("T", " "))
    title = _titles(event)[bilingual.LANGUAGES.index(language)]
    names = both(event.name_en, _welsh(event.name_cy, event.name_en))
    return (
        f'<!DOCTYPE html>\n<html lang="{language}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f'<title>{escape(title)}</title><style>{STYLE}</style></head><body>'
        f'<header>{bilingual.SWITCH}<h1>{names}</h1><p class="meta">'
        f'{both_plural(*CLIPS_SPOKEN, len(clips))} · {both("exported", "allforiwyd")} {exported}</p>'
        f'{SEARCH_FORM if clips else ""}<nav><ul>{nav}</ul></nav></header>'
        f'<main>{empty}{no_match}{sections}</main>{bilingual.strings_block(_strings(event))}{_captions_block(clips)}'
        f'<script>{bilingual.SCRIPT}{PLAY_IN_PLACE}{SEARCH if clips else ""}{OPEN_AT}showLanguage(chosenLanguage());</script>'
        '</body></html>\n'
    )


def write_gallery(folder: Path, html: str) -> None:
    write_atomically(folder / "index.html", html.encode("utf-8"))
