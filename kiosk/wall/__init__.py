"""The live wall's core: which clips may show on the venue's screen, in what order, and what changes it (no Qt)."""

from kiosk.wall.playlist import Playlist, PlaylistChange, WallPreview, preview, why_not_public, why_not_shown

__all__ = ["Playlist", "PlaylistChange", "WallPreview", "preview", "why_not_public", "why_not_shown"]
