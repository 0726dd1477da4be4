"""The event record: chosen clips copied into DEST with sidecars and thumbnails, manifests, a gallery, compilations.

`export_record` is the one function the CLI and the facilitator panel both call. It can be repeated into the
same DEST and brings it up to date; it only ever deletes inside a DEST that holds its marker, and only files
the marker lists or an export of its own left there when it was cut short (kiosk.store.exported).

Here are the checks, the record's lock, the withdrawals and the zip; the work itself is three steps: plan
(kiosk.export.plan, pure: what to add, keep, remove), apply (kiosk.export.apply: the copies, thumbnails, captions
and compilations) and publish (kiosk.export.publish: the manifests and gallery from the marker).
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import threading
import zipfile
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from kiosk import __version__
from kiosk import config as configuration
from kiosk.config import Config, ConfigError
from kiosk.export.apply import Apply
from kiosk.export.outcome import ExportError, ExportOptions, ExportReport, Progress, said
from kiosk.export.plan import must_leave, one_clip_a_name, plan_export
from kiosk.export.publish import clips_in_record, publish
from kiosk.export.selection import Candidate, select_clips, with_made_elsewhere
from kiosk.sentence import QT_TRANSLATE_NOOP, Sentence, sentence_of
from kiosk.store import ClipStore
from kiosk.store.clips import StoreError
from kiosk.store.codes import display
from kiosk.store.exported import (MarkedCard, MarkedScope, Marker, ZippedRecord, check_folders, clean_staging,
                                  export_lock, is_lock, pack_folder, read_marker, sweep, write_marker)
from kiosk.store.files import NotAFile, is_regular
from kiosk.store.withdraw import barred_ids, remember_export, share_withdrawals, withdrawn_clips

MEGABYTE = 1024 * 1024
THUMBNAIL_ALLOWANCE = 100 * 1024  # bytes a thumbnail, a sidecar and a transcript take, generously
SPARE = 20 * MEGABYTE  # manifests, gallery, and room for the file system itself


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
        raise ExportError(sentence_of(error)) from None
    if not sources:
        raise ExportError(said(QT_TRANSLATE_NOOP("Export", "Name at least one recordings folder to export from.")))
    sources = [Path(source).resolve() for source in sources]
    for source in sources:
        if not source.is_dir():
            raise ExportError(said(QT_TRANSLATE_NOOP("Export", "There is no recordings folder at %1."), source))
    dest = Path(dest).resolve()
    if options.zip and dest.suffix.lower() != ".zip":
        dest = dest.with_name(dest.name + ".zip")
    for source in sources:
        if dest == source or dest.is_relative_to(source) or source.is_relative_to(dest):
            raise ExportError(said(QT_TRANSLATE_NOOP("Export", "The export cannot go in %1: it overlaps the "
                                                               "recordings folder %2."), dest, source))
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
            notes.append(said(QT_TRANSLATE_NOOP("Export", "%1 is read-only, so a withdrawal made there will not reach "
                                                          "%2; export into it again after withdrawing."),
                              source, report.dest))
    logging.getLogger(__name__).info("export to %s: %d clip(s), %d added, %d removed, %d withdrawn, %d damaged%s",
                                     report.dest, report.clips, report.added, report.removed, report.withdrawn,
                                     len(report.damaged), ", cancelled" if report.cancelled else "")
    return replace(report, skipped=report.skipped + tuple(notes))


CANNOT_WRITE_IN = QT_TRANSLATE_NOOP("Export", "The export cannot be written in %1 (%2).")


def _lock(place: Path, dest: Path):
    """The record's lock, held for the whole export, so a second export or a withdrawal never mixes into it."""
    try:
        lock = export_lock(place)
    except (NotAFile, StoreError) as error:
        raise ExportError(said(CANNOT_WRITE_IN, place, sentence_of(error))) from None
    if lock is None:
        raise ExportError(said(QT_TRANSLATE_NOOP("Export", "Another export or withdrawal is changing %1 right now; "
                                                           "export again when it is done."), dest))
    return lock


