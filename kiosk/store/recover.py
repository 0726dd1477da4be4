"""Crash repair: takes a killed kiosk left unfinished become playable, marked clips; only withdrawn clips' files go."""

from __future__ import annotations

import errno
import logging
import uuid
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from kiosk.store import codes
from kiosk.store.clips import (AWAITING_REVIEW, KEPT, MEDIA_NAME, RECORDING, RECOVERED, Clip, ClipStore, Sidecar,
                               StoreError)
from kiosk.store.measurements import TakeMeasurements
from kiosk.store.media import DamagedMedia, is_fragmented, probe, remux, sha256

DAMAGED = "damaged"


def recover(store: ClipStore) -> list[str]:
    """Repairs what a crash left in `store` and returns one sentence for each thing it did or could not do.

    The caller must hold the store's lock, so a take being recorded right now is never touched.
    """
    from kiosk.store.withdraw import finish_withdrawals, withdrawn_codes  # built on the store, like this module

    # First, so nothing a withdrawal cut short left (media without its sidecar, say) is adopted as a new clip.
    reports: list[str] = finish_withdrawals(store)
    listing = store.list()
    for clip in listing.clips:
        if clip.sidecar.status == RECORDING:
            reports.append(_safely(_repair, store, clip, media=clip.media_path))
        elif clip.sidecar.status == AWAITING_REVIEW:
            reports.append(_safely(_keep_unreviewed, store, clip, media=clip.media_path))
    known = {clip.media_path for clip in listing.clips}
    for path in store.files("*.json"):
        known.add(path.with_suffix(".mp4"))
    withdrawn = withdrawn_codes(store.root)
    for media in store.files("*.mp4"):
        named = MEDIA_NAME.fullmatch(media.name)
        if media not in known and not (named and named["code"] in withdrawn):
            reports.append(_safely(_adopt, store, media, {clip.code for clip in listing.clips}, media=media))
    reports.extend(problem for problem in listing.problems if "has no sidecar" not in problem)
    logging.getLogger(__name__).info("recover in %s: %s", store.root, " | ".join(reports) or "nothing to do")
    return reports


def _safely(repair, *args, media: Path) -> str:
    """Runs one repair; a disk that is full or failing stops that repair, not the others, and is reported."""
    try:
        return repair(*args)
    except StoreError as error:  # a sidecar a newer kiosk wrote: that kiosk repairs it
        return str(error)
    except OSError as error:
        if error.errno == errno.ENOSPC:
            return f"{media.name}: not repaired yet, the disk is full; free some space and run `kiosk recover` again."
        return f"{media.name}: not repaired ({error.strerror or error}); it was left as it is."


def _keep_unreviewed(store: ClipStore, clip: Clip) -> str:
    store.update(clip, status=KEPT, reviewed=False, reviewed_by="", visit_ended=RECOVERED,
                 notes=clip.sidecar.notes + ("The kiosk stopped while this clip awaited review.",))
    return f"{clip.sidecar.media}: kept, not reviewed (the kiosk stopped during its review)."


def _repair(store: ClipStore, clip: Clip) -> str:
    media = clip.media_path
    try:
        if media.stat().st_size == 0:
            raise DamagedMedia(f"{media.name} is empty: the kiosk stopped before anything was written")
        if is_fragmented(media):
            remux(media, media)
        facts = probe(media)
    except (DamagedMedia, OSError) as error:
        store.update(clip, status=DAMAGED, notes=clip.sidecar.notes + (str(error),))
        return f"{media.name}: could not be recovered ({error}); it was left on disk for a facilitator."
    store.update(
        clip, status=KEPT, recovered=True, reviewed=False, reviewed_by="", visit_ended=RECOVERED,
        take=replace(_measured(facts), camera=clip.sidecar.camera, microphone=clip.sidecar.microphone,
                     ended_by="the kiosk stopped mid-take"), sha256=sha256(media),
        notes=clip.sidecar.notes + (f"Recovered after the kiosk stopped mid-take; {facts.duration:.1f} s kept.",),
    )
    store.make_thumbnail(clip)
    return f"{media.name}: recovered, {facts.duration:.1f} s."


def _measured(facts) -> TakeMeasurements:
    """What the file itself says of the take (kiosk.store.media.probe), where the recorder could not say."""
    return TakeMeasurements(duration=facts.duration, width=facts.width, height=facts.height, frames=facts.frames,
                            audio_rate=facts.audio_rate,
                            measured_fps=round(facts.frames / facts.duration, 2) if facts.duration else 0.0)


def _adopt(store: ClipStore, media: Path, taken: set[str]) -> str:
    """A media file with no sidecar gets one, marked recovered, with no consent scope so no export takes it."""
    try:
        if is_fragmented(media):
            remux(media, media)
        facts = probe(media)
    except (DamagedMedia, OSError) as error:
        return f"{media.name} has no sidecar and cannot be read ({error}); it was left on disk for a facilitator."
    match = MEDIA_NAME.fullmatch(media.name)
    code = match["code"] if match and codes.is_code(match["code"]) and match["code"] not in taken else codes.new_code()
    started = datetime.fromtimestamp(media.stat().st_mtime).astimezone()
    if match:
        started = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%S").astimezone()
    sidecar = Sidecar(
        id=str(uuid.uuid4()), withdrawal_code=code, event="", perspective=match["perspective"] if match else "unknown",
        prompt="", consent_scope="", language="", started_at=started.isoformat(timespec="seconds"), media=media.name,
        status=KEPT, recovered=True, visit_ended=RECOVERED, take=_measured(facts), sha256=sha256(media),
        notes=("No sidecar was found; tags were rebuilt from the file name and the consent scope is unknown, "
               "so no export includes this clip until a facilitator sets it.",),
    )
    store.make_thumbnail(store.update(Clip(sidecar, media.with_suffix(".json"))))
    return f"{media.name}: had no sidecar; adopted as a recovered clip with code {code} and no consent scope."

