"""The panel's Hub page: this kiosk's part in the event fleet, and pairing it with a hub by typing the hub's device
id on the page's keyboard or by holding the hub's QR code up to the kiosk's own camera."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout

from kiosk.sync.engine import SyncError, normal_device_id
from kiosk.ui.disk import DiskWorker
from kiosk.ui.panel import PageBase
from kiosk.ui.sync_service import FAILED, MISSING, OFF, RUNNING, STARTING, STOPPED, KioskSync
from kiosk.ui.widgets import CameraPreview, OnScreenKeyboard, button, label, set_text

# A device id's letters and digits (base32) and its dashes: nothing else can be in one.
ID_ROWS = ("ABCDEFGH", "IJKLMNOP", "QRSTUVWX", "YZ234567-")


def read_qr(frame: np.ndarray) -> str:
    """The device id in a camera frame's QR code, or "" when there is none (OpenCV's QRCodeDetector, on the panel's
    worker: the frame at full size, since a copy scaled down lost a code shown at a laptop screen's pixel size)."""
    import cv2

    text, _, _ = cv2.QRCodeDetector().detectAndDecode(frame)
    try:
        return normal_device_id(text)
    except SyncError:
        return ""


class HubPage(PageBase):
    pair_chosen = Signal(str)  # the hub's device id, as typed or read
    frame_to_read = Signal(object)  # a camera frame to look for the hub's QR code in (at most one at a time)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.state = OFF
        self.device_id = ""
        self.reading = False  # the camera is being looked at for a QR code
        self.frame_pending = False
        self.heading = label("heading")
        self.about = label("body")
        self.message = label("body")
        self.hub_id = QLineEdit()
        self.hub_id.textChanged.connect(self._update)
        self.keyboard = OnScreenKeyboard(ID_ROWS, extra="", shift=False, space=False, parent=self)
        self.keyboard.serve([self.hub_id])
        self.pair = button("primary")
        self.pair.clicked.connect(self._pair)
        self.scan = button()
        self.scan.setCheckable(True)
        self.scan.toggled.connect(self._scan_toggled)
        self.preview = CameraPreview(mirrored=True)
        self.preview.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.pair)
        actions.addWidget(self.scan)
        actions.addStretch()
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.about, self.hub_id):
            layout.addWidget(widget)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.keyboard)
        self.retranslate()

    def typed_id(self) -> str:
        try:
            return normal_device_id(self.hub_id.text())
        except SyncError:
            return ""

    def _update(self, *_) -> None:
        self.pair.setEnabled(bool(self.typed_id()) and self.state == RUNNING)

    def _pair(self) -> None:
        if self.typed_id():
            self.show_message(self.tr("Pairing with the hub…"))
            self.pair_chosen.emit(self.typed_id())

    def _scan_toggled(self, on: bool) -> None:
        self.reading = on
        self.preview.setVisible(on)
        self.keyboard.setVisible(not on)
        self.retranslate()

    def show_frame(self, frame) -> None:
        if not self.reading:
            return
        self.preview.show_frame(frame)
        if not self.frame_pending and frame is not None:
            self.frame_pending = True
            self.frame_to_read.emit(frame)

    def show_read(self, device_id: str) -> None:
        self.frame_pending = False
        if device_id and self.reading:
            self.hub_id.setText(device_id)
            self.scan.setChecked(False)
            self.show_message(self.tr("The hub's code was read: check it is the hub's, then Pair."))

    def show_state(self, state: str, device_id: str = "") -> None:
        self.state, self.device_id = state, device_id or self.device_id
        self.retranslate()

    def show_message(self, sentence: str) -> None:
        self.message.setText(sentence)

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Send this kiosk's clips to a hub"))
        words = {OFF: self.tr("Sync is off. To send clips to a facilitator's laptop, set Sync with the hub to kiosk "
                              "in Settings."),
                 STARTING: self.tr("Sync is starting…"),
                 RUNNING: self.tr("Sync is on. This kiosk's device id: %1").replace("%1", self.device_id),
                 MISSING: self.tr("Sync is off: Syncthing is not installed on this laptop."),
                 FAILED: self.tr("Sync stopped; the clips are still kept here."),
                 STOPPED: self.tr("Sync is off.")}
        self.about.setText(words.get(self.state, self.state) + "\n" +
                           self.tr("Type the hub's device id, or hold the QR code the hub shows up to the camera."))
        self.hub_id.setPlaceholderText(self.tr("The hub's device id"))
        self.hub_id.setAccessibleName(self.tr("The hub's device id"))
        set_text(self.pair, self.tr("Pair with this hub"))
        set_text(self.scan, self.tr("Stop reading") if self.reading else self.tr("Read the hub's QR code"))
        self.keyboard.retranslate()
        self._update()


def connect_hub_page(page: HubPage, sync: KioskSync, worker: DiskWorker, parent: QObject) -> None:
    """The page's pairing goes to the kiosk's sync service; its frames are read for a QR code on the worker."""
    sync.state_changed.connect(lambda state: page.show_state(state, sync.device_id))
    page.show_state(sync.state, sync.device_id)
    page.pair_chosen.connect(sync.pair)
    sync.paired.connect(lambda name: page.show_message(
        page.tr("Paired: clips go to the hub %1 whenever it is on the network.").replace("%1", name)))
    sync.pair_failed.connect(page.show_message)

    def read(frame) -> None:
        job = worker.submit(lambda: read_qr(frame))
        job.finished.connect(page.show_read)
        job.failed.connect(lambda _error: page.show_read(""))
    page.frame_to_read.connect(read)
