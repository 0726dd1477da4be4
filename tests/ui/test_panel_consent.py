"""The panel's part of consent: each clip's code, Withdraw this clip (asked first), unconfirmed clips listed first and
checked by a facilitator, and the walk-aways counted on the status page."""

import threading
from dataclasses import dataclass

import pytest

import kiosk.ui.panel.controller as panel_controller
from kiosk.store import Clip, ClipStore
from kiosk.store.clips import KEPT_AT_REVIEW, RECOVERED, WALKED_AWAY, is_unconfirmed
from kiosk.store.codes import display
from kiosk.transcripts import AUTO
from kiosk.transcripts.vtt import Cue, to_vtt
from kiosk.ui.transcription import TranscriptionService
from tests.ui import test_panel
from tests.ui.test_panel import open_panel

day_of_clips = test_panel.day_of_clips  # the panel tests' three clips of today, recorded once, as a fixture here too
UNCONFIRMED = "kept without the attendee's confirmation"


@dataclass(frozen=True)
class Day:
    store: ClipStore
    walked_away: Clip  # the oldest: the attendee left review without choosing, nobody has checked it
    checked: Clip  # walked away too, and a facilitator has checked it since
    kept: Clip  # kept at review by the attendee


@pytest.fixture
def day_with_a_walk_away(day_of_clips) -> Day:
    store = day_of_clips
    oldest, middle, newest = store.list().clips
    walked_away = store.update(oldest, reviewed=False, reviewed_by="", visit_ended=WALKED_AWAY)
    checked = store.update(middle, reviewed=True, reviewed_by="facilitator", visit_ended=WALKED_AWAY)
    kept = store.update(newest, recovered=False, reviewed=True, reviewed_by="attendee", visit_ended=KEPT_AT_REVIEW)
    return Day(store, walked_away, checked, kept)


@pytest.fixture
def make_quiet_kiosk(make_kiosk, monkeypatch):
    """make_kiosk with no background transcription: the clips' sidecars change only as the test changes them."""
    monkeypatch.setattr(TranscriptionService, "request", lambda self: None)
    return make_kiosk


def clip_list(qtbot, kiosk, clips: int = 3):
    panel = open_panel(qtbot, kiosk)
    page = panel.clips_page
    panel.nav_buttons["clips"].click()
    qtbot.waitUntil(lambda: page.model.rowCount() == clips, timeout=10_000)
    return panel, page


def texts(page) -> list[str]:
    return [page.filtered.index(number, 0).data() for number in range(page.filtered.rowCount())]


def choose(page, clip: Clip) -> None:
    page.select_code(clip.code)
    assert page.selected_row().code == clip.code


def sidecar_of(store: ClipStore, clip: Clip):
    return next(found for found in store.list().clips if found.sidecar.id == clip.sidecar.id).sidecar


def off_the_gui_thread(monkeypatch, module, name: str) -> tuple[list[threading.Thread], threading.Event]:
    """Wraps `module.name` so that it waits for a go-ahead and notes the thread it ran on: a page that waits for it in
    the GUI thread would never show its 'busy' state (the test's assertions between click and go-ahead fail)."""
    real, threads, go = getattr(module, name), [], threading.Event()

    def held(*args, **kwargs):
        threads.append(threading.current_thread())
        assert go.wait(10), "the test never let it go on"
        return real(*args, **kwargs)
    monkeypatch.setattr(module, name, held)
    return threads, go


# -- the withdrawal code ----------------------------------------------------------------------------------------


def test_every_clip_shows_its_withdrawal_code_as_the_attendee_saw_it(qtbot, make_quiet_kiosk, panel_config,
                                                                     day_of_clips):
    panel, page = clip_list(qtbot, make_quiet_kiosk(panel_config))
    assert not page.withdraw.isEnabled() and "Choose a clip" in page.about.text()
    for clip in day_of_clips.list().clips:
        assert sum(f"code {display(clip.code)}" in text for text in texts(page)) == 1
        choose(page, clip)
        assert page.about.text().startswith(f"Withdrawal code: {display(clip.code)}")
        assert page.withdraw.isEnabled()


# -- Withdraw this clip -----------------------------------------------------------------------------------------


