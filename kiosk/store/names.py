"""Names read from a folder that reach the file system: accepted only when they stay one plain name on any stick."""

from __future__ import annotations

import re
import uuid

from kiosk.config import CARD_ID, matches_whole

# Windows (and so a USB stick opened on one) refuses these as names, whatever the extension.
RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
# What FAT, exFAT or NTFS refuse in a name: separators, wildcards, a drive's colon, control characters.
FORBIDDEN = re.compile(r'[\x00-\x1f\x7f"*/:<>?\\|]')
MAX_BYTES = 200  # FAT and NTFS allow 255 UTF-16 units; a hidden ".part" or ".tmp" name adds to it


def is_portable_name(name: object) -> bool:
    """Whether `name` is one file name that FAT, exFAT and NTFS all accept as it is, and that stays in its folder."""
    if not isinstance(name, str) or name in ("", ".", ".."):
        return False
    try:
        size = len(name.encode("utf-8"))
    except UnicodeEncodeError:  # a lone surrogate from a JSON escape
        return False
    return (size <= MAX_BYTES and not FORBIDDEN.search(name) and not name.endswith((".", " "))
            and name.split(".")[0].rstrip(" ").upper() not in RESERVED)


def is_sync_copy(name: str) -> bool:
    """A sync engine's file beside the clips, never one of them: Syncthing's conflict copies
    (NAME.sync-conflict-YYYYMMDD-HHMMSS-DEVICE.json) and files it is still fetching (.syncthing.NAME.tmp)."""
    return ".sync-conflict-" in name or name.startswith(".syncthing.")


def is_card_id(text: object) -> bool:
    """A card id as the config allows it; it names a folder in every export."""
    return matches_whole(CARD_ID, text) and is_portable_name(text)


def is_clip_id(text: object) -> bool:
    """A clip id as the kiosk writes it: a UUID in its usual lower-case form."""
    if not isinstance(text, str):
        return False
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False


def is_media_name(text: object) -> bool:
    """A clip's media file beside its sidecar: a plain, visible .mp4 name."""
    return is_portable_name(text) and text.endswith(".mp4") and not text.startswith(".")
