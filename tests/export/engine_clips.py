"""Real clips made by the recording engine, recorded once per test session and copied for each test."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from kiosk.capture import open_sources
from kiosk.recording.session import ClipRecording
from kiosk.store import ClipStore, ClipTags

WELSH_PROMPT = "Beth ydych chi'n ei ddysgu heddiw? Ŵyr, ŷd, â, ê — mae'n iawn."


@dataclass(frozen=True)
class Planned:
    perspective: str
    scope: str
    prompt: str = "What are you learning today?"
    language: str = "en"


# Two kiosks' worth: A has three cards and both scopes; B has one more clip and a Welsh prompt.
KIOSK_A = (Planned("frontline", "public"), Planned("frontline", "event"), Planned("volunteer", "public"))
KIOSK_B = (Planned("community", "public", WELSH_PROMPT, "cy"),)


def record(root: Path, planned: tuple[Planned, ...], seconds: float = 1.2) -> None:
    store = ClipStore(root)
    for plan in planned:
        camera, microphone = open_sources("synthetic", "synthetic", 320, 240, 15)
        camera.start()
        microphone.start()
        try:
            recording = ClipRecording(store, ClipTags("Gŵyl Whose Shoes? 2025", plan.perspective, plan.prompt,
                                                      plan.scope, plan.language), camera, microphone,
                                      max_seconds=seconds)
            recording.start()
            clip, result = recording.wait(timeout=30)
        finally:
            camera.stop()
            microphone.stop()
        assert not result.error, result.error
        store.keep(clip)


_golden: dict[str, Path] = {}


def golden_kiosks(factory) -> dict[str, Path]:
    """Two recordings folders, recorded once per session (recording runs in real time)."""
    if not _golden:
        base = factory.mktemp("golden-kiosks")
        for name, planned in (("kiosk-a", KIOSK_A), ("kiosk-b", KIOSK_B)):
            record(base / name, planned)
            _golden[name] = base / name
    return _golden


def copy_kiosks(factory, into: Path) -> tuple[Path, Path]:
    golden = golden_kiosks(factory)
    a, b = into / "kiosk-a", into / "kiosk-b"
    shutil.copytree(golden["kiosk-a"], a)
    shutil.copytree(golden["kiosk-b"], b)
    return a, b
