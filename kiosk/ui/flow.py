"""The attendee flow as data: the screens, and the one table of moves allowed between them."""

from __future__ import annotations

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


S = Screen
# Where each screen may go next. Going back to ATTRACT (idle, Esc, Delete) is listed explicitly;
# RECORDING has no way out but REVIEW: a take always ends in a file to review.
TRANSITIONS: dict[Screen, frozenset[Screen]] = {
    S.ATTRACT: frozenset({S.CONSENT, S.PIN}),
    S.CONSENT: frozenset({S.CARDS, S.ATTRACT, S.PIN}),
    S.CARDS: frozenset({S.PROMPT, S.CONSENT, S.ATTRACT, S.PIN}),
    S.PROMPT: frozenset({S.COUNTDOWN, S.CARDS, S.ATTRACT, S.PIN}),
    S.COUNTDOWN: frozenset({S.RECORDING, S.PROMPT}),  # a take may be starting: only Esc (before it does) leaves
    S.RECORDING: frozenset({S.REVIEW, S.PROMPT}),
    S.REVIEW: frozenset({S.THANKS, S.PROMPT, S.ATTRACT}),
    S.THANKS: frozenset({S.ATTRACT}),
    S.PIN: frozenset({S.FACILITATOR, S.ATTRACT}),
    S.FACILITATOR: frozenset({S.ATTRACT}),
}

# Screens the idle timeout may leave. Recording is never interrupted by it.
IDLE_LEAVES = frozenset(screen for screen, targets in TRANSITIONS.items() if S.ATTRACT in targets) - {S.ATTRACT}
# Screens from which the corner long-press opens the PIN screen.
PIN_FROM = frozenset(screen for screen, targets in TRANSITIONS.items() if S.PIN in targets)


class FlowError(RuntimeError):
    """A move the table does not allow: a bug in the controller, never an attendee's doing."""


def check_move(current: Screen, target: Screen) -> None:
    if target not in TRANSITIONS[current]:
        raise FlowError(f"The kiosk cannot go from {current.value} to {target.value}.")
