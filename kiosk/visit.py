"""The attendee's visit without a screen: the flow's table, what one attendee has chosen, and what becomes of a take.

Plain Python, no Qt: the kiosk window drives it today (ui/controller.py moves its stacked widget when this moves),
and a hub or wall window, a test or a benchmark can drive the same rules with no widget at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Callable

from kiosk.store import KEPT_AT_REVIEW, KIOSK_CLOSED, WALKED_AWAY, Clip, ClipStore

if TYPE_CHECKING:
    from kiosk.recording.session import ClipRecording


class Screen(Enum):
    ATTRACT = "attract"
    CONSENT = "consent"
    CARDS = "cards"
    PROMPT = "prompt"
    COUNTDOWN = "countdown"
    RECORDING = "recording"
    REVIEW = "review"
    THANKS = "thanks"
    PIN = "pin"
    FACILITATOR = "facilitator"


@dataclass(frozen=True)
class Step:
    """One screen's place in the flow.

    `goes_to`: the screens it may move to. `idle_resets`: left alone, it asks "Still there?" and then goes back
    to attract (the screen may still hold idle off while it is busy: a review playing). `camera`: it shows the
    live mirrored picture. `entered` / `left`: the window's method run on arriving / leaving, by name.
    """

    goes_to: frozenset[Screen]
    idle_resets: bool = True
    camera: bool = False
    entered: str = ""
    left: str = ""


S = Screen
# Going back to ATTRACT (idle, Esc, Delete) is listed explicitly. RECORDING has no way out but REVIEW: a take
# always ends in a file to review. COUNTDOWN leaves only to RECORDING, or back to PROMPT (Cancel) before the
# take starts. THANKS keeps the code on screen until Done or its own countdown, so idle does not cut it short.
FLOW: dict[Screen, Step] = {
    S.ATTRACT: Step(frozenset({S.CONSENT, S.PIN}), idle_resets=False, entered="visit_over"),
    S.CONSENT: Step(frozenset({S.CARDS, S.ATTRACT, S.PIN})),
    S.CARDS: Step(frozenset({S.PROMPT, S.CONSENT, S.ATTRACT, S.PIN})),
    S.PROMPT: Step(frozenset({S.COUNTDOWN, S.CARDS, S.ATTRACT, S.PIN}), camera=True, entered="prompt_entered"),
    S.COUNTDOWN: Step(frozenset({S.RECORDING, S.PROMPT}), idle_resets=False, camera=True),
    S.RECORDING: Step(frozenset({S.REVIEW}), idle_resets=False, camera=True),
    S.REVIEW: Step(frozenset({S.THANKS, S.PROMPT, S.ATTRACT}), left="review_left"),
    S.THANKS: Step(frozenset({S.ATTRACT}), idle_resets=False),
    S.PIN: Step(frozenset({S.FACILITATOR, S.ATTRACT})),
    S.FACILITATOR: Step(frozenset({S.ATTRACT}), camera=True, entered="panel_entered", left="panel_left"),
}

TRANSITIONS: dict[Screen, frozenset[Screen]] = {screen: step.goes_to for screen, step in FLOW.items()}
# Screens the idle timeout may leave (after asking). Recording is never interrupted by it.
IDLE_LEAVES = frozenset(screen for screen, step in FLOW.items() if step.idle_resets)
# Screens from which the corner long-press opens the PIN screen.
PIN_FROM = frozenset(screen for screen, targets in TRANSITIONS.items() if S.PIN in targets)
# A take is under way: its end is a file to review, so neither idle nor the failsafe cuts it short.
TAKE_UNDER_WAY = frozenset({S.COUNTDOWN, S.RECORDING})


class FlowError(RuntimeError):
    """A move the table does not allow: a bug in the window driving the flow, never an attendee's doing."""


def check_move(current: Screen, target: Screen) -> None:
    if target not in TRANSITIONS[current]:
        raise FlowError(f"The kiosk cannot go from {current.value} to {target.value}.")


@dataclass
class Visit:
    """What one attendee has chosen so far; forgotten when the kiosk goes back to attract."""

    language: str = ""  # the language the attendee started in
    scope: str | None = None
    consent_words: str = ""  # the consent text as the attendee read it when they agreed
    card_id: str | None = None
    recording: ClipRecording | None = None  # the take under way (the window's take runner sets it)
    clip: Clip | None = None  # the take at review, until Keep / Try again / Delete is dispatched
    kept_code: str = ""  # the withdrawal code of the clip this attendee kept
    notes: list[str] = field(default_factory=list)


StoreWork = Callable[[], Clip]  # disk work a rule asks for: the window runs it off its GUI thread, a test calls it


