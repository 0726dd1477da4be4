"""The cards screen at the two screen sizes the kiosk is made for: every label shows whole, in both languages."""

import pytest

from kiosk.ui.flow import Screen
from tests.ui.conftest import walk_to_prompt


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
@pytest.mark.parametrize("language", ["en", "cy"])
def test_every_card_label_shows_whole(qtbot, make_kiosk, kiosk_config, size, language):
    kiosk = make_kiosk(kiosk_config)
    kiosk.window.resize(*size)
    c = kiosk.controller
    if language == "cy":
        c.attract.welsh.click()
    walk_to_prompt(qtbot, kiosk, card_key="1")
    c.prompt.back.click()
    assert c.current == Screen.CARDS
    for tile in c.cards.card_buttons:
        caption = tile.caption
        qtbot.waitUntil(lambda: caption.width() > 0 and caption.height() > 0, timeout=5_000)
        needed = caption.heightForWidth(caption.width())
        assert needed <= caption.height(), f"{caption.text()!r} needs {needed} px, has {caption.height()}"
        assert caption.fontInfo().pixelSize() >= 20 and tile.icon.pixmap().height() >= 48
