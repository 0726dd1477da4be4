"""The hub window: each kiosk's state, the kiosks' whole clips merged into the panel's clip page (tagged with the
event's themes there, as in the panel), and pairing (this hub's device id as text and as a QR code, the kiosks asking
to join, to accept)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QListWidget, QListWidgetItem, QMessageBox, QTableWidget,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from kiosk.config import Config
from kiosk.store import codes
from kiosk.sync.hub import HubLook, KioskView
from kiosk.ui.hub.engine import FAILED, MISSING, RUNNING, STARTING, STOPPED, HubEngine
from kiosk.ui.panel.clips import ClipsPage
from kiosk.ui.widgets import button, label

QR_SCALE = 6
DEVICE_ROLE = Qt.UserRole + 1


def qr_pixmap(text: str) -> QPixmap:
    """`text` as a QR code (segno: pure Python, so nothing to build on Windows or macOS)."""
    import io

    import segno

    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=QR_SCALE, border=4)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class HubWindow(QWidget):
    """Shows what the engine looked at; every action goes to the engine's thread."""

    closed = Signal()

    def __init__(self, engine: HubEngine, config: Config, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine, self.config = engine, config
        self.last_look: HubLook | None = None
        self.heading = label("heading")
        self.state = label("muted")
        self.message = label("body")
        self.device_id = label("body")
        self.device_id.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.qr = label("body", wrap=False)
        self.asking_heading = label("subheading")
        self.asking = QListWidget()
        self.accept = button("primary")
        self.accept.clicked.connect(self._accept)
        self.accept.setEnabled(False)
        self.asking.itemSelectionChanged.connect(lambda: self.accept.setEnabled(bool(self.asking.selectedItems())))
        self.kiosks = QTableWidget(0, 8)
        self.kiosks.verticalHeader().hide()
        self.kiosks.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.kiosks.horizontalHeader().setStretchLastSection(True)
        self.kiosks.setEditTriggers(QTableWidget.NoEditTriggers)
        self.clips = ClipsPage()
        self.clips.language = config.language
        # A review or a transcript typed here would change the hub's copy only, never the kiosk's: not at a hub.
        for control in (self.clips.review, self.clips.transcript, self.clips.refresh):
            control.hide()
        self.clips.review.setEnabled(False)
        self.clips.withdraw_chosen.connect(self._withdraw)
        # Tags travel to the kiosk in the hub's outbox (kiosk.sync.tags); the wall is approved at the kiosk's panel.
        self.clips.show_themes(config.themes)
        self.clips.theme_toggled.connect(lambda row, theme_id, on: engine.tag(row.clip, config, theme_id, on))
        engine.tagged.connect(lambda code: self.clips.show_tagged(self.clips.selected_row()))
        engine.tag_failed.connect(self.clips.show_tag_failed)
        self.clips.wall_chosen.connect(lambda row, on: self.clips.show_wall_failed(
            row.code, self.tr("a clip goes on the wall at its kiosk's panel, not at the hub.")))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._fleet_page(), "")
        self.tabs.addTab(self.clips, "")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.state)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        engine.looked.connect(self.show_look)
        engine.state_changed.connect(self.show_state)
        engine.said.connect(self.show_message)
        engine.withdrawn.connect(lambda code: self.show_message(
            self.tr("%1 is withdrawn at the hub; its kiosk removes it when it is connected.")
            .replace("%1", codes.display(code))))
        self.retranslate()
        self.show_state(engine.state)

    def _fleet_page(self) -> QWidget:
        page = QWidget()
        pairing = QVBoxLayout()
        pairing.addWidget(self.device_id)
        pairing.addWidget(self.qr)
        pairing.addWidget(self.asking_heading)
        pairing.addWidget(self.asking, 1)
        pairing.addWidget(self.accept)
        layout = QHBoxLayout(page)
        layout.addWidget(self.kiosks, 3)
        layout.addLayout(pairing, 1)
        return page

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Whose Shoes? hub"))
        self.heading.setText(self.tr("Hub: the kiosks of the day"))
        self.asking_heading.setText(self.tr("Kiosks asking to join"))
        self.accept.setText(self.tr("Accept this kiosk"))
        self.tabs.setTabText(0, self.tr("Kiosks"))
        self.tabs.setTabText(1, self.tr("Clips"))
        self.kiosks.setHorizontalHeaderLabels([
            self.tr("Kiosk"), self.tr("Connected"), self.tr("Clips today"), self.tr("Waiting to arrive"),
            self.tr("Free hours"), self.tr("Battery"), self.tr("Last take"), self.tr("Faults")])
        self.clips.retranslate()
        self.show_state(self.engine.state)
        if self.last_look is not None:
            self.show_look(self.last_look, None)

    # -- what the engine says ------------------------------------------------------------------------

    def show_state(self, state: str) -> None:
        words = {STARTING: self.tr("Starting the sync engine…"), RUNNING: self.tr("Receiving the kiosks"),
                 MISSING: self.tr("Sync is off: Syncthing is missing"), FAILED: self.tr("Sync stopped"),
                 STOPPED: self.tr("Sync stopped")}
        self.state.setText(words.get(state, state))

    def show_message(self, sentence: str) -> None:
        self.message.setText(sentence)

    def show_look(self, look: HubLook, rows: list | None) -> None:
        self.last_look = look
        if self.device_id.property("shown") != look.device_id:
            self.device_id.setProperty("shown", look.device_id)
            self.qr.setPixmap(qr_pixmap(look.device_id))
        self.device_id.setText(self.tr("This hub's device id (a kiosk pairs with it):\n%1").replace("%1", look.device_id))
        self._show_kiosks(look.kiosks)
        self._show_asking(look)
        if rows is not None:
            self.clips.show_clips(rows, self.config.cards, self.config.scopes)

    def _show_kiosks(self, kiosks: tuple[KioskView, ...]) -> None:
        self.kiosks.setRowCount(len(kiosks))
        for number, kiosk in enumerate(kiosks):
            status = kiosk.status
            cells = [kiosk.name, self._heard(kiosk), str(status.clips_today) if status else "–", str(kiosk.waiting),
                     f"{status.free_hours:.1f}" if status else "–", self._battery(status),
                     _clock(status.last_take) if status and status.last_take else "–",
                     "; ".join(status.faults) if status else kiosk.status_problem]
            for column, text in enumerate(cells):
                self.kiosks.setItem(number, column, QTableWidgetItem(text))

    def _heard(self, kiosk: KioskView) -> str:
        if kiosk.connected:
            return self.tr("connected")
        if kiosk.last_seen:
            return self.tr("last heard %1").replace("%1", _clock(kiosk.last_seen))
        return self.tr("never connected")

    def _battery(self, status) -> str:
        if status is None or status.battery_percent is None:
            return self.tr("mains")
        if status.plugged:
            return self.tr("%1%, plugged in").replace("%1", f"{status.battery_percent:.0f}")
        return self.tr("%1%, on battery").replace("%1", f"{status.battery_percent:.0f}")

    def _show_asking(self, look: HubLook) -> None:
        chosen = {item.data(DEVICE_ROLE) for item in self.asking.selectedItems()}
        self.asking.clear()
        for device in look.asking:
            item = QListWidgetItem(f"{device.name or self.tr('unnamed')} ({device.device_id[:7]}) {device.address}")
            item.setData(DEVICE_ROLE, (device.device_id, device.name))
            self.asking.addItem(item)
            item.setSelected(item.data(DEVICE_ROLE) in chosen)

    # -- what the facilitator does ---------------------------------------------------------------------

    def _accept(self) -> None:
        for item in self.asking.selectedItems():
            device_id, name = item.data(DEVICE_ROLE)
            self.engine.accept(device_id, name)
            self.show_message(self.tr("Accepting %1…").replace("%1", name or device_id[:7]))

    def _withdraw(self, row) -> None:
        question = self.tr("Withdraw %1? It is deleted from this hub now, and from its kiosk when it is connected. "
                           "This cannot be undone.").replace("%1", codes.display(row.code))
        if self.ask(question):
            self.engine.withdraw(row.code)

    def ask(self, question: str) -> bool:
        """A yes-or-no question; tests answer it themselves."""
        answer = QMessageBox.question(self, self.windowTitle(), question)
        return answer == QMessageBox.Yes

    def closeEvent(self, event) -> None:
        self.clips.shutdown()
        self.closed.emit()
        super().closeEvent(event)


def _clock(moment: str) -> str:
    try:
        when = datetime.fromisoformat(moment.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return moment[:20]
    return when.strftime("%H:%M" if when.date() == datetime.now().date() else "%Y-%m-%d %H:%M")
