"""Transcripts made in the background: `kiosk transcribe --background` as a child process, paused while a take records."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QProcess, QProcessEnvironment, Signal

from kiosk.config import Config
from kiosk.sentence import Sentence
from kiosk.store import Clip
from kiosk.transcripts import TRANSCRIPTS_OFF_EXIT, needs_transcript
from kiosk.transcripts.engine import OFF as OFF_SETTING
from kiosk.ui.clip_index import WatchedClips
from kiosk.ui.notes import KioskNotes

log = logging.getLogger(__name__)

RUNNING, OFF, IDLE = "running", "off", "idle"
LONGEST_REASON = 300  # characters of the child's last line kept for the panel


class TranscriptionService(QObject):
    """Owns at most one transcribing child process for the kiosk's recordings folder.

    `request()` after each Keep: the command transcribes every kept clip without a transcript, so a request that
    comes while a run is under way is one more run when it ends. `take_recording(True)` suspends the child (and
    holds back a new one) until `take_recording(False)`: a take never shares the CPU with the speech model. The
    child also runs at low priority itself (`--background`). The GUI thread never waits on it, except in `shutdown`.

    `command`: the child's argv, for tests; by default `python -m kiosk transcribe` for `recordings`.
    """

    STOP_MS = 5000  # how long shutdown() lets the child end on its own before it is killed

    state_changed = Signal()  # a run started or ended, or transcripts were found to be off: the panel looks again

    def __init__(self, recordings: Path, config: Callable[[], Config], notes: KioskNotes,
                 clips: WatchedClips | None = None, command: Sequence[str] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.recordings, self.config, self.notes = Path(recordings), config, notes
        self.clips = clips  # the index: a clip that appears or changes and waits for a transcript asks for a run
        if clips is not None:
            clips.clips_added.connect(self.clips_kept)
            clips.clips_changed.connect(self.clips_kept)
        self.command = list(command) if command is not None else None
        self.off_reason = ""  # why transcripts are off (from the child's last line); "" while they are on
        self._process: QProcess | None = None
        self._again = False  # asked for while a run or a take was under way: one more run after it
        self._take_recording = False
        self._suspended = False
        self._closed = False
        self._asked: set[tuple[str, str, str]] = set()  # clips (id, status, transcript) a run was asked for

    @property
    def state(self) -> str:
        """RUNNING (a run under way, perhaps paused for a take), OFF (see `off_reason`) or IDLE."""
        if self._process is not None:
            return RUNNING
        return OFF if self.off_reason else IDLE

    @property
    def pid(self) -> int | None:
        return self._process.processId() if self._process is not None else None

    def request(self) -> None:
        """Clips may be waiting for a transcript: one run now, or one more after the run (or the take) under way."""
        if self._closed or self.off_reason:
            return
        if self.config().transcript_model.strip() == OFF_SETTING:  # known here: no process needs starting to say so
            self.off_reason = self.tr("Transcripts are off in the event's settings.")
            self.state_changed.emit()
            return
        if self._process is not None or self._take_recording:
            self._again = True
        else:
            self._start()

    def clips_kept(self, clips: list[Clip]) -> None:
        """Clips kept here, or seen by the index (`kiosk record` into this folder, a synced copy): a run if one of
        them waits for a transcript and has not asked for one as it is now (the index announces a Keep's clip too)."""
        waiting = {(clip.sidecar.id, clip.sidecar.status, clip.sidecar.transcript) for clip in clips
                   if needs_transcript(clip)}
        if waiting - self._asked:
            self._asked |= waiting
            self.request()

    def settings_changed(self) -> None:
        """The event's settings were saved: transcripts that were off may be on now."""
        if self.off_reason:
            self.off_reason = ""
            self.state_changed.emit()
            self.request()

    def take_recording(self, recording: bool) -> None:
        """While a take counts down or records, the child is suspended and no new one starts."""
        if recording == self._take_recording:
            return
        self._take_recording = recording
        if recording:
            self._suspend()
        else:
            self._resume()
            if self._process is None and self._again:
                self._start()

    def shutdown(self) -> None:
        """Ends the run under way (the kiosk is closing, so waiting a few seconds for it is right here)."""
        self._closed = True
        process, self._process = self._process, None
        if process is None:
            return
        self._resume(process)
        # A transcript is written whole or not at all, so ending it mid-clip loses nothing but time. Windows has no
        # SIGTERM for a console child (terminate() only posts WM_CLOSE, which it never reads): kill it at once.
        if sys.platform == "win32":
            process.kill()
        else:
            process.terminate()
        if not process.waitForFinished(self.STOP_MS):
            process.kill()
            process.waitForFinished(-1)

    # -- the child process ------------------------------------------------------------------------------

    def _argv(self) -> list[str]:
        if self.command is not None:
            return self.command
        argv = [sys.executable, "-m", "kiosk", "transcribe", "--recordings", str(self.recordings), "--background"]
        source = self.config().source
        if source is not None and Path(source).is_file():
            argv += ["--config", str(source)]
        return argv

    def _start(self) -> None:
        process = QProcess(self)
        environment = QProcessEnvironment.systemEnvironment()
        environment.remove("QT_QPA_PLATFORM")  # the child imports no Qt; nothing of the kiosk's screen set-up is its
        process.setProcessEnvironment(environment)
        process.setStandardOutputFile(QProcess.nullDevice())  # its summary line: the sidecars say the same
        process.finished.connect(lambda code, status: self._finished(process, code, status))
        process.errorOccurred.connect(lambda error: self._failed_to_start(process, error))
        program, *arguments = self._argv()
        self._process, self._suspended, self._again = process, False, False
        process.start(program, arguments)
        self.state_changed.emit()

    def _finished(self, process: QProcess, code: int, status: QProcess.ExitStatus) -> None:
        if process is not self._process:
            return  # shutdown() stopped it
        self._process = None
        last_line = _last_line(process)
        process.deleteLater()
        if status != QProcess.ExitStatus.NormalExit:
            self._note(self.tr("it stopped unexpectedly"))
        elif code == TRANSCRIPTS_OFF_EXIT:  # no model, or turned off: asking again is useless until settings change
            self.off_reason = last_line or self.tr("Transcripts are off.")
            self._again = False
        elif code != 0:
            self._note(last_line or self.tr("exit code %1").replace("%1", str(code)))
        self.state_changed.emit()
        if self._again and not self._take_recording:
            self._start()

    def _failed_to_start(self, process: QProcess, error: QProcess.ProcessError) -> None:
        if process is not self._process or error != QProcess.ProcessError.FailedToStart:
            return  # a crash also ends in finished(), which says so
        self._process = None
        process.deleteLater()
        self._note(process.errorString())
        self.state_changed.emit()

    def _note(self, why: str) -> None:
        log.warning("background transcription failed: %s", why)
        self.notes.errors.append(Sentence("TranscriptionService", QT_TRANSLATE_NOOP(
            "TranscriptionService", "Transcription did not finish (%1); it is tried again after the next Keep."),
            (why.rstrip("."),)))

    def _suspend(self) -> None:
        if self._process is not None and not self._suspended:
            self._suspended = _signal_child(self._process, "suspend")

    def _resume(self, process: QProcess | None = None) -> None:
        process = self._process if process is None else process
        if process is not None and self._suspended:
            _signal_child(process, "resume")
            self._suspended = False


def _signal_child(process: QProcess, action: str) -> bool:
    """psutil's suspend / resume of the child (SIGSTOP / SIGCONT, or its threads on Windows); False if it is gone."""
    import psutil  # when first needed: its Linux backend needs `resource`, which test_portability takes away as Windows would

    pid = process.processId()
    if pid <= 0:
        return False
    try:
        getattr(psutil.Process(pid), action)()
    except psutil.Error as error:  # it ended meanwhile: finished() is on its way
        log.info("the transcriber could not be %sed: %s", action.rstrip("e"), error)
        return False
    return True


def _last_line(process: QProcess) -> str:
    """The child's last line on stderr, without its "kiosk: " prefix: the CLI's one sentence about what happened."""
    text = bytes(process.readAllStandardError()).decode("utf-8", "replace").strip()
    line = text.splitlines()[-1].strip() if text else ""
    return line.removeprefix("kiosk:").strip()[:LONGEST_REASON]
