"""The synthetic speech the transcript tests and benchmark use: espeak-ng at 48 kHz, pink noise at a given SNR, WER."""

import shutil

import numpy as np
import pytest
import soundfile as sf

from tests.speech import add_noise, normalised, power_db, speak, word_error_rate

pytestmark = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")


def test_speak_writes_48_khz_mono_of_plausible_length(tmp_path):
    text = "The bus from the village only runs twice a day, so most of us walk."  # 15 words
    path = speak(text, tmp_path / "speech.wav", voice="en-gb", words_per_minute=150, tail_seconds=1.0)
    info = sf.info(str(path))
    assert (info.samplerate, info.channels) == (48_000, 1)
    assert 15 / 150 * 60 * 0.6 + 1.0 < info.duration < 15 / 150 * 60 * 1.6 + 1.0
    samples, _ = sf.read(str(path), dtype="float32")
    assert np.abs(samples[-48_000:]).max() == 0  # the tail is silence
    assert np.abs(samples).max() > 0.1  # and the rest is not


@pytest.mark.parametrize("snr_db", [10.0, 0.0])
def test_add_noise_gives_the_snr_asked(tmp_path, snr_db):
    samples, _ = sf.read(str(speak("We need more benches in the park.", tmp_path / "s.wav")), dtype="float32")
    noise = add_noise(samples, snr_db, seed=3) - samples
    assert abs(power_db(samples) - power_db(noise) - snr_db) <= 0.5


def test_pink_noise_falls_with_frequency():
    noise = add_noise(np.ones(480_000, np.float32), 0.0, seed=1) - 1.0
    power = np.abs(np.fft.rfft(noise)) ** 2
    frequency = np.fft.rfftfreq(len(noise), 1 / 48_000)

    def octave(low: float) -> float:
        return power[(frequency >= low) & (frequency < 2 * low)].sum()

    assert 0.7 < octave(4000) / octave(250) < 1.4  # pink: the same power in every octave (white: 16 times more)


def test_word_error_rate_counts_a_substitution_and_forgives_only_what_it_says():
    reference = "Twenty people came to the centre on Tuesday."
    assert word_error_rate(reference, "20 people came to the center on tuesday") == 0.0
    assert word_error_rate(reference, "Twenty people came to the concert on Tuesday!") == pytest.approx(1 / 8)
    assert word_error_rate(reference, "Twenty people came to the centre") == pytest.approx(2 / 8)
    assert normalised("It's twenty-five, not 1,200%.") == "its twenty five not one thousand two hundred percent"