def _share_withdrawals(sources: list[Path]) -> list[Sentence]:
    """Each kiosk's withdrawals logged in the others' folders; a sentence for each withdrawn clip's copy still on a disk."""
    try:
        withdrawn = share_withdrawals(sources)
    except (OSError, NotAFile) as error:
        reason = getattr(error, "strerror", None) or error
        return [said(QT_TRANSLATE_NOOP("Export", "A withdrawal could not be logged in every recordings folder (%1); "
                                                 "export these folders together until it can."), str(reason))]
    if not withdrawn:
        return []  # the usual day: no store needs listing twice
    notes = []
    for root in sources:
        listing = ClipStore(root).list()
        for clip in listing.clips + listing.withdrawn:
            if (clip.sidecar.id, clip.code) in withdrawn:
                code = display(clip.code)
                notes.append(said(QT_TRANSLATE_NOOP("Export", "%1 still holds a copy of the withdrawn clip %2; it is "
                                                              "left out of every export, and `kiosk withdraw %2 "
                                                              "--recordings %1` deletes it."), root, code))
    return notes


def _remember(sources: list[Path], dest: Path) -> None:
    for source in sources:
        try:
            remember_export(source, dest)
        except OSError:
            pass  # reported when the export ends


class _Job:
    """One export run: what was asked, and the running counts the report is made from."""

    def __init__(self, sources, config: Config, scope: str, options: ExportOptions, progress: Progress,
                 cancel: threading.Event) -> None:
        self.sources, self.config, self.scope, self.options = sources, config, scope, options
        self.progress, self.cancel = progress, cancel
        self.damaged: list[str] = []
        self.notes: list[str] = []
        self.own = options.own or (sources[0] if len(sources) == 1 else None)
        self.barred: set[str] = set()
        self.apply = Apply(config, options, progress, cancel, self.notes, self.damaged)

    def withdrawn_clips(self) -> set[tuple[str, str]]:
        try:
            self.barred = barred_ids(self.sources, self.own)  # ids withdrawn whatever code a copy carries
            return withdrawn_clips(self.sources)
        except (NotAFile, OSError) as error:
            raise ExportError(said(QT_TRANSLATE_NOOP("Export", "A withdrawal log cannot be read (%1), so the export "
                                                               "cannot tell which clips were withdrawn; nothing was "
                                                               "written."),
                                   getattr(error, "strerror", None) or str(error))) from None

    # -- a folder ------------------------------------------------------------------------------------

    def export_folder(self, dest: Path, zip_bytes: bool = False) -> ExportReport:
        earlier = self.check_dest(dest)
        logged = self.withdrawn_clips()
        barred = (earlier.withdrawn if earlier else set()) | self.barred
        selection = select_clips(self.sources, self.config, self.scope, self.options.cards, self.options.since,
                                 logged, barred)
        chosen, clashes = one_clip_a_name([with_made_elsewhere(candidate, self.options.annotations)
                                           for candidate in selection.chosen])
        self.damaged.extend(clashes)
        # Refused only when that harms nothing: a record still holding a withdrawn clip is brought up to date
        # (emptied if need be), since "export into it again" is how a withdrawal reaches an unplugged stick.
        must_go = must_leave(earlier, barred, logged)
        if not chosen and not must_go:
            if not (selection.left_out or selection.withdrawn or selection.skipped):
                raise ExportError(said(QT_TRANSLATE_NOOP("Export", "There are no clips in %1; nothing was written."),
                                       ", ".join(map(str, self.sources))))
            reasons = said("".join(f" %{n}" for n in range(1, len(selection.skipped[:3]) + 1)), *selection.skipped[:3])
            raise ExportError(said(QT_TRANSLATE_NOOP("Export", "No clip matches this export (%1 left out by card, date "
                                                               "or scope, %2 withdrawn, %3 skipped); nothing was "
                                                               "written.%4"),
                                   selection.left_out, selection.withdrawn, len(selection.skipped), reasons))
        marker = self._open_dest(dest, earlier)
        if not zip_bytes:  # known before the first file lands, so a withdrawal reaches an export cut short
            _remember(self.sources, dest)
        # Judged once: with --verify it means hashing every copy.
        plan = plan_export(marker, chosen, lambda entry, candidate: self.apply.copy_intact(dest, entry, candidate))
        self.apply.fresh = plan.add
        self._check_space(dest, [c for c in chosen if c.id in plan.add], chosen, zip_bytes)
        removed = self.apply.remove_unchosen(dest, marker, plan)
        # What an export or withdrawal killed part-way left unlisted (copies of another scope's clips, say) goes.
        sweep(dest, marker.files())
        marker.withdrawn |= selection.withdrawn_ids
        self._update_header(marker)
        added, unchanged, cancelled = self.apply.copy_chosen(dest, marker, chosen)
        self._drop_withdrawn_meanwhile(dest, marker, chosen)
        # The record is whole before any compilation is tried, so one that fails (or a kill while one is made)
        # takes none of it down; the marker and gallery are written again with what was made.
        write_marker(dest, marker)
        compilations: tuple[Path, ...] = ()
        more = not cancelled and (self.apply.wants_compilations(marker) or marker.reel_wanted)
        publish(dest, reports=not more)  # the report waits for the reel, whose length it states
        if not cancelled and self.apply.wants_compilations(marker):
            compilations = self.apply.compile(dest, marker)
            write_marker(dest, marker)
        if not cancelled and marker.reel_wanted:
            self._reel(dest, marker)
            write_marker(dest, marker)
        if more:
            publish(dest)
        return ExportReport(dest, len(marker.clips), added, unchanged, removed,
                            tuple(selection.skipped + self.notes), tuple(self.damaged), selection.left_out,
                            selection.withdrawn, compilations, cancelled)

    def check_dest(self, dest: Path) -> Marker | None:
        """The marker of an earlier export into DEST (None for a new or empty folder); raises ExportError."""
        if os.path.lexists(dest) and not dest.is_dir():
            raise ExportError(said(QT_TRANSLATE_NOOP("Export", "%1 is a file, not a folder to export into."), dest))
        try:
            marker = read_marker(dest) if dest.exists() else None
        except ValueError as error:
            raise ExportError(said(QT_TRANSLATE_NOOP("Export", "%1 holds an export marker the kiosk did not write "
                                                               "(%2); choose an empty or new folder."),
                                   dest, str(error))) from None
        if marker is None and dest.exists() and any(not is_lock(path) for path in dest.iterdir()):
            raise ExportError(said(QT_TRANSLATE_NOOP("Export", "%1 already holds files the kiosk did not export; "
                                                               "choose an empty or new folder."), dest))
        try:
            check_folders(dest)
        except NotAFile as error:
            raise ExportError(said(QT_TRANSLATE_NOOP("Export", "%1 cannot be exported into: %2."), dest,
                                   str(error))) from None
        return marker

    def _open_dest(self, dest: Path, marker: Marker | None) -> Marker:
        try:
            dest.mkdir(parents=True, exist_ok=True)
            if marker is None:
                marker = Marker()
                write_marker(dest, marker)
        except OSError as error:
            raise ExportError(said(QT_TRANSLATE_NOOP("Export", "The export folder %1 cannot be written (%2)."), dest,
                                   error.strerror or error)) from None
        return marker

    def _update_header(self, marker: Marker) -> None:
        marker.made_by = f"Whose Shoes? kiosk {__version__}: files listed here may be replaced or removed by the next export"
        marker.event, marker.scope = self.config.event_name.en, self.scope
        marker.exported_at = datetime.now().astimezone().isoformat(timespec="seconds")
        marker.cards = tuple(MarkedCard(c.id, c.label.en, c.label.cy, c.colour) for c in self.config.cards)
        marker.themes = tuple(MarkedCard(t.id, t.label.en, t.label.cy, t.colour) for t in self.config.themes)
        # Like compilations, a record once given a report or a reel keeps them up to date.
        marker.report_wanted |= self.options.report
        marker.reel_wanted |= self.options.reel
        marker.burn_captions = self.options.burn_captions if self.options.reel else marker.burn_captions
        marker.event_cy, marker.language = self.config.event_name.cy, self.config.language
        marker.scopes = tuple(MarkedScope(s.id, s.label.en, s.label.cy) for s in self.config.scopes)

    def _reel(self, dest: Path, marker: Marker) -> None:
        """The highlight reel made again where its quotes or their captions changed; one that cannot be made is one
        sentence in the report, and none is left in the record (an earlier one may hold what changed)."""
        from kiosk.report.gather import heard_in_record
        from kiosk.report.reel import ReelError, update_reel

        heard = heard_in_record(marker, clips_in_record(dest, marker))
        try:
            update_reel(dest, marker, heard, (self.config.width, self.config.height), self.cancel, self.progress)
        except ReelError as error:
            self.notes.append(said(QT_TRANSLATE_NOOP("Export", "The highlight reel could not be made (%1)."),
                                   sentence_of(error)))

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
            raise ExportError(said(QT_TRANSLATE_NOOP("Export", "%1 needs about %2 MB free for this export but has %3 "
                                                               "MB."), dest, f"{needed / MEGABYTE:,.0f}",
                                   f"{free / MEGABYTE:,.0f}"))

    def _drop_withdrawn_meanwhile(self, dest: Path, marker: Marker, chosen: list[Candidate]) -> None:
        """The withdrawal logs read again: a clip withdrawn while this export ran is left out."""
        try:
            logged = withdrawn_clips(self.sources)
        except (NotAFile, OSError):
            return  # read at the start; the withdrawal itself reported it could not reach this record
        try:
            barred = barred_ids(self.sources, self.own)
        except (NotAFile, OSError):
            barred = set()
        self.apply.drop_withdrawn(dest, marker, chosen, logged, barred)

    # -- a zip ---------------------------------------------------------------------------------------

    def _unpack(self, archive: Path, staging: Path) -> None:
        """The earlier record in the zip, entry by entry within limits (never unpacked blind): only what its marker
        names travels into the new zip, never a file planted in it."""
        try:
            with ZippedRecord(archive, archive.stem) as record:
                _, left = record.unpack(staging)
        except ValueError as error:
            if "no export marker" in str(error):
                raise ExportError(said(QT_TRANSLATE_NOOP("Export", "%1 is not a zip the kiosk exported; choose another "
                                                                   "name."), archive)) from None
            raise
        if left:
            # Counted, not named: a name planted in the zip is not for a facilitator's terminal.
            files = "1 file" if len(left) == 1 else f"{len(left)} files"
            self.notes.append(f"{files} in {archive.name} that its export did not write, or larger than they may be, "
                              f"{'was' if len(left) == 1 else 'were'} left out of it.")

    def export_zip(self, archive: Path) -> ExportReport:
        """Built as a folder beside the archive, packed, and the folder removed; an earlier archive is the start."""
        if os.path.lexists(archive) and not (is_regular(archive) and zipfile.is_zipfile(archive)):
            raise ExportError(said(QT_TRANSLATE_NOOP("Export", "%1 exists and is not a zip the kiosk exported."),
                                   archive))
        try:
            archive.parent.mkdir(parents=True, exist_ok=True)
            clean_staging(archive)  # what an export or withdrawal killed part-way left beside it
            staging = Path(tempfile.mkdtemp(dir=archive.parent, prefix=f".{archive.name}."))
        except OSError as error:
            raise ExportError(said(CANNOT_WRITE_IN, archive.parent, error.strerror or str(error))) from None
        try:
            folder = staging / archive.stem
            if archive.exists():
                self._unpack(archive, staging)
            report = self.export_folder(folder, zip_bytes=True)
            packed = staging / "packed.zip"
            pack_folder(folder, packed)
            os.replace(packed, archive)
        except OSError as error:
            raise ExportError(said(QT_TRANSLATE_NOOP("Export", "The zip %1 could not be written (%2)."), archive,
                                   error.strerror or str(error))) from None
        except (ValueError, zipfile.BadZipFile) as error:
            raise ExportError(said(QT_TRANSLATE_NOOP("Export", "%1 is not a zip the kiosk can bring up to date (%2)."),
                                   archive, str(error))) from None
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        return replace(report, dest=archive, compilations=tuple(archive / p.relative_to(staging)
                                                                for p in report.compilations))
