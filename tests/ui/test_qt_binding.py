"""The Qt binding itself keeps Python's reference counts: PySide6 6.12.0 did not, and killed the kiosk within minutes."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel


def test_calling_qt_methods_leaves_the_reference_count_of_none_alone(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("Recording")
        timer.start(1000)
        timer.stop()
    # Each lost reference is a step towards "Fatal Python error: none_dealloc" on Python 3.11.
    assert sys.getrefcount(None) - before > -50
