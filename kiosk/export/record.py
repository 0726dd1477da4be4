"""The event record: chosen clips copied into DEST with sidecars and thumbnails, manifests, a gallery, compilations.

`export_record` is the one function the CLI and the facilitator panel both call. It can be repeated into the
same DEST and brings it up to date; it only ever deletes inside a DEST that holds its marker, and only files
the marker lists or an export of its own left there when it was cut short (kiosk.store.exported).
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import tempfile
import threading
import zipfile
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from kiosk import __version__
from kiosk import config as configuration
from kiosk.atomic import write_atomically
from kiosk.config import Config, ConfigError
from kiosk.export.copying import CopyCancelled, UnreadableClip, copy_verified
from kiosk.export.outcome import ExportError, ExportOptions, ExportReport, Progress
from kiosk.export.plan import (ExportPlan, must_leave, name_in_record, one_clip_a_name, paths_in_record,
                               plan_export)
from kiosk.export.publish import captions_in_record, publish
from kiosk.export.selection import Candidate, select_clips
from kiosk.store import Clip, ClipStore, Sidecar
from kiosk.store.clips import StoreError
from kiosk.store.codes import display
from kiosk.store.exported import (MarkedCard, MarkedClip, MarkedCompilation, Marker, ZippedRecord, check_folders,
                                  clean_staging, export_lock, is_lock, pack_folder, path_in,
                                  read_marker, remove, sweep, write_marker)
from kiosk.store.files import MAX_JSON_BYTES, NotAFile, is_regular, read_regular
from kiosk.store.media import DamagedMedia, check_clip, make_thumbnail, sha256
from kiosk.store.withdraw import barred_ids, remember_export, share_withdrawals, withdrawn_clips
from kiosk.transcripts import NONE, read_transcript
from kiosk.transcripts.vtt import MAX_VTT_BYTES, CaptionsTooLong, Cue, to_vtt

MEGABYTE = 1024 * 1024
THUMBNAIL_ALLOWANCE = 100 * 1024  # bytes a thumbnail, a sidecar and a transcript take, generously
SPARE = 20 * MEGABYTE  # manifests, gallery, and room for the file system itself
# Clips copied at once. Checking a clip's hash is the costly part, so with two under way one hashes while the
# other writes or waits for its fsync, and on two cores both hash at once.
COPIERS = 2
MAX_THUMBNAIL_BYTES = 16 * MEGABYTE
UNREADABLE_TRANSCRIPT = "its transcript could not be read"
TRANSCRIPT_TOO_LONG = "its transcript is longer than the kiosk reads"


def export_record(sources: list[Path], dest: Path, options: ExportOptions = ExportOptions(),
                  progress: Progress | None = None, cancel: threading.Event | None = None) -> ExportReport:
    """Exports the clips in `sources` (recordings folders) to `dest`; raises ExportError before copying on bad input.

    `progress(done, total, message)` is called after each clip; setting `cancel` stops after the current
    file, leaving DEST a consistent, smaller record.
    """
    config = options.config or configuration.load()[0]
    try:
        scope = config.chosen_scope(options.scope or None)
        for card in options.cards:
            config.chosen_card(card)
    except ConfigError as error:
        raise ExportError(str(error)) from None
    if not sources:
        raise ExportError("Name at least one recordings folder to export from.")
    sources = [Path(source).resolve() for source in sources]
    for source in sources:
        if not source.is_dir():
            raise ExportError(f"There is no recordings folder at {source}.")
    dest = Path(dest).resolve()
    if options.zip and dest.suffix.lower() != ".zip":
        dest = dest.with_name(dest.name + ".zip")
    for source in sources:
        if dest == source or dest.is_relative_to(source) or source.is_relative_to(dest):
            raise ExportError(f"The export cannot go in {dest}: it overlaps the recordings folder {source}.")
    job = _Job(sources, config, scope, options, progress or (lambda done, total, message: None),
               cancel or threading.Event())
    job.withdrawn_clips()  # a log that cannot be read stops the export before anything is written
    notes = _share_withdrawals(sources)
    if not options.zip:
        job.check_dest(dest)  # a file or another program's folder is refused before a lock file is left in it
    new = not os.path.lexists(dest)
    lock = _lock(dest.parent if options.zip else dest, dest)
    try:
        report = job.export_zip(dest) if options.zip else job.export_folder(dest)
    except ExportError:
        lock.release()
        if new and not options.zip and [path.name for path in dest.iterdir()] == [lock.path.name]:
            lock.path.unlink()  # refused before writing anything: no folder is left behind either
            dest.rmdir()
        raise
    finally:
        lock.release()
    for source in sources:
        try:
            remember_export(source, report.dest)
        except OSError:
            notes.append(f"{source} is read-only, so a withdrawal made there will not reach {report.dest}; "
                         f"export into it again after withdrawing.")
    logging.getLogger(__name__).info("export to %s: %d clip(s), %d added, %d removed, %d withdrawn, %d damaged%s",
                                     report.dest, report.clips, report.added, report.removed, report.withdrawn,
                                     len(report.damaged), ", cancelled" if report.cancelled else "")
    return replace(report, skipped=report.skipped + tuple(notes))


def _lock(place: Path, dest: Path):
    """The record's lock, held for the whole export, so a second export or a withdrawal never mixes into it."""
    try:
        lock = export_lock(place)
    except (NotAFile, StoreError) as error:
        raise ExportError(f"The export cannot be written in {place} ({error}).") from None
    if lock is None:
        raise ExportError(f"Another export or withdrawal is changing {dest} right now; export again when it is done.")
    return lock


