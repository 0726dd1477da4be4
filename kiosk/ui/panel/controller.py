"""The panel's glue: the pages' requests become disk jobs on the kiosk's DiskWorker, or the export runner's thread.

The pages only show state and say what the facilitator chose; this object reads and writes the disk
(never in the GUI thread) and hands the answers back to them.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Signal

from kiosk import config as configuration
from kiosk.config import Config, ConfigError
from kiosk.export import ExportOptions, publish
from kiosk.sentence import Sentence
from kiosk.store import ClipStore, StoreError
from kiosk.store.withdraw import withdraw
from kiosk.ui.backoff import BackOffCountdown
from kiosk.ui.clip_index import WatchedClips
from kiosk.ui.device_control import DeviceControl, devices_differ
from kiosk.ui.disk import DiskWorker, Job
from kiosk.ui.i18n import say
from kiosk.ui.notes import KioskNotes
from kiosk.ui.panel import jobs
from kiosk.ui.panel.device_check import DeviceCheckRunner
from kiosk.ui.panel.runner import ExportRunner
from kiosk.ui.panel.status_lines import status_lines
from kiosk.ui.panel.theme_editor import clips_by_theme
from kiosk.ui.pin import PinStore
from kiosk.ui.screens.facilitator import FacilitatorScreen
from kiosk.wall import preview as wall_preview
from kiosk.wall.approve import set_on_wall

log = logging.getLogger(__name__)


class PanelController(QObject):
    """Drives the facilitator `screen` with the kiosk's store, PINs, devices and DiskWorker.

    `current_config()` is the config the kiosk runs with; a saved one is announced with `settings_saved`
    (the kiosk's screens take its texts) and its devices, if they changed, are switched here.
    """

    settings_saved = Signal(object)  # the Config saved, in use from the next attendee on

    def __init__(self, screen: FacilitatorScreen, store: ClipStore, pins: PinStore, worker: DiskWorker,
                 devices: DeviceControl, notes: KioskNotes, current_config: Callable[[], Config],
                 clips: WatchedClips, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.screen, self.store, self.pins, self.worker = screen, store, pins, worker
        # The list and the status follow the index's announcements: nothing here lists the store after an action.
        self.clips = clips
        self.rows: dict[Path, jobs.ClipRow] = {}  # by sidecar: a clip's row is made again only when it changes
        self.shown_rows: list[jobs.ClipRow] = []
        self._rows_job: Job | None = None
        self._rows_again = False
        for announced in (clips.clips_added, clips.clips_changed, clips.clips_removed):
            announced.connect(self._clips_announced)
        clips.problems_changed.connect(self._clips_announced)
        self.devices, self.notes, self.current_config = devices, notes, current_config
        self.facts: jobs.StatusFacts | None = None
        self.transcripts_off, self.transcribing = "", False  # what the kiosk's transcription last said
        self.runner = ExportRunner(self)
        self.check_runner = DeviceCheckRunner(self)
        self.check_seconds = 5.0
        self.pin_wait_timer = BackOffCountdown(self)
        screen = self.screen
        screen.page_chosen.connect(self._page_chosen)
        screen.status_page.refresh_chosen.connect(self.refresh_status)
        screen.status_page.check_chosen.connect(self.check_devices)
        self.check_runner.finished.connect(
            lambda report: screen.status_page.show_check(False, [say(line) for line in report.sentences()]))
        screen.clips_page.refresh_chosen.connect(self.clips.refresh)
        screen.withdraw_page.find_chosen.connect(self.find_clip)
        screen.withdraw_page.withdraw_confirmed.connect(self.withdraw_clip)
        screen.withdraw_page.back_to_clips.connect(lambda: screen.show_page("clips"))
        screen.clips_page.withdraw_chosen.connect(self.ask_withdrawal)
        screen.clips_page.review_chosen.connect(self.review_clip)
        screen.clips_page.wall_chosen.connect(self.set_on_wall)
        screen.export_page.export_chosen.connect(self.start_export)
        screen.export_page.cancel_chosen.connect(self.runner.cancel)
        screen.export_page.drives_refresh_chosen.connect(self.refresh_drives)
        screen.settings_page.save_chosen.connect(self.save_settings)
        screen.pin_page.change_chosen.connect(self.change_pin)
        self.runner.progressed.connect(screen.export_page.show_progress)
        self.runner.finished.connect(self._exported)
        self.runner.failed.connect(screen.export_page.show_failed)
        self._connect_transcripts()

    def _submit(self, work, finished, failed) -> Job:
        job = self.worker.submit(work)
        job.finished.connect(finished)
        job.failed.connect(failed)
        return job

    # -- opening and leaving -----------------------------------------------------------------------------

    def opened(self, free_bytes: int) -> None:
        """The PIN was right: the status as far as it is known, and fresh facts for every page."""
        config = self.current_config()
        screen = self.screen
        self.show_status(free_bytes)
        screen.withdraw_page.reset()
        screen.withdraw_page.set_cards(config.cards)
        screen.pin_page.reset()
        if not self.runner.is_running():
            screen.export_page.set_choices(config.scopes, config.cards)
        screen.settings_page.show_config(config)
        screen.clips_page.show_themes(config.themes)
        self.transcripts_opened()
        screen.show_page("status", announce=False)
        self.clips.refresh()  # queued first on the worker: the status and the list below see what it found
        self.refresh_status()
        self.refresh_clips()
        self.refresh_drives()

    def left(self) -> None:
        self.screen.clips_page.stop_playback()

    def show_status(self, free_bytes: int, facts: jobs.StatusFacts | None = None) -> None:
        self.screen.show_status(status_lines(self.current_config(), self.devices.lines(), self.notes, free_bytes, facts,
                                             self.screen.language, self.transcripts_off, self.transcribing))

    def shutdown(self) -> None:
        """Stops playback and an export in progress, and joins the export's thread."""
        self.pin_wait_timer.stop()
        self.screen.clips_page.shutdown()
        self.runner.stop()
        self.check_runner.stop()

    def check_devices(self) -> None:
        """The kiosk's own running camera and microphone, recorded and measured on the check's thread."""
        feed = self.devices.feed
        if self.check_runner.start(self.current_config(), self.store.root, feed.working_camera(),
                                   feed.working_microphone(), self.check_seconds):
            self.screen.status_page.show_check(True)

    def _page_chosen(self, name: str) -> None:
        if name != "clips":
            self.screen.clips_page.stop_playback()
        if name == "status":
            self.refresh_status()
        elif name == "export":
            self.refresh_drives()

    # -- requests from the pages ------------------------------------------------------------------------------

    def refresh_status(self) -> None:
        store, index = self.store, self.clips.index
        self._submit(lambda: jobs.status_facts(store, index.listing(store.root)), self._show_facts,
                     self._facts_failed)

    def refresh_clips(self) -> None:
        """The list from the index's clips as it last found them; only the rows of clips new or changed since the
        last list are made (their thumbnails read), on the worker."""
        if self._rows_job is not None:
            self._rows_again = True
            return
        index, root, made = self.clips.index, self.store.root, dict(self.rows)
        self._rows_job = self._submit(lambda: jobs.clip_rows(index.listing(root).clips, made), self._rows_made,
                                      self._clips_failed)

    def _clips_announced(self, *_) -> None:
        """Clips appeared, changed or went (a Keep, a review, a withdrawal, a transcript, `kiosk record`, a synced
        copy): the pages showing them follow. Hidden, nothing is read: the next opening makes what changed."""
        if self.screen.isVisible():
            self.refresh_clips()
            self.refresh_status()

    def refresh_drives(self) -> None:
        self._submit(jobs.removable_drives, self.screen.export_page.show_drives,
                     lambda error: self.screen.export_page.show_drives([]))

    def find_clip(self, code: str) -> None:
        store = self.store
        self._submit(lambda: self._found(store, code), self._show_found, self.screen.withdraw_page.show_failed)

    @staticmethod
    def _found(store, code: str):
        try:
            return jobs.find_clip(store, code)
        except StoreError:
            return None  # an unknown code: a calm sentence on the page, not an error

    def ask_withdrawal(self, row: jobs.ClipRow) -> None:
        """Withdraw this clip, from the Clips page: the withdraw page shows it found and asks, as for a typed code."""
        self.screen.withdraw_page.show_chosen(row)
        self.screen.show_page("withdraw")

    def review_clip(self, row: jobs.ClipRow) -> None:
        """A facilitator checked a clip kept without the attendee's confirmation; the sidecar is written off the GUI
        thread, and the list read again (the clip moves down among the others)."""
        page, store = self.screen.clips_page, self.store
        if row.clip is None:
            return

        def reviewed(checked: jobs.ClipRow) -> None:
            page.show_reviewed(checked)
            self.clips.refresh()  # the list and the status follow its announcement

        def refused(error: Sentence | str) -> None:
            page.show_review_failed(row.code, say(error))
            self.clips.refresh()
        self._submit(lambda: jobs.review_clip(store, row.clip), reviewed, refused)

    def set_on_wall(self, row: jobs.ClipRow, on: bool) -> None:
        """The clip page's "Show on the wall" switch: approved (which checks a clip its speaker did not confirm) or
        taken off, written off the GUI thread; a wall watching the folder follows within seconds."""
        page, store, config = self.screen.clips_page, self.store, self.current_config()
        if row.clip is None:
            return

        def done(approval) -> None:
            page.show_wall_set(row, on)
            self.clips.refresh()

        def refused(error: Sentence | str) -> None:
            page.show_wall_failed(row.code, say(error))
            self.clips.refresh()
        self._submit(lambda: set_on_wall(store, row.clip, config, on), done, refused)

    def withdraw_clip(self, code: str) -> None:
        self.screen.clips_page.stop_playback()  # lets go of the file before it is deleted
        store = self.store
        self._submit(lambda: withdraw(store, code, refresh=publish), self._withdrawn, self._withdraw_failed)

    def start_export(self, dest: Path, options: ExportOptions) -> None:
        options = replace(options, config=self.current_config())
        if not self.runner.start([self.store.root], dest, options):
            self.screen.export_page.show_failed(self.tr("An export is already running."))

    def save_settings(self, changes: dict) -> None:
        config = self.current_config()

        def save():
            try:
                changed = config.with_changes(**changes)
            except ConfigError as refusal:  # a person's mistake, said on the page: no fault for the log
                log.info("The settings were not saved: %s", refusal)
                return refusal
            return changed, configuration.save(changed, changed.source)
        self._submit(save, self._settings_saved, lambda error: self.screen.settings_page.show_refused(say(error)))

    def change_pin(self, old: str, new: str) -> None:
        pins = self.pins

        def change():
            check = pins.check(old)
            if check.accepted:
                pins.set(new)
            return check
        self._submit(change, self._pin_changed, self._pin_not_changed)

    # -- answers from the disk worker and the export thread ------------------------------------------------------

    def _show_facts(self, facts: jobs.StatusFacts) -> None:
        self.facts = facts
        self.show_status(facts.free_bytes, facts)

    def _facts_failed(self, error: Sentence | str) -> None:
        self.facts = None
        self.notes.errors.append(error)
        self.show_status(0, None)

    def _rows_made(self, made: tuple[list, dict]) -> None:
        self._rows_job = None
        rows, self.rows = made
        self._show_clips(rows)
        if self._rows_again:
            self._rows_again = False
            self.refresh_clips()

    def _show_clips(self, rows) -> None:
        config = self.current_config()
        self.shown_rows = list(rows)
        self.screen.clips_page.show_clips(rows, config.cards, config.scopes)
        self.screen.clips_page.show_wall(wall_preview(self.clips.clips(), config))
        self.screen.settings_page.show_carried(clips_by_theme(self.clips.clips()))

    def _clips_failed(self, error: Sentence | str) -> None:
        self._rows_job, self._rows_again = None, False
        self.notes.errors.append(error)
        self._show_clips([])

    def _show_found(self, found) -> None:
        if found is None:
            self.screen.withdraw_page.show_unknown()
        else:
            self.screen.withdraw_page.show_found(*found)

    def _withdrawn(self, report) -> None:
        self.screen.withdraw_page.show_withdrawn(report)
        self.clips.refresh()  # the clip leaves the list through the index's announcement

    def _withdraw_failed(self, error: Sentence | str) -> None:
        self.screen.withdraw_page.show_failed(error)
        self.clips.refresh()

    def _settings_saved(self, saved) -> None:
        screen = self.screen
        if isinstance(saved, ConfigError):
            screen.settings_page.show_refused(str(saved))
            return
        config, path = saved
        devices_changed = devices_differ(self.current_config(), config)
        self.settings_saved.emit(config)
        if devices_changed:
            self.devices.switch(config)
        screen.settings_page.show_saved(config, str(path), devices_changed)
        screen.withdraw_page.set_cards(config.cards)
        screen.clips_page.show_themes(config.themes)  # the clip page's tags and the transcript editor's quotes
        if not self.runner.is_running():
            screen.export_page.set_choices(config.scopes, config.cards)
        self._show_clips(self.shown_rows)  # the cards' new labels; the clips themselves did not change

    def _pin_changed(self, check) -> None:
        page = self.screen.pin_page
        if check.accepted:
            self.notes.default_pin = False
            page.show_changed()
        else:
            self.pin_wait_timer.refuse(page, check.wait_seconds)

    def _pin_not_changed(self, error: Sentence | str) -> None:
        self.screen.pin_page.show_failed(say(error))

    def _exported(self, report) -> None:
        self.screen.export_page.show_report(report)

    # -- transcripts -----------------------------------------------------------------------------------------------

    def _connect_transcripts(self) -> None:
        clips = self.screen.clips_page
        clips.transcript_chosen.connect(self.open_transcript)
        clips.editor.save_chosen.connect(self.save_transcript)
        clips.theme_toggled.connect(self.tag_clip)
        clips.editor.quote_chosen.connect(self.quote_clip)

    def transcripts_opened(self) -> None:
        """The panel opens on the clip list, not on an editor a facilitator left (nothing in it was saved)."""
        self.screen.clips_page.show_list()

    def show_transcription(self, off_reason: str, running: bool) -> None:
        """What the kiosk's transcription says: off (the sentence why: no model, or turned off), or on, running or
        not. A run that ended has changed clips' transcripts: the list and the status are read again while shown."""
        self.transcripts_off, self.transcribing = off_reason, running
        self.screen.clips_page.set_transcripts_off(bool(off_reason))
        self.clips.refresh()  # a run that ended wrote transcripts: the index announces the clips it changed
        if self.screen.isVisible():
            self.refresh_status()

    def open_transcript(self, row: jobs.ClipRow) -> None:
        editor = self.screen.clips_page.editor
        if row.clip is None:
            return

        def read(text: jobs.TranscriptText) -> None:
            if editor.row is row:  # not another clip opened meanwhile
                editor.show_cues(text.cues, text.problem)

        def unread(error: Sentence | str) -> None:
            if editor.row is row:
                editor.show_cues((), say(error))
        self._submit(lambda: jobs.transcript_text(row.clip), read, unread)

    def tag_clip(self, row: jobs.ClipRow, theme_id: str, on: bool) -> None:
        """A theme tapped on the clip page: the sidecar is written off the GUI thread, through ClipStore.annotate."""
        page, store, config = self.screen.clips_page, self.store, self.current_config()
        if row.clip is None:
            return

        def tagged(changed: jobs.ClipRow) -> None:
            page.show_tagged(changed)
            self.clips.refresh()

        def refused(error: Sentence | str) -> None:
            page.show_tag_failed(row.code, say(error))
            self.clips.refresh()
        self._submit(lambda: jobs.tag_clip(store, row.clip, config, theme_id, on), tagged, refused)

    def quote_clip(self, row: jobs.ClipRow, start: float, end: float, themes: tuple) -> None:
        """The captions chosen in the editor become a quote, its words read from the saved transcript."""
        editor, store, config = self.screen.clips_page.editor, self.store, self.current_config()
        if row.clip is None:
            return

        def quoted(result) -> None:
            if editor.row is row:
                editor.show_quoted(*result)
            self.clips.refresh()

        def refused(error: Sentence | str) -> None:
            if editor.row is row:
                editor.show_quote_refused(say(error))
        self._submit(lambda: jobs.quote_clip(store, row.clip, config, start, end, themes), quoted, refused)

    def save_transcript(self, row: jobs.ClipRow, cues: list) -> None:
        editor, store = self.screen.clips_page.editor, self.store
        if row.clip is None:
            return

        def saved(result) -> None:
            if editor.row is row:
                editor.show_saved(*result)
            self.clips.refresh()

        def refused(error: Sentence | str) -> None:
            if editor.row is row:
                editor.show_refused(say(error))
            self.clips.refresh()
        self._submit(lambda: jobs.save_transcript(store, row.clip, cues), saved, refused)
