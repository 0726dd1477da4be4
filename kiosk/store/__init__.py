"""Clips and sidecars on disk: save, list, recover, withdraw."""

from kiosk.store.clips import AWAITING_REVIEW, KEPT, RECORDING, Clip, ClipStore, ClipTags, Listing, Sidecar, StoreError
from kiosk.store.recover import DAMAGED, recover

__all__ = ["AWAITING_REVIEW", "DAMAGED", "KEPT", "RECORDING", "Clip", "ClipStore", "ClipTags", "Listing", "Sidecar",
           "StoreError", "recover"]
