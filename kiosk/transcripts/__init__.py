"""Transcripts: each kept clip's words as WebVTT captions beside it (`<clip>.vtt`), with their status in its sidecar.

A transcript is personal data like the clip: it lives and dies with it (withdrawal and discard remove it, export
carries it only where the clip goes) and nothing of its text is logged.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable

from kiosk.atomic import write_atomically
from kiosk.store import KEPT, Clip, ClipStore, Sidecar, StoreError
from kiosk.store.files import MAX_JSON_BYTES, read_regular
from kiosk.transcripts.vtt import MAX_VTT_BYTES, Cue, fit_cues, parse_vtt, plain_text, to_vtt

AUTO, EDITED, NONE = "auto", "edited", "none"
STATUSES = ("", AUTO, EDITED, NONE)
TRANSCRIPTS_OFF_EXIT = 3  # `kiosk transcribe` exits so when it cannot transcribe at all (no model, or turned off)
NO_WELSH_MODEL = "no Welsh speech model"
NO_SPEECH = "no speech heard"  # nothing the voice-activity model took for speech: no words are made up
UNREADABLE = "the clip's sound could not be read"

log = logging.getLogger(__name__)
Progress = Callable[[int, int, Clip, str], None]  # done, total, the clip, what became of it (a status)

__all__ = ["AUTO", "EDITED", "NONE", "Cue", "Summary", "TRANSCRIPTS_OFF_EXIT", "plain_text", "read_transcript",
           "save_edited", "transcribe_pending"]


def read_transcript(clip: Clip) -> tuple[Cue, ...]:
    """The clip's cues; () when it has no .vtt. Raises ValueError when the file is not readable WebVTT."""
    try:
        content = read_regular(clip.transcript_path, MAX_VTT_BYTES)
    except FileNotFoundError:
        return ()
    return parse_vtt(content.decode("utf-8"))


def _current(clip: Clip) -> Clip | None:
    """The clip as its sidecar is now on disk, or None when it has gone (withdrawn or deleted meanwhile)."""
    try:
        return replace(clip, sidecar=Sidecar.from_json(read_regular(clip.sidecar_path, MAX_JSON_BYTES)))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        raise StoreError(f"The sidecar of {clip.sidecar.media} cannot be read ({error}).") from None


def _write(store: ClipStore, clip: Clip, cues: tuple[Cue, ...] | None, **status) -> Clip:
    """Writes the .vtt (or removes it for None) and the sidecar's transcript fields, as one change through the
    store's repository (the caller holds its lock too, around what it read to decide)."""
    def transcribed(sidecar: Sidecar) -> Sidecar:
        if cues is None:
            clip.transcript_path.unlink(missing_ok=True)
        else:
            write_atomically(clip.transcript_path, to_vtt(cues).encode("utf-8"))
        return sidecar.changed(**status)

    return store.repository.change(clip, transcribed, "transcribed")


def save_edited(store: ClipStore, clip: Clip, cues: Iterable[Cue]) -> Clip:
    """A facilitator's corrected transcript: it is never replaced by an automatic one unless asked (--force)."""
    with store.transcript_lock():
        current = _current(clip)
        if current is None:
            raise StoreError(f"{clip.sidecar.media} is no longer in the recordings (withdrawn?); nothing was saved.")
        return _write(store, current, tuple(cues), transcript=EDITED, transcript_reason="",
                      transcript_language=current.sidecar.language)


def needs_transcript(clip: Clip, redo: bool = False, force: bool = False) -> bool:
    status = clip.sidecar.transcript
    if clip.sidecar.status != KEPT or clip.sidecar.is_newer:
        return False
    if status == EDITED:
        return force
    return status not in (AUTO, NONE) or redo or force