def test_withdraw_this_clip_asks_first_and_cancel_keeps_it(qtbot, make_quiet_kiosk, panel_config, day_of_clips):
    panel, page = clip_list(qtbot, make_quiet_kiosk(panel_config))
    clip = day_of_clips.list().clips[0]
    choose(page, clip)
    page.withdraw.click()
    asking = panel.withdraw_page
    assert panel.current_page() == "withdraw" and asking.state == "found"  # the same question as for a typed code
    assert "Is this the clip?" in asking.outcome.text() and display(clip.code) in asking.found.text()
    assert asking.confirm.isVisible() and asking.cancel.isVisible()
    asking.cancel.click()
    assert panel.current_page() == "clips" and asking.state == "ask"
    assert clip.media_path.exists() and clip.sidecar_path.exists() and clip.thumbnail_path.exists()
    assert not (day_of_clips.root / "withdrawals.log").exists()
    assert len(day_of_clips.list().clips) == 3 and page.model.rowCount() == 3


def test_withdraw_this_clip_confirmed_removes_it_and_its_words_and_it_leaves_the_list(
        qtbot, make_quiet_kiosk, panel_config, day_of_clips, monkeypatch):
    store = day_of_clips
    clip = store.list().clips[1]
    clip.transcript_path.write_text(to_vtt((Cue(0.0, 0.5, "what I am learning"),)), "utf-8")
    clip = store.update(clip, transcript=AUTO)
    threads, go = off_the_gui_thread(monkeypatch, panel_controller, "withdraw")
    kiosk = make_quiet_kiosk(panel_config)
    panel, page = clip_list(qtbot, kiosk)
    choose(page, clip)
    page.withdraw.click()
    asking = panel.withdraw_page
    asking.confirm.click()
    assert asking.state == "withdrawing" and "Withdrawing" in asking.outcome.text()  # the GUI did not wait
    go.set()
    qtbot.waitUntil(lambda: asking.state == "done", timeout=10_000)
    assert threads and all(thread is not threading.main_thread() for thread in threads)
    for path in (clip.media_path, clip.sidecar_path, clip.transcript_path, clip.thumbnail_path):
        assert not path.exists(), path
    assert "Removed 4 files" in asking.outcome.text() and display(clip.code) in asking.outcome.text()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    assert not any(display(clip.code) in text for text in texts(page))
    assert (store.root / "withdrawals.log").read_text("utf-8").count(clip.code) == 1  # logged as `kiosk withdraw` does


# -- unconfirmed clips --------------------------------------------------------------------------------------------


def test_an_unconfirmed_clip_is_listed_first_with_the_words(qtbot, make_quiet_kiosk, panel_config, day_with_a_walk_away):
    day = day_with_a_walk_away
    panel, page = clip_list(qtbot, make_quiet_kiosk(panel_config))
    shown = texts(page)
    assert display(day.walked_away.code) in shown[0] and UNCONFIRMED in shown[0]  # the oldest, yet first
    assert display(day.kept.code) in shown[1] and display(day.checked.code) in shown[2]  # then newest first
    assert not any(UNCONFIRMED in text for text in shown[1:])
    choose(page, day.walked_away)
    assert page.review.isVisible() and page.review.isEnabled()
    assert "Kept without the attendee's confirmation" in page.about.text()
    choose(page, day.checked)
    assert not page.review.isVisible()


def test_checking_an_unconfirmed_clip_lifts_it_and_it_moves_down(qtbot, make_quiet_kiosk, panel_config,
                                                                day_with_a_walk_away, monkeypatch):
    day = day_with_a_walk_away
    threads, go = off_the_gui_thread(monkeypatch, ClipStore, "review")
    panel, page = clip_list(qtbot, make_quiet_kiosk(panel_config))
    choose(page, day.walked_away)
    page.review.click()
    assert not page.review.isEnabled() and "Marking it as checked" in page.about.text()  # the GUI did not wait
    assert is_unconfirmed(sidecar_of(day.store, day.walked_away))
    go.set()
    qtbot.waitUntil(lambda: UNCONFIRMED not in texts(page)[0], timeout=10_000)
    assert threads and all(thread is not threading.main_thread() for thread in threads)
    sidecar = sidecar_of(day.store, day.walked_away)
    assert sidecar.reviewed and sidecar.reviewed_by == "facilitator" and not is_unconfirmed(sidecar)
    assert sidecar.visit_ended == WALKED_AWAY  # how the visit ended stays what happened
    assert display(day.walked_away.code) in texts(page)[2]  # now among the others, newest first: the oldest, last
    assert page.selected_row().code == day.walked_away.code  # still the chosen clip, where it went
    assert not page.review.isVisible() and "Checked: it now goes where the attendee chose." in page.about.text()


