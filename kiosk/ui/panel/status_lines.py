"""The status page's text: free space, clips today, devices, recovery and problems, from facts handed in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

from kiosk.config import Config
from kiosk.sentence import fill
from kiosk.space import gigabytes, space_left
from kiosk.ui.notes import KioskNotes
from kiosk.ui.panel.jobs import StatusFacts


def status_lines(config: Config, device_lines: list[str], notes: KioskNotes, free_bytes: int,
                 facts: StatusFacts | None = None, language: str = "en", transcripts_off: str = "",
                 transcribing: bool = False) -> list[str]:
    """One line a fact, in the current language; problems last, the newest error first among them.

    `transcripts_off`: the sentence saying why transcripts are off ("" while they are on); `transcribing`: a run
    is under way."""
    lines = [translate("StatusLines", "Event: %1").replace("%1", config.event_name(language))]
    lines.extend(device_lines)
    lines.extend(notes.power_lines)  # the battery and keeping awake (kiosk/ui/power_watch.py)
    lines.append(translate("StatusLines", "Free space for recordings: %1 GB").replace("%1", gigabytes(free_bytes)))
    lines.append(translate("StatusLines", "Recording pauses when less than %1 MB is free.")
                 .replace("%1", f"{config.min_free_mb:,}"))
    if facts is not None:
        space = space_left(facts.free_bytes, config.min_free_mb, facts.bytes_per_second)
        hours, minutes = space.hours_and_minutes
        lines.append(fill(translate("StatusLines", "That is about %1 h %2 min of recording (%3 MB a minute, measured on "
                                                   "today's clips).") if facts.measured else
                          translate("StatusLines", "That is about %1 h %2 min of recording (%3 MB a minute, estimated "
                                                   "for 720p)."),
                          (f"{hours:,}", f"{minutes:02d}", space.megabytes_a_minute)))
        lines.append(translate("StatusLines", "Clips today: %1").replace("%1", str(facts.clips_today)))
        lines.extend(consent_lines(facts))
        lines.append(translate("StatusLines", "Speaker: %1").replace("%1", facts.speaker) if facts.speaker else
                     translate("StatusLines", "Speaker: none, so takes are played back without sound."))
    if transcripts_off:
        lines.append(transcripts_off)
    elif facts is not None:
        waiting = facts.transcripts_waiting
        if transcribing:
            lines.append(translate("StatusLines", "Transcripts: being made in the background; 1 clip waiting.")
                         if waiting == 1 else
                         translate("StatusLines", "Transcripts: being made in the background; %n clips waiting.", "",
                                   waiting))
        else:
            lines.append(translate("StatusLines", "Transcripts: 1 clip waiting.") if waiting == 1 else
                         translate("StatusLines", "Transcripts: %n clips waiting.", "", waiting))
    if notes.recovery_reports is None:
        lines.append(translate("StatusLines", "Crash recovery: still checking…"))
    elif not notes.recovery_reports:
        lines.append(translate("StatusLines", "Crash recovery: nothing needed repair."))
    else:
        lines.append(translate("StatusLines", "Crash recovery:"))
        lines.extend(f"  • {report}" for report in notes.recovery_reports)
    if notes.default_pin:
        lines.append(translate("StatusLines", "The PIN is still the default one: please change it."))
    if notes.errors:
        lines.append(translate("StatusLines", "Last error: %1").replace("%1", notes.errors[-1]))
    problems = notes.config_problems + notes.device_problems + notes.errors[:-1]
    if facts is not None:
        problems += list(facts.problems)
    lines.extend(f"  • {problem}" for problem in problems)
    if facts is not None and facts.faults:
        lines.append(translate("StatusLines", "Latest faults in the log (logs/kiosk.log in the recordings folder):"))
        lines.extend(f"  • {fault}" for fault in facts.faults)
    return lines


def consent_lines(facts: StatusFacts) -> list[str]:
    """Whether review is losing people: today's walk-aways, and the clips no one has confirmed yet."""
    # English picks its words by the number here; Welsh has its forms in the .ts (%n, filled by fill_welsh.py).
    # The counts are plain names: lupdate does not read a message whose count is an attribute (facts.x).
    today, unconfirmed = facts.clips_today, facts.unconfirmed
    lines = [(translate("StatusLines", "%1 of 1 clip today was kept without the attendee's confirmation (they walked "
                                       "away at review).") if today == 1 else
              translate("StatusLines", "%1 of %n clips today were kept without the attendee's confirmation (they "
                                       "walked away at review).", "", today))
             .replace("%1", str(facts.walked_away_today))]
    if unconfirmed:
        lines.append(translate("StatusLines", "1 clip kept without the attendee's confirmation waits for a "
                                              "facilitator's check (listed first under Clips).")
                     if unconfirmed == 1 else
                     translate("StatusLines", "%n clips kept without the attendee's confirmation wait for a "
                                              "facilitator's check (listed first under Clips).", "", unconfirmed))
    return lines
