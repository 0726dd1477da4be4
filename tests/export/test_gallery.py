"""The gallery in a real headless browser from file://: every clip loads and plays, with nothing from the network."""

import re

import pytest

from kiosk.config import load
from kiosk.export import ExportOptions, export_record
from tests.export.browser import find_chromium, play_every_clip

CONFIG = load()[0]


@pytest.fixture
def record(kiosks, tmp_path):
    dest = tmp_path / "record"
    export_record(list(kiosks), dest, ExportOptions(config=CONFIG, compilations=True))
    return dest


def test_gallery_needs_nothing_outside_the_record(record):
    page = (record / "index.html").read_text(encoding="utf-8")
    # One inline script and two blocks of data (the texts in both languages, the captions), nothing fetched.
    assert page.count("<script>") == 1 and page.count('<script type="application/json" id="captions">') == 1
    assert page.count('<script type="application/json" id="strings">') == 1
    assert page.count("<script") == 3 and "<script src" not in page
    assert "http://" not in page and "https://" not in page and "//" not in page.replace(
        "://", "")
    sources = re.findall(r'(?:src|poster|href)="([^"#]+)"', page)
    assert sources and all((record / source).is_file() for source in sources)
    assert '<meta name="viewport" content="width=device-width,initial-scale=1">' in page
    assert page.count('<a class="play" href="clips/') == 4
    for card in ("frontline", "volunteer", "community"):
        assert f'id="card-{card}"' in page


@pytest.mark.skipif(find_chromium() is None, reason="Chromium is not installed (Debian: apt install chromium), "
                                                     "so the gallery cannot be opened in a real browser.")
def test_every_clip_in_the_gallery_loads_and_plays_in_chromium(record):
    result = play_every_clip(record / "index.html")
    assert result["count"] == 4
    for clip in result["clips"]:
        assert clip["error"] is None, clip
        assert clip["readyState"] >= 2 and clip["duration"] > 0.8, clip
        assert clip["playing"] and clip["currentTime"] > 0, clip
        assert clip["brightness"] > 0, clip  # a decoded picture, not a black box
