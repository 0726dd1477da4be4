"""Store -> the event record: per-card folders of clips, manifests, a gallery and compilations."""

from kiosk.export.outcome import ExportError, ExportOptions, ExportReport
from kiosk.export.publish import publish, refresh
from kiosk.export.record import export_record
from kiosk.export.selection import parse_since

__all__ = ["ExportError", "ExportOptions", "ExportReport", "export_record", "parse_since", "publish", "refresh"]
