"""Sidecars in tests: one on disk read by its flat names, and one written the way a kiosk before format 2.0 wrote it."""

from pathlib import Path

from kiosk.store.clips import FLAT, Sidecar
from kiosk.store.layout import put

__all__ = ["first_format", "flat_tags", "flat_tags_of", "put"]


def flat_tags(path: Path) -> dict:
    """The sidecar at `path` by its flat names (status, duration, reviewed, transcript_language, ...)."""
    return flat_tags_of(Sidecar.from_json(Path(path).read_bytes()))


def first_format(sidecar: Sidecar) -> dict:
    """The sidecar as format 1.0 kept it: every value at the top level, no facilitator's section."""
    return {"format": "1.0", **flat_tags_of(sidecar)}


def flat_tags_of(sidecar: Sidecar) -> dict:
    """The sidecar's values by their flat names, as JSON holds them."""
    return {name: list(value) if isinstance(value := getattr(sidecar, name), tuple) else value for name in FLAT}
