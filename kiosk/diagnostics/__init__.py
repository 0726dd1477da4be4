"""Checks on the recording path that need no person in front of the kiosk: clapper files and A/V sync."""

from kiosk.diagnostics.clapper import make_clapper, measure_av_offsets

__all__ = ["make_clapper", "measure_av_offsets"]
