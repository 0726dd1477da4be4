"""The event record: chosen clips copied into DEST with sidecars and thumbnails, manifests, a gallery, compilations.

`export_record` is the one function the CLI and the facilitator panel both call. It can be repeated into the
same DEST and brings it up to date; it only ever deletes inside a DEST that holds its marker, and only the
files the marker lists.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
import zipfile
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Callable

from kiosk import __version__
from kiosk import config as configuration
from kiosk.config import Config
from kiosk.export.copying import CopyCancelled, UnreadableClip, copy_verified
from kiosk.export.gallery import CardHeading, gallery_html, write_gallery
from kiosk.export.manifest import ExportedClip, write_manifests
from kiosk.export.selection import Candidate, select_clips
from kiosk.store import Clip, ClipStore, Sidecar
from kiosk.store.clips import MEDIA_NAME
from kiosk.store.media import DamagedMedia, make_thumbnail
from kiosk.store.codes import display
from kiosk.store.withdraw import (EXPORT_MARKER, inside, pack_folder, read_marker, remember_export,
                                  share_withdrawals, stray_files, withdrawn_ids, write_marker)

Progress = Callable[[int, int, str], None]
MEGABYTE = 1024 * 1024
THUMBNAIL_ALLOWANCE = 100 * 1024  # bytes a thumbnail and a sidecar take, generously
SPARE = 20 * MEGABYTE  # manifests, gallery, and room for the file system itself
# Clips copied at once. Checking a clip's hash is the costly part, so with two under way one hashes while the
# other writes or waits for its fsync, and on two cores both hash at once.
COPIERS = 2


class ExportError(Exception):
    """The export cannot start or go on; the message is one sentence for a person."""


@dataclass(frozen=True)
class ExportOptions:
    scope: str | None = None  # None: the narrowest consent scope, which every consenting clip allows
    cards: tuple[str, ...] = ()  # empty: every card
    since: datetime | None = None
    zip: bool = False
    compilations: bool = False
    config: Config | None = None  # None: the kiosk's default config, for card labels and scopes
    durable: bool = True  # fsync each copy, so a USB stick pulled out straight after holds whole files


@dataclass(frozen=True)
class ExportReport:
    dest: Path
    clips: int  # in the record now
    added: int
    unchanged: int
    removed: int  # withdrawn or no longer chosen since the last export into DEST
    skipped: tuple[str, ...]  # clips a facilitator should look at (no scope, not kept), one sentence each
    damaged: tuple[str, ...]  # clips that could not be read or failed their checksum, one sentence each
    left_out: int  # left out by the export's own choices: card, date, consent scope
    withdrawn: int
    compilations: tuple[Path, ...]
    cancelled: bool = False


def export_record(sources: list[Path], dest: Path, options: ExportOptions = ExportOptions(),
                  progress: Progress | None = None, cancel: threading.Event | None = None) -> ExportReport:
    """Exports the clips in `sources` (recordings folders) to `dest`; raises ExportError before copying on bad input.

    `progress(done, total, message)` is called after each clip; setting `cancel` stops after the current
    file, leaving DEST a consistent, smaller record.
    """
    config = options.config or configuration.load()[0]
    scope = options.scope or config.scopes[0].id
    if scope not in config.scope_ids():
        raise ExportError(f"{scope!r} is not a consent scope; choose one of {', '.join(config.scope_ids())}.")
    unknown = [card for card in options.cards if card not in {c.id for c in config.cards}]
    if unknown:
        raise ExportError(f"{unknown[0]!r} is not a card; choose from {', '.join(c.id for c in config.cards)}.")
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
    shared = _share_withdrawals(sources)
    job = _Job(sources, config, scope, options, progress or (lambda done, total, message: None),
               cancel or threading.Event())
    report = job.export_zip(dest) if options.zip else job.export_folder(dest)
    notes = shared
    for source in sources:
        try:
            remember_export(source, report.dest)
        except OSError:
            notes.append(f"{source} is read-only, so a withdrawal made there will not reach {report.dest}; "
                         f"export into it again after withdrawing.")
    return replace(report, skipped=report.skipped + tuple(notes))


def _share_withdrawals(sources: list[Path]) -> list[str]:
    """Each kiosk's withdrawals logged in the others' folders; a sentence for each withdrawn clip's copy still on a disk."""
    try:
        withdrawn = share_withdrawals(sources)
    except OSError as error:
        return [f"A withdrawal could not be logged in every recordings folder ({error.strerror or error}); "
                f"export these folders together until it can."]
    if not withdrawn:
        return []  # the usual day: no store needs listing twice
    notes = []
    for root in sources:
        for clip in ClipStore(root).list().clips:
            entry = withdrawn.get(clip.sidecar.id)
            if entry:
                code = entry.code
                notes.append(f"{root} still holds a copy of the withdrawn clip {display(code)}; it is left out of "
                             f"every export, and `kiosk withdraw {display(code)} --recordings {root}` deletes it.")
    return notes


