"""The event fleet: each kiosk and hub runs its own Syncthing, configured over its REST API, LAN only.

A kiosk shares its recordings folder send-only; a hub receives each kiosk receive-only into
`<hub recordings>/kiosks/<kiosk name>/` and shares one folder back, `to-kiosks/`, carrying the withdrawals asked for
at the hub. Everything a hub receives is untrusted input: a clip counts there only when its sidecar says kept and
its media's sha256 matches (kiosk.sync.arrivals).
"""

from kiosk.sync.engine import SyncError, Syncthing, SyncthingMissing

__all__ = ["SyncError", "Syncthing", "SyncthingMissing"]
