"""Offline transcripts: word error rate on synthetic speech, speed and memory, the clip path, and a take beside them.

    python benchmarks/transcribe_benchmark.py [--quick] [--out benchmarks/transcribe_results.json]

(1) `accuracy`: espeak-ng speaks SENTENCES (a community event's attendees, written for this benchmark) in each of
    VOICES, one clip a voice; each clip clean and with pink noise at 10 dB and 0 dB SNR (noise power against the
    clip's mean power, pauses included). The kiosk's own Transcriber (the offline tiny.en, int8, 2 threads) runs in a
    child process; word error rates are pooled over the clip's words and forgive only what tests/speech.py says
    (case, punctuation, centre/center, "20"/"twenty").
(2) `speed`: from the same child: model load time, each clip's wall and CPU time against its length (the real-time
    factor), and the child's peak RSS (from wait4, its own and not a sampler's).
(3) `clip_path`: the sentences through `kiosk record --microphone file:speech.wav --camera synthetic` (so through the
    AAC encoder), then `kiosk transcribe --recordings DIR`; the .vtt's text against the sentences.
(4) `not_speech`: clips nobody speaks in (the kiosk's demo tone, pink noise at several levels, room noise, a 1 s
    and a 0.6 s take, chords, digital silence): on how many the engine writes any text at all ("x of N"; target 0).
(5) `timing`: sentences spoken one at a time with pauses between (silent, and filled with pink noise), so where the
    speech really is is known from the samples: each sentence's cues' first start and last end against it, and any
    text in the pauses.
(1), (4) and (5) run twice in the same child: with the engine before issue 16 (Whisper alone on the whole file, no
voice-activity check) and with the kiosk's own Transcriber now (Silero decides where speech is), for a before/after.
(6) `take`: a 60 s take at 1280x720 @ 30 fps (`kiosk record --camera synthetic --microphone synthetic`) alone, then
    while `kiosk transcribe --background --redo` runs again and again on a folder of long speech clips, so it is
    busy the whole take; the take's dropped frames from its sidecar.
The machine is shared: wall times move with its load (given, before and after), CPU times less so.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soundfile as sf

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from kiosk.recording.take import TakeResult  # noqa: E402
from kiosk.recording.writer import Mp4Writer  # noqa: E402
from kiosk.store import ClipStore, ClipTags  # noqa: E402
from tests.speech import (RATE, add_noise, chords, demo_tone, pink_at, room_noise, speak, speech_bounds,  # noqa: E402
                          word_errors)

SENTENCES = (
    "I moved here four years ago and the library was the first place that felt welcoming.",
    "My daughter plays football on Saturday mornings, but the changing rooms need fixing.",
    "We could use more benches along the river path for older people who walk slowly.",
    "The food bank helps around fifty families every week, and they always need volunteers.",
    "I would love to see a film night in the community centre once a month.",
    "Parking near the school is dangerous at the end of the day when everyone arrives at once.",
    "Young people need somewhere warm to go in the evenings that does not cost any money.",
    "Thank you for asking, it is good to know that someone is actually listening.",
)
# espeak-ng voices (`espeak-ng --voices=en`): British, American, a female variant, Scottish, West Midlands, Caribbean.
VOICES = ("en-gb", "en-us", "en+f3", "en-gb-scotland", "en-gb-x-gbcwmd", "en-029")
NOISE_DB = (None, 10.0, 0.0)  # None: clean
ENGINES = ("before", "now")  # Whisper alone on the whole file; the kiosk's Transcriber with Silero deciding
NOT_SPEECH = {  # what it is: how to make it (48 kHz samples)
    "demo tone, 20 s": lambda: demo_tone(20),
    "demo tone, 0.6 s take": lambda: demo_tone(0.6),
    "digital silence, 5 s": lambda: np.zeros(5 * RATE, np.float32),
    **{f"pink noise {level} dBFS, 10 s": (lambda level=level: pink_at(10, level, seed=-level))
       for level in (-50, -40, -30, -20, -10)},
    "room noise, 15 s": lambda: room_noise(15),
    "room noise, 1 s take": lambda: room_noise(1, seed=3),
    "chords, 12 s": lambda: chords(12),
}
PAUSE_SECONDS = 3.0  # between the timing set's sentences
WORDS_PER_MINUTE = 160
TAKE_SIZE = ("1280", "720", "30")
BUSY_CLIPS = 4  # long speech clips the transcriber works through again and again during the take


@dataclass(frozen=True)
class Run:
    returncode: int
    stdout: str
    stderr: str
    wall_seconds: float
    cpu_seconds: float
    peak_rss_mb: float


def high_water_mb(pid: int) -> float:
    """The process's peak RSS so far (VmHWM), 0 once it has ended."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    lines = [line for line in status.splitlines() if line.startswith("VmHWM:")]
    return int(lines[0].split()[1]) / 1024 if lines else 0.0


