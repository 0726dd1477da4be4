"""A long day at the screens: visits in a row through the whole kiosk, each take played back on review.

Not in the default run (`-m soak` runs it): see the README for its figures.
"""

import json
import os

import pytest

from kiosk.ui.flow import Screen
from tests.test_soak import _usage
from tests.ui.conftest import delete_take, record_until_review, wait_for_screen, walk_to_prompt

VISITS = int(os.environ.get("SOAK_VISITS", "120"))
WARM_UP = 10


@pytest.mark.soak
def test_a_day_of_visits_with_review_playback_leaves_no_growth(qtbot, make_kiosk, kiosk_config, recordings, capsys):
    kiosk = make_kiosk(kiosk_config)
    c = kiosk.controller
    kept = 0
    samples = []
    for visit in range(VISITS):
        if visit == WARM_UP:
            baseline = _usage()
        walk_to_prompt(qtbot, kiosk, card_key=str(visit % 7 + 1))
        record_until_review(qtbot, kiosk, seconds=0.4)
        wait_for_screen(qtbot, kiosk, Screen.REVIEW)
        qtbot.waitUntil(lambda: c.review.video.frames_shown >= 3, timeout=10_000)  # it is playing back
        choice = visit % 3
        if choice == 0:
            with qtbot.waitSignal(c.clip_kept, timeout=10_000):
                c.review.keep.click()
            kept += 1
            wait_for_screen(qtbot, kiosk, Screen.THANKS)
            c.thanks.done.click()
        elif choice == 1:
            c.review.retry.click()
            wait_for_screen(qtbot, kiosk, Screen.PROMPT)
            c.prompt.back.click()
            wait_for_screen(qtbot, kiosk, Screen.CARDS)
            c.cards.back.click()
            wait_for_screen(qtbot, kiosk, Screen.CONSENT)
            c.consent.back.click()
        else:
            delete_take(kiosk)
        wait_for_screen(qtbot, kiosk, Screen.ATTRACT)
        qtbot.waitUntil(lambda: not c.review.playback.holds_a_clip(), timeout=10_000)
        if visit % 20 == 0:
            samples.append(_usage())
    after = _usage()
    figures = {"visits": VISITS, "kept": kept, "baseline": baseline, "after": after, "samples": samples}
    with capsys.disabled():
        print("\nsoak visits:", json.dumps(figures))
    assert after["fds"] <= baseline["fds"]
    assert after["threads"] <= baseline["threads"]
    assert after["rss_mb"] - baseline["rss_mb"] < 40
    qtbot.waitUntil(lambda: len(list(recordings.rglob("*.mp4"))) == kept, timeout=10_000)  # the last keep lands
