"""The one controller of the attendee flow: which screen shows, the take being recorded, and what is kept.

The flow is the table in flow.py; this class only decides *when* to move and keeps the
QStackedWidget showing the current screen. Disk work goes to a DiskWorker and the take's
end arrives from the encoder thread as a queued signal, so the GUI thread never waits.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QStackedWidget

from kiosk.config import Config, ConfigError
from kiosk.recording.session import ClipRecording
from kiosk.recording.take import MAX_LENGTH
from kiosk.store import Clip, ClipStore, ClipTags, recover
from kiosk.ui.backoff import BackOffCountdown
from kiosk.ui.devices import DeviceFeed, open_started_devices
from kiosk.ui.disk import DiskWorker
from kiosk.ui.flow import IDLE_LEAVES, PIN_FROM, Screen, check_move
from kiosk.ui.i18n import Translations, translate_notice
from kiosk.ui.panel.controller import PanelController
from kiosk.ui.panel.jobs import MEGABYTE, StatusFacts
from kiosk.ui.pin import DEFAULT_PIN, PinStore
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.cards import CardsScreen
from kiosk.ui.screens.consent import ConsentScreen
from kiosk.ui.screens.countdown import CountdownScreen
from kiosk.ui.screens.facilitator import FacilitatorScreen
from kiosk.ui.screens.pin import PinScreen
from kiosk.ui.screens.prompt import PromptScreen
from kiosk.ui.screens.recording import RecordingScreen
from kiosk.ui.screens.review import ReviewScreen
from kiosk.ui.screens.thanks import ThanksScreen


@dataclass
class Visit:
    """What one attendee has chosen so far; forgotten when the kiosk goes back to attract."""

    scope: str | None = None
    card_id: str | None = None
    recording: ClipRecording | None = None
    clip: Clip | None = None  # the take at review, until Keep / Try again / Delete is dispatched
    kept_code: str = ""  # the withdrawal code of the clip this attendee kept
    notes: list[str] = field(default_factory=list)


class KioskController(QObject):
    THANKS_SECONDS = 10.0
    CLOCK_MS = 100  # time left and sound level refresh while recording (and the level in the panel's settings)
    DEVICE_FIELDS = ("camera", "microphone", "width", "height", "fps")

    screen_changed = Signal(object)  # Screen
    take_finished = Signal(object, object)  # (Clip, TakeResult), re-emitted from the encoder thread
    clip_kept = Signal(object)  # Clip
    clip_discarded = Signal(object)  # Clip
    recovery_finished = Signal(list)
    exit_chosen = Signal()

    def __init__(self, config: Config, store: ClipStore, feed: DeviceFeed, pins: PinStore,
                 config_problems: list[str] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.config, self.store, self.feed, self.pins = config, store, feed, pins
        self.config_problems = list(config_problems or [])
        self.device_problems: list[str] = []
        self._switched_config = config  # the config whose devices a switch under way is opening
        self.recovery_reports: list[str] | None = None
        self.facilitator_notes: list[str] = []
        self.default_pin = False  # the PIN last accepted was the shipped one
        self.language = config.language
        self.visit = Visit()
        self.worker = DiskWorker(self)
        self.worker.job_done.connect(self._job_done)
        self.translations = Translations()
        self.take_finished.connect(self._show_review)
        self.feed.frame_arrived.connect(self._show_frame)
        self.feed.camera_lost.connect(self._device_lost)
        self.feed.microphone_lost.connect(self._device_lost)
        self.feed.devices_switched.connect(self._devices_switched)

        self.attract = AttractScreen(config.event_name.en, config.cards)
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
        self.current = Screen.ATTRACT

        self.idle_timer = self._timer(single=True, slot=self._idle_timeout)
        self.countdown_timer = self._timer(single=False, slot=self._count_down)
        self.clock = self._timer(single=False, slot=self._tick)
        self.thanks_timer = self._timer(single=True, slot=self._thanks_over)
        self.pin_wait_timer = BackOffCountdown(self)
        self.level_timer = self._timer(single=False, slot=self._show_level)
        self._connect_screens()
        self.panel = PanelController(self, self)
        self.set_language(self.language)

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
        self.recording.stop_chosen.connect(self.stop_take)
        self.review.keep_chosen.connect(self.keep_take)
        self.review.retry_chosen.connect(self.retry_take)
        self.review.delete_chosen.connect(self.delete_take)
        self.thanks.done_chosen.connect(self._thanks_over)
        self.pin.pin_entered.connect(self.check_pin)
        self.pin.back_chosen.connect(lambda: self.go(Screen.ATTRACT))
        self.facilitator.back_chosen.connect(lambda: self.go(Screen.ATTRACT))
        self.facilitator.exit_chosen.connect(self.exit_chosen)
        self.facilitator.settings_page.devices_chosen.connect(self.use_devices)
        self.feed.devices_not_switched.connect(self.facilitator.settings_page.show_devices_refused)

    # -- starting and stopping the kiosk -------------------------------------------------------------

    def start(self) -> None:
        """Starts the devices and the crash recovery; call once the window exists."""
        self.device_problems = self.feed.start()
        self.worker.submit("recover", lambda: recover(self.store))
        self._show_notices()
        self.go(Screen.ATTRACT)

    def shutdown(self) -> None:
        """Ends a take in progress, keeps a clip left at review, stops the devices and joins every thread.

        The kiosk is closing, so waiting here for the file and the disk is what we want.
        """
        for timer in (self.idle_timer, self.countdown_timer, self.clock, self.thanks_timer, self.pin_wait_timer,
                      self.level_timer):
            timer.stop()
        self.review.shutdown()
        self.panel.shutdown()  # an export in progress is cancelled and its thread joined
        self.worker.stop()  # queued keeps reach the disk; a take being started is started
        recording = self.visit.recording
        if recording is not None and recording.take is not None:
            recording.request_stop()
            recording.take.join()  # the file must be whole before the kiosk exits
            if recording.clip is not None and self.current in (Screen.COUNTDOWN, Screen.RECORDING):
                self.visit.clip = recording.clip  # recorded but never shown: keep it, unreviewed
        if self.visit.clip is not None:
            clip, self.visit.clip = self.visit.clip, None
            try:
                self.store.keep(clip, reviewed=False)
            except OSError as error:
                print(f"kiosk: a clip could not be kept at exit ({error}); `kiosk recover` will find it.")
        self.feed.stop()  # a device switch under way too: its thread is joined, what it opened is stopped
        self.translations.remove()

    # -- moving between screens ----------------------------------------------------------------------

    def go(self, target: Screen) -> None:
        check_move(self.current, target) if target != self.current else None
        if self.current == Screen.FACILITATOR and target != Screen.FACILITATOR:
            self.panel.left()
        if target == Screen.ATTRACT:
            self.visit = Visit()
            self._show_notices()
        if target == Screen.FACILITATOR:
            self.facilitator.settings_page.show_devices(self.device_lines())
            self.level_timer.start(self.CLOCK_MS)
        else:
            self.level_timer.stop()
        self.current = target
        self.stack.setCurrentWidget(self.screens[target])
        self.screens[target].take_focus()
        self.note_activity()
        self.screen_changed.emit(target)

    def note_activity(self) -> None:
        """Any touch or key: the idle countdown starts again."""
        if self.current in IDLE_LEAVES:
            self.idle_timer.start(int(self.config.idle_seconds * 1000))
        else:
            self.idle_timer.stop()

    def _idle_timeout(self) -> None:
        if self.current not in IDLE_LEAVES:
            return
        self.countdown_timer.stop()
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

    # -- the attendee's way through --------------------------------------------------------------------

    def begin_visit(self) -> None:
        self.visit = Visit()
        self.consent.reset()
        self.go(Screen.CONSENT)

    def choose_card(self, scope: str) -> None:
        self.visit.scope = scope
        self.go(Screen.CARDS)

    def show_prompt(self, card_id: str, problem: str = "") -> None:
        self.visit.card_id = card_id
        card = self.config.card(card_id)
        self.prompt.show_prompt(card.label, self.config.prompt_for(card_id), problem)
        self.go(Screen.PROMPT)

    def start_countdown(self) -> None:
        if self.feed.switching():
            self.prompt.show_prompt(self.prompt.perspective, self.prompt.prompt,
                                    self.tr("The camera and microphone are being changed. Please try again in a moment."))
            return
        if self.feed.working_camera() is None and self.feed.working_microphone() is None:
            self.prompt.show_prompt(self.prompt.perspective, self.prompt.prompt,
                                    self.tr("Recording is not possible right now. Please ask a facilitator for help."))
            return
        self._count = math.ceil(self.config.countdown_seconds)
        self.countdown.preview.clear()
        if self._count <= 0:
            self.go(Screen.COUNTDOWN)
            self._start_take()
            return
        self.countdown.show_count(self._count)
        self.go(Screen.COUNTDOWN)
        self.countdown_timer.start(int(self.config.countdown_seconds * 1000 / self._count))

    def _count_down(self) -> None:
        self._count -= 1
        if self._count > 0:
            self.countdown.show_count(self._count)
            return
        self.countdown_timer.stop()
        self._start_take()

    def cancel_countdown(self) -> None:
        if self.countdown_timer.isActive():
            self.countdown_timer.stop()
            self.go(Screen.PROMPT)

    def _start_take(self) -> None:
        card_id = self.visit.card_id
        tags = ClipTags(event=self.config.event_name.en, perspective=card_id,
                        prompt=self.config.prompt_for(card_id)(self.language),
                        consent_scope=self.visit.scope, language=self.language)
        recording = ClipRecording(self.store, tags, self.feed.working_camera(), self.feed.working_microphone(),
                                  self.config.max_seconds, self.config.min_free_mb, preset=self.config.preset,
                                  on_finished=lambda clip, result: self.take_finished.emit(clip, result))
        self.visit.recording = recording
        # begin() lists the store and writes the first sidecar: disk work, so off the GUI thread.
        self.worker.submit("start-take", recording.start)

    def _take_started(self, error: str) -> None:
        if error:
            self.visit.recording = None
            self.facilitator_notes.append(error)
            self.prompt.show_prompt(self.prompt.perspective, self.prompt.prompt,
                                    self.tr("Sorry, recording could not start. Please ask a facilitator for help."))
            self.go(Screen.PROMPT)
            return
        self.recording.begin(self.config.prompt_for(self.visit.card_id), self.config.max_seconds)
        self.recording.preview.clear()
        if self.feed.working_camera() is None:
            self.recording.preview.show_message(self.tr("No camera: only your voice is being recorded."))
        self.go(Screen.RECORDING)
        self.clock.start(self.CLOCK_MS)

    def _tick(self) -> None:
        take = self.visit.recording.take if self.visit.recording else None
        if take is None:
            return
        left = self.config.max_seconds - take.elapsed()
        self.recording.show_time_left(left, left <= self.config.warning_seconds)
        self.recording.meter.show_level(self.feed.level)

    def stop_take(self) -> None:
        if self.visit.recording is not None:
            self.visit.recording.request_stop()
            self.recording.show_saving()

    def _show_review(self, clip: Clip, result) -> None:
        self.clock.stop()
        if self.current != Screen.RECORDING:
            return  # shutting down
        self.visit.clip = clip
        if result.error:
            self.facilitator_notes.append(result.error)
        self.go(Screen.REVIEW)
        self.review.show_take(clip.media_path, self._take_message(result))

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
        clip, self.visit.clip = self.visit.clip, None
        if clip is not None:
            self.visit.kept_code = clip.code
            self.worker.submit("keep", lambda: self.store.keep(clip, reviewed=True))

    def retry_take(self) -> None:
        clip, self.visit.clip = self.visit.clip, None
        if clip is not None:
            self.worker.submit("retry", lambda: self._discard(clip))

    def delete_take(self) -> None:
        clip, self.visit.clip = self.visit.clip, None
        if clip is not None:
            self.worker.submit("delete", lambda: self._discard(clip))

    def _discard(self, clip: Clip) -> Clip:
        self.store.discard(clip)
        return clip

    def _keep_unreviewed(self) -> None:
        self.review.stop_playback()
        clip, self.visit.clip = self.visit.clip, None
        if clip is not None:
            self.worker.submit("keep-unreviewed", lambda: self.store.keep(clip, reviewed=False))

    def _thanks_over(self) -> None:
        self.thanks_timer.stop()
        if self.current == Screen.THANKS:
            self.set_language(self.config.language)
            self.go(Screen.ATTRACT)

    # -- results from the disk worker -------------------------------------------------------------------

    def _job_done(self, token: str, result, error: str) -> None:
        if token == "start-take":
            self._take_started(error)
        elif token in ("keep", "keep-unreviewed"):
            if error:
                self.facilitator_notes.append(self.tr("A clip could not be kept: %1").replace("%1", error))
            else:
                self.clip_kept.emit(result)
            # The media is on disk under a sidecar that already holds the code: if the sidecar could not be
            # updated now, the next start recovers the clip, so the attendee's code stays good either way.
            if token == "keep" and self.current == Screen.REVIEW and self.visit.kept_code:
                self.thanks.show_code(self.visit.kept_code)
                self.go(Screen.THANKS)
                self.thanks_timer.start(int(self.THANKS_SECONDS * 1000))
        elif token in ("retry", "delete"):
            if error:
                self.facilitator_notes.append(self.tr("A clip could not be deleted: %1").replace("%1", error))
            else:
                self.clip_discarded.emit(result)
            if self.current == Screen.REVIEW:
                if token == "retry":
                    self.show_prompt(self.visit.card_id)
                else:
                    self.go(Screen.ATTRACT)
        elif token == "recover":
            self.recovery_reports = list(result or []) + ([error] if error else [])
            self.recovery_finished.emit(self.recovery_reports)
        elif token == "pin":
            self._pin_checked(result, error)

    # -- devices -----------------------------------------------------------------------------------------

    def _show_frame(self) -> None:
        frame = self.feed.latest_frame()
        if self.current == Screen.RECORDING:
            self.recording.preview.show_frame(frame)
        elif self.current == Screen.COUNTDOWN:
            self.countdown.preview.show_frame(frame)
        elif self.current == Screen.FACILITATOR and self.facilitator.current_page() == "settings":
            self.facilitator.settings_page.show_frame(frame)

    def _show_level(self) -> None:
        if self.facilitator.current_page() == "settings":
            self.facilitator.settings_page.show_level(self.feed.level)

    def _device_lost(self, reason: str) -> None:
        self.facilitator_notes.append(reason)
        self._show_notices()
        self.facilitator.settings_page.show_devices(self.device_lines())

    def use_devices(self, changes: dict) -> None:
        """The settings page's "Use these devices": the typed devices, validated, replace the running ones."""
        page = self.facilitator.settings_page
        if self._take_may_be_recording():
            page.show_devices_refused(self.tr("a take is being recorded. Try again when it has finished."))
            return
        try:
            config = self.config.with_changes(**changes)
        except ConfigError as error:
            page.show_devices_refused(str(error))
            return
        self.switch_devices(config)

    def _take_may_be_recording(self) -> bool:
        return self.current in (Screen.COUNTDOWN, Screen.RECORDING)

    def switch_devices(self, config: Config) -> bool:
        """Opens `config`'s camera and microphone off the GUI thread and swaps them in, without a restart.

        The same spec again reopens the device: how a camera that was unplugged and plugged back comes back.
        Refused while a take may be recording, whose encoder is fed by the sources in use.
        """
        page = self.facilitator.settings_page
        if self._take_may_be_recording():
            page.show_devices_refused(self.tr("a take is being recorded. Try again when it has finished."))
            return False
        if not self.feed.switch(lambda: open_started_devices(config)):
            page.show_devices_refused(self.tr("the camera and microphone are already being changed."))
            return False
        self._switched_config = config
        page.show_switching()
        return True

    def _devices_switched(self, problems: list[str]) -> None:
        config = self._switched_config
        # The running kiosk uses these now; saving them for the next start is the Save button's work.
        self.config = replace(self.config, **{name: getattr(config, name) for name in self.DEVICE_FIELDS})
        self.device_problems = list(problems)
        self._show_notices()
        page = self.facilitator.settings_page
        page.show_devices(self.device_lines())
        page.show_switched(problems)

    def device_lines(self) -> list[str]:
        """One line a source: its name, and any notice or the reason it was lost."""
        lines = []
        for kind, source in ((self.tr("Camera"), self.feed.camera), (self.tr("Microphone"), self.feed.microphone)):
            if source is None:
                state = self.tr("none")
            elif source.lost_reason:
                state = f"{translate_notice(source.name)}: {source.lost_reason}"
            else:
                state = translate_notice(source.name) + "".join(
                    f" ({text})" for text in (translate_notice(source.notice), source.detail) if text)
            lines.append(f"{kind}: {state}")
        return lines

    def notices(self) -> list[str]:
        """Plain sentences for the attract screen on what the kiosk is missing."""
        found = []
        for kind, source in (("camera", self.feed.camera), ("microphone", self.feed.microphone)):
            if source is None:
                found.append(self.tr("There is no camera, so only sound is recorded.") if kind == "camera"
                             else self.tr("There is no microphone, so only pictures are recorded."))
            elif source.lost_reason:
                found.append(self.tr("The camera has stopped working. Please tell a facilitator.") if kind == "camera"
                             else self.tr("The microphone has stopped working. Please tell a facilitator."))
            elif source.notice:
                found.append(translate_notice(source.notice))
        return found

    def _show_notices(self) -> None:
        self.attract.show_notices(self.notices())

    # -- the facilitator's way in ------------------------------------------------------------------------

    def open_pin(self) -> None:
        if self.current in PIN_FROM:
            self.countdown_timer.stop()
            self.pin.reset()
            self.go(Screen.PIN)

    def check_pin(self, typed: str) -> None:
        self.worker.submit("pin", lambda: (self.pins.check(typed), self.store.free_bytes(), typed == DEFAULT_PIN))

    def _pin_checked(self, result, error: str) -> None:
        if self.current != Screen.PIN:
            return
        if error or result is None:
            self.pin.show_refused(0)
            self.facilitator_notes.append(error)
            return
        check, free_bytes, is_default = result
        if not check.accepted:
            self.pin.show_refused(check.wait_seconds)
            if check.wait_seconds > 0:
                self.pin_wait_timer.start(self.pin, check.wait_seconds)
            return
        self.default_pin = is_default
        self.facilitator.show_status(self.status_lines(free_bytes, is_default))
        self.go(Screen.FACILITATOR)
        self.panel.opened()

    def apply_config(self, config: Config) -> bool:
        """Settings saved in the panel, from the next attendee on; True when the devices changed (and are being opened)."""
        devices_changed = any(getattr(config, name) != getattr(self.config, name) for name in self.DEVICE_FIELDS)
        self.config = config
        if devices_changed:
            self.switch_devices(config)
        # Scope ids cannot change in the panel, so the consent screen keeps its buttons and takes the new texts.
        self.attract.event_name = config.event_name.en
        self.consent.consent_text, self.consent.scopes = config.consent_text, config.scopes
        self.cards.show_cards(config.cards)
        self.attract.show_cards(config.cards)
        self.prompt.max_seconds = config.max_seconds
        for screen in self.screens.values():
            screen.retranslate()
        return devices_changed

    def status_lines(self, free_bytes: int, default_pin: bool = False, facts: StatusFacts | None = None) -> list[str]:
        lines = [self.tr("Event: %1").replace("%1", self.config.event_name.en)]
        lines.extend(self.device_lines())
        lines.append(self.tr("Free space for recordings: %1 MB").replace("%1", f"{free_bytes // (1024 * 1024):,}"))
        lines.append(self.tr("Recording pauses when less than %1 MB is free.").replace("%1", f"{self.config.min_free_mb:,}"))
        if facts is not None:
            rate = f"{facts.bytes_per_second * 60 / MEGABYTE:.0f}"
            lines.append((self.tr("That is about %1 minutes of recording (%2 MB a minute, measured on today's clips).")
                          if facts.measured else
                          self.tr("That is about %1 minutes of recording (%2 MB a minute, estimated for 720p)."))
                         .replace("%1", f"{facts.minutes_left(self.config.min_free_mb):,.0f}").replace("%2", rate))
            lines.append(self.tr("Clips today: %1").replace("%1", str(facts.clips_today)))
            lines.append(self.tr("Speaker: %1").replace("%1", facts.speaker) if facts.speaker else
                         self.tr("Speaker: none, so takes are played back without sound."))
        if self.recovery_reports is None:
            lines.append(self.tr("Crash recovery: still checking…"))
        elif not self.recovery_reports:
            lines.append(self.tr("Crash recovery: nothing needed repair."))
        else:
            lines.append(self.tr("Crash recovery:"))
            lines.extend(f"  • {report}" for report in self.recovery_reports)
        if default_pin:
            lines.append(self.tr("The PIN is still the default one: please change it."))
        if self.facilitator_notes:
            lines.append(self.tr("Last error: %1").replace("%1", self.facilitator_notes[-1]))
        problems = self.config_problems + self.device_problems + self.facilitator_notes[:-1]
        if facts is not None:
            problems += list(facts.problems)
        lines.extend(f"  • {problem}" for problem in problems)
        if facts is not None and facts.faults:
            lines.append(self.tr("Latest faults in the log (logs/kiosk.log in the recordings folder):"))
            lines.extend(f"  • {fault}" for fault in facts.faults)
        return lines
