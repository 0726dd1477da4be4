"""What a hub shows, gathered in one look (Qt-free, off the GUI thread): each kiosk's connection, status file and
clips whole or still arriving, the devices asking to join, and the merged list of whole clips."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kiosk.store.clips import Clip, ClipStore
from kiosk.store.withdraw import read_withdrawals
from kiosk.sync.arrivals import ArrivalCheck
from kiosk.sync.fleet import HUB_OUTBOX, Asking, Fleet
from kiosk.sync.status import KioskStatus, read_status
from kiosk.sync.tags import hub_annotations, with_hub_annotations


@dataclass(frozen=True)
class KioskView:
    """One kiosk as the hub sees it."""

    name: str
    device_id: str
    connected: bool
    last_seen: str
    clips: int  # whole at the hub
    waiting: int  # clips not whole yet (still recording, or still arriving) plus files Syncthing still has to fetch
    status: KioskStatus | None
    status_problem: str  # why there is no status ("" when there is one)


@dataclass(frozen=True)
class HubLook:
    device_id: str
    kiosks: tuple[KioskView, ...] = ()
    asking: tuple[Asking, ...] = ()
    clips: tuple[Clip, ...] = ()  # every kiosk's whole clips, oldest first, with the hub's tags merged in
    problems: tuple[str, ...] = field(default_factory=tuple)


def look(fleet: Fleet, hub: Path, check: ArrivalCheck, tags: dict | None = None) -> HubLook:
    """Reads the fleet (REST) and the kiosks' folders (untrusted) once; `tags` keeps the hub's own tags as last read
    (kiosk.sync.tags.hub_annotations) from one look to the next."""
    try:
        withdrawn = {(entry.clip_id, entry.code) for entry in read_withdrawals(Path(hub) / HUB_OUTBOX)}
        problems: tuple[str, ...] = ()
    except (OSError, ValueError) as error:
        withdrawn, problems = set(), (f"The hub's withdrawal log cannot be read ({error}).",)
    kiosks, clips = [], []
    for peer in fleet.peers():
        folder = Path(peer.folder) if peer.folder else None
        whole, waiting, status, why = [], [], None, "It has not been received yet."
        if folder is not None and folder.is_dir():
            listing = ClipStore(folder).list()
            whole, waiting = check.split(listing, withdrawn)  # the kiosk's own withdrawals: never in its listing
            status, why = read_status(folder)
        kiosks.append(KioskView(peer.name, peer.device_id, peer.connected, peer.last_seen, len(whole),
                                len(waiting) + peer.need_items, status, why))
        clips += whole
    clips.sort(key=lambda clip: clip.sidecar.started_at)
    given, unread = hub_annotations(hub, tags)  # the hub's own tags count at once, before they are back from the kiosk
    return HubLook(fleet.my_id, tuple(kiosks), tuple(fleet.asking()), tuple(with_hub_annotations(clips, given)),
                   problems + tuple(unread))