def run_measured(command: list[str], on_start=None) -> Run:
    """Runs `command` to its end, with its own CPU time (from wait4) and peak RSS.

    Not wait4's ru_maxrss: Linux counts in it the memory of the process before it exec'd, a copy of this one's.
    VmHWM is reset at exec and only rises, so reading it every 50 ms misses only what grows in the last 50 ms."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        began = time.perf_counter()
        child = subprocess.Popen(command, stdout=out, stderr=err, cwd=tempfile.gettempdir())
        if on_start:
            on_start(child)
        peak, ended = [0.0], threading.Event()

        def sample() -> None:
            while not ended.wait(0.05):
                peak[0] = max(peak[0], high_water_mb(child.pid))

        sampler = threading.Thread(target=sample, name="benchmark:memory")
        sampler.start()
        try:
            _, status, usage = os.wait4(child.pid, 0)
        finally:
            ended.set()
            sampler.join()
        wall = time.perf_counter() - began
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Run(child.returncode, out.read().decode(), err.read().decode(), wall,
                   usage.ru_utime + usage.ru_stime, peak[0])


def kiosk(*arguments: str) -> list[str]:
    return [sys.executable, "-m", "kiosk", *arguments]


def checked(run: Run, what: str) -> Run:
    if run.returncode != 0:
        raise SystemExit(f"{what} failed ({run.returncode}): {run.stderr.strip()[-2000:]}")
    return run


# -- (1) and (2): the Transcriber in a child process ---------------------------------------------------------------

def transcribe_files(jobs: list[str]) -> dict:
    """In the child: loads the model once, then transcribes each file with each engine; times and segments."""
    import soundfile

    began = time.perf_counter()
    from kiosk.transcripts.engine import Transcriber, clip_sound, find_model, heard, hearing_limit, speech_spans

    model = find_model("")
    transcriber = Transcriber(model)
    load_seconds = time.perf_counter() - began

    def before(path: Path) -> list:
        # The engine as it was until issue 16: Whisper alone, on the whole file as faster-whisper decodes it.
        segments, _ = transcriber._whisper.transcribe(str(path), language="en", beam_size=5,
                                                      condition_on_previous_text=False)
        return [(segment.start, segment.end, segment.text.strip()) for segment in segments if segment.text.strip()]

    unfiltered = {}

    def now(path: Path) -> list:
        # Transcriber.transcribe's steps, keeping what Whisper wrote before the speech filter had its say.
        sound = clip_sound(path, hearing_limit(soundfile.info(str(path)).duration))
        speech = speech_spans(sound)
        segments = transcriber.segments(sound, "en") if speech else []
        unfiltered[path] = " ".join(segment.text.strip() for segment in segments if segment.text.strip())
        return heard(segments, speech)

    clips = []
    for path in jobs:
        clip = {"path": path}
        for name, engine in zip(ENGINES, (before, now)):
            cpu, wall = time.process_time(), time.perf_counter()
            segments = engine(Path(path))
            clip[name] = {"wall_seconds": time.perf_counter() - wall, "cpu_seconds": time.process_time() - cpu,
                          "segments": [(round(start, 3), round(end, 3), text) for start, end, text in segments],
                          "text": " ".join(text for _, _, text in segments)}
        clip["now"]["unfiltered_text"] = unfiltered[Path(path)]
        clips.append(clip)
    return {"model": model.label, "load_seconds": load_seconds, "clips": clips}


def run_child(folder: Path, jobs: list[str]) -> tuple[dict, Run]:
    (folder / "jobs.json").write_text(json.dumps(jobs))
    run = checked(run_measured([sys.executable, __file__, "--transcribe-files", str(folder / "jobs.json")]),
                  "The transcribing child")
    return json.loads(run.stdout.splitlines()[-1]), run


def accuracy_jobs(folder: Path, voices, sentences, noises) -> tuple[list[str], list[tuple]]:
    jobs, conditions = [], []
    for voice in voices:
        clean = speak(" ".join(sentences), folder / f"{voice}.wav", voice=voice, words_per_minute=WORDS_PER_MINUTE)
        samples, _ = sf.read(str(clean), dtype="float32")
        for noise in noises:
            path = clean
            if noise is not None:
                path = folder / f"{voice}-{noise:g}dB.wav"
                sf.write(str(path), add_noise(samples, noise, seed=len(jobs)), RATE, subtype="FLOAT")
            jobs.append(str(path))
            conditions.append((voice, noise, len(samples) / RATE))
    return jobs, conditions


def accuracy_and_speed(reference: str, conditions, results: list[dict], child: dict, run: Run) -> dict:
    clips, by_condition = [], {}
    for (voice, noise, seconds), result in zip(conditions, results):
        condition = "clean" if noise is None else f"{noise:g} dB"
        clip = {"voice": voice, "noise": condition, "audio_seconds": round(seconds, 2)}
        for engine in ENGINES:
            errors, words = word_errors(reference, result[engine]["text"])
            by_condition.setdefault((engine, condition), []).append((errors, words))
            clip[engine] = {"wer": round(errors / words, 3), "text": result[engine]["text"]}
        clip["now"]["words_the_filter_dropped"] = (len(result["now"]["unfiltered_text"].split())
                                                   - len(result["now"]["text"].split()))
        clip["rtf"] = round(result["now"]["wall_seconds"] / seconds, 3)
        clip["cpu_per_audio_second"] = round(result["now"]["cpu_seconds"] / seconds, 3)
        clip["rtf_before"] = round(result["before"]["wall_seconds"] / seconds, 3)
        clips.append(clip)
    wer = {engine: {} for engine in ENGINES}
    for (engine, condition), counts in by_condition.items():
        rates = [errors / words for errors, words in counts]
        wer[engine][condition] = {"pooled": round(sum(e for e, _ in counts) / sum(w for _, w in counts), 3),
                                  "best_voice": round(min(rates), 3), "worst_voice": round(max(rates), 3)}
    rtfs = [clip["rtf"] for clip in clips]
    # Whisper with word timestamps moves its 30 s windows to the last word's end, so it may write other words than
    # without; this says how many of those the speech filter then took away from the speech set.
    dropped = sum(clip["now"]["words_the_filter_dropped"] for clip in clips)
    return {
        "model": child["model"],
        "voices": sorted({clip["voice"] for clip in clips}), "words": len(reference.split()),
        "noise": "pink, SNR against the clip's mean power", "words_per_minute": WORDS_PER_MINUTE,
        "wer": wer, "words_the_filter_dropped": dropped,
        "speed": {"model_load_seconds": round(child["load_seconds"], 2),
                  "rtf_median": round(statistics.median(rtfs), 3), "rtf_max": round(max(rtfs), 3),
                  "rtf_median_before": round(statistics.median(clip["rtf_before"] for clip in clips), 3),
                  "cpu_per_audio_second_median": round(statistics.median(c["cpu_per_audio_second"] for c in clips), 3),
                  "audio_seconds_median": round(statistics.median(c["audio_seconds"] for c in clips), 1),
                  "child_wall_seconds": round(run.wall_seconds, 1), "child_peak_rss_mb": round(run.peak_rss_mb, 1)},
        "clips": clips,
    }


# -- (4) no speech: does the engine write anything? ------------------------------------------------------------------

def not_speech_jobs(folder: Path) -> tuple[list[str], list[str]]:
    jobs = []
    for number, make in enumerate(NOT_SPEECH.values()):
        path = folder / f"not-speech-{number}.wav"
        sf.write(str(path), make(), RATE, subtype="FLOAT")
        jobs.append(str(path))
    return jobs, list(NOT_SPEECH)


def not_speech(names: list[str], results: list[dict]) -> dict:
    report = {"clips": len(names)}
    for engine in ENGINES:
        texts = {name: result[engine]["text"] for name, result in zip(names, results)}
        report[engine] = {"with_text": sum(1 for text in texts.values() if text), "texts": texts}
    return report


# -- (5) cue timing: where the speech really is ----------------------------------------------------------------------

def timing_jobs(folder: Path, voices, sentences) -> tuple[list[str], list[tuple]]:
    """Clips of the sentences one at a time with PAUSE_SECONDS between (and before), silent or filled with pink noise
    at the speech's own level less 10 dB; with each sentence's true start and end."""
    jobs, truths = [], []
    for voice in voices:
        pieces, spans, at = [np.zeros(int(PAUSE_SECONDS * RATE), np.float32)], [], PAUSE_SECONDS
        for number, sentence in enumerate(sentences):
            said, _ = sf.read(str(speak(sentence, folder / f"timing-{voice}-{number}.wav", voice=voice,
                                        words_per_minute=WORDS_PER_MINUTE)), dtype="float32")
            start, end = speech_bounds(said)
            spans.append((at + start, at + end))
            pieces += [said, np.zeros(int(PAUSE_SECONDS * RATE), np.float32)]
            at += len(said) / RATE + PAUSE_SECONDS
        samples = np.concatenate(pieces)
        for noise in ("silent pauses", "pink noise"):
            path = folder / f"timing-{voice}-{noise.split()[0]}.wav"
            sound = samples
            if noise == "pink noise":
                level = 10 * np.log10(np.mean(np.concatenate(pieces[1::2]) ** 2)) - 10
                sound = samples + pink_at(len(samples) / RATE, level, seed=7)[:len(samples)]
            sf.write(str(path), sound, RATE, subtype="FLOAT")
            jobs.append(str(path))
            truths.append((voice, noise, spans))
    return jobs, truths


def cue_timing(truths, results: list[dict]) -> dict:
    """For each sentence, its cues (those whose middle falls within a second of it): the first start's and the last
    end's distance from the sentence's; and text whose cues lie in no sentence's reach (in a pause)."""
    report = {"sentences": sum(len(spans) for _, _, spans in truths)}
    for engine in ENGINES:
        starts, ends, missed, in_pauses = [], [], 0, 0
        for (_, _, spans), result in zip(truths, results):
            segments = result[engine]["segments"]
            claimed = set()
            for start, end in spans:
                mine = [index for index, (a, b, _) in enumerate(segments) if start - 1 <= (a + b) / 2 <= end + 1]
                claimed.update(mine)
                if not mine:
                    missed += 1
                    continue
                starts.append(abs(segments[mine[0]][0] - start))
                ends.append(abs(segments[mine[-1]][1] - end))
            in_pauses += len(set(range(len(segments))) - claimed)
        report[engine] = {"start_error_median": round(statistics.median(starts), 2) if starts else None,
                          "start_error_max": round(max(starts), 2) if starts else None,
                          "end_error_median": round(statistics.median(ends), 2) if ends else None,
                          "end_error_max": round(max(ends), 2) if ends else None,
                          "sentences_without_cues": missed, "cues_in_pauses": in_pauses}
    return report


