"""Whole visits through the Qt-free flow: no widget, a real ClipStore, a real clip file at review."""

import shutil

import pytest

from kiosk.recording.take import TakeResult
from kiosk.store import AWAITING_REVIEW, KEPT, KEPT_AT_REVIEW, KIOSK_CLOSED, WALKED_AWAY, ClipStore, ClipTags
from kiosk.visit import FLOW, FlowError, Screen, VisitFlow

CONSENT_WORDS = "Your video may be shown at this event."
PROBLEM = "The camera stopped answering during a take."


@pytest.fixture
def store(recordings) -> ClipStore:
    return ClipStore(recordings)


def record(flow: VisitFlow, store: ClipStore, toned_clip, error: str | None = None):
    """What the window's take runner does between Ready and review: a clip begun, its file written, finished."""
    flow.go(Screen.COUNTDOWN)
    visit = flow.visit
    clip = store.begin(ClipTags(event="Whose Shoes?", perspective=visit.card_id, prompt="What matters to you?",
                                consent_scope=visit.scope, language=visit.language,
                                consent_words=visit.consent_words))
    flow.go(Screen.RECORDING)
    shutil.copyfile(toned_clip, clip.media_path)
    clip = store.finish(clip, TakeResult(clip.media_path, duration=2.0, audio_rate=48_000, error=error))
    assert clip.sidecar.status == AWAITING_REVIEW
    assert flow.take_finished(clip, error)
    return clip


def walk_to_review(flow: VisitFlow, store: ClipStore, toned_clip, error: str | None = None):
    assert flow.start("cy")
    assert flow.current == Screen.CONSENT
    flow.agree("event-only", CONSENT_WORDS)
    assert flow.current == Screen.CARDS
    flow.choose_card("volunteer")
    assert flow.current == Screen.PROMPT
    clip = record(flow, store, toned_clip, error)
    assert flow.current == Screen.REVIEW and flow.visit.clip == clip
    return clip


def test_a_kept_take_is_confirmed_by_the_attendee_and_its_code_shown(store, toned_clip):
    flow = VisitFlow(store)
    clip = walk_to_review(flow, store, toned_clip)

    keeping = flow.keep()
    assert flow.visit.clip is None and flow.keep() is None  # a second tap finds nothing left to keep
    kept = keeping()
    assert flow.thank() == clip.code and flow.current == Screen.THANKS

    sidecar = store.find(clip.code).sidecar
    assert (sidecar.status, sidecar.reviewed, sidecar.reviewed_by) == (KEPT, True, "attendee")
    assert sidecar.visit_ended == KEPT_AT_REVIEW == kept.sidecar.visit_ended
    assert (sidecar.perspective, sidecar.consent_scope, sidecar.language) == ("volunteer", "event-only", "cy")
    assert clip.media_path.exists()

    flow.go(Screen.ATTRACT)
    assert flow.visit.clip is None and flow.visit.kept_code == "" and flow.visit.card_id is None


def test_a_take_left_at_review_is_kept_unconfirmed(store, toned_clip):
    flow = VisitFlow(store)
    clip = walk_to_review(flow, store, toned_clip)

    flow.walk_away()()
    flow.go(Screen.ATTRACT)

    sidecar = store.find(clip.code).sidecar
    assert (sidecar.status, sidecar.reviewed, sidecar.reviewed_by) == (KEPT, False, "")
    assert sidecar.visit_ended == WALKED_AWAY
    assert flow.thank() == ""  # nobody is at review to be thanked


def test_try_again_deletes_the_take_and_a_second_one_is_kept(store, toned_clip):
    flow = VisitFlow(store)
    first = walk_to_review(flow, store, toned_clip)

    assert flow.try_again()() == first
    assert not first.media_path.exists() and not first.sidecar_path.exists()
    flow.go(Screen.PROMPT)
    assert flow.visit.card_id == "volunteer" and flow.visit.scope == "event-only"  # the visit goes on

    second = record(flow, store, toned_clip)
    flow.keep()()
    assert flow.thank() == second.code
    assert [clip.code for clip in store.list().clips] == [second.code]


def test_delete_leaves_nothing_of_the_take(store, toned_clip):
    flow = VisitFlow(store)
    clip = walk_to_review(flow, store, toned_clip)

    flow.delete()()
    assert flow.delete() is None
    flow.go(Screen.ATTRACT)
    assert store.list().clips == [] and not clip.media_path.exists()


