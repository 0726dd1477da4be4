"""Synthetic speech for the transcript tests and benchmark: espeak-ng voices, pink noise, sounds that are not speech,
clips made of them, a lenient word error rate."""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

import av
import jiwer
import numpy as np
import soundfile as sf

RATE = 48_000  # what the kiosk records; a file microphone plays at its file's rate


def speak(text: str, path: Path, voice: str = "en", rate_hz: int = RATE, words_per_minute: int = 160,
          tail_seconds: float = 0.0) -> Path:
    """Writes `text` spoken by espeak-ng (`voice` as `espeak-ng --voices=en` lists, e.g. "en-gb", "en+f3") to a
    mono float WAV at `rate_hz`, followed by `tail_seconds` of silence (a file microphone ends the take when its
    file ends, so a recording longer than the speech needs the silence)."""
    path = Path(path)
    with tempfile.TemporaryDirectory(prefix="speech-") as folder:
        raw = Path(folder) / "espeak.wav"
        # Through stdin, so a text that starts with "-" is never read as an option.
        subprocess.run(["espeak-ng", "-v", voice, "-s", str(words_per_minute), "-w", str(raw), "--stdin"],
                       input=text.encode(), check=True, capture_output=True, timeout=120)
        samples = _resampled(raw, rate_hz)  # espeak-ng speaks at 22.05 kHz
    samples = np.concatenate([samples, np.zeros(int(tail_seconds * rate_hz), np.float32)])
    sf.write(str(path), samples, rate_hz, subtype="FLOAT")
    return path


def _resampled(path: Path, rate_hz: int) -> np.ndarray:
    resampler = av.AudioResampler(format="flt", layout="mono", rate=rate_hz)
    pieces = []
    with av.open(str(path)) as container:
        for frame in container.decode(audio=0):
            pieces += [out.to_ndarray().reshape(-1) for out in resampler.resample(frame)]
    pieces += [out.to_ndarray().reshape(-1) for out in resampler.resample(None)]
    return np.concatenate(pieces).astype(np.float32)


def pink_noise(length: int, seed: int) -> np.ndarray:
    """Noise whose power falls 3 dB an octave, like a hall's hubbub more than white noise is; unit mean power."""
    spectrum = np.fft.rfft(np.random.default_rng(seed).standard_normal(length))
    frequencies = np.arange(len(spectrum), dtype=np.float64)
    frequencies[0] = 1.0  # the mean (0 Hz) is kept as drawn rather than divided by zero
    noise = np.fft.irfft(spectrum / np.sqrt(frequencies), length)
    noise -= noise.mean()
    return (noise / np.sqrt(np.mean(noise**2))).astype(np.float32)


def power_db(samples: np.ndarray) -> float:
    return float(10 * np.log10(np.mean(np.asarray(samples, np.float64) ** 2)))


def add_noise(samples: np.ndarray, snr_db: float, seed: int = 0) -> np.ndarray:
    """`samples` plus pink noise at `snr_db` below their mean power over the whole clip (pauses included).

    The sum may exceed ±1 at low SNR: write it as a float WAV, or scale both together (which keeps the SNR)."""
    samples = np.asarray(samples, np.float32)
    noise = pink_noise(samples.shape[0], seed)
    if samples.ndim == 2:
        noise = noise[:, None]
    gain = 10 ** ((power_db(samples) - snr_db) / 20)
    return samples + gain * noise



# -- sounds that are not speech, which Whisper alone turned into words ------------------------------------------------

def demo_tone(seconds: float, rate_hz: int = RATE) -> np.ndarray:
    """The kiosk's own demo tone (what it records with no microphone), as its synthetic microphone makes it."""
    from kiosk.capture.microphone import SyntheticMicrophone

    return SyntheticMicrophone(rate_hz)._next_block(int(seconds * rate_hz))[:, 0]


def pink_at(seconds: float, dbfs: float, rate_hz: int = RATE, seed: int = 1) -> np.ndarray:
    """Pink noise `seconds` long at a mean power of `dbfs` decibels against 1 (a full-scale sine's is -3)."""
    return (pink_noise(int(seconds * rate_hz), seed) * 10 ** (dbfs / 20)).astype(np.float32)


def room_noise(seconds: float, rate_hz: int = RATE, seed: int = 2) -> np.ndarray:
    """A hall with nobody at the kiosk: a low rumble, mains hum, a faint hiss, and a few footsteps or a chair."""
    rng = np.random.default_rng(seed)
    length = int(seconds * rate_hz)
    times = np.arange(length) / rate_hz
    spectrum = np.fft.rfft(rng.standard_normal(length))
    frequencies = np.fft.rfftfreq(length, 1 / rate_hz)
    # Power falling 6 dB an octave from 20 Hz (brown noise: ventilation, traffic through a wall), nothing below it.
    rumble = np.fft.irfft(np.where(frequencies < 20, 0, spectrum / np.maximum(frequencies, 20)), length)
    rumble /= np.abs(rumble).max()
    hum = sum(np.sin(2 * np.pi * 50 * harmonic * times) / harmonic for harmonic in (1, 2, 3))
    sound = 0.05 * rumble + 0.01 * hum + 0.003 * rng.standard_normal(length)
    knock = int(0.1 * rate_hz)
    for at in rng.uniform(0, max(0.0, seconds - 0.2), max(1, int(seconds / 2))):
        start = int(at * rate_hz)
        piece = sound[start:start + knock]
        piece += 0.2 * rng.standard_normal(len(piece)) * np.exp(-np.arange(len(piece)) / (rate_hz / 80))
    return sound.astype(np.float32)