class VisitFlow:
    """The screen the kiosk is on, the visit in hand and the rules for what becomes of a take.

    A rule moves through `go`, the window's own move (it shows the screen and runs the table's hooks) or, with no
    window, `move` alone. A rule that touches the disk does not: it returns the store call for the caller to run
    where it may wait (a DiskWorker in the kiosk), so the flow never blocks anyone's GUI thread.
    The failsafe, "paused, a facilitator has been told", is always reachable: see `fall_back`.
    """

    def __init__(self, store: ClipStore, facilitator_notes: list[str] | None = None,
                 go: Callable[[Screen], None] | None = None) -> None:
        self.store = store
        self.facilitator_notes = facilitator_notes if facilitator_notes is not None else []
        self.go = go or self.move
        self.current = Screen.ATTRACT
        self.visit = Visit()
        self.failsafe_reason = ""  # why the kiosk is paused until a facilitator resumes it; "" when it is not

    # -- moving ----------------------------------------------------------------------------------------

    def leaving(self, target: Screen) -> str:
        """Checks a move against the table (raises FlowError); the hook of the screen left, "" when staying."""
        if target == self.current:
            return ""
        check_move(self.current, target)
        return FLOW[self.current].left

    def arrive(self, target: Screen) -> str:
        """Makes the move checked by `leaving`; the hook of the screen entered. Back at attract the visit is over."""
        self.current = target
        if target == Screen.ATTRACT:
            self.visit = Visit()
        return FLOW[target].entered

    def move(self, target: Screen) -> None:
        """A move with no window to show it."""
        self.leaving(target)
        self.arrive(target)

    # -- the attendee's way through -------------------------------------------------------------------------

    def start(self, language: str, paused: str = "") -> bool:
        """Start was tapped: a new visit at consent, unless the kiosk is paused (`paused`: why, or the failsafe)."""
        if paused or self.failsafe_reason:
            return False
        self.visit = Visit(language=language)
        self.go(Screen.CONSENT)
        return True

    def agree(self, scope: str, consent_words: str) -> None:
        """The attendee agreed to `scope` after reading `consent_words` (kept with the clip as they read them)."""
        self.visit.scope, self.visit.consent_words = scope, consent_words
        self.go(Screen.CARDS)

    def choose_card(self, card_id: str) -> None:
        self.visit.card_id = card_id
        self.go(Screen.PROMPT)

    def take_finished(self, clip: Clip, error: str | None = None) -> bool:
        """The take's file is whole: to review, where the attendee decides. False when nobody is recording (the
        window is closing, or the take was already dealt with) and there is nothing to show."""
        if self.current != Screen.RECORDING:
            return False
        self.visit.clip = clip
        if error:
            self.facilitator_notes.append(error)
        self.go(Screen.REVIEW)
        return True

    def keep(self) -> StoreWork | None:
        """Keep at review: the attendee confirmed the take. Its code is shown by `thank` once it is kept."""
        clip = self._take_at_review()
        if clip is None:
            return None
        self.visit.kept_code = clip.code
        return lambda: self.store.keep(clip, reviewed=True, visit_ended=KEPT_AT_REVIEW)

    def thank(self) -> str:
        """After Keep: the withdrawal code to show on the thanks screen, or "" when the attendee has already gone."""
        if self.current != Screen.REVIEW or not self.visit.kept_code:
            return ""
        self.go(Screen.THANKS)
        return self.visit.kept_code

    def try_again(self) -> StoreWork | None:
        """Try again: the take is deleted; the window goes back to the card's prompt once it is."""
        return self._discard()

    def delete(self) -> StoreWork | None:
        """Delete: the take is deleted and nothing of it is left."""
        return self._discard()

    def walk_away(self) -> StoreWork | None:
        """Review left alone until idle: the take is kept, but not as confirmed (it is exported at the narrowest
        scope until a facilitator reviews it)."""
        return self._keep_unconfirmed(WALKED_AWAY)

    def kiosk_closed(self, recorded: Clip | None = None) -> StoreWork | None:
        """The kiosk is closing: a take at review, or `recorded` (a take ended by the closing, never shown), is kept
        unconfirmed. The caller runs the work at once: nothing comes after it."""
        if recorded is not None and self.current in TAKE_UNDER_WAY:
            self.visit.clip = recorded
        return self._keep_unconfirmed(KIOSK_CLOSED)

    # -- the failsafe -------------------------------------------------------------------------------------

    def fall_back(self, reason: str) -> StoreWork | None:
        """Something the flow cannot go on with: paused, a facilitator has been told (`reason`, one sentence).

        From every screen but a take under way the kiosk goes back to attract, a take at review kept unconfirmed
        as when the kiosk closes; a take under way ends as usual, in a file to review (the table gives a recording
        no other way out). No visit starts until `resume` is called.
        """
        if not self.failsafe_reason:
            self.facilitator_notes.append(reason)
        self.failsafe_reason = reason
        if self.current in TAKE_UNDER_WAY:
            return None
        work = self._keep_unconfirmed(KIOSK_CLOSED)
        self.go(Screen.ATTRACT)
        return work

    def resume(self) -> None:
        """A facilitator has dealt with what paused the kiosk: visits may start again."""
        self.failsafe_reason = ""

    # -- the take at review ---------------------------------------------------------------------------------

    def _take_at_review(self) -> Clip | None:
        # Taken from the visit before the disk work runs, so a second tap finds nothing left to keep or delete.
        clip, self.visit.clip = self.visit.clip, None
        return clip

    def _keep_unconfirmed(self, visit_ended: str) -> StoreWork | None:
        clip = self._take_at_review()
        if clip is None:
            return None
        return lambda: self.store.keep(clip, reviewed=False, visit_ended=visit_ended)

    def _discard(self) -> StoreWork | None:
        clip = self._take_at_review()
        if clip is None:
            return None

        def discard() -> Clip:
            self.store.discard(clip)
            return clip
        return discard