def _share_withdrawals(sources: list[Path]) -> list[str]:
    """Each kiosk's withdrawals logged in the others' folders; a sentence for each withdrawn clip's copy still on a disk."""
    try:
        withdrawn = share_withdrawals(sources)
    except (OSError, NotAFile) as error:
        reason = getattr(error, "strerror", None) or error
        return [f"A withdrawal could not be logged in every recordings folder ({reason}); "
                f"export these folders together until it can."]
    if not withdrawn:
        return []  # the usual day: no store needs listing twice
    notes = []
    for root in sources:
        listing = ClipStore(root).list()
        for clip in listing.clips + listing.withdrawn:
            if (clip.sidecar.id, clip.code) in withdrawn:
                code = display(clip.code)
                notes.append(f"{root} still holds a copy of the withdrawn clip {code}; it is left out of "
                             f"every export, and `kiosk withdraw {code} --recordings {root}` deletes it.")
    return notes


def _remember(sources: list[Path], dest: Path) -> None:
    for source in sources:
        try:
            remember_export(source, dest)
        except OSError:
            pass  # reported when the export ends


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


def _captions_hash(ids: list[str], captions: list[tuple[Cue, ...]]) -> str:
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


class _Job:
    """One export run: what was asked, and the running counts the report is made from."""

    def __init__(self, sources, config: Config, scope: str, options: ExportOptions, progress: Progress,
                 cancel: threading.Event) -> None:
        self.sources, self.config, self.scope, self.options = sources, config, scope, options
        self.progress, self.cancel = progress, cancel
        self.damaged: list[str] = []
        self.notes: list[str] = []
        self.fresh: set[str] = set()  # ids of the chosen clips the record does not hold as they are
        self.own = options.own or (sources[0] if len(sources) == 1 else None)
        self.barred: set[str] = set()

    def withdrawn_clips(self) -> set[tuple[str, str]]:
        try:
            self.barred = barred_ids(self.sources, self.own)  # ids withdrawn whatever code a copy carries
            return withdrawn_clips(self.sources)
        except (NotAFile, OSError) as error:
            raise ExportError(f"A withdrawal log cannot be read ({getattr(error, 'strerror', None) or error}), so the "
                              f"export cannot tell which clips were withdrawn; nothing was written.") from None

    # -- a folder ------------------------------------------------------------------------------------

    def export_folder(self, dest: Path, zip_bytes: bool = False) -> ExportReport:
        earlier = self.check_dest(dest)
        logged = self.withdrawn_clips()
        barred = (earlier.withdrawn if earlier else set()) | self.barred
        selection = select_clips(self.sources, self.config, self.scope, self.options.cards, self.options.since,
                                 logged, barred)
        chosen, clashes = one_clip_a_name(selection.chosen)
        self.damaged.extend(clashes)
        # Refused only when that harms nothing: a record still holding a withdrawn clip is brought up to date
        # (emptied if need be), since "export into it again" is how a withdrawal reaches an unplugged stick.
        must_go = must_leave(earlier, barred, logged)
        if not chosen and not must_go:
            if not (selection.left_out or selection.withdrawn or selection.skipped):
                raise ExportError(f"There are no clips in {', '.join(map(str, self.sources))}; nothing was written.")
            reasons = "".join(f" {sentence}" for sentence in selection.skipped[:3])
            raise ExportError(f"No clip matches this export ({selection.left_out} left out by card, date or scope, "
                              f"{selection.withdrawn} withdrawn, {len(selection.skipped)} skipped); "
                              f"nothing was written.{reasons}")
        marker = self._open_dest(dest, earlier)
        if not zip_bytes:  # known before the first file lands, so a withdrawal reaches an export cut short
            _remember(self.sources, dest)
        # Judged once: with --verify it means hashing every copy.
        plan = plan_export(marker, chosen, lambda entry, candidate: self._copy_intact(dest, entry, candidate))
        self.fresh = plan.add
        self._check_space(dest, [c for c in chosen if c.id in plan.add], chosen, zip_bytes)
        removed = self._remove_unchosen(dest, marker, plan)
        # What an export or withdrawal killed part-way left unlisted (copies of another scope's clips, say) goes.
        sweep(dest, marker.files())
        marker.withdrawn |= selection.withdrawn_ids
        self._update_header(marker)
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
                        self._keep_or_drop_earlier(dest, marker, candidate)
                        self.progress(done, len(chosen), f"{candidate.clip.sidecar.media}: damaged, skipped")
                        continue
                    marker.clips[candidate.id] = entry
                    copied = copying is not None
                    added, unchanged = added + copied, unchanged + (not copied)
                    if thumbnail is not None:
                        pending.append((candidate.id, thumbnails.submit(_checked_thumbnail, *thumbnail)))
                    self.progress(done, len(chosen), f"{entry.video}: {'copied' if copied else 'unchanged'}")
            finally:
                copies.close()
            if cancelled:
                for _, future in pending:
                    future.cancel()
            for clip_id, future in pending:
                self._thumbnail_done(marker, clip_id, future)
        self._drop_withdrawn_meanwhile(dest, marker, chosen)
        # The record is whole before any compilation is tried, so one that fails (or a kill while one is made)
        # takes none of it down; the marker and gallery are written again with what was made.
        write_marker(dest, marker)
        publish(dest)
        compilations: tuple[Path, ...] = ()
        if not cancelled and self._wants_compilations(marker):
            compilations = self._compile(dest, marker)
            write_marker(dest, marker)
            publish(dest)
        return ExportReport(dest, len(marker.clips), added, unchanged, removed,
                            tuple(selection.skipped + self.notes), tuple(self.damaged), selection.left_out,
                            selection.withdrawn, compilations, cancelled)

    def check_dest(self, dest: Path) -> Marker | None:
        """The marker of an earlier export into DEST (None for a new or empty folder); raises ExportError."""
        if os.path.lexists(dest) and not dest.is_dir():
            raise ExportError(f"{dest} is a file, not a folder to export into.")
        try:
            marker = read_marker(dest) if dest.exists() else None
        except ValueError as error:
            raise ExportError(f"{dest} holds an export marker the kiosk did not write ({error}); "
                              f"choose an empty or new folder.") from None
        if marker is None and dest.exists() and any(not is_lock(path) for path in dest.iterdir()):
            raise ExportError(f"{dest} already holds files the kiosk did not export; choose an empty or new folder.")
        try:
            check_folders(dest)
        except NotAFile as error:
            raise ExportError(f"{dest} cannot be exported into: {error}.") from None
        return marker

    def _open_dest(self, dest: Path, marker: Marker | None) -> Marker:
        try:
            dest.mkdir(parents=True, exist_ok=True)
            if marker is None:
                marker = Marker()
                write_marker(dest, marker)
        except OSError as error:
            raise ExportError(f"The export folder {dest} cannot be written ({error.strerror or error}).") from None
        return marker

    def _update_header(self, marker: Marker) -> None:
        marker.made_by = f"Whose Shoes? kiosk {__version__}: files listed here may be replaced or removed by the next export"
        marker.event, marker.scope = self.config.event_name.en, self.scope
        marker.exported_at = datetime.now().astimezone().isoformat(timespec="seconds")
        marker.cards = tuple(MarkedCard(c.id, c.label.en, c.label.cy, c.colour) for c in self.config.cards)

    def _copy_intact(self, dest: Path, entry: MarkedClip, candidate: Candidate) -> bool:
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

    def _check_space(self, dest: Path, fresh: list[Candidate], chosen: list[Candidate], zip_bytes: bool) -> None:
        def size(candidate: Candidate) -> int:
            try:
                return candidate.clip.media_path.stat().st_size
            except OSError:
                return 0

        needed = sum(size(c) for c in fresh) + THUMBNAIL_ALLOWANCE * len(chosen) + SPARE
        if self.options.compilations or zip_bytes:
            # A compilation re-encodes about as many bytes as its clips; a zip holds the whole record again.
            everything = sum(size(c) for c in chosen)
            needed += everything * (int(self.options.compilations) + int(zip_bytes))
        free = shutil.disk_usage(dest).free
        if needed > free:
            raise ExportError(f"{dest} needs about {needed / MEGABYTE:,.0f} MB free for this export "
                              f"but has {free / MEGABYTE:,.0f} MB.")

    def _keep_or_drop_earlier(self, dest: Path, marker: Marker, candidate: Candidate) -> None:
        """A clip that failed its check now: the copy an earlier export checked stays; else none of its files do."""
        entry = marker.clips.get(candidate.id)
        if entry is None:
            return
        if is_regular(path_in(dest, entry.video)):
            self.notes.append(f"The record keeps the copy of {candidate.clip.sidecar.media} exported before.")
            return
        self._drop(dest, marker, candidate.id)

    def _drop(self, dest: Path, marker: Marker, clip_id: str) -> None:
        for relative in marker.clips.pop(clip_id).files:
            remove(dest, relative)

    def _remove_unchosen(self, dest: Path, marker: Marker, plan: ExportPlan) -> int:
        for clip_id in plan.remove:
            self._drop(dest, marker, clip_id)
        for card in plan.stale_compilations:
            remove(dest, marker.compilations.pop(card).file)
        return len(plan.remove)

    def _drop_withdrawn_meanwhile(self, dest: Path, marker: Marker, chosen: list[Candidate]) -> None:
        """A clip withdrawn while this export ran (its withdrawal could not touch a record being written) is left out."""
        try:
            logged = withdrawn_clips(self.sources)
        except (NotAFile, OSError):
            return  # read at the start; the withdrawal itself reported it could not reach this record
        try:
            barred = barred_ids(self.sources, self.own)
        except (NotAFile, OSError):
            barred = set()
        for candidate in chosen:
            if ((candidate.id, candidate.clip.code) in logged or candidate.id in barred) and candidate.id in marker.clips:
                self._drop(dest, marker, candidate.id)
                marker.withdrawn.add(candidate.id)
                self.notes.append(f"A clip withdrawn during the export was left out of {dest}.")

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
                self.damaged.append(f"{problems[0]} It was skipped." if len(problems) == 1 else
                                    f"Every copy of {candidate.clip.sidecar.media} is damaged; it was skipped.")
                return None, None
            if problems:
                self.notes.append(f"{problems[0]} Another kiosk's copy of the same clip was exported instead.")
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
            self.notes.append(f"The transcript of {clip.sidecar.media} is longer than the kiosk reads; the clip is "
                              f"exported without it.")
            return (), TRANSCRIPT_TOO_LONG
        except (OSError, ValueError):
            # Not the parser's reason: it may quote the file, and a transcript's words stay out of reports and logs.
            self.notes.append(f"The transcript of {clip.sidecar.media} could not be read; the clip is exported "
                              f"without it (open it in the facilitator panel's transcript editor and save it again).")
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
            self.notes.append(f"{error} The clip is exported without a thumbnail.")

    # -- compilations --------------------------------------------------------------------------------

    def _wants_compilations(self, marker: Marker) -> bool:
        # A record once exported with compilations keeps them whole: bringing it up to date without the
        # option (or after a withdrawal took one away) must not leave one missing or lacking the new clips.
        if self.options.compilations:
            marker.compilations_wanted = True
        return marker.compilations_wanted or bool(marker.compilations)  # the second: a record from before the flag

    def _compile(self, dest: Path, marker: Marker) -> tuple[Path, ...]:
        """Each card's compilation made again where its clips or their captions changed; one that cannot be made
        is reported in one sentence and left out, and the others are made."""
        from kiosk.export.compilation import CompilationError, make_compilation, title_for

        by_card: dict[str, list[str]] = {}
        for clip_id, entry in sorted(marker.clips.items(), key=lambda item: item[1].video):
            by_card.setdefault(entry.card, []).append(clip_id)
        made = []
        for number, (card_id, ids) in enumerate(by_card.items(), start=1):
            captions = [captions_in_record(dest, marker.clips[i]) for i in ids]
            compilation = MarkedCompilation(card_id, tuple(ids), _captions_hash(ids, captions))
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
            self.progress(number, len(by_card), f"compilation for {card_id}: {len(ids)} clips")
            parts = self._within_bounds(dest, marker, ids)
            if len(parts) < len(ids):
                kept = [i for i in ids if i in marker.clips]
                captions = [captions_in_record(dest, marker.clips[i]) for i in kept]
                compilation = MarkedCompilation(card_id, tuple(kept), _captions_hash(kept, captions))
            if not parts:
                remove(dest, compilation.file)
                marker.compilations.pop(card_id, None)
                continue
            try:
                make_compilation(title, parts, target, (self.config.width, self.config.height), self.cancel, captions)
            except CompilationError as error:
                self.notes.append(f"The compilation for {card_id} could not be made ({error}).")
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
                self._drop(dest, marker, clip_id)
                self.damaged.append(f"{error} It was taken out of the record.")
        return parts

    # -- a zip ---------------------------------------------------------------------------------------

    def _unpack(self, archive: Path, staging: Path) -> None:
        """The earlier record in the zip, entry by entry within limits (never unpacked blind): only what its marker
        names travels into the new zip, never a file planted in it."""
        try:
            with ZippedRecord(archive, archive.stem) as record:
                _, left = record.unpack(staging)
        except ValueError as error:
            if "no export marker" in str(error):
                raise ExportError(f"{archive} is not a zip the kiosk exported; choose another name.") from None
            raise
        if left:
            # Counted, not named: a name planted in the zip is not for a facilitator's terminal.
            self.notes.append(f"{len(left)} file(s) in {archive.name} that its export did not write, or larger than "
                              f"they may be, were left out of it.")

    def export_zip(self, archive: Path) -> ExportReport:
        """Built as a folder beside the archive, packed, and the folder removed; an earlier archive is the start."""
        if os.path.lexists(archive) and not (is_regular(archive) and zipfile.is_zipfile(archive)):
            raise ExportError(f"{archive} exists and is not a zip the kiosk exported.")
        try:
            archive.parent.mkdir(parents=True, exist_ok=True)
            clean_staging(archive)  # what an export or withdrawal killed part-way left beside it
            staging = Path(tempfile.mkdtemp(dir=archive.parent, prefix=f".{archive.name}."))
        except OSError as error:
            raise ExportError(f"The export cannot be written in {archive.parent} ({error.strerror or error}).") from None
        try:
            folder = staging / archive.stem
            if archive.exists():
                self._unpack(archive, staging)
            report = self.export_folder(folder, zip_bytes=True)
            packed = staging / "packed.zip"
            pack_folder(folder, packed)
            os.replace(packed, archive)
        except OSError as error:
            raise ExportError(f"The zip {archive} could not be written ({error.strerror or error}).") from None
        except (ValueError, zipfile.BadZipFile) as error:
            raise ExportError(f"{archive} is not a zip the kiosk can bring up to date ({error}).") from None
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        return replace(report, dest=archive, compilations=tuple(archive / p.relative_to(staging)
                                                                for p in report.compilations))
