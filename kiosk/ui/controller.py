"""The one controller of the attendee flow: which screen shows, the take being recorded, and what is kept.

The flow is kiosk/visit.py, Qt-free: the table of where each screen may go and what runs on arriving and
leaving, the visit, and the rules for what becomes of a take. This class decides *when* to move, keeps the
QStackedWidget showing the current screen and runs the store calls the rules ask for on its DiskWorker.
The take itself (take_runner.py), idle (idle.py), the PIN (pin_entry.py) and the panel (panel/controller.py) are
parts it owns; the devices, the disk worker, the power and resume watches, the transcripts and the flow are the
services container's (services.py), which it is given.
Disk work goes to a DiskWorker and the take's end arrives from the encoder thread as a queued
signal, so the GUI thread never waits.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer, Signal
from PySide6.QtWidgets import QStackedWidget

from kiosk.config import DEVICE_SETTINGS, Config
from kiosk.recording.take import MAX_LENGTH
from kiosk.store import Clip, ClipTags, StoreError
from kiosk.power import CRITICAL
from kiosk.sentence import Sentence
from kiosk.ui.i18n import PAUSED_FOR_DEVICE, PAUSED_FOR_POWER, Translations, paused_now
from kiosk.ui.idle import IdleWatch
from kiosk.ui.panel.controller import PanelController
from kiosk.ui.pin_entry import PinEntry
from kiosk.ui.services import KioskServices
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.cards import CardsScreen
from kiosk.ui.screens.consent import ConsentScreen
from kiosk.ui.screens.countdown import CountdownScreen
from kiosk.ui.panel.hub import connect_hub_page
from kiosk.ui.screens.facilitator import FacilitatorScreen
from kiosk.ui.screens.pin import PinScreen
from kiosk.ui.screens.prompt import PromptScreen
from kiosk.ui.screens.recording import RecordingScreen
from kiosk.ui.screens.review import ReviewScreen
from kiosk.ui.screens.thanks import ThanksScreen
from kiosk.ui.still_there import StillThereOverlay
from kiosk.ui.take_runner import TakeRunner
from kiosk.ui.transcription import RUNNING as TRANSCRIPTS_RUNNING
from kiosk.visit import FLOW, IDLE_LEAVES, PIN_FROM, TAKE_UNDER_WAY, FlowError, Screen, Visit

__all__ = ["KioskController", "Visit"]

log = logging.getLogger(__name__)


class KioskController(QObject):
    THANKS_SECONDS = 30.0  # the withdrawal code stays this long unless Done is tapped
    LEVEL_MS = 100  # the sound level refresh in the panel's settings

    screen_changed = Signal(object)  # Screen
    clip_kept = Signal(object)  # Clip
    clip_discarded = Signal(object)  # Clip
    recovery_finished = Signal(list)
    exit_chosen = Signal()
    title_changed = Signal(str)  # the event's name in the language shown, for the window's title

    def __init__(self, services: KioskServices, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The services are the container's (ui/services.py): this window is given them and builds none.
        self.services = services
        self.store, self.feed, self.pins, self.notes = services.store, services.feed, services.pins, services.notes
        self.worker, self.devices, self.power = services.worker, services.devices, services.power
        self.resume, self.transcription, self.flow = services.resume, services.transcription, services.flow
        self.flow.go = self.go  # the flow's moves show here, with the table's hooks run on the way
        config = self.config
        self.language = config.language
        self.closed = False  # shut down: frames still queued from the camera's thread find no screen to paint
        self.clip_index = services.clips  # the clips every page watches
        self.translations = Translations()
        self.feed.frame_arrived.connect(self._show_frame)

        self.attract = AttractScreen(config.event_name, config.cards)
        self.consent = ConsentScreen(config.consent_text, config.scopes)
        self.cards = CardsScreen(config.cards)
        self.prompt = PromptScreen(config.max_seconds)
        self.countdown = CountdownScreen()
        self.recording = RecordingScreen()
        self.review = ReviewScreen()
        self.thanks = ThanksScreen()
        self.pin = PinScreen()
        self.facilitator = FacilitatorScreen()
        self.screens = {
            Screen.ATTRACT: self.attract, Screen.CONSENT: self.consent, Screen.CARDS: self.cards,
            Screen.PROMPT: self.prompt, Screen.COUNTDOWN: self.countdown, Screen.RECORDING: self.recording,
            Screen.REVIEW: self.review, Screen.THANKS: self.thanks, Screen.PIN: self.pin,
            Screen.FACILITATOR: self.facilitator,
        }
        self.stack = QStackedWidget()
        for screen in self.screens.values():
            self.stack.addWidget(screen)

        self.still_there = StillThereOverlay(self.stack)
        self.idle = IdleWatch(lambda: self.config.idle_seconds, lambda: self.current in IDLE_LEAVES,
                              lambda: self.screens[self.current].busy(), self.still_there, self)
        self.idle.timed_out.connect(self._idle_timeout)
        # Answered: the focus goes back where the screen keeps it (the overlay's button is hidden now).
        self.still_there.still_here_chosen.connect(lambda: self.screens[self.current].take_focus())
        self.level_timer = self._timer(single=False, slot=self._show_level)
        self.takes = TakeRunner(self.store, self.feed, self.worker, self.notes, self.countdown, self.recording,
                                lambda: self.config, self, paused=lambda: paused_now(self.devices_pause()))
        self.takes.started.connect(lambda: self.go(Screen.RECORDING))
        self.takes.not_started.connect(self._take_not_started)
        self.takes.take_finished.connect(self._show_review)
        self._connect_devices_page()
        self.devices.changed.connect(self._show_notices)
        self.power.changed.connect(self._show_notices)
        self.resume.resumed.connect(self._resumed)
        services.recovery_finished.connect(self.recovery_finished)
        services.config_changed.connect(self._show_config)
        self._leave_after_take = False  # the laptop woke mid-take: the take is kept unreviewed, then attract
        self.devices.switched.connect(self._devices_switched)
        self.pin_entry = PinEntry(self.pin, self.pins, self.store, self.worker, self.notes, self)
        self.pin_entry.pin_accepted.connect(self._open_panel)
        self.panel = PanelController(self.facilitator, self.store, self.pins, self.worker, self.devices, self.notes,
                                     lambda: self.config, self.clip_index, self)
        self.panel.settings_saved.connect(self.apply_config)
        connect_hub_page(self.facilitator.hub_page, services.sync, self.worker, self)
        self.transcription.state_changed.connect(
            lambda: self.panel.show_transcription(self.transcription.off_reason,
                                                  self.transcription.state == TRANSCRIPTS_RUNNING))
        self._connect_screens()
        self.set_language(self.language)

    @property
    def config(self) -> Config:
        """The config in use: the services' (a window's change, a device switch or a test's, is everyone's)."""
        return self.services.config

    @config.setter
    def config(self, config: Config) -> None:
        self.services.config = config

    @property
    def current(self) -> Screen:
        return self.flow.current

    @current.setter
    def current(self, screen: Screen) -> None:
        self.flow.current = screen

    @property
    def visit(self) -> Visit:
        return self.flow.visit

    @property
    def facilitator_notes(self) -> list[Sentence | str]:
        return self.notes.errors

    @property
    def recovery_reports(self) -> list[str] | None:
        return self.notes.recovery_reports

    def _timer(self, single: bool, slot) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(single)
        timer.timeout.connect(slot)
        return timer

    def _connect_screens(self) -> None:
        self.attract.start_chosen.connect(self.begin_visit)
        self.attract.language_chosen.connect(self.set_language)
        self.consent.consent_given.connect(self.choose_card)
        self.consent.back_chosen.connect(lambda: self.go(Screen.ATTRACT))
        self.cards.card_chosen.connect(self.show_prompt)
        self.cards.back_chosen.connect(lambda: self.go(Screen.CONSENT))
        self.prompt.ready_chosen.connect(self.start_countdown)
        self.prompt.back_chosen.connect(lambda: self.go(Screen.CARDS))
        self.countdown.back_chosen.connect(self.cancel_countdown)
        self.recording.stop_chosen.connect(self.takes.stop)
        self.review.keep_chosen.connect(self.keep_take)
        self.review.retry_chosen.connect(self.retry_take)
        self.review.delete_chosen.connect(self.delete_take)
        self.review.deleted_shown.connect(self._deleted_shown)
        self.thanks.done_chosen.connect(self._thanks_over)
        self.thanks.time_ran_out.connect(self._thanks_over)
        for screen in self.screens.values():
            screen.busy_ended.connect(self.note_activity)
        self.pin.back_chosen.connect(lambda: self.go(Screen.ATTRACT))
        self.facilitator.back_chosen.connect(lambda: self.go(Screen.ATTRACT))
        self.facilitator.exit_chosen.connect(self.exit_chosen)

    def _connect_devices_page(self) -> None:
        # The devices publish what they say; the panel's settings page shows it and asks for a switch.
        page = self.facilitator.settings_page
        self.devices.described.connect(page.show_devices)
        self.devices.switch_started.connect(page.show_switching)
        self.devices.switch_finished.connect(page.show_switched)
        self.devices.switch_refused.connect(page.show_devices_refused)
        page.devices_chosen.connect(self.devices.choose)

    # -- starting and stopping the kiosk -------------------------------------------------------------

    def start(self, device_problems: list[str] = ()) -> None:
        """Starts the devices and the crash recovery; call once the window exists. `device_problems`: why a device
        could not be opened (it is looked for again by itself)."""
        self.services.start(list(device_problems))
        self._show_notices()
        self.go(Screen.ATTRACT)

    def shutdown(self) -> None:
        """Ends a take in progress, keeps a clip left at review, stops the devices and joins every thread.

        The kiosk is closing, so waiting here for the file and the disk is what we want.
        """
        self.closed = True
        self.takes.shutdown()
        self.level_timer.stop()
        self.thanks.stop_countdown()
        self.idle.stop()
        self.pin_entry.stop()
        self.review.shutdown()
        self.panel.shutdown()  # an export in progress is cancelled and its thread joined
        self.services.stop(through="disk")  # power and watches, transcripts, then the queued keeps reach the disk
        keeping = self.flow.kiosk_closed(self.takes.finish_take())
        if keeping is not None:
            try:
                keeping()
            except (OSError, StoreError) as error:  # StoreError: its sidecar went (withdrawn) or is unreadable
                print(f"kiosk: a clip could not be kept at exit ({error}); `kiosk recover` will find it.")
        self.services.stop()  # the devices last: the take above was still fed by them
        self.translations.remove()

    # -- moving between screens: the table in kiosk/visit.py says where, and what runs on the way ------------

    def go(self, target: Screen) -> None:
        try:
            left = self.flow.leaving(target)
        except FlowError as error:
            self._fall_back(error)
            return
        self._run(left)
        entered = self.flow.arrive(target)
        self.stack.setCurrentWidget(self.screens[target])
        self.screens[target].take_focus()
        self._run(entered)
        self.transcription.take_recording(self._take_may_be_recording())
        self.services.sync.take_recording(self._take_may_be_recording())
        self.idle.restart()
        self.screen_changed.emit(target)

    def _fall_back(self, error: FlowError) -> None:
        """A move the table refuses is a bug: rather than show a screen it does not allow, the kiosk pauses at
        attract (a take at review kept unconfirmed) and tells the facilitator, who resumes it by opening the panel."""
        log.error("the flow refused a move, so the kiosk is paused: %s", error, stack_info=True)
        keeping = self.flow.fall_back(self.tr("The kiosk met a fault in its flow and paused itself; open this panel "
                                              "to let attendees start again. (%1)").replace("%1", str(error)))
        if keeping is not None:
            kept = self.worker.submit(keeping)
            kept.finished.connect(self._kept)
            kept.failed.connect(self._not_kept)
        self._show_notices()

    def _run(self, hook: str) -> None:
        if hook:
            getattr(self, f"_on_{hook}")()

    def _on_visit_over(self) -> None:
        self._show_notices()  # the flow has forgotten the visit

    def _on_prompt_entered(self) -> None:
        self.prompt.preview.clear()
        if self.feed.working_camera() is None:
            self.prompt.show_no_camera()

    def _on_panel_entered(self) -> None:
        self.devices.show_in_panel()
        self.level_timer.start(self.LEVEL_MS)

    def _on_panel_left(self) -> None:
        self.level_timer.stop()
        self.panel.left()

    def _on_review_left(self) -> None:
        self.review.stop_playback()

    def note_activity(self) -> None:
        """Any touch or key: the idle countdown starts again (while "Still there?" asks, only its answer counts)."""
        self.idle.noticed()

    def _idle_timeout(self) -> None:
        if self.current == Screen.REVIEW:
            self._keep_unreviewed()
        self.set_language(self.config.language)
        self.go(Screen.ATTRACT)

    def set_language(self, language: str) -> None:
        self.language = language
        for screen in self.screens.values():
            screen.language = language
        self.translations.use(language)
        for screen in self.screens.values():
            screen.retranslate()  # config texts (cards, prompts) follow even if Qt's translator did not change
        self._show_notices()
        self.title_changed.emit(self.window_title())

    def window_title(self) -> str:
        return self.config.event_name(self.language)

    # -- the attendee's way through --------------------------------------------------------------------

    def begin_visit(self) -> None:
        if self.pause_reason():
            return  # Start is hidden while paused; a key that reaches it anyway does nothing
        self.consent.reset()
        self.flow.start(self.language)

    def choose_card(self, scope: str) -> None:
        self.flow.agree(scope, self.consent.consent_text(self.language))

    def show_prompt(self, card_id: str, problem: str = "") -> None:
        card = self.config.card(card_id)
        self.prompt.show_prompt(card.label, self.config.prompt_for(card_id), problem)
        self.flow.choose_card(card_id)

    def start_countdown(self) -> None:
        refusal = self.takes.refusal()
        if refusal:
            self.prompt.show_prompt(self.prompt.perspective, self.prompt.prompt, refusal)
            return
        self.go(Screen.COUNTDOWN)
        self.takes.count_down(self.visit, self._tags)

    def _tags(self) -> ClipTags:
        card_id = self.visit.card_id
        return ClipTags(event=self.config.event_name.en, perspective=card_id,
                        prompt=self.config.prompt_for(card_id)(self.language),
                        consent_scope=self.visit.scope, language=self.language,
                        consent_words=self.visit.consent_words)

    def cancel_countdown(self) -> None:
        if self.takes.cancel():
            self.go(Screen.PROMPT)

    def _take_not_started(self, sentence: str) -> None:
        self.prompt.show_prompt(self.prompt.perspective, self.prompt.prompt, sentence)
        self.go(Screen.PROMPT)

    def _show_review(self, clip: Clip, result) -> None:
        if self.closed or not self.flow.take_finished(clip, result.error):
            return  # shutting down
        if self._leave_after_take:
            self._leave_after_take = False
            self._idle_timeout()  # kept, unreviewed, as a take left at review is
            self.devices.reopen()
            return
        self.review.show_take(clip.media_path, self._take_message(result))

    def _resumed(self, away: float) -> None:
        """The laptop woke (or its clock jumped): nobody is still at the screen they left. A take under way is ended
        and kept unreviewed, as after a crash; every other screen goes back to attract; both devices are opened
        afresh (a webcam often wakes up dead without saying so)."""
        self.notes.errors.append(Sentence("KioskController", QT_TRANSLATE_NOOP(
            "KioskController", "The laptop slept or its clock changed (about %1 minutes): the camera and microphone "
                               "were opened again."), (f"{away / 60:.0f}",)))
        if self.current == Screen.RECORDING:
            self._leave_after_take = True  # the devices are opened again once the take is kept
            self.takes.stop()
            return
        self.devices.reopen()
        if self.current == Screen.COUNTDOWN and self.takes.cancel():
            self.go(Screen.PROMPT)
        if self.current == Screen.THANKS:
            self.thanks.stop_countdown()
        if self.current != Screen.ATTRACT and Screen.ATTRACT in FLOW[self.current].goes_to:
            self._idle_timeout()

    def _take_message(self, result) -> str:
        if not result.error:
            return self.tr("You reached the time limit, so the recording stopped.") if result.ended_by == MAX_LENGTH else ""
        camera, microphone = self.feed.camera, self.feed.microphone
        if camera is not None and camera.lost_reason:
            return self.tr("The camera stopped working, so the recording ended early. What you said so far is kept.")
        if microphone is not None and microphone.lost_reason:
            return self.tr("The microphone stopped working, so the recording ended early. What you said so far is kept.")
        return self.tr("The recording ended early because of a technical problem. What you said so far is kept.")

    def keep_take(self) -> None:
        work = self.flow.keep()
        if work is not None:
            keeping = self.worker.submit(work)
            keeping.finished.connect(self._kept)
            keeping.failed.connect(self._not_kept)
            # The media is on disk under a sidecar that already holds the code: if the sidecar could not be
            # updated now, the next start recovers the clip, so the attendee's code stays good either way.
            keeping.finished.connect(self._show_code)
            keeping.failed.connect(self._show_code)

    def retry_take(self) -> None:
        work = self.flow.try_again()
        if work is not None:
            discarding = self.worker.submit(work)
            discarding.finished.connect(self.clip_discarded)
            discarding.finished.connect(self._retake)
            discarding.failed.connect(self._not_discarded)
            discarding.failed.connect(self._retake)

    def delete_take(self) -> None:
        work = self.flow.delete()
        if work is not None:
            discarding = self.worker.submit(work)
            discarding.finished.connect(self.clip_discarded)
            discarding.finished.connect(self._show_deleted)
            discarding.failed.connect(self._not_discarded)
            discarding.failed.connect(self._deleted_failed)

    def _keep_unreviewed(self) -> None:
        self.review.stop_playback()
        work = self.flow.walk_away()
        if work is not None:
            keeping = self.worker.submit(work)
            keeping.finished.connect(self._kept)
            keeping.failed.connect(self._not_kept)

    def _deleted_shown(self) -> None:
        if self.current == Screen.REVIEW:
            self.set_language(self.config.language)
            self.go(Screen.ATTRACT)

    def _thanks_over(self) -> None:
        self.thanks.stop_countdown()
        if self.current == Screen.THANKS:
            self.set_language(self.config.language)
            self.go(Screen.ATTRACT)

    # -- results from the disk worker -------------------------------------------------------------------

    def _kept(self, clip: Clip) -> None:
        self.clip_kept.emit(clip)
        self.transcription.clips_kept([clip])
        self.clip_index.refresh()  # every window hears of it now, not at the next tick

    def _not_kept(self, error: Sentence | str) -> None:
        self.notes.errors.append(Sentence("KioskController", QT_TRANSLATE_NOOP("KioskController", "A clip could not be kept: %1"),
                                          (error,)))

    def _show_code(self) -> None:
        code = self.flow.thank()
        if code:
            self.thanks.show_code(code, self.THANKS_SECONDS)

    def _not_discarded(self, error: Sentence | str) -> None:
        self.notes.errors.append(Sentence("KioskController", QT_TRANSLATE_NOOP("KioskController",
                                                                               "A clip could not be deleted: %1"), (error,)))

    def _retake(self) -> None:
        if self.current == Screen.REVIEW:
            self.show_prompt(self.visit.card_id)

    def _show_deleted(self) -> None:
        if self.current == Screen.REVIEW:
            self.review.show_deleted()

    def _deleted_failed(self) -> None:
        if self.current == Screen.REVIEW:
            self.go(Screen.ATTRACT)

    # -- devices -----------------------------------------------------------------------------------------

    def _show_frame(self) -> None:
        frame = self.feed.latest_frame()  # also lets the feed post the next frame
        if FLOW[self.current].camera and not self.closed:
            self.screens[self.current].show_frame(frame)

    def _show_level(self) -> None:
        self.facilitator.show_level(self.feed.level)

    def _take_may_be_recording(self) -> bool:
        return self.current in TAKE_UNDER_WAY

    def _devices_switched(self, config: Config) -> None:
        # The running kiosk uses these now; saving them for the next start is the Save button's work.
        self.config = replace(self.config, **{name: getattr(config, name) for name in DEVICE_SETTINGS})

    def _show_notices(self) -> None:
        warning = self.power.warning()
        self.attract.show_notices(self.devices.notices() + ([warning] if warning else []))
        reason = self.pause_reason()
        self.attract.show_paused(self.translations.both(reason) if reason else "")

    def pause_reason(self) -> str:
        """Why no visit may begin now (an English sentence from i18n), or "" when one may."""
        if self.flow.failsafe_reason:
            return PAUSED_FOR_DEVICE  # its words are the failsafe's: paused, a facilitator has been told
        if self.power.level == CRITICAL:
            return PAUSED_FOR_POWER  # the visit and take in hand go on: only the next attendee waits
        return self.devices_pause()

    def devices_pause(self) -> str:
        """Why no take may start now, even for an attendee part way through: a device a take needs is missing."""
        return PAUSED_FOR_DEVICE if self.devices.missing() else ""

    # -- the facilitator's way in ------------------------------------------------------------------------

    def open_pin(self) -> None:
        if self.current in PIN_FROM:
            self.pin.reset()
            self.go(Screen.PIN)

    def _open_panel(self, free_bytes: int) -> None:
        if self.current != Screen.PIN:
            return
        self.go(Screen.FACILITATOR)
        self.flow.resume()  # a facilitator is here and sees what paused the kiosk, if anything did
        self.panel.opened(free_bytes)

    def apply_config(self, config: Config) -> None:
        """Settings saved in the panel, from the next attendee on (the panel switches changed devices itself)."""
        self.services.use_config(config)

    def _show_config(self, config: Config) -> None:
        # Scope ids cannot change in the panel, so the consent screen keeps its buttons and takes the new texts.
        self.attract.event_name = config.event_name
        self.consent.consent_text, self.consent.scopes = config.consent_text, config.scopes
        self.cards.show_cards(config.cards)
        self.attract.show_cards(config.cards)
        self.prompt.max_seconds = config.max_seconds
        for screen in self.screens.values():
            screen.retranslate()
        self.title_changed.emit(self.window_title())