def _remember(sources: list[Path], dest: Path) -> None:
    for source in sources:
        try:
            remember_export(source, dest)
        except OSError:
            pass  # reported when the export ends


def refresh(folder: Path) -> None:
    """Rewrites an export's manifests and gallery from the clips its marker lists (after a withdrawal, say)."""
    marker = read_marker(folder)
    if marker is None:
        raise ExportError(f"{folder} is not a record the kiosk exported.")
    headings = [CardHeading(card["id"], card["en"], card.get("cy", ""), card.get("colour", "#263238"))
                for card in marker.get("cards", [])]
    clips = []
    for clip_id, entry in marker["clips"].items():
        sidecar = Sidecar.from_json(inside(folder, entry["sidecar"]).read_bytes())
        label = next((h for h in headings if h.id == sidecar.perspective), None)
        if label is None:
            label = CardHeading(sidecar.perspective, sidecar.perspective, "", "#263238")
            headings.append(label)
        clips.append(ExportedClip(
            id=clip_id, card=sidecar.perspective, card_label_en=label.label_en, card_label_cy=label.label_cy,
            started_at=sidecar.started_at, duration=sidecar.duration, prompt=sidecar.prompt,
            language=sidecar.language, consent_scope=sidecar.consent_scope, event=sidecar.event,
            recovered=sidecar.recovered, reviewed=sidecar.reviewed, video=entry["video"],
            thumbnail=entry.get("thumbnail", ""), sidecar=entry["sidecar"], sha256=sidecar.sha256,
            width=sidecar.width, height=sidecar.height,
        ))
    clips.sort(key=lambda clip: (datetime.fromisoformat(clip.started_at), clip.id))
    compilations = marker.get("compilations", {})
    headings = [replace(h, compilation=compilations.get(h.id, {}).get("file", "")) for h in headings]
    exported_at = marker.get("exported_at", "")
    write_manifests(folder, clips, marker.get("event", ""), marker.get("scope", ""), exported_at)
    write_gallery(folder, gallery_html(marker.get("event", ""), exported_at, headings, clips))
    for emptied in (*folder.glob("clips/*/"), folder / "compilations"):  # a card's last clip withdrawn, say
        if emptied.is_dir() and not any(emptied.iterdir()):
            emptied.rmdir()


def exported_name(candidate: Candidate) -> str:
    """The clip's name in the record: its time, card and id, never its withdrawal code (the record is shared)."""
    sidecar = candidate.clip.sidecar
    match = MEDIA_NAME.match(sidecar.media)
    stamp = match["stamp"] if match else datetime.fromisoformat(sidecar.started_at).strftime("%Y%m%dT%H%M%S")
    return f"{stamp}_{sidecar.perspective}_{sidecar.id[:8]}"


