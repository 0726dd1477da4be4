"""The attendee flow as data: the screens, and one table of where each may go and what it needs while it shows."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


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
    live mirrored picture. `entered` / `left`: the controller's method run on arriving / leaving, by name.
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


class FlowError(RuntimeError):
    """A move the table does not allow: a bug in the controller, never an attendee's doing."""


def check_move(current: Screen, target: Screen) -> None:
    if target not in TRANSITIONS[current]:
        raise FlowError(f"The kiosk cannot go from {current.value} to {target.value}.")