def engine_comparison(folder: Path, voices, sentences, noises) -> dict:
    """(1), (2), (4) and (5) from one child, so the model loads once."""
    accuracy, conditions = accuracy_jobs(folder, voices, sentences, noises)
    silent, names = not_speech_jobs(folder)
    timed, truths = timing_jobs(folder, voices[:2], sentences[:4])
    child, run = run_child(folder, accuracy + silent + timed)
    results = child["clips"]
    return {"accuracy": accuracy_and_speed(" ".join(sentences), conditions, results[:len(accuracy)], child, run),
            "not_speech": not_speech(names, results[len(accuracy):len(accuracy) + len(silent)]),
            "timing": cue_timing(truths, results[len(accuracy) + len(silent):])}


# -- (3) the clip path: kiosk record, then kiosk transcribe -----------------------------------------------------------

def only_clip(recordings: Path):
    clips = ClipStore(recordings).list().clips
    if len(clips) != 1:
        raise SystemExit(f"Expected one clip in {recordings}, found {len(clips)}.")
    return clips[0]


def clip_path(folder: Path, sentences) -> dict:
    from kiosk.transcripts import read_transcript
    from kiosk.transcripts.vtt import plain_text

    reference = " ".join(sentences)
    speech = speak(reference, folder / "speech.wav", voice="en-gb", words_per_minute=WORDS_PER_MINUTE,
                   tail_seconds=3.0)
    seconds = round(sf.info(str(speech)).duration - 2.0, 1)  # the take ends before the file does
    recordings = folder / "recordings"
    checked(run_measured(kiosk("record", "--recordings", str(recordings), "--microphone", f"file:{speech}",
                               "--camera", "synthetic", "--seconds", str(seconds))), "kiosk record")
    run = checked(run_measured(kiosk("transcribe", "--recordings", str(recordings))), "kiosk transcribe")
    clip = only_clip(recordings)
    errors, words = word_errors(reference, plain_text(read_transcript(clip)))
    return {"voice": "en-gb", "sentences": len(sentences), "clip_seconds": clip.sidecar.duration,
            "transcript": clip.sidecar.transcript, "wer": round(errors / words, 3),
            "transcribe_wall_seconds": round(run.wall_seconds, 2), "transcribe_cpu_seconds": round(run.cpu_seconds, 2),
            "transcribe_peak_rss_mb": round(run.peak_rss_mb, 1),
            "rtf_with_start_and_load": round(run.wall_seconds / clip.sidecar.duration, 3)}


