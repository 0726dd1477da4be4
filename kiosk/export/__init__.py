"""Store -> the event record: per-card folders of clips, manifests, a gallery and compilations."""

from kiosk.export.record import ExportError, ExportOptions, ExportReport, export_record, refresh
from kiosk.export.selection import parse_since

__all__ = ["ExportError", "ExportOptions", "ExportReport", "export_record", "parse_since", "refresh"]