def test_a_take_ended_by_a_fault_is_reviewed_and_the_facilitator_told(store, toned_clip):
    told = []
    flow = VisitFlow(store, told)
    walk_to_review(flow, store, toned_clip, error=PROBLEM)
    assert told == [PROBLEM]


def test_closing_the_kiosk_keeps_a_take_never_shown(store, toned_clip):
    flow = VisitFlow(store)
    flow.start("en")
    flow.agree("event-only", CONSENT_WORDS)
    flow.choose_card("volunteer")
    flow.go(Screen.COUNTDOWN)
    flow.go(Screen.RECORDING)
    clip = store.begin(ClipTags(event="Whose Shoes?", perspective="volunteer", prompt="?", consent_scope="event-only"))
    shutil.copyfile(toned_clip, clip.media_path)
    clip = store.finish(clip, TakeResult(clip.media_path, duration=2.0))

    flow.kiosk_closed(clip)()
    sidecar = store.find(clip.code).sidecar
    assert (sidecar.status, sidecar.reviewed, sidecar.visit_ended) == (KEPT, False, KIOSK_CLOSED)


def test_a_move_the_table_does_not_allow_is_refused(store, toned_clip):
    flow = VisitFlow(store)
    with pytest.raises(FlowError, match="cannot go from attract to review"):
        flow.go(Screen.REVIEW)
    assert flow.current == Screen.ATTRACT
    walk_to_review(flow, store, toned_clip)
    with pytest.raises(FlowError):
        flow.go(Screen.CARDS)  # a take at review is kept, retried or deleted, never left behind for the cards
    assert flow.current == Screen.REVIEW and flow.visit.clip is not None
    for screen, step in FLOW.items():
        assert screen not in step.goes_to  # staying put is not a move, and never a refused one


def test_a_take_finishing_with_nobody_recording_is_not_shown(store, toned_clip):
    flow = VisitFlow(store)
    clip = walk_to_review(flow, store, toned_clip)
    assert not flow.take_finished(clip)  # already at review: a late second end changes nothing
    assert flow.current == Screen.REVIEW


def test_the_failsafe_pauses_the_kiosk_keeps_the_take_and_tells_the_facilitator(store, toned_clip):
    told = []
    flow = VisitFlow(store, told)
    clip = walk_to_review(flow, store, toned_clip)

    flow.fall_back("The review's player stopped answering.")()
    assert flow.current == Screen.ATTRACT and told == ["The review's player stopped answering."]
    sidecar = store.find(clip.code).sidecar
    assert (sidecar.status, sidecar.reviewed, sidecar.visit_ended) == (KEPT, False, KIOSK_CLOSED)
    assert not flow.start("en") and flow.current == Screen.ATTRACT  # paused until a facilitator resumes it

    flow.resume()
    assert flow.start("en") and flow.current == Screen.CONSENT


def test_the_failsafe_lets_a_take_under_way_end_in_a_file(store, toned_clip):
    flow = VisitFlow(store, [])
    flow.start("en")
    flow.agree("event-only", CONSENT_WORDS)
    flow.choose_card("volunteer")
    flow.go(Screen.COUNTDOWN)
    flow.go(Screen.RECORDING)
    assert flow.fall_back("The battery is nearly empty.") is None
    assert flow.current == Screen.RECORDING  # the table gives a recording no way out but review

    clip = store.begin(ClipTags(event="Whose Shoes?", perspective="volunteer", prompt="?", consent_scope="event-only"))
    shutil.copyfile(toned_clip, clip.media_path)
    assert flow.take_finished(store.finish(clip, TakeResult(clip.media_path, duration=2.0)))
    flow.keep()()
    assert flow.thank() == clip.code
    flow.go(Screen.ATTRACT)
    assert not flow.start("en")


def test_the_failsafe_is_reachable_from_every_screen_but_a_take_under_way(store):
    for screen in Screen:
        flow = VisitFlow(store, [])
        flow.current = screen
        flow.fall_back("A fault.")
        expected = screen if screen in (Screen.COUNTDOWN, Screen.RECORDING) else Screen.ATTRACT
        assert flow.current == expected, screen