def test_checking_a_clip_withdrawn_meanwhile_says_so(qtbot, make_quiet_kiosk, panel_config, day_with_a_walk_away):
    day = day_with_a_walk_away
    panel, page = clip_list(qtbot, make_quiet_kiosk(panel_config))
    choose(page, day.walked_away)
    for path in (day.walked_away.media_path, day.walked_away.sidecar_path):  # as another facilitator's withdrawal does
        path.unlink()
    page.review.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    assert not page.reviewing and "could not be marked as checked" in page.message[1]
    assert "Traceback" not in page.message[1]
    assert not day.walked_away.sidecar_path.exists()  # not written back


# -- the status page ------------------------------------------------------------------------------------------------


def test_the_status_counts_walk_aways_and_clips_waiting_for_a_check(qtbot, make_quiet_kiosk, panel_config,
                                                                   day_with_a_walk_away):
    day = day_with_a_walk_away
    day.store.update(day.kept, reviewed=False, reviewed_by="", recovered=True, visit_ended=RECOVERED)
    panel = open_panel(qtbot, make_quiet_kiosk(panel_config))
    qtbot.waitUntil(lambda: "Clips today: 3" in panel.status.text(), timeout=10_000)
    status = panel.status.text()
    # Two walked away (one checked since); the recovered one was never confirmed either but did not walk away.
    assert "2 of 3 clips today were kept without the attendee's confirmation (they walked away at review)." in status
    assert "2 clips kept without the attendee's confirmation wait for a facilitator's check" in status


def test_the_status_says_nobody_walked_away_and_asks_no_check_when_none_is_due(qtbot, make_quiet_kiosk, panel_config,
                                                                               day_of_clips):
    for clip in day_of_clips.list().clips:
        day_of_clips.update(clip, reviewed=True, reviewed_by="attendee", visit_ended=KEPT_AT_REVIEW)
    panel = open_panel(qtbot, make_quiet_kiosk(panel_config))
    qtbot.waitUntil(lambda: "Clips today: 3" in panel.status.text(), timeout=10_000)
    assert "0 of 3 clips today were kept without the attendee's confirmation" in panel.status.text()
    assert "wait for a facilitator's check" not in panel.status.text()


def test_checking_a_clip_updates_the_count_on_the_status(qtbot, make_quiet_kiosk, panel_config, day_with_a_walk_away):
    day = day_with_a_walk_away
    panel, page = clip_list(qtbot, make_quiet_kiosk(panel_config))
    qtbot.waitUntil(lambda: "1 clip kept without" in panel.status.text(), timeout=10_000)
    choose(page, day.walked_away)
    page.review.click()
    qtbot.waitUntil(lambda: "wait for a facilitator's check" not in panel.status.text(), timeout=10_000)
    assert "2 of 3 clips today" in panel.status.text()  # still two walk-aways: what happened at the kiosk


# -- in Welsh -------------------------------------------------------------------------------------------------------


def test_the_new_words_are_in_welsh_and_a_language_change_keeps_the_chosen_clip(qtbot, make_quiet_kiosk, panel_config,
                                                                                day_with_a_walk_away):
    day = day_with_a_walk_away
    kiosk = make_quiet_kiosk(panel_config)
    panel, page = clip_list(qtbot, kiosk)
    choose(page, day.walked_away)
    kiosk.controller.set_language("cy")  # with a clip chosen: the list's words change under the selection
    assert page.selected_row().code == day.walked_away.code
    assert page.about.text().startswith(f"Cod tynnu'n ôl: {display(day.walked_away.code)}")
    assert "wedi'i gadw heb i'r person ei gadarnhau" in texts(page)[0] and f"cod {display(day.walked_away.code)}" in \
        texts(page)[0]
    assert page.review.text() == "Rydw i wedi gwirio'r clip hwn" and page.withdraw.text() == "Tynnu'r clip hwn yn ôl"
    panel.status_page.refresh.click()  # the status's lines are made in the language of the moment
    qtbot.waitUntil(lambda: "Cadwyd 2 o'r 3 clip heddiw" in panel.status.text(), timeout=10_000)
