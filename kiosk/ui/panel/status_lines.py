"""The status page's text: free space, clips today, devices, recovery and problems, from facts handed in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

translate = QCoreApplication.translate

from kiosk.config import Config
from kiosk.sentence import fill
from kiosk.space import gigabytes, space_left
from kiosk.ui.i18n import say
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
        lines.append(COUNTS.transcripts_waiting(facts.transcripts_waiting, transcribing))
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
        lines.append(translate("StatusLines", "Last error: %1").replace("%1", say(notes.errors[-1])))
    problems = notes.config_problems + notes.device_problems + notes.errors[:-1]
    if facts is not None:
        problems += list(facts.problems)
    lines.extend(f"  • {say(problem)}" for problem in problems)
    if facts is not None and facts.faults:
        lines.append(translate("StatusLines", "Latest faults in the log (logs/kiosk.log in the recordings folder):"))
        lines.extend(f"  • {fault}" for fault in facts.faults)
    return lines


def consent_lines(facts: StatusFacts) -> list[str]:
    """Whether review is losing people: today's walk-aways, and the clips no one has confirmed yet."""
    lines = [COUNTS.walked_away(facts.walked_away_today, facts.clips_today)]
    if facts.unconfirmed:
        lines.append(COUNTS.unconfirmed(facts.unconfirmed))
    return lines


class StatusCounts(QObject):
    """The status's counted lines, in the current language: lupdate reads a count (%n) only from a tr() in a class."""

    def transcripts_waiting(self, waiting: int, transcribing: bool) -> str:
        if transcribing:
            return self.tr("Transcripts: being made in the background; %n clip(s) waiting.", "", waiting)
        return self.tr("Transcripts: %n clip(s) waiting.", "", waiting)

    def walked_away(self, walked_away: int, clips: int) -> str:
        return self.tr("%1 of %n clip(s) today were kept without the attendee's confirmation (they walked away at "
                       "review).", "", clips).replace("%1", str(walked_away))

    def unconfirmed(self, clips: int) -> str:
        return self.tr("%n clip(s) kept without the attendee's confirmation wait for a facilitator's check (listed "
                       "first under Clips).", "", clips)


COUNTS = StatusCounts()