def _paths(dest: Path, candidate: Candidate) -> tuple[Path, Path, Path]:
    """The clip's video, sidecar and thumbnail in the record."""
    folder, name = dest / "clips" / candidate.clip.sidecar.perspective, exported_name(candidate)
    return folder / f"{name}.mp4", folder / f"{name}.json", folder / f"{name}.jpg"


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

    # -- a folder ------------------------------------------------------------------------------------

    def export_folder(self, dest: Path, zip_bytes: bool = False) -> ExportReport:
        earlier = self._check_dest(dest)
        withdrawn = withdrawn_ids(self.sources) | set((earlier or {}).get("withdrawn", []))
        selection = select_clips(self.sources, self.config, self.scope, self.options.cards, self.options.since,
                                 withdrawn)
        chosen = selection.chosen
        # Refused only when that harms nothing: a record still holding a withdrawn clip is brought up to date
        # (emptied if need be), since "export into it again" is how a withdrawal reaches an unplugged stick.
        if not chosen and not set((earlier or {}).get("clips", {})) & withdrawn:
            if not (selection.left_out or selection.withdrawn or selection.skipped):
                raise ExportError(f"There are no clips in {', '.join(map(str, self.sources))}; nothing was written.")
            reasons = "".join(f" {sentence}" for sentence in selection.skipped[:3])
            raise ExportError(f"No clip matches this export ({selection.left_out} left out by card, date or scope, "
                              f"{selection.withdrawn} withdrawn, {len(selection.skipped)} skipped); "
                              f"nothing was written.{reasons}")
        marker = self._open_dest(dest, earlier)
        if not zip_bytes:  # known before the first file lands, so a withdrawal reaches an export cut short
            _remember(self.sources, dest)
        fresh = [c for c in chosen if not self._unchanged(dest, marker, c)]
        self._check_space(dest, fresh, chosen, zip_bytes)
        removed = self._remove_unchosen(dest, marker, {c.id for c in chosen})
        for stray in stray_files(dest, withdrawn):  # left by an export cut short, before the marker listed them
            stray.unlink(missing_ok=True)
        marker.update(self._marker_header(), withdrawn=sorted(withdrawn))
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
                        entry, thumbnail = self._export_clip(dest, candidate, copying)
                    except CopyCancelled:
                        cancelled = True
                        break
                    if entry is None:
                        self._keep_or_drop_earlier(dest, marker, candidate)
                        self.progress(done, len(chosen), f"{candidate.clip.sidecar.media}: damaged, skipped")
                        continue
                    marker["clips"][candidate.id] = entry
                    copied = copying is not None
                    added, unchanged = added + copied, unchanged + (not copied)
                    if thumbnail is not None:
                        pending.append((candidate.id, thumbnails.submit(make_thumbnail, *thumbnail)))
                    self.progress(done, len(chosen), f"{entry['video']}: {'copied' if copied else 'unchanged'}")
            finally:
                copies.close()
            if cancelled:
                for _, future in pending:
                    future.cancel()
            for clip_id, future in pending:
                self._thumbnail_done(marker["clips"][clip_id], future)
        compilations = () if cancelled else self._compile(dest, marker)
        write_marker(dest, marker)
        refresh(dest)
        return ExportReport(dest, len(marker["clips"]), added, unchanged, removed,
                            tuple(selection.skipped + self.notes), tuple(self.damaged), selection.left_out,
                            selection.withdrawn, compilations, cancelled)

    def _check_dest(self, dest: Path) -> dict | None:
        """The marker of an earlier export into DEST (None for a new or empty folder); raises ExportError."""
        if dest.exists() and not dest.is_dir():
            raise ExportError(f"{dest} is a file, not a folder to export into.")
        marker = read_marker(dest) if dest.exists() else None
        if marker is None and dest.exists() and any(dest.iterdir()):
            raise ExportError(f"{dest} already holds files the kiosk did not export; choose an empty or new folder.")
        return marker

    def _open_dest(self, dest: Path, marker: dict | None) -> dict:
        try:
            dest.mkdir(parents=True, exist_ok=True)
            if marker is None:
                marker = {"clips": {}, "compilations": {}, "withdrawn": []}
                write_marker(dest, marker)
        except OSError as error:
            raise ExportError(f"The export folder {dest} cannot be written ({error.strerror or error}).") from None
        return marker

    def _marker_header(self) -> dict:
        return {
            "made_by": f"Whose Shoes? kiosk {__version__}: files listed here may be replaced or removed by the next export",
            "event": self.config.event_name.en, "scope": self.scope,
            "exported_at": datetime.now().astimezone().isoformat(timespec="seconds"),
            "cards": [{"id": c.id, "en": c.label.en, "cy": c.label.cy, "colour": c.colour} for c in self.config.cards],
        }

    def _unchanged(self, dest: Path, marker: dict, candidate: Candidate) -> bool:
        entry = marker["clips"].get(candidate.id)
        if not entry or entry.get("sha256") != candidate.clip.sidecar.sha256:
            return False
        try:
            return inside(dest, entry["video"]).stat().st_size == candidate.clip.media_path.stat().st_size
        except (OSError, ValueError):
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

    def _keep_or_drop_earlier(self, dest: Path, marker: dict, candidate: Candidate) -> None:
        """A clip that failed its check now: the copy an earlier export checked stays; else none of its files do."""
        entry = marker["clips"].get(candidate.id)
        if entry is None:
            return
        try:
            if inside(dest, entry["video"]).is_file():
                self.notes.append(f"The record keeps the copy of {candidate.clip.sidecar.media} exported before.")
                return
        except ValueError:
            pass
        for relative in marker["clips"].pop(candidate.id).get("files", []):
            inside(dest, relative).unlink(missing_ok=True)

    def _remove_unchosen(self, dest: Path, marker: dict, chosen: set[str]) -> int:
        removed = 0
        for clip_id in [i for i in marker["clips"] if i not in chosen]:
            for relative in marker["clips"].pop(clip_id).get("files", []):
                inside(dest, relative).unlink(missing_ok=True)
            removed += 1
        compilations = marker.setdefault("compilations", {})
        for card, compilation in list(compilations.items()):
            if not set(compilation.get("clips", [])) <= chosen:
                inside(dest, compilation["file"]).unlink(missing_ok=True)
                del compilations[card]
        return removed

    def _copies_ahead(self, copiers: ThreadPoolExecutor, dest: Path, marker: dict, chosen: list[Candidate]):
        """Each chosen clip in order with its copy under way (None if the record already holds it).

        Up to COPIERS clips are copied ahead of the one yielded. Each copy waits under a hidden name until its
        clip is taken into the record, so a cancelled export leaves none of the clips it did not take.
        """
        under_way: deque[tuple[Candidate, Future | None]] = deque()

        def start(candidate: Candidate) -> None:
            copying = None
            if not self._unchanged(dest, marker, candidate):
                video = _paths(dest, candidate)[0]
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
                _waiting(_paths(dest, candidate)[0]).unlink(missing_ok=True)

    def _export_clip(self, dest: Path, candidate: Candidate, copying: Future | None):
        """The clip's marker entry and a thumbnail to make (or None for each); `copying` is its copy under way."""
        card = candidate.clip.sidecar.perspective
        video, sidecar_file, thumbnail = _paths(dest, candidate)
        relative = lambda path: path.relative_to(dest).as_posix()  # noqa: E731
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
        # The consent checked is the narrowest any copy holds (selection), whichever copy's bytes were good.
        exported = replace(source.sidecar, withdrawal_code="", media=video.name,
                           consent_scope=candidate.clip.sidecar.consent_scope)
        sidecar_file.write_bytes(exported.to_json())
        entry = {"card": card, "sha256": source.sidecar.sha256, "video": relative(video),
                 "sidecar": relative(sidecar_file), "thumbnail": relative(thumbnail),
                 "files": [relative(video), relative(sidecar_file), relative(thumbnail)]}
        make = None
        if copying is not None or not thumbnail.exists():
            kept_beside = source.thumbnail_path
            if kept_beside.exists():
                shutil.copyfile(kept_beside, thumbnail)
            else:
                make = (source.media_path, thumbnail)
        return entry, make

    def _copy_first_good(self, candidate: Candidate, target: Path) -> tuple[Clip | None, list[str]]:
        """On a copier thread: the first of the clip's copies that checks out, and what was wrong with the others."""
        problems = []
        for copy in candidate.copies:
            try:
                copy_verified(copy.media_path, target, copy.sidecar.sha256, self.cancel, self.options.durable)
            except UnreadableClip as error:
                problems.append(f"{copy.media_path.parent.parent}: {error}")
                continue
            return copy, problems
        return None, problems

    def _thumbnail_done(self, entry: dict, future: Future) -> None:
        if future.cancelled():
            entry["thumbnail"] = ""
            return
        try:
            future.result()
        except DamagedMedia as error:
            entry["thumbnail"] = ""
            self.notes.append(f"{error} The clip is exported without a thumbnail.")

    # -- compilations --------------------------------------------------------------------------------

    def _compile(self, dest: Path, marker: dict) -> tuple[Path, ...]:
        compilations = marker.setdefault("compilations", {})
        # A record once exported with compilations keeps them whole: bringing it up to date without the
        # option (or after a withdrawal took one away) must not leave one missing or lacking the new clips.
        if self.options.compilations:
            marker["compilations_wanted"] = True
        if not (marker.get("compilations_wanted") or compilations):  # the second: a record from before the flag
            return ()
        from kiosk.export.compilation import CompilationError, make_compilation, title_for

        by_card: dict[str, list[str]] = {}
        for clip_id, entry in sorted(marker["clips"].items(), key=lambda item: item[1]["video"]):
            by_card.setdefault(entry["card"], []).append(clip_id)
        made = []
        for number, (card_id, ids) in enumerate(by_card.items(), start=1):
            target = dest / "compilations" / f"{card_id}.mp4"
            entry = compilations.get(card_id)
            if entry and entry.get("clips") == ids and target.exists():
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
            try:
                make_compilation(title, [inside(dest, marker["clips"][i]["video"]) for i in ids], target, self.cancel)
            except CompilationError as error:
                self.notes.append(f"The compilation for {card_id} could not be made ({error}).")
                continue
            compilations[card_id] = {"file": target.relative_to(dest).as_posix(), "clips": ids}
            made.append(target)
        return tuple(made)

    # -- a zip ---------------------------------------------------------------------------------------

    def export_zip(self, archive: Path) -> ExportReport:
        """Built as a folder beside the archive, packed, and the folder removed; an earlier archive is the start."""
        if archive.exists() and not zipfile.is_zipfile(archive):
            raise ExportError(f"{archive} exists and is not a zip the kiosk exported.")
        try:
            archive.parent.mkdir(parents=True, exist_ok=True)
            staging = Path(tempfile.mkdtemp(dir=archive.parent, prefix=f".{archive.name}."))
        except OSError as error:
            raise ExportError(f"The export cannot be written in {archive.parent} ({error.strerror or error}).") from None
        try:
            folder = staging / archive.stem
            if archive.exists():
                with zipfile.ZipFile(archive) as zipped:
                    names = zipped.namelist()
                    if f"{archive.stem}/{EXPORT_MARKER}" not in names:
                        raise ExportError(f"{archive} is not a zip the kiosk exported; choose another name.")
                    for name in names:
                        inside(staging, name)
                    zipped.extractall(staging)
            report = self.export_folder(folder, zip_bytes=True)
            packed = staging / "packed.zip"
            pack_folder(folder, packed)
            os.replace(packed, archive)
        except OSError as error:
            raise ExportError(f"The zip {archive} could not be written ({error.strerror or error}).") from None
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        return replace(report, dest=archive, compilations=tuple(archive / p.relative_to(staging)
                                                                for p in report.compilations))
