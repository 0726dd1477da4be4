"""Files in a folder that may come from another machine: regular files only, never through a link, size-limited."""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path

# 0 where the OS has no such flag (Windows): there the lstat checks before opening are what refuses a link.
NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # a FIFO planted as a sidecar must not block the open
BINARY = getattr(os, "O_BINARY", 0)
MAX_JSON_BYTES = 1024 * 1024  # a sidecar is about 1 KB, a marker about 500 bytes a clip
MAX_JSON_DEPTH = 16  # a sidecar is 2 deep, a marker 4
_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)


class NotAFile(ValueError):
    """The path is a link, a folder, a device or a FIFO, or too big: the kiosk does not read or write it."""


def kind_of(mode: int) -> str:
    if stat.S_ISLNK(mode):
        return "a link"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISREG(mode):
        return "a file"
    return "not an ordinary file"


def is_regular(path: Path) -> bool:
    """Whether `path` itself (not what a link points to) is an ordinary file."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def is_folder(path: Path) -> bool:
    """Whether `path` itself is a folder, not a link to one."""
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


def check_regular(path: Path) -> os.stat_result:
    """The file's lstat; raises NotAFile for anything but an ordinary file, FileNotFoundError if it is absent."""
    info = os.lstat(path)
    if not stat.S_ISREG(info.st_mode):
        raise NotAFile(f"{Path(path).name} is {kind_of(info.st_mode)}")
    return info


def open_regular(path: Path):
    """An ordinary file opened for reading, unbuffered, without following a link or waiting on a FIFO."""
    handle = os.open(path, os.O_RDONLY | NOFOLLOW | NONBLOCK | BINARY)
    file = os.fdopen(handle, "rb", buffering=0)
    if not stat.S_ISREG(os.fstat(handle).st_mode):
        file.close()
        raise NotAFile(f"{Path(path).name} is not an ordinary file")
    return file


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of an ordinary file of at most `limit` bytes, opened without following a link."""
    before = check_regular(path)
    if before.st_size > limit:
        raise NotAFile(f"{Path(path).name} is larger than {limit:,} bytes")
    handle = os.open(path, os.O_RDONLY | NOFOLLOW | NONBLOCK | BINARY)
    with os.fdopen(handle, "rb") as file:
        after = os.fstat(file.fileno())
        if not stat.S_ISREG(after.st_mode) or (after.st_dev, after.st_ino) != (before.st_dev, before.st_ino):
            raise NotAFile(f"{Path(path).name} changed while it was read")
        content = file.read(limit + 1)
    if len(content) > limit:
        raise NotAFile(f"{Path(path).name} is larger than {limit:,} bytes")
    return content


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not a number")


def parse_json(content: bytes, depth: int = MAX_JSON_DEPTH):
    """JSON from a file the kiosk did not necessarily write: UTF-8, no NaN or Infinity, nested at most `depth` deep."""
    text = content.decode("utf-8")
    level = deepest = 0
    for bracket in re.sub(r"[^\[\]{}]", "", _STRINGS.sub("", text)):
        level += 1 if bracket in "[{" else -1
        deepest = max(deepest, level)
    if deepest > depth:
        raise ValueError(f"it is nested more than {depth} deep")
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except RecursionError:  # the count above should prevent it; a parse error is still only this file's problem
        raise ValueError("it is nested too deeply") from None


def read_json(path: Path, limit: int = MAX_JSON_BYTES):
    return parse_json(read_regular(path, limit))


def append_line(path: Path, line: str) -> None:
    """Appends one line and syncs it, to an ordinary file or a new one; never through a link."""
    if os.path.lexists(path):
        check_regular(path)
    handle = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | NOFOLLOW | BINARY, 0o644)
    with os.fdopen(handle, "ab") as file:
        if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
            raise NotAFile(f"{Path(path).name} is not an ordinary file")
        file.write(line.encode("utf-8"))
        file.flush()
        os.fsync(file.fileno())


def create_new(path: Path):
    """A new file opened for writing; refuses whatever is already there, a link included (O_EXCL never follows one)."""
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | NOFOLLOW | BINARY, 0o644)
    return os.fdopen(handle, "wb")