# -- (6) a take while transcribing --------------------------------------------------------------------------------

def make_busy_clips(recordings: Path, folder: Path, count: int, sentences) -> float:
    """`count` kept sound-only clips of the sentences in turn by every voice, made without recording in real time."""
    store = ClipStore(recordings)
    parts = []
    for voice in VOICES:
        spoken = speak(" ".join(sentences), folder / f"busy-{voice}.wav", voice=voice)
        parts.append(sf.read(str(spoken), dtype="float32")[0])
    samples = np.concatenate(parts)
    seconds = 0.0
    for _ in range(count):
        clip = store.begin(ClipTags("Benchmark", "community", "What would make this place better?", "event-only"))
        writer = Mp4Writer(clip.media_path, None, RATE)
        for start in range(0, len(samples), 4800):
            writer.write_audio(samples[start:start + 4800, None])
        writer.close()
        duration = len(samples) / RATE
        clip = store.finish(clip, TakeResult(clip.media_path, duration=duration, audio_rate=RATE,
                                             microphone="benchmark speech"))
        store.keep(clip)
        seconds += duration
    return seconds


class BusyTranscriber:
    """Runs `kiosk transcribe --background --redo` on a folder again and again until stopped."""

    def __init__(self, recordings: Path) -> None:
        self._command = kiosk("transcribe", "--background", "--redo", "--recordings", str(recordings))
        self._stopping = threading.Event()
        self._child: subprocess.Popen | None = None
        self.runs: list[Run] = []
        self.failure = ""
        self._thread = threading.Thread(target=self._loop, name="benchmark:transcriber")

    def start(self) -> None:
        self._thread.start()

    def _loop(self) -> None:
        while not self._stopping.is_set():
            run = run_measured(self._command, on_start=self._started)
            self._child = None
            self.runs.append(run)
            if run.returncode != 0 and not self._stopping.is_set():
                self.failure = run.stderr.strip()[-2000:]
                return

    def _started(self, child: subprocess.Popen) -> None:
        self._child = child
        if self._stopping.is_set():
            self._end(child)

    def _end(self, child: subprocess.Popen) -> None:
        # os.kill, not Popen.send_signal: that polls, and could reap the child before run_measured's wait4 does.
        try:
            os.kill(child.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass  # it had just finished

    def stop(self) -> None:
        self._stopping.set()
        child = self._child
        if child is not None:
            self._end(child)
        self._thread.join()
        if self.failure:
            raise SystemExit(f"kiosk transcribe --background failed: {self.failure}")


def record_take(folder: Path, seconds: float) -> dict:
    recordings = folder / "take"
    width, height, fps = TAKE_SIZE
    load = os.getloadavg()[0]
    run = checked(run_measured(kiosk("record", "--recordings", str(recordings), "--camera", "synthetic",
                                     "--microphone", "synthetic", "--width", width, "--height", height, "--fps", fps,
                                     "--seconds", str(seconds))), "kiosk record")
    sidecar = only_clip(recordings).sidecar
    # dropped_frames counts frames the encoder had no time for; a camera late for its tick skips it (as a webcam
    # does), which shows only as fewer frames than the take's length holds.
    ticks = int(sidecar.duration * float(fps)) + 1
    return {"recorded_seconds": sidecar.duration, "frames": sidecar.frames, "dropped_frames": sidecar.dropped_frames,
            "camera_ticks_skipped": max(0, ticks - sidecar.frames),
            "measured_fps": sidecar.measured_fps, "ended_by": sidecar.ended_by,
            "recorder_cores": round(run.cpu_seconds / run.wall_seconds, 2), "load_average_before": round(load, 2)}


def take_while_transcribing(folder: Path, seconds: float, sentences) -> dict:
    recordings = folder / "busy"
    audio_seconds = make_busy_clips(recordings, folder, BUSY_CLIPS, sentences)
    alone = record_take(folder / "alone", seconds)
    busy = BusyTranscriber(recordings)
    busy.start()
    time.sleep(3.0)  # the first transcription has loaded its model and is working when the take starts
    try:
        during = record_take(folder / "during", seconds)
    finally:
        busy.stop()
    cpu = sum(run.cpu_seconds for run in busy.runs)
    wall = sum(run.wall_seconds for run in busy.runs)
    return {"size": "x".join(TAKE_SIZE[:2]) + "@" + TAKE_SIZE[2], "seconds": seconds,
            "alone": alone, "while_transcribing": during,
            "transcriber": {"clips": BUSY_CLIPS, "audio_seconds_a_pass": round(audio_seconds, 1),
                            "passes_started": len(busy.runs), "cores_used": round(cpu / wall, 2),
                            "peak_rss_mb": round(max(run.peak_rss_mb for run in busy.runs), 1)}}


# -- the report ---------------------------------------------------------------------------------------------------

def table(report: dict) -> str:
    accuracy, lines = report["accuracy"], []
    lines.append(f"Model: {accuracy['model']}; {len(accuracy['voices'])} voices x {report['sentences']} sentences "
                 f"({accuracy['words']} words, {accuracy['speed']['audio_seconds_median']} s a clip)")
    lines.append(f"{'WER':<12}" + "".join(f"{engine + ' ' + figure:>16}" for engine in ENGINES
                                          for figure in ("pooled", "best", "worst")))
    for condition in accuracy["wer"]["now"]:
        lines.append(f"{condition:<12}" + "".join(f"{accuracy['wer'][engine][condition][key]:>16.1%}"
                                                  for engine in ENGINES
                                                  for key in ("pooled", "best_voice", "worst_voice")))
    lines.append(f"Words of Whisper's own text on the speech set that the speech filter dropped: "
                 f"{accuracy['words_the_filter_dropped']}")
    speed = accuracy["speed"]
    lines.append(f"RTF median {speed['rtf_median']} (max {speed['rtf_max']}; before {speed['rtf_median_before']}), "
                 f"CPU-s per audio-s {speed['cpu_per_audio_second_median']}, model load {speed['model_load_seconds']} s, "
                 f"peak RSS {speed['child_peak_rss_mb']} MB")
    silent = report["not_speech"]
    lines.append("No speech: text written on " + ", ".join(f"{silent[engine]['with_text']} of {silent['clips']} "
                                                          f"({engine})" for engine in ENGINES))
    timing = report["timing"]
    for engine in ENGINES:
        figures = timing[engine]
        lines.append(f"Cue timing ({engine}), {timing['sentences']} sentences: start error median "
                     f"{figures['start_error_median']} s (max {figures['start_error_max']}), end error median "
                     f"{figures['end_error_median']} s (max {figures['end_error_max']}); "
                     f"{figures['sentences_without_cues']} without cues, {figures['cues_in_pauses']} cues in pauses")
    if "clip_path" in report:
        path = report["clip_path"]
        lines.append(f"Clip path: {path['clip_seconds']} s recorded -> kiosk transcribe: WER {path['wer']:.1%}, "
                     f"{path['transcribe_wall_seconds']} s wall (start and load included), "
                     f"peak RSS {path['transcribe_peak_rss_mb']} MB")
    if "take" in report:
        take = report["take"]
        for name in ("alone", "while_transcribing"):
            figures = take[name]
            lines.append(f"Take {take['size']} {take['seconds']:g} s {name.replace('_', ' ')}: "
                         f"{figures['dropped_frames']} dropped of {figures['frames']}, {figures['camera_ticks_skipped']} camera "
                         f"ticks skipped, {figures['measured_fps']} fps, "
                         f"recorder {figures['recorder_cores']} cores")
        busy = take["transcriber"]
        lines.append(f"  transcriber meanwhile: {busy['cores_used']} cores, {busy['passes_started']} passes over "
                     f"{busy['audio_seconds_a_pass']} s of speech")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2 voices, 3 sentences, a 10 s take: a smoke run")
    parser.add_argument("--skip", nargs="+", choices=("clip_path", "take"), default=[], help="leave these parts out")
    parser.add_argument("--out", type=Path, help="write the figures as JSON here too")
    parser.add_argument("--transcribe-files", type=Path, help=argparse.SUPPRESS)  # the child's work
    args = parser.parse_args()
    if args.transcribe_files:
        print(json.dumps(transcribe_files(json.loads(args.transcribe_files.read_text()))))
        return 0
    voices, sentences = (VOICES[:2], SENTENCES[:3]) if args.quick else (VOICES, SENTENCES)
    take_seconds = 10.0 if args.quick else 60.0
    load_before = os.getloadavg()
    report = {"date": time.strftime("%Y-%m-%d"), "quick": args.quick}
    with tempfile.TemporaryDirectory(prefix="bench-transcribe-") as folder:
        folder = Path(folder)
        report["sentences"] = len(sentences)
        report.update(engine_comparison(folder, voices, sentences, NOISE_DB))
        if "clip_path" not in args.skip:
            report["clip_path"] = clip_path(folder, sentences)
        if "take" not in args.skip:
            report["take"] = take_while_transcribing(folder, take_seconds, sentences)
    report["machine"] = {"cpus": os.cpu_count(), "python": platform.python_version(),
                         "load_average": [round(load_before[0], 2), round(os.getloadavg()[0], 2)]}
    if args.out:
        args.out.write_text(json.dumps(report, indent=2) + "\n")
    print(table(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
