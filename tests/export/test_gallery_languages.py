"""The gallery in English and Welsh, in real headless Chromium from file://: the visitor's language first, the switch,
the choice remembered, plurals by each language's rules, no English left in the Welsh view, and axe-core finding
nothing in either language, at a desktop's width and a phone's."""

import base64
import html
import json
import re
import time
from dataclasses import replace

import pytest

from kiosk.config import load
from kiosk.export import ExportOptions, export_record
from kiosk.export.bilingual import plural_category
from kiosk.export.gallery import CLIPS_MATCH
from kiosk.store import ClipStore
from kiosk.store.consent import WALKED_AWAY
from kiosk.store.exported import read_marker
from tests.accessibility import inject_axe, run_axe
from tests.export.browser import Chromium, find_chromium
from tests.export.transcribed import clip_of, manifest_clips, transcribe_by_hand

CONFIG = load()[0]

pytestmark = pytest.mark.skipif(find_chromium() is None, reason="Chromium is not installed (Debian: apt install "
                                                                 "chromium), so the gallery cannot be opened in it.")

LANGUAGE_NOW = """(() => ({lang: document.documentElement.lang, title: document.title,
  pressed: [...document.querySelectorAll('[data-language]')].filter(b => b.getAttribute('aria-pressed') === 'true')
           .map(b => b.dataset.language),
  switchShown: document.querySelector('.languages').offsetParent !== null}))()"""

# Every piece of text a visitor sees, with the language its nearest `lang` says it is in and where it stands.
VISIBLE_TEXTS = """(() => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const texts = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!node.textContent.trim() || !element.checkVisibility() || element.closest('script')) continue;
    const marked = element.closest('[lang]');
    texts.push({text: node.textContent.trim(), lang: marked.lang, html: marked === document.documentElement,
                words: !!element.closest('.prompt, .transcript > p')});
  }
  return texts;
})()"""

def _click(browser: Chromium, language: str) -> None:
    browser.evaluate(f"document.querySelector('[data-language=\"{language}\"]').click(), true")


@pytest.fixture
def record(kiosks, tmp_path):
    """A record of four clips with transcripts, one of them not confirmed by its speaker."""
    transcribe_by_hand(*kiosks)
    walked_away = clip_of(kiosks[0], "volunteer", "public")
    ClipStore(kiosks[0]).update(walked_away, reviewed=False, reviewed_by="", visit_ended=WALKED_AWAY)
    dest = tmp_path / "record"
    config = replace(CONFIG, event_name=replace(CONFIG.event_name, en="Summer Fair", cy="Ffair Haf"))
    export_record(list(kiosks), dest, ExportOptions(config=config))
    return dest


def test_the_visitors_browser_language_comes_first_then_the_events(record, tmp_path, kiosks):
    page = (record / "index.html").as_uri()
    with Chromium(page, "--accept-lang=cy") as browser:
        assert browser.evaluate(LANGUAGE_NOW) == {"lang": "cy", "title": "Ffair Haf: cofnod y diwrnod",
                                                  "pressed": ["cy"], "switchShown": True}
    with Chromium(page, "--accept-lang=en-GB") as browser:
        assert browser.evaluate(LANGUAGE_NOW)["lang"] == "en"
    with Chromium(page, "--accept-lang=fr") as browser:  # neither: the event's first language, English as shipped
        assert browser.evaluate(LANGUAGE_NOW)["lang"] == "en"
    welsh_first = tmp_path / "welsh-first"
    export_record(list(kiosks), welsh_first, ExportOptions(config=replace(CONFIG, language="cy")))
    assert read_marker(welsh_first).language == "cy"
    assert '<html lang="cy">' in (welsh_first / "index.html").read_text(encoding="utf-8")  # so too without script
    with Chromium((welsh_first / "index.html").as_uri(), "--accept-lang=fr") as browser:
        assert browser.evaluate(LANGUAGE_NOW)["lang"] == "cy"


