"""What the facilitator should hear about, gathered by the kiosk's parts and read by the panel's status page."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from kiosk.sentence import Sentence


class FacilitatorNotes(list):
    """Sentences for the facilitator, oldest first: kept as Sentences (or a system's own words), so the panel says
    each in the language it shows when it shows it, not in the one a visitor had chosen when it happened. A list, so every part adds to it as it always has; whoever
    watches (the services' `note_added`, a hub) hears of each sentence as it is added, and never has to poll."""

    def __init__(self, sentences=()) -> None:
        super().__init__(sentences)
        self._watchers: list[Callable[[Sentence | str], None]] = []

    def watch(self, watcher: Callable[[Sentence | str], None]) -> None:
        self._watchers.append(watcher)

    def append(self, sentence: Sentence | str) -> None:
        super().append(sentence)
        for watcher in self._watchers:
            watcher(sentence)


@dataclass
class KioskNotes:
    """Problems met since the kiosk started, and the facts the status page needs beyond the disk's.

    One object shared by the flow, the devices, the PIN entry and the panel: each writes what it met,
    the panel's status reads it, and nobody has to ask the controller for it.
    """

    config_problems: list[str] = field(default_factory=list)  # what was wrong with the config at start
    # Devices that could not start (or be switched to): Sentences, said in the panel's language where they are shown.
    device_problems: list[Sentence | str] = field(default_factory=list)
    errors: FacilitatorNotes = field(default_factory=FacilitatorNotes)  # sentences for the facilitator, oldest first
    recovery_reports: list[str] | None = None  # None while the start-up recovery is still running
    default_pin: bool = False  # the PIN last accepted was the shipped one
    power_lines: list[str] = field(default_factory=list)  # the battery and keeping awake, for the status (power_watch)
