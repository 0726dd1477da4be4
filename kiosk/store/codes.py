"""Withdrawal codes: short, random, and unambiguous when read aloud or copied by hand."""

from __future__ import annotations

import re
import secrets

# No 0/O, 1/I/L, and no 5/S or 2/Z look-alikes either.
ALPHABET = "ABCDEFGHJKMNPQRTUVWXY346789"
LENGTH = 6


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def normalise(typed: str) -> str:
    """What a person typed, as a code: case, spaces and dashes ignored."""
    return re.sub(r"[\s\-_.]", "", typed).upper()


def is_code(text: str) -> bool:
    return len(text) == LENGTH and all(ch in ALPHABET for ch in text)


def display(code: str) -> str:
    """Split in two for reading: K7M-4PX."""
    return f"{code[:3]}-{code[3:]}"
