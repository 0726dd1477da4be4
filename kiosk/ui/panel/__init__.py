"""The facilitator panel behind the PIN: one page a module, shown by screens/facilitator.py, driven by panel/controller.py."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.ui.widgets import Retranslated


class PageBase(Retranslated, QWidget):
    """A page of the panel: shows state, says what the facilitator did through past-tense signals.

    Like the screens it never opens files or talks to devices; the panel controller does that off
    the GUI thread and hands the page what to show. Keys it does not use (Esc) go up to the screen.
    """