@dataclass
class Summary:
    """What one run did, in counts: never the words."""

    done: dict[str, int] = field(default_factory=dict)  # by status, "none" with its reason: "none (no speech heard)"
    skipped: int = 0  # withdrawn, or edited by a facilitator, while it was being transcribed
    problems: list[str] = field(default_factory=list)

    def count(self, status: str) -> None:
        self.done[status] = self.done.get(status, 0) + 1


class _Models:
    """The speech models a run needs, loaded when the first clip in their language comes up."""

    def __init__(self, english: str, welsh: str) -> None:
        self.settings = {"en": english, "cy": welsh}
        self.loaded: dict[str, object] = {}

    def check(self) -> None:
        """Raises ModelUnavailable now, before any clip is touched, if there is no English model."""
        from kiosk.transcripts.engine import find_model

        find_model(self.settings["en"])

    def for_language(self, language: str):
        """The Transcriber for clips in `language`, or a reason there is none."""
        from kiosk.transcripts.engine import Transcriber, find_model

        if language == "cy" and not self.settings["cy"].strip():
            return NO_WELSH_MODEL
        if language not in self.settings:
            return f"no speech model for the language {language[:20]!r}"
        if language not in self.loaded:
            self.loaded[language] = Transcriber(find_model(self.settings[language]))
        return self.loaded[language]


def transcribe_pending(store: ClipStore, model: str, welsh_model: str = "", redo: bool = False, force: bool = False,
                       progress: Progress | None = None) -> Summary:
    """Transcribes every kept clip that has no transcript (with `redo`, automatic ones again; with `force`, edited
    ones too), until none is left: clips kept while it runs are taken too. Raises ModelUnavailable before it starts
    when there is no English model."""
    models = _Models(model, welsh_model)
    models.check()
    summary, tried = Summary(), set()
    while True:
        listing = store.list()
        todo = [clip for clip in listing.clips if clip.sidecar.id not in tried and needs_transcript(clip, redo, force)]
        if not todo:
            return summary
        for number, clip in enumerate(todo, start=1):
            tried.add(clip.sidecar.id)
            status = _transcribe_one(store, clip, models, force, summary)
            if progress is not None:
                progress(number, len(todo), clip, status)


def _transcribe_one(store: ClipStore, clip: Clip, models: _Models, force: bool, summary: Summary) -> str:
    import av

    language = clip.sidecar.language
    transcriber = models.for_language(language)
    cues, status, reason, label = None, NONE, "", ""
    if isinstance(transcriber, str):
        reason = transcriber
    else:
        from kiosk.transcripts.engine import hearing_limit, longest_take

        label = transcriber.model.label
        if clip.sidecar.duration > longest_take():  # a clip from elsewhere claiming a longer take
            log.warning("clip %s is longer than any take the settings allow: only its first %g s are transcribed",
                        clip.sidecar.id, hearing_limit(clip.sidecar.duration))
        try:
            segments = transcriber.transcribe(clip.media_path, language, hearing_limit(clip.sidecar.duration))
        except (av.FFmpegError, OSError, ValueError, IndexError) as error:
            reason = UNREADABLE
            summary.problems.append(f"{clip.sidecar.media}: {UNREADABLE} ({type(error).__name__}).")
        else:
            cues = fit_cues(segments, clip.sidecar.duration or _duration(clip.media_path))
            status, reason = (AUTO, "") if cues else (NONE, NO_SPEECH)
    with store.transcript_lock():
        current = _current(clip)
        if current is None or (current.sidecar.transcript == EDITED and not force):
            summary.skipped += 1
            return "skipped"
        _write(store, current, cues or None, transcript=status, transcript_reason=reason,
               transcript_language=language, transcript_model=label)
    said = f"{status} ({reason})" if reason else status  # "none" alone would not say why
    summary.count(said)
    log.info("transcript of clip %s: %s", clip.sidecar.id, said)
    return said


def _duration(media: Path) -> float:
    from kiosk.store.media import DamagedMedia, probe

    try:
        return probe(media).duration
    except (DamagedMedia, OSError):
        return float("inf")
