"""The sidecar's JSON layout from format 2.0: the keys that name a clip at the top, the rest nested by who writes them.

A Sidecar keeps flat names in Python (`sidecar.event`, `sidecar.transcript`); this table says where each one lives
in the file, so reading and writing (kiosk.store.clips) and a script or test that edits a file by hand agree.
"""

from __future__ import annotations

from kiosk.store.measurements import MEASURED

# What names a clip stays at the top level, so scripts and older readers keep finding it; the media's name is made
# from started_at.
TOP = ("id", "withdrawal_code", "media", "sha256", "status", "perspective", "consent_scope", "started_at")
# Section -> {flat name: key in the section}.
SECTIONS: dict[str, dict[str, str]] = {
    # What the attendee chose and agreed to, and how their visit ended (reviewed: their Keep, or a review since).
    "attendee": {name: name for name in ("event", "prompt", "language", "consent_version", "reviewed", "reviewed_by",
                                         "visit_ended")},
    # What the recorder measured, and what happened to the take since (recovered after a crash, the kiosk's notes).
    "take": {name: name for name in (*MEASURED, "recovered", "app_version", "notes")},
    # The captions beside the clip (<clip>.vtt) and where they came from.
    "transcript": {"transcript": "state", "transcript_reason": "reason", "transcript_language": "language",
                   "transcript_model": "model"},
}
FACILITATOR = "facilitator"  # kiosk.store.annotations: each field with who changed it and when
# Everything format 2.0 knows at the top level of a sidecar.
KNOWN_TOP = frozenset((*TOP, *SECTIONS, FACILITATOR))
_PLACE = {name: (section, key) for section, keys in SECTIONS.items() for name, key in keys.items()}


def place_of(name: str) -> tuple[str, ...]:
    """Where the flat name lives in the file: ("id",) at the top, ("take", "duration") in a section."""
    return _PLACE.get(name, (name,))


def put(data: dict, name: str, value) -> None:
    """Sets the flat name's value where the layout puts it (for a script or a test editing a file by hand)."""
    *section, key = place_of(name)
    (data.setdefault(section[0], {}) if section else data)[key] = value


def nest(flat: dict) -> dict:
    """The file's layout of flat values (each of TOP and the sections' names)."""
    data = {name: flat[name] for name in TOP}
    for section, keys in SECTIONS.items():
        data[section] = {key: flat[name] for name, key in keys.items()}
    return data


def unnest(data: dict) -> tuple[dict, dict]:
    """The flat values found in the file, and what it holds that this layout does not know: top-level keys as they
    are, and a section's unknown keys under the section's name. Raises ValueError for a section that is not an
    object."""
    flat = {name: data[name] for name in TOP if name in data}
    unknown = {key: value for key, value in data.items() if key not in KNOWN_TOP}
    for section, keys in SECTIONS.items():
        found = data.get(section, {})
        if not isinstance(found, dict):
            raise ValueError(f"{section} is not a JSON object")
        names = {key: name for name, key in keys.items()}
        flat.update((names[key], value) for key, value in found.items() if key in names)
        extra = {key: value for key, value in found.items() if key not in names}
        if extra:
            unknown[section] = extra
    return flat, unknown


def with_unknown(data: dict, unknown: dict) -> dict:
    """`data` (the layout's known keys) with what was not known put back where it was found."""
    for key, value in unknown.items():
        if key in SECTIONS and isinstance(value, dict) and isinstance(data.get(key), dict):
            data[key].update((inner, item) for inner, item in value.items() if inner not in data[key])
        elif key not in data:
            data[key] = value
    return data
