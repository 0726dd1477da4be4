"""Synthetic speech for the transcript tests and benchmark: espeak-ng voices, pink noise, a lenient word error rate."""

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
