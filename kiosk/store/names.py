"""Names that reach the file system, made safe: no traversal, no reserved names, Welsh letters kept."""

from __future__ import annotations

import re
import unicodedata

# Windows (and so a USB stick opened on one) refuses these as names, whatever the extension.
RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
# Characters FAT, exFAT, NTFS or a shell would trip on.
UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')
MAX_BYTES = 100


def safe_name(text: str, fallback: str = "untitled") -> str:
    """A single path component for `text`: readable, portable, never `..` or a reserved device name."""
    name = unicodedata.normalize("NFC", str(text))  # ŵ and ŷ as one character, as Welsh keyboards type them
    name = UNSAFE.sub("-", name)
    name = re.sub(r"\s+", " ", name).strip(" .-")  # no leading dots (hidden, `..`), no trailing dots or spaces
    while len(name.encode("utf-8")) > MAX_BYTES:
        name = name[:-1].rstrip(" .-")
    if not name or name.split(".")[0].upper() in RESERVED:
        return fallback if not name else f"{name}-"
    return name
