"""Withdrawal both ways through the fleet.

At a kiosk, a withdrawal deletes the clip's files, and its send-only folder carries the deletion to every hub. At a
hub, the code is logged (synced, in the withdrawal log's own format) in `to-kiosks/withdrawals.log` before anything
is removed; that folder travels to every kiosk, whose `sync serve` applies each request through the same
withdrawal as `kiosk withdraw` (kiosk.store.withdraw), and the deletion comes back. The hub's log also bars the clip
from every listing and export at the hub, so it never reappears there, whatever a kiosk offline for the day sends.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Callable

from kiosk.store import codes
from kiosk.store.clips import Clip, ClipStore, StoreError
from kiosk.store.files import NotAFile, append_line
from kiosk.store.index import Stamp
from kiosk.store.withdraw import (LOG_HEADER, WITHDRAWALS_LOG, Withdrawal, export_destinations, read_withdrawals,
                                  remove_files, remove_from_exports, store_leftovers, withdraw)
from kiosk.sync.arrivals import kiosk_folders
from kiosk.sync.fleet import HUB_OUTBOX, hub_inboxes
from kiosk.sync.tags import forget

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HubWithdrawal:
    code: str
    clip_id: str
    kiosk: str  # the kiosk folder's name the clip came from ("" when only the request was there)
    removed: tuple[Path, ...]
    exports_updated: tuple[Path, ...]
    problems: tuple[str, ...]


def requested(hub: Path) -> tuple[Withdrawal, ...]:
    """The withdrawals asked for at this hub; raises StoreError when its log cannot be used."""
    try:
        return read_withdrawals(Path(hub) / HUB_OUTBOX)
    except (NotAFile, OSError) as error:
        raise StoreError(f"The hub's withdrawal log cannot be used ({error}); nothing was removed.") from None


def find_at_hub(hub: Path, code: str) -> tuple[str, Clip | None, Path | None]:
    """The code as stored, the kiosk clip that has it (None once its files are gone) and that kiosk's folder."""
    normal = codes.normalise(code)
    if not codes.is_code(normal):
        raise StoreError(f"{code!r} is not a withdrawal code; a code has 6 letters and digits, like K7M-4PX.")
    for folder in kiosk_folders(hub):
        listing = ClipStore(folder).list()
        for clip in listing.clips + listing.withdrawn:
            if clip.code == normal:
                return normal, clip, folder
    if any(entry.code == normal for entry in requested(hub)):
        return normal, None, None
    raise StoreError(f"No kiosk's clip at {hub} has the withdrawal code {codes.display(normal)}.")


def withdraw_at_hub(hub: Path, code: str, refresh: Callable[[Path], None] | None = None,
                    now: datetime | None = None) -> HubWithdrawal:
    """Asks the clip's kiosk to withdraw it (the request is logged and synced first), then removes the hub's own
    copies, the hub's tags of it and the clip from every export made at the hub. Given again, it does every step again
    where needed."""
    hub = Path(hub)
    normal, clip, folder = find_at_hub(hub, code)
    journal = requested(hub)
    clip_id = clip.sidecar.id if clip is not None else [e for e in journal if e.code == normal][-1].clip_id
    if not any(entry.clip_id == clip_id and entry.code == normal for entry in journal):
        when = (now or datetime.now()).astimezone().isoformat(timespec="seconds")
        outbox = hub / HUB_OUTBOX
        outbox.mkdir(exist_ok=True)
        path = outbox / WITHDRAWALS_LOG
        try:
            append_line(path, ("" if os.path.lexists(path) else LOG_HEADER) + Withdrawal(when, normal, clip_id).line())
        except NotAFile as error:
            raise StoreError(f"The hub's withdrawal log cannot be used ({error}); nothing was removed.") from None
    entry = Withdrawal("", normal, clip_id)
    removed, problems = [], []
    for kiosk in kiosk_folders(hub):
        gone, failed = remove_copies(ClipStore(kiosk), entry)
        removed += gone
        problems += failed
    gone, updated, failed = remove_from_exports(export_destinations(hub), clip_id, normal, refresh)
    removed, problems = removed + gone + forget(hub, clip_id), problems + failed  # its tags no longer travel
    log.info("withdrawal of %s (clip %s) asked at the hub: %d file(s) removed here", normal, clip_id, len(removed))
    return HubWithdrawal(normal, clip_id, folder.name if folder else "", tuple(removed), tuple(updated),
                         tuple(problems))


def remove_copies(store: ClipStore, entry: Withdrawal) -> tuple[list[Path], list[str]]:
    """The hub's copy of one clip in a kiosk's folder, as a withdrawal there would remove it. The kiosk has not logged
    it yet, so its listing still shows the clip: it is treated as withdrawn here."""
    if not store.root.is_dir():
        return [], []
    listing = store.list()
    mine = [clip for clip in listing.clips if (clip.sidecar.id, clip.code) == (entry.clip_id, entry.code)]
    listing = replace(listing, clips=[clip for clip in listing.clips if clip not in mine],
                      withdrawn=listing.withdrawn + mine)
    with store.transcript_lock():
        return remove_files(store_leftovers(store, [entry], listing))


@dataclass
class IncomingWithdrawals:
    """A kiosk applying the withdrawals its hubs asked for. Each hub's log is read again only when it changed; a
    request is believed only when both its code and its clip id are this kiosk's (a hub's log is input to check)."""

    store: ClipStore
    home: Path
    refresh: Callable[[Path], None] | None = None
    _seen: dict[Path, Stamp] = field(default_factory=dict)

    def apply(self) -> list[str]:
        """Withdraws what a hub asked for and this kiosk still holds; one sentence per clip withdrawn or problem."""
        said = []
        for inbox in hub_inboxes(self.home):
            path = inbox / WITHDRAWALS_LOG
            try:
                stamp = Stamp.of(os.lstat(path))
            except OSError:
                continue
            if self._seen.get(path) == stamp:
                continue
            try:
                entries = read_withdrawals(inbox)
            except (NotAFile, OSError) as error:
                said.append(f"A hub's withdrawal log cannot be used ({error}); its requests wait until it can.")
                continue
            said += self._withdraw(entries)
            self._seen[path] = stamp
        return said

    def _withdraw(self, entries) -> list[str]:
        listing = self.store.list()
        held = {(clip.sidecar.id, clip.code) for clip in listing.clips}
        said = []
        for entry in entries:
            if (entry.clip_id, entry.code) not in held:
                continue  # another kiosk's clip, one withdrawn here already, or a line that names no clip of ours
            try:
                report = withdraw(self.store, entry.code, refresh=self.refresh)
            except (StoreError, OSError) as error:
                said.append(f"The withdrawal of {codes.display(entry.code)} asked at a hub could not be done ({error}).")
                continue
            held.discard((entry.clip_id, entry.code))
            said.append(f"Withdrawn at a hub's request: {codes.display(entry.code)} ({len(report.removed)} file(s)).")
            said += list(report.problems)
        return said