def test_the_switch_changes_every_text_and_the_choice_is_remembered(record):
    with Chromium((record / "index.html").as_uri(), "--accept-lang=en") as browser:
        english = browser.evaluate(VISIBLE_TEXTS)
        assert {t["text"] for t in english} >= {"Summer Fair", "▶ Play", "Find clips by the words spoken, the prompt "
                                                "or the card", "Not yet confirmed by the speaker"}
        _click(browser, "cy")
        assert browser.evaluate(LANGUAGE_NOW) == {"lang": "cy", "title": "Ffair Haf: cofnod y diwrnod",
                                                  "pressed": ["cy"], "switchShown": True}
        welsh = browser.evaluate(VISIBLE_TEXTS)
        shown = {t["text"] for t in welsh}
        assert {"Ffair Haf", "▶ Chwarae", "Heb ei gadarnhau gan y siaradwr eto", "Wedi'i gadarnhau gan y siaradwr",
                "Caniatâd: Cofnod y digwyddiad yn unig", "Trawsgrifiad wedi'i wirio"} <= shown
        # Nothing in English is left in the Welsh view but the attendees' own words (the prompt they saw, what they
        # said) and the two names on the switch; every other text is marked Welsh or is a number or time.
        english_left = [t for t in welsh if t["lang"] == "en" and not t["words"] and t["text"] != "English"]
        assert english_left == []
        unmarked = [t["text"] for t in welsh if t["html"] and re.search(r"[A-Za-z]", t["text"])]
        assert unmarked == []
        # Marked first, so the wait below is answered by the reloaded page, never by this one before it goes.
        browser.evaluate("window.beforeReload = true")
        browser.command("Page.reload")
        deadline = time.monotonic() + 30
        while not _reloaded(browser):
            assert time.monotonic() < deadline, "the gallery did not load again"
            time.sleep(0.02)
        assert browser.evaluate(LANGUAGE_NOW)["lang"] == "cy"  # remembered, over the browser's English


def test_counts_follow_each_languages_plural_rules(record):
    with Chromium((record / "index.html").as_uri(), "--accept-lang=cy") as browser:
        # The page's fixed counts are made in Python with the rules the browser applies to the ones it makes.
        categories = browser.evaluate("[...Array(25).keys()].map(n => [new Intl.PluralRules('cy').select(n), "
                                      "new Intl.PluralRules('en').select(n)])")
        assert categories == [[plural_category("cy", n), plural_category("en", n)] for n in range(25)]
        assert any(t["text"].startswith("4 clip yn eu lleisiau") for t in browser.evaluate(VISIBLE_TEXTS))
        browser.evaluate("document.getElementById('search').focus(), true")
        browser.command("Input.insertText", text="rheng flaen")  # the card's Welsh name finds it too
        assert browser.evaluate("document.getElementById('found').textContent") == "2 glip yn cyfateb"
        _click(browser, "en")  # the count is said again in the language chosen
        assert browser.evaluate("document.getElementById('found').textContent") == "2 clips match"
    assert set(CLIPS_MATCH[1]) == {"zero", "one", "two", "few", "many", "other"}


@pytest.mark.parametrize("width", [1366, 390])
def test_axe_core_finds_nothing_in_either_language(record, width):
    with Chromium((record / "index.html").as_uri(), f"--window-size={width},900", "--accept-lang=en") as browser:
        inject_axe(browser)
        for language in ("en", "cy"):
            _click(browser, language)
            browser.evaluate("document.querySelector('figure a.play').click(), true")  # a player, as a visitor taps
            found = run_axe(browser, tags=None)  # every rule axe runs by default: best practices as well as WCAG
            assert found["violations"] == [] and found["rules"] > 10, (language, found)


