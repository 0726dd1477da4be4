"""Clips and sidecars on disk: save, list, recover, withdraw."""

from kiosk.store.clips import (ATTENDEE, AWAITING_REVIEW, FACILITATOR, KEPT, KEPT_AT_REVIEW, KIOSK_CLOSED,
                               RECORDED_BY_COMMAND, RECORDING, RECOVERED, VISIT_ENDINGS, WALKED_AWAY, Clip, ClipStore,
                               ClipTags, Listing, Sidecar, StoreError, is_unconfirmed)
from kiosk.store.recover import DAMAGED, recover

__all__ = ["ATTENDEE", "AWAITING_REVIEW", "DAMAGED", "FACILITATOR", "KEPT", "KEPT_AT_REVIEW", "KIOSK_CLOSED",
           "RECORDED_BY_COMMAND", "RECORDING", "RECOVERED", "VISIT_ENDINGS", "WALKED_AWAY", "Clip", "ClipStore",
           "ClipTags", "Listing", "Sidecar", "StoreError", "is_unconfirmed", "recover"]
