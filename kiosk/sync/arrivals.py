"""What has arrived at a hub, read as untrusted input: a clip counts only when its sidecar says kept and its media's
sha256 matches the sidecar, and never when the hub has asked for its withdrawal."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.store.clips import KEPT, Clip, Listing
from kiosk.store.files import NotAFile, is_folder
from kiosk.store.index import Stamp
from kiosk.store.media import sha256
from kiosk.sync.fleet import HUB_KIOSKS, HUB_OUTBOX


def is_hub_folder(recordings: Path) -> bool:
    return is_folder(Path(recordings) / HUB_KIOSKS)


def kiosk_folders(hub: Path) -> list[Path]:
    """The kiosks' folders under a hub's recordings, never through a link."""
    folder = Path(hub) / HUB_KIOSKS
    if not is_folder(folder):
        return []
    with os.scandir(folder) as found:
        return sorted(Path(entry.path) for entry in found
                      if not entry.name.startswith(".") and entry.is_dir(follow_symlinks=False))


def hub_roots(recordings: Path) -> list[Path]:
    """The recordings folders `--recordings HUB` stands for: the hub's own, the log of the withdrawals it asked for
    (so every export from it leaves those clips out) and each kiosk's; any other folder stands for itself."""
    recordings = Path(recordings)
    if not is_hub_folder(recordings):
        return [recordings]
    outbox = [recordings / HUB_OUTBOX] if is_folder(recordings / HUB_OUTBOX) else []
    return [recordings, *outbox, *kiosk_folders(recordings)]


def expand_hub_folders(folders: list[Path]) -> list[Path]:
    expanded: list[Path] = []
    for folder in folders:
        expanded.extend(root for root in hub_roots(folder) if root not in expanded)
    return expanded


@dataclass
class ArrivalCheck:
    """Which clips of a kiosk's folder are whole. A media file is hashed again only when its size, time or inode
    changed, so a hub re-checks only what Syncthing wrote since."""

    _hashes: dict[Path, tuple[Stamp, str]] = field(default_factory=dict)

    def whole(self, clip: Clip) -> bool:
        sidecar = clip.sidecar
        if sidecar.status != KEPT or len(sidecar.sha256) != 64:
            return False
        try:
            info = os.lstat(clip.media_path)
        except OSError:
            return False
        if not os.path.isfile(clip.media_path) or os.path.islink(clip.media_path):
            return False
        stamp = Stamp.of(info)
        known = self._hashes.get(clip.media_path)
        if known is None or known[0] != stamp:
            try:
                known = (stamp, sha256(clip.media_path))
            except (OSError, NotAFile):
                return False
            self._hashes[clip.media_path] = known
        return known[1] == sidecar.sha256

    def split(self, listing: Listing, withdrawn: set[tuple[str, str]] = frozenset()) -> tuple[list[Clip], list[Clip]]:
        """(whole clips, clips still arriving or recording) of one listing, leaving out what the hub withdrew."""
        whole, waiting = [], []
        for clip in listing.clips:
            if (clip.sidecar.id, clip.code) in withdrawn:
                continue
            (whole if self.whole(clip) else waiting).append(clip)
        return whole, waiting