NOTES_HZ = {"C": 261.63, "D": 293.66, "E": 329.63, "F": 349.23, "G": 392.0, "A": 440.0, "B": 493.88}


def chords(seconds: float, rate_hz: int = RATE) -> np.ndarray:
    """Music, roughly: C, F, G and A minor chords of plucked notes with harmonics, two beats a second, a tune above."""
    progression = ("CEG", "FAC", "GBD", "ACE")
    beat = int(0.5 * rate_hz)
    sound = np.zeros(int(seconds * rate_hz), np.float32)
    for number, start in enumerate(range(0, len(sound), beat)):
        times = np.arange(min(beat, len(sound) - start)) / rate_hz
        pluck = np.exp(-3 * times)
        notes = [(NOTES_HZ[name], 0.08) for name in progression[number // 4 % 4]]
        notes.append((2 * NOTES_HZ["CDEFGAB"[number % 7]], 0.06))
        for frequency, level in notes:
            sound[start:start + len(times)] += level * pluck * sum(
                np.sin(2 * np.pi * frequency * harmonic * times) / harmonic for harmonic in (1, 2, 3))
    return sound


def speech_bounds(samples: np.ndarray, rate_hz: int = RATE, floor: float = 1e-3) -> tuple[float, float]:
    """Where a clean synthetic voice starts and stops in `samples`, in seconds (its first and last sample above
    `floor`): the truth cue times are measured against."""
    loud = np.flatnonzero(np.abs(samples) > floor)
    return float(loud[0] / rate_hz), float((loud[-1] + 1) / rate_hz)


def keep_sound_clip(store, samples: np.ndarray, rate_hz: int = RATE, perspective: str = "community"):
    """A kept sound-only clip of `samples` in `store` (a kiosk.store.ClipStore), written by the kiosk's own MP4
    writer (so AAC, as a take is) without recording in real time."""
    from kiosk.recording.take import TakeResult
    from kiosk.recording.writer import Mp4Writer
    from kiosk.store import ClipTags

    clip = store.begin(ClipTags("Tests", perspective, "What would make this place better?", "event-only"))
    writer = Mp4Writer(clip.media_path, None, rate_hz)
    block = rate_hz // 10
    for start in range(0, len(samples), block):
        writer.write_audio(np.asarray(samples[start:start + block], np.float32)[:, None])
    writer.close()
    clip = store.finish(clip, TakeResult(clip.media_path, duration=len(samples) / rate_hz, audio_rate=rate_hz,
                                         microphone="test sound"))
    return store.keep(clip)

# British spellings espeak-ng reads the same as the American ones a model may write.
SPELLINGS = {"centre": "center", "centres": "centers", "theatre": "theater", "colour": "color",
             "neighbour": "neighbor", "neighbours": "neighbors", "neighbourhood": "neighborhood",
             "favourite": "favorite", "programme": "program", "organised": "organized", "realise": "realize"}
_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
         "seventeen eighteen nineteen").split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def number_words(number: int) -> str:
    """0 to 999 999 in words as spoken without "and": 125 -> "one hundred twenty five"."""
    if number < 20:
        return _ONES[number]
    if number < 100:
        return _TENS[number // 10] + ("" if number % 10 == 0 else " " + _ONES[number % 10])
    if number < 1000:
        rest = number % 100
        return _ONES[number // 100] + " hundred" + (" " + number_words(rest) if rest else "")
    rest = number % 1000
    return number_words(number // 1000) + " thousand" + (" " + number_words(rest) if rest else "")


def normalised(text: str) -> str:
    """Lower case; "%" as "percent"; whole numbers under a million in words ("20" -> "twenty", "1,200" -> "one
    thousand two hundred"); punctuation, hyphens and apostrophes gone ("don't" -> "dont", "twenty-five" -> "twenty
    five"); British spellings in SPELLINGS made American. Nothing else is forgiven ("a hundred and five" is not
    "105": keep such numbers out of reference sentences)."""
    text = text.lower().replace("%", " percent ")
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text)  # 1,200 -> 1200
    text = re.sub(r"\d+", lambda match: f" {number_words(int(match.group()))} " if len(match.group()) <= 6
                  else match.group(), text)
    text = re.sub(r"['’]", "", text)
    words = re.sub(r"[^a-z0-9]+", " ", text).split()
    return " ".join(SPELLINGS.get(word, word) for word in words)


def word_error_rate(reference: str, hypothesis: str) -> float:
    """(substitutions + deletions + insertions) / words in the reference, both normalised (see `normalised`)."""
    return float(jiwer.wer(normalised(reference), normalised(hypothesis)))


def word_errors(reference: str, hypothesis: str) -> tuple[int, int]:
    """(errors, reference words) after normalising, so several clips' rates can be pooled."""
    measures = jiwer.process_words(normalised(reference), normalised(hypothesis))
    errors = measures.substitutions + measures.deletions + measures.insertions
    return errors, measures.substitutions + measures.deletions + measures.hits