def test_each_clip_says_its_consent_scope_review_and_transcript_in_both_languages(record):
    page = (record / "index.html").read_text(encoding="utf-8")
    marker = read_marker(record)
    assert [scope.id for scope in marker.scopes] == [scope.id for scope in CONFIG.scopes]
    labels = {scope.id: (scope.label.en, scope.label.cy) for scope in CONFIG.scopes}
    clips = manifest_clips(record)
    assert len(clips) == 4 and [c["confirmed"] for c in clips.values()].count("no") == 1
    for clip_id, clip in clips.items():
        figure = re.search(rf'<figure id="clip-{clip_id}".*?</figure>', page).group(0)
        english, welsh = labels[clip["consent_scope"]]  # the record's scope: the narrowest until confirmed
        assert f"Consent: {english}" in figure and html.escape(f"Caniatâd: {welsh}") in figure
        review = ("Not yet confirmed by the speaker", "Heb ei gadarnhau gan y siaradwr eto") \
            if clip["confirmed"] == "no" else ("Confirmed by the speaker", "Wedi'i gadarnhau gan y siaradwr")
        assert all(html.escape(words) in figure for words in review)
        assert "Checked transcript" in figure and html.escape("Trawsgrifiad wedi'i wirio") in figure
    strings = json.loads(re.search(r'<script type="application/json" id="strings">(.*?)</script>', page).group(1))
    assert set(strings) == {"en", "cy"} and strings["cy"]["title"] == "Ffair Haf: cofnod y diwrnod"


# Plays one clip to just after its first caption begins and pauses there, so two pictures of the same frame differ
# only by the caption.
PAUSE_ON_CAPTION = """(async () => {
  while (document.readyState !== 'complete') await new Promise(r => setTimeout(r, 20));
  const figure = document.querySelector('figure[data-clip="%(clip)s"]');
  figure.querySelector('a.play').click();
  const video = figure.querySelector('video'), track = video.querySelector('track');
  if (track.readyState < 2) await new Promise(done => { track.addEventListener('load', done); setTimeout(done, 15000); });
  video.muted = true;
  const first = video.textTracks[0].cues[0];
  await new Promise(done => {
    video.addEventListener('timeupdate', () => { if (video.currentTime > first.startTime + 0.05) done(); });
    video.play(); setTimeout(done, 15000); });
  video.pause();
  video.controls = false;  // nor do the controls, which fade in their own time
  await new Promise(r => setTimeout(r, 300));
  const box = video.getBoundingClientRect();
  return {x: box.x + window.scrollX, y: box.y + window.scrollY, width: box.width, height: box.height,
          showing: [...(video.textTracks[0].activeCues || [])].length};
})()"""


def _picture(browser: Chromium, box: dict):
    from PySide6.QtGui import QImage

    shot = browser.command("Page.captureScreenshot", format="png",
                           clip={"x": box["x"], "y": box["y"], "width": box["width"], "height": box["height"], "scale": 1})
    return QImage.fromData(base64.b64decode(shot["data"]), "PNG")


def test_captions_in_a_cards_player_are_drawn_at_a_readable_size(record):
    clip_id = next(iter(read_marker(record).clips))
    with Chromium((record / "index.html").as_uri(), "--window-size=1366,900") as browser:
        box = browser.evaluate(PAUSE_ON_CAPTION % {"clip": clip_id}, timeout=60)
        assert box["showing"] == 1 and box["height"] < 300  # a player in a card, where browsers draw 9 px captions
        shown = _picture(browser, box)
        browser.evaluate("document.querySelector('video').textTracks[0].mode = 'hidden', true")
        browser.evaluate("new Promise(r => setTimeout(() => r(true), 300))")
        hidden = _picture(browser, box)
    assert shown.size() == hidden.size() and not shown.isNull()
    rows = [y for y in range(shown.height())
            if any(shown.pixel(x, y) != hidden.pixel(x, y) for x in range(0, shown.width(), 2))]
    assert rows, "the caption changed no pixel"
    # One line of captions on its solid box: at least 18 px type, so the box is taller than 20 px.
    assert 21 <= rows[-1] - rows[0] + 1 < box["height"] / 3, (rows[0], rows[-1], box)


def _reloaded(browser) -> bool:
    """The page after a reload, whole: its script has run and its language switch shows."""
    try:
        return browser.evaluate("!window.beforeReload && document.readyState === 'complete' && "
                                "!!document.querySelector('.languages') && "
                                "!!document.querySelector('.languages').offsetParent")
    except AssertionError:  # asked while the old page went: its context is gone
        return False
