"""Apply: an export's plan done to the record folder: clips no longer chosen removed, the others copied and checked
(a few ahead, on copier threads), each with its sidecar, captions and thumbnail, and the cards' compilations made.

The marker lists each clip as it lands, so a record cut short (cancelled, unplugged, killed) still says what it
holds; publish then writes the manifests and gallery from it.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import replace
from pathlib import Path

from kiosk.atomic import write_atomically
from kiosk.config import Config
from kiosk.export.copying import CopyCancelled, UnreadableClip, copy_verified
from kiosk.export.outcome import ExportOptions, Progress, said
from kiosk.export.plan import ExportPlan, name_in_record, paths_in_record
from kiosk.export.publish import captions_in_record
from kiosk.export.selection import Candidate
from kiosk.sentence import QT_TRANSLATE_NOOP
from kiosk.store import Clip, Sidecar
from kiosk.store.exported import MarkedClip, MarkedCompilation, Marker, path_in, remove
from kiosk.store.files import MAX_JSON_BYTES, is_regular, read_regular
from kiosk.store.media import DamagedMedia, check_clip, make_thumbnail, sha256
from kiosk.transcripts import NONE, read_transcript
from kiosk.transcripts.vtt import MAX_VTT_BYTES, CaptionsTooLong, Cue, to_vtt

MEGABYTE = 1024 * 1024

# Clips copied at once. Checking a clip's hash is the costly part, so with two under way one hashes while the
# other writes or waits for its fsync, and on two cores both hash at once.
COPIERS = 2
MAX_THUMBNAIL_BYTES = 16 * MEGABYTE
UNREADABLE_TRANSCRIPT = "its transcript could not be read"
TRANSCRIPT_TOO_LONG = "its transcript is longer than the kiosk reads"


def _write_captions(dest: Path, entry: MarkedClip, cues: tuple[Cue, ...]) -> None:
    """The clip's .vtt in the record, made again from the parsed cues (never a copy of a file from outside), or
    removed when the clip has no transcript now; rewritten only when it changed, to spare the stick."""
    relative = f"clips/{entry.card}/{entry.name}.vtt"
    if not cues:
        remove(dest, relative)
        return
    target, content = path_in(dest, relative), to_vtt(cues).encode("utf-8")
    try:
        if read_regular(target, MAX_VTT_BYTES) == content:
            return
    except (OSError, ValueError):
        pass  # none yet, or not a file the kiosk wrote: written anew
    write_atomically(target, content)


def captions_hash(ids: list[str], captions: list[tuple[Cue, ...]]) -> str:
    """What a compilation's subtitles are made of, in brief: "" when none of its clips has a transcript."""
    if not any(captions):
        return ""
    digest = hashlib.sha256()
    for clip_id, cues in zip(ids, captions):
        digest.update(f"{clip_id}\n{to_vtt(cues)}\0".encode("utf-8"))
    return digest.hexdigest()


def _checked_thumbnail(media: Path, target: Path, duration: float) -> None:
    """On a thumbnail thread: the clip is checked against its sidecar before a frame of it is decoded."""
    check_clip(media, duration)
    make_thumbnail(media, target)


def _waiting(video: Path) -> Path:
    """Where a checked copy waits, hidden, until its clip is taken into the record."""
    return video.with_name(f".{video.name}.part")


