"""The gallery's captions and search in real headless Chromium, opened as a plain file:// page with no special flags."""

import json

import pytest

from kiosk.config import load
from kiosk.export import ExportOptions, export_record
from kiosk.store.exported import read_marker
from tests.export.browser import Chromium, find_chromium
from tests.export.transcribed import transcribe_by_hand

CONFIG = load()[0]

pytestmark = pytest.mark.skipif(find_chromium() is None, reason="Chromium is not installed (Debian: apt install "
                                                                 "chromium), so the gallery cannot be opened in it.")

# Taps one clip as a visitor would, then plays it muted (the only autoplay a browser allows without a gesture)
# and reports what its caption track loaded and showed.
PLAY_WITH_CAPTIONS = """(async () => {
  while (document.readyState !== 'complete') await new Promise(r => setTimeout(r, 20));
  const figure = document.querySelector('figure[data-clip="%(clip)s"]');
  figure.querySelector('a.play').click();
  const video = figure.querySelector('video'), track = video.querySelector('track');
  if (!track) return {track: false};
  if (track.readyState < 2) await new Promise(done => {
    track.addEventListener('load', done); track.addEventListener('error', done); setTimeout(done, 15000); });
  video.muted = true;
  // Just after the first caption begins: a model's captions start where the speech does, not at 0.
  const loaded = video.textTracks[0].cues, first = loaded && loaded.length ? loaded[0].startTime : 0;
  const shown = await new Promise(done => {
    video.addEventListener('timeupdate', () => {
      if (video.currentTime > first + 0.05) done([...(video.textTracks[0].activeCues || [])].map(cue => cue.text)); });
    video.play().catch(error => done('play refused: ' + error));
    setTimeout(() => done('timeout'), 15000);
  });
  video.pause();
  const cues = [...(video.textTracks[0].cues || [])];
  return {track: true, readyState: track.readyState, kind: track.kind, srclang: track.srclang, label: track.label,
          mode: video.textTracks[0].mode, blob: track.src.startsWith('blob:'), shown,
          cues: cues.map(cue => [cue.startTime, cue.endTime, cue.text]), error: video.error && video.error.code};
})()"""

SELECT_TYPED = "document.getElementById('search').select(), true"  # the next words typed replace it
VISIBLE = """(() => ({
  clips: [...document.querySelectorAll('.clips > li')].filter(li => li.offsetParent !== null)
         .map(li => li.querySelector('figure').dataset.clip),
  found: document.getElementById('found').textContent,
  noMatch: document.getElementById('no-match').offsetParent !== null,
  focused: document.activeElement && document.activeElement.id}))()"""


@pytest.fixture
def record(kiosks, tmp_path):
    given = transcribe_by_hand(*kiosks)
    dest = tmp_path / "record"
    export_record(list(kiosks), dest, ExportOptions(config=CONFIG))
    return dest, given


def _press(browser: Chromium, key: str, code: int) -> None:
    for kind in ("rawKeyDown", "keyUp"):
        browser.command("Input.dispatchKeyEvent", type=kind, key=key, code=key, windowsVirtualKeyCode=code)


def _type(browser: Chromium, text: str) -> dict:
    browser.command("Input.insertText", text=text)  # as a keyboard (real or on screen) types it
    return browser.evaluate(VISIBLE)


def test_each_player_loads_its_captions_from_the_page_and_shows_them_while_playing(record):
    dest, given = record
    marker = read_marker(dest)
    with Chromium((dest / "index.html").as_uri()) as browser:
        for clip_id, cues in given.items():
            result = browser.evaluate(PLAY_WITH_CAPTIONS % {"clip": clip_id}, timeout=60)
            assert result["track"] and result["blob"] and result["error"] is None, result
            assert (result["readyState"], result["kind"], result["mode"]) == (2, "captions", "showing"), result
            welsh = marker.clips[clip_id].card == "community"
            assert (result["srclang"], result["label"]) == (("cy", "Cymraeg (wedi'i wirio)") if welsh
                                                            else ("en", "English (checked)"))  # edited by hand
            assert len(result["cues"]) == len(cues)
            for (start, end, text), cue in zip(result["cues"], cues):
                assert (start, end, text) == pytest.approx((cue.start, cue.end, cue.text))
            assert result["shown"] == [cues[0].text], result  # on screen as it plays


def test_a_clip_without_a_transcript_gets_no_track(kiosks, tmp_path):
    dest = tmp_path / "record"
    export_record(list(kiosks), dest, ExportOptions(config=CONFIG))
    clip_id = next(iter(read_marker(dest).clips))
    with Chromium((dest / "index.html").as_uri()) as browser:
        assert browser.evaluate(PLAY_WITH_CAPTIONS % {"clip": clip_id}) == {"track": False}


def test_the_search_box_filters_clips_by_the_words_spoken_from_the_keyboard(record):
    dest, given = record
    by_card = {entry.card: clip_id for clip_id, entry in read_marker(dest).clips.items()}
    every = sorted(given)
    with Chromium((dest / "index.html").as_uri()) as browser:  # it returns once the page has loaded
        start = browser.evaluate(VISIBLE)
        assert sorted(start["clips"]) == every and start["found"] == "" and not start["noMatch"]
        for _ in range(3):  # the language switch's two buttons come first, then the search box
            _press(browser, "Tab", 9)
        assert browser.evaluate(VISIBLE)["focused"] == "search"
        spoken = _type(browser, "Grumbleton")  # spoken in the volunteer's clip only
        assert spoken["clips"] == [by_card["volunteer"]] and spoken["found"] == "1 clip matches"
        assert not spoken["noMatch"]
        browser.evaluate(SELECT_TYPED)
        welsh = _type(browser, "dy ddewi")  # without its circumflex
        assert welsh["clips"] == [by_card["community"]]
        browser.evaluate(SELECT_TYPED)
        both = _type(browser, "front line")  # the card ("Front-line staff")
        assert sorted(both["clips"]) == sorted(i for i, e in read_marker(dest).clips.items() if e.card == "frontline")
        assert both["found"] == "2 clips match"
        browser.evaluate(SELECT_TYPED)
        nothing = _type(browser, "xylophone")
        assert nothing["clips"] == [] and nothing["noMatch"] and nothing["found"] == "0 clips match"
        for _ in range(len("xylophone")):
            _press(browser, "Backspace", 8)
        cleared = browser.evaluate(VISIBLE)
        assert sorted(cleared["clips"]) == every and not cleared["noMatch"] and cleared["found"] == ""
        assert json.loads(browser.evaluate("JSON.stringify(performance.getEntriesByType('resource')"
                                           ".map(entry => entry.name).filter(name => !name.startsWith('file:')))")) == []
