"""Cameras by a stable identity: their name, and on Linux their /dev/v4l/by-id path, so a replug cannot swap them.

An index is what OpenCV opens, but it is only the order the system found the cameras in this time: a webcam
unplugged and plugged back, or a second one plugged in, can renumber them. The kiosk remembers the camera it
uses by name and path, finds it again by those among the cameras listed now, and falls back to an index only
when it was given nothing else. `cv2-enumerate-cameras` lists cameras with their names on every system (Media
Foundation or DirectShow on Windows, AVFoundation on macOS, V4L2 on Linux), with the index OpenCV opens.
"""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

BY_ID = Path("/dev/v4l/by-id")  # udev's links, named after the camera's USB vendor, model and serial number
NAME_PREFIX = "name:"


@dataclass(frozen=True)
class CameraListing:
    """One camera as listed now."""

    index: int  # what OpenCV opens, today
    name: str  # the system's name for it ("HD Pro Webcam C920")
    path: str = ""  # a stable path where the system has one: /dev/v4l/by-id/... on Linux


def stable_spec(listing: CameraListing) -> str:
    """The camera spec that finds this camera again after a replug: its by-id path, else its name."""
    return listing.path if listing.path.startswith(str(BY_ID)) else f"{NAME_PREFIX}{listing.name}"


def is_identity(spec: str) -> bool:
    return spec.startswith(NAME_PREFIX) or spec.startswith(str(BY_ID))


def by_id_links(folder: Path = BY_ID) -> dict[int, str]:
    """/dev/videoN's index -> its by-id link (Linux); empty where there are none. Only a camera's capture node
    (`-video-index0`) is kept: a webcam also lists a metadata node that gives no pictures."""
    links = {}
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return links
    for link in entries:
        if not link.name.endswith("-video-index0"):
            continue
        target = os.path.basename(os.path.realpath(link))
        if target.startswith("video") and target[5:].isdigit():
            links[int(target[5:])] = str(link)
    return links


def listed_cameras(backend: int) -> list[CameraListing]:
    """The cameras the system lists now, with names (and by-id paths on Linux); empty if none, or if the listing
    package is missing or fails (the kiosk then opens cameras by index as before)."""
    try:
        from cv2_enumerate_cameras import enumerate_cameras
        found = enumerate_cameras(backend)
    except (ImportError, OSError, NotImplementedError, RuntimeError) as error:
        log.info("cameras cannot be listed by name here (%s): by index only", error)
        return []
    links = by_id_links() if sys.platform.startswith("linux") else {}
    return [CameraListing(camera.index, camera.name or f"Camera {camera.index}",
                          links.get(camera.index, camera.path or "")) for camera in found]


def find_camera(spec: str, listed: list[CameraListing]) -> CameraListing | None:
    """The listed camera `spec` names (a by-id path or name:NAME), or None when it is not plugged in now.

    Never another camera in its place: a spec for the USB webcam must not open the laptop's own camera because it
    now has the webcam's old index. Two cameras of the same name (two identical webcams) cannot be told apart by
    name: the first listed is taken, and a by-id path (whose serial number differs) is the way to tell them apart.
    """
    if spec.startswith(str(BY_ID)):
        matches = [camera for camera in listed if camera.path == spec]
        if not matches:
            # The link itself says where the camera is now, if cv2-enumerate-cameras gave no path for it.
            target = os.path.basename(os.path.realpath(spec))
            index = int(target[5:]) if target.startswith("video") and target[5:].isdigit() else None
            matches = [camera for camera in listed if camera.index == index] if os.path.exists(spec) else []
        return matches[0] if matches else None
    if spec.startswith(NAME_PREFIX):
        name = spec[len(NAME_PREFIX):].strip()
        matches = [camera for camera in listed if camera.name == name]
        return matches[0] if matches else None
    return None


def listing_at(index: int, listed: list[CameraListing]) -> CameraListing | None:
    """The listed camera at `index`: what an index or "auto" opened, to be remembered by its identity."""
    matches = [camera for camera in listed if camera.index == index]
    return matches[0] if matches else None