class Apply:
    """The work of one export on its record: what it was asked, and the sentences for the report (shared with the
    export that made it: `notes` for a facilitator, `damaged` for clips that could not be taken in)."""

    def __init__(self, config: Config, options: ExportOptions, progress: Progress, cancel: threading.Event,
                 notes: list[str], damaged: list[str]) -> None:
        self.config, self.options, self.progress, self.cancel = config, options, progress, cancel
        self.notes, self.damaged = notes, damaged
        self.fresh: frozenset[str] = frozenset()  # the plan's clips to add: copied, not taken as they are

    def copy_intact(self, dest: Path, entry: MarkedClip, candidate: Candidate) -> bool:
        """Whether the record's copy of a clip its marker lists unchanged is still whole: the file on the stick has the
        size and modification time it had when it was written (with --verify, its bytes hashed again)."""
        video = path_in(dest, entry.video)
        try:
            copy = os.lstat(video)
            same = (is_regular(video) and copy.st_size == entry.size == candidate.clip.media_path.stat().st_size
                    and copy.st_mtime_ns == entry.mtime_ns)
            return same and (not self.options.verify or sha256(video) == entry.sha256)
        except OSError:
            return False

    def keep_or_drop_earlier(self, dest: Path, marker: Marker, candidate: Candidate) -> None:
        """A clip that failed its check now: the copy an earlier export checked stays; else none of its files do."""
        entry = marker.clips.get(candidate.id)
        if entry is None:
            return
        if is_regular(path_in(dest, entry.video)):
            self.notes.append(said(QT_TRANSLATE_NOOP("Export", "The record keeps the copy of %1 exported before."),
                                   candidate.clip.sidecar.media))
            return
        self.drop(dest, marker, candidate.id)

    def drop(self, dest: Path, marker: Marker, clip_id: str) -> None:
        for relative in marker.clips.pop(clip_id).files:
            remove(dest, relative)

    def remove_unchosen(self, dest: Path, marker: Marker, plan: ExportPlan) -> int:
        for clip_id in plan.remove:
            self.drop(dest, marker, clip_id)
        for card in plan.stale_compilations:
            remove(dest, marker.compilations.pop(card).file)
        return len(plan.remove)

    def drop_withdrawn(self, dest: Path, marker: Marker, chosen: list[Candidate], logged: set[tuple[str, str]],
                       barred: set[str]) -> None:
        """A clip withdrawn while this export ran (its withdrawal could not touch a record being written) is left out."""
        for candidate in chosen:
            if ((candidate.id, candidate.clip.code) in logged or candidate.id in barred) and candidate.id in marker.clips:
                self.drop(dest, marker, candidate.id)
                marker.withdrawn.add(candidate.id)
                self.notes.append(said(QT_TRANSLATE_NOOP("Export", "A clip withdrawn during the export was left out of %1."), dest))

    def copy_chosen(self, dest: Path, marker: Marker, chosen: list[Candidate]) -> tuple[int, int, bool]:
        """Each chosen clip taken into the record in order, copied (checked) where the plan adds it, with its sidecar,
        captions and thumbnail; the marker lists each as it lands. Returns how many were added and unchanged, and
        whether the export was cancelled (it stops after the current file)."""
        added = unchanged = 0
        cancelled = False
        with ThreadPoolExecutor(COPIERS, thread_name_prefix="export-copy") as copiers, \
                ThreadPoolExecutor(max_workers=2, thread_name_prefix="export-thumbnails") as thumbnails:
            pending: list[tuple[str, Future]] = []
            copies = self._copies_ahead(copiers, dest, marker, chosen)
            try:
                for done, (candidate, copying) in enumerate(copies, start=1):
                    if self.cancel.is_set():
                        cancelled = True
                        break
                    try:
                        entry, thumbnail = self._export_clip(dest, marker, candidate, copying)
                    except CopyCancelled:
                        cancelled = True
                        break
                    if entry is None:
                        self.keep_or_drop_earlier(dest, marker, candidate)
                        self.progress(done, len(chosen), said(QT_TRANSLATE_NOOP("Export", "%1: damaged, skipped"),
                                                              candidate.clip.sidecar.media))
                        continue
                    marker.clips[candidate.id] = entry
                    copied = copying is not None
                    added, unchanged = added + copied, unchanged + (not copied)
                    if thumbnail is not None:
                        pending.append((candidate.id, thumbnails.submit(_checked_thumbnail, *thumbnail)))
                    self.progress(done, len(chosen), said(QT_TRANSLATE_NOOP("Export", "%1: copied") if copied else
                                                         QT_TRANSLATE_NOOP("Export", "%1: unchanged"), entry.video))
            finally:
                copies.close()
            if cancelled:
                for _, future in pending:
                    future.cancel()
            for clip_id, future in pending:
                self._thumbnail_done(marker, clip_id, future)
        return added, unchanged, cancelled

    def _copies_ahead(self, copiers: ThreadPoolExecutor, dest: Path, marker: Marker, chosen: list[Candidate]):
        """Each chosen clip in order with its copy under way (None if the record already holds it).

        Up to COPIERS clips are copied ahead of the one yielded. Each copy waits under a hidden name until its
        clip is taken into the record, so a cancelled export leaves none of the clips it did not take.
        """
        under_way: deque[tuple[Candidate, Future | None]] = deque()

        def start(candidate: Candidate) -> None:
            copying = None
            if candidate.id in self.fresh:
                video = paths_in_record(dest, candidate)[0]
                video.parent.mkdir(parents=True, exist_ok=True)
                copying = copiers.submit(self._copy_first_good, candidate, _waiting(video))
            under_way.append((candidate, copying))

        try:
            # A clip leaves `under_way` only once the caller asks for the next, so one it stopped at is cleaned up too.
            for candidate in chosen:
                start(candidate)
                if len(under_way) > COPIERS:
                    yield under_way[0]
                    under_way.popleft()
            while under_way:
                yield under_way[0]
                under_way.popleft()
        finally:
            started = [(candidate, copying) for candidate, copying in under_way
                       if copying is not None and not copying.cancel()]
            wait([copying for _, copying in started])
            for candidate, _ in started:
                _waiting(paths_in_record(dest, candidate)[0]).unlink(missing_ok=True)

    def _export_clip(self, dest: Path, marker: Marker, candidate: Candidate, copying: Future | None):
        """The clip's marker entry and a thumbnail to make (or None for each); `copying` is its copy under way."""
        video, sidecar_file, thumbnail = paths_in_record(dest, candidate)
        source = candidate.clip
        if copying is not None:
            source, problems = copying.result()
            if source is None:
                self.damaged.append(said(QT_TRANSLATE_NOOP("Export", "%1 It was skipped."), problems[0]) if len(problems) == 1 else
                                    said(QT_TRANSLATE_NOOP("Export", "Every copy of %1 is damaged; it was skipped."),
                                         candidate.clip.sidecar.media))
                return None, None
            if problems:
                self.notes.append(said(QT_TRANSLATE_NOOP("Export", "%1 Another kiosk's copy of the same clip was exported "
                                                          "instead."), problems[0]))
            os.replace(_waiting(video), video)
            copy = os.lstat(video)
            size, mtime_ns = copy.st_size, copy.st_mtime_ns
        else:
            earlier = marker.clips[candidate.id]
            size, mtime_ns = earlier.size, earlier.mtime_ns
        # The consent checked is the narrowest any copy holds (selection), whichever copy's bytes were good, and
        # the narrowest of all while the take is not confirmed.
        decided = candidate.clip.sidecar
        exported = replace(source.sidecar.known_only(), withdrawal_code="", media=video.name,
                           consent_scope=candidate.scope, reviewed=decided.reviewed, reviewed_by=decided.reviewed_by)
        cues, unread = self._transcript_of(source)
        if unread:
            exported = replace(exported, transcript=NONE, transcript_reason=unread)
        write_atomically(sidecar_file, exported.to_json())
        entry = MarkedClip(candidate.clip.sidecar.perspective, name_in_record(candidate), source.sidecar.sha256,
                           size, mtime_ns, has_captions=bool(cues))
        _write_captions(dest, entry, cues or ())
        make = None
        if copying is not None or not is_regular(thumbnail):
            try:
                write_atomically(thumbnail, read_regular(source.thumbnail_path, MAX_THUMBNAIL_BYTES))
            except (OSError, ValueError):  # none beside the clip, or a link or special file the kiosk never reads
                make = (video, thumbnail, source.sidecar.duration)  # made from the copy whose bytes were checked
        return entry, make

    def _transcript_of(self, clip: Clip) -> tuple[tuple[Cue, ...], str]:
        """The clip's cues (() for none), and why its .vtt could not be read ("" when it could): the clip goes
        without it then."""
        try:
            return read_transcript(clip), ""
        except CaptionsTooLong:
            self.notes.append(said(QT_TRANSLATE_NOOP("Export", "The transcript of %1 is longer than the kiosk reads; the clip is "
                                                      "exported without it."), clip.sidecar.media))
            return (), TRANSCRIPT_TOO_LONG
        except (OSError, ValueError):
            # Not the parser's reason: it may quote the file, and a transcript's words stay out of reports and logs.
            self.notes.append(said(QT_TRANSLATE_NOOP("Export", "The transcript of %1 could not be read; the clip is exported "
                                                      "without it (open it in the facilitator panel's transcript "
                                                      "editor and save it again)."), clip.sidecar.media))
            return (), UNREADABLE_TRANSCRIPT

    def _copy_first_good(self, candidate: Candidate, target: Path) -> tuple[Clip | None, list[str]]:
        """On a copier thread: the first of the clip's copies that checks out, and what was wrong with the others."""
        problems = []
        for copy in candidate.copies:
            try:
                copy_verified(copy.media_path, target, copy.sidecar.sha256, self.cancel, self.options.durable)
                # The bytes checked are the bytes the record keeps (and that thumbnails and compilations decode).
                check_clip(target, copy.sidecar.duration, name=copy.sidecar.media)
            except (UnreadableClip, DamagedMedia) as error:
                target.unlink(missing_ok=True)
                problems.append(f"{copy.media_path.parent.parent}: {error}")
                continue
            return copy, problems
        return None, problems

    def _thumbnail_done(self, marker: Marker, clip_id: str, future: Future) -> None:
        entry = marker.clips.get(clip_id)
        if future.cancelled():
            if entry is not None:
                marker.clips[clip_id] = replace(entry, has_thumbnail=False)
            return
        try:
            future.result()
        except (DamagedMedia, OSError) as error:
            if entry is not None:
                marker.clips[clip_id] = replace(entry, has_thumbnail=False)
            self.notes.append(said(QT_TRANSLATE_NOOP("Export", "%1 The clip is exported without a thumbnail."), error))

    # -- compilations --------------------------------------------------------------------------------

    def wants_compilations(self, marker: Marker) -> bool:
        # A record once exported with compilations keeps them whole: bringing it up to date without the
        # option (or after a withdrawal took one away) must not leave one missing or lacking the new clips.
        if self.options.compilations:
            marker.compilations_wanted = True
        return marker.compilations_wanted or bool(marker.compilations)  # the second: a record from before the flag

    def compile(self, dest: Path, marker: Marker) -> tuple[Path, ...]:
        """Each card's compilation made again where its clips or their captions changed; one that cannot be made
        is reported in one sentence and left out, and the others are made."""
        from kiosk.export.compilation import CompilationError, make_compilation, title_for

        by_card: dict[str, list[str]] = {}
        for clip_id, entry in sorted(marker.clips.items(), key=lambda item: item[1].video):
            by_card.setdefault(entry.card, []).append(clip_id)
        made = []
        for number, (card_id, ids) in enumerate(by_card.items(), start=1):
            captions = [captions_in_record(dest, marker.clips[i]) for i in ids]
            compilation = MarkedCompilation(card_id, tuple(ids), captions_hash(ids, captions))
            target = path_in(dest, compilation.file)
            if marker.compilations.get(card_id) == compilation and is_regular(target):
                made.append(target)
                continue
            if self.cancel.is_set():
                break
            target.parent.mkdir(exist_ok=True)
            try:
                card = self.config.card(card_id)
                title = title_for(card.label.en, card.label.cy)
            except KeyError:
                title = title_for(card_id, "")
            self.progress(number, len(by_card), said(QT_TRANSLATE_NOOP("Export", "Compilation for %1 (clips in it: %2)"), card_id, len(ids)))
            parts = self._within_bounds(dest, marker, ids)
            if len(parts) < len(ids):
                kept = [i for i in ids if i in marker.clips]
                captions = [captions_in_record(dest, marker.clips[i]) for i in kept]
                compilation = MarkedCompilation(card_id, tuple(kept), captions_hash(kept, captions))
            if not parts:
                remove(dest, compilation.file)
                marker.compilations.pop(card_id, None)
                continue
            try:
                make_compilation(title, parts, target, (self.config.width, self.config.height), self.cancel, captions)
            except CompilationError as error:
                self.notes.append(said(QT_TRANSLATE_NOOP("Export", "The compilation for %1 could not be made (%2)."), card_id, error))
                if not self.cancel.is_set():  # an earlier one may hold a clip just taken out: none is better
                    remove(dest, compilation.file)
                    marker.compilations.pop(card_id, None)
                continue
            marker.compilations[card_id] = compilation
            made.append(target)
        return tuple(made)

    def _within_bounds(self, dest: Path, marker: Marker, ids: list[str]) -> list:
        """Each clip's copy in the record with its bounds, checked again before it is decoded (a record written by
        an earlier kiosk, or a copy changed on the stick); a clip out of bounds is taken out of the record."""
        parts = []
        for clip_id in ids:
            entry = marker.clips[clip_id]
            try:
                duration = Sidecar.from_json(read_regular(path_in(dest, entry.sidecar), MAX_JSON_BYTES)).duration
            except (OSError, ValueError):
                duration = 0.0  # held to the longest take any kiosk records
            try:
                parts.append((path_in(dest, entry.video), check_clip(path_in(dest, entry.video), duration)))
            except DamagedMedia as error:
                self.drop(dest, marker, clip_id)
                self.damaged.append(said(QT_TRANSLATE_NOOP("Export", "%1 It was taken out of the record."), error))
        return parts
