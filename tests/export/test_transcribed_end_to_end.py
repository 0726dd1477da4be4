"""End to end, as a facilitator runs it: speech recorded through `kiosk record`, `kiosk transcribe`, `kiosk export`,
and the gallery opened from file:// in Chromium shows the model's cues on the player and finds the clip by a word."""

import shutil
import subprocess

import pytest

from kiosk.log import log_path
from kiosk.store import ClipStore
from kiosk.store.exported import read_marker
from kiosk.transcripts import AUTO, read_transcript
from kiosk.transcripts.vtt import plain_text
from tests.cli_runner import kiosk
from tests.export.browser import Chromium, find_chromium
from tests.export.test_gallery_transcripts import PLAY_WITH_CAPTIONS, VISIBLE
from tests.export.transcribed import files_holding

SPEECH = "The bus to the community centre was late again today. Next time I will share a lift with my neighbour."

pytestmark = [
    pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed (scripts/setup.sh "
                                                                  "--test installs it), so there is no speech to record."),
    pytest.mark.skipif(find_chromium() is None, reason="Chromium is not installed (Debian: apt install chromium)."),
]


def test_a_transcribed_clip_plays_with_the_models_captions_in_the_exported_gallery(tmp_path):
    pytest.importorskip("faster_whisper", reason="the transcripts extra is not installed (pip install .[transcripts])")
    speech, recordings, dest = tmp_path / "speech.wav", tmp_path / "recordings", tmp_path / "record"
    subprocess.run(["espeak-ng", "-v", "en-gb", "-s", "150", "-w", str(speech), SPEECH], check=True, timeout=60)
    recorded = kiosk("record", "--seconds", "6", "--camera", "synthetic", "--microphone", f"file:{speech}",
                     "--recordings", recordings, "--perspective", "volunteer", "--scope", "public")
    assert recorded.returncode == 0, recorded.stderr
    transcribed = kiosk("transcribe", "--recordings", recordings, timeout=300)
    assert transcribed.returncode == 0, transcribed.stderr
    (clip,) = ClipStore(recordings).list().clips
    cues = read_transcript(clip)
    assert clip.sidecar.transcript == AUTO and "community" in plain_text(cues).lower()
    exported = kiosk("export", dest, "--recordings", recordings, "--compilations")
    assert exported.returncode == 0, exported.stderr

    (entry,) = read_marker(dest).clips.values()
    assert read_transcript(clip) == cues and (dest / entry.captions).is_file()
    with Chromium((dest / "index.html").as_uri()) as browser:
        shown = browser.evaluate(PLAY_WITH_CAPTIONS % {"clip": clip.sidecar.id}, timeout=60)
        assert shown["readyState"] == 2 and len(shown["cues"]) == len(cues), shown
        assert shown["cues"][0][2] == cues[0].text and shown["shown"] == [cues[0].text]
        browser.evaluate("document.getElementById('search').focus(), true")
        browser.command("Input.insertText", text="community")
        assert browser.evaluate(VISIBLE)["clips"] == [clip.sidecar.id]
    assert not [word for word in ("community", "centre", "neighbour") if files_holding(word, log_path(recordings))]
