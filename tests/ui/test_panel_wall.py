"""The panel's part of the wall: the clip page's "Show on the wall" switch (public clips only, with the reason shown
otherwise) and the line saying what the wall loops next."""

from kiosk.store import ClipStore
from kiosk.store.clips import is_unconfirmed
from kiosk.store.codes import display
from tests.ui import test_panel_consent
from tests.ui.test_panel_consent import choose, clip_list, sidecar_of
from tests.wall.clips import kept_clip

make_quiet_kiosk = test_panel_consent.make_quiet_kiosk  # the consent tests' kiosk with no background transcription


def test_the_switch_approves_a_public_clip_and_takes_it_off_and_the_line_says_what_is_next(
        qtbot, make_quiet_kiosk, panel_config, recordings):
    store = ClipStore(recordings)
    confirmed = kept_clip(store, 0)
    walked_away = kept_clip(store, 1, confirmed=False)
    private = kept_clip(store, 2, scope="event")
    panel, page = clip_list(qtbot, make_quiet_kiosk(panel_config))
    assert "no clip approved yet" in page.wall_line.text()

    choose(page, private)
    assert not page.on_wall.isEnabled()
    assert "Not for the wall: the attendee's consent does not allow showing it in public." in page.about.text()

    choose(page, walked_away)
    assert page.on_wall.isEnabled() and not page.on_wall.isChecked()
    page.on_wall.click()
    qtbot.waitUntil(lambda: sidecar_of(store, walked_away).facilitator.wall, timeout=10_000)
    assert not is_unconfirmed(sidecar_of(store, walked_away))  # approval is the facilitator's review
    qtbot.waitUntil(lambda: "Clips in the wall's loop: 1." in page.wall_line.text(), timeout=10_000)
    assert f"Next in the loop: {walked_away.sidecar.started_at[11:16]}" in page.wall_line.text()
    assert display(walked_away.code) in page.wall_line.text()
    qtbot.waitUntil(lambda: page.on_wall.isChecked() and not page.walling, timeout=10_000)
    assert "On the wall" in page.about.text()

    choose(page, confirmed)
    page.on_wall.click()
    qtbot.waitUntil(lambda: "Clips in the wall's loop: 2." in page.wall_line.text(), timeout=10_000)
    assert "Then:" in page.wall_line.text()

    choose(page, walked_away)
    page.on_wall.click()  # off again
    qtbot.waitUntil(lambda: not sidecar_of(store, walked_away).facilitator.wall, timeout=10_000)
    qtbot.waitUntil(lambda: "Clips in the wall's loop: 1." in page.wall_line.text(), timeout=10_000)
    assert "Taken off the wall" in page.about.text()
