"""The hub window with a real kiosk's Syncthing on loopback: its id as text and a QR code a camera can read, a kiosk
asking to join accepted with one click, the kiosk's state and whole clips shown, a withdrawal reaching the kiosk."""

import json
import os
from dataclasses import replace

import cv2
import numpy as np
import pytest

from kiosk.store import ClipStore
from kiosk.sync.engine import free_port, normal_device_id
from kiosk.sync.home import STATE_ENVIRONMENT
from kiosk.sync.serve import SyncSettings
from kiosk.ui.hub.app import build_hub
from kiosk.ui.hub.engine import RUNNING
from tests.sync.fleet import Node, keep_clip, wait_for

ARRIVAL_MS = 40_000


@pytest.fixture
def hub_and_kiosk(qtbot, tmp_path, monkeypatch, kiosk_config):
    state = tmp_path / "state"
    monkeypatch.setenv(STATE_ENVIRONMENT, str(state))
    port = free_port()
    settings = SyncSettings(tmp_path / "Hub", "hub", "Hub", f"tcp://127.0.0.1:{port}")
    kiosk = Node(tmp_path, "Entrance", "kiosk")
    hub = build_hub(replace(kiosk_config, language="en"), settings)
    qtbot.addWidget(hub.window)
    hub.window.show()
    try:
        yield hub, kiosk, f"tcp://127.0.0.1:{port}"
    finally:
        hub.close()
        kiosk.stop()


def _joined(qtbot, hub, kiosk: Node, address: str):
    """The kiosk started, paired with the hub by its id and accepted in the window, as the README's steps do."""
    window = hub.window
    qtbot.waitUntil(lambda: hub.engine.state == RUNNING and window.last_look is not None, timeout=60_000)
    kiosk.start()
    done = kiosk.kiosk("sync", "pair", window.last_look.device_id, "--address", address)
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: window.asking.count() == 1, timeout=ARRIVAL_MS)
    window.asking.item(0).setSelected(True)
    window.accept.click()
    qtbot.waitUntil(lambda: window.kiosks.rowCount() == 1 and window.kiosks.item(0, 1).text() == "connected",
                    timeout=ARRIVAL_MS)


def test_a_kiosk_joins_sends_a_clip_and_a_withdrawal_reaches_it(qtbot, hub_and_kiosk):
    hub, kiosk, address = hub_and_kiosk
    window = hub.window
    qtbot.waitUntil(lambda: hub.engine.state == RUNNING and window.last_look is not None, timeout=60_000)
    hub_id = window.last_look.device_id
    assert hub_id in window.device_id.text()
    image = window.qr.pixmap().toImage().convertToFormat(window.qr.pixmap().toImage().Format.Format_Grayscale8)
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())[:, :image.width()]
    decoded, _, _ = cv2.QRCodeDetector().detectAndDecode(np.ascontiguousarray(pixels))
    assert normal_device_id(decoded) == hub_id  # what a kiosk's camera would read

    kiosk.start()
    done = kiosk.kiosk("sync", "pair", hub_id, "--address", address)
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: window.asking.count() == 1, timeout=ARRIVAL_MS)
    assert "Entrance" in window.asking.item(0).text()
    window.asking.item(0).setSelected(True)
    window.accept.click()
    qtbot.waitUntil(lambda: window.kiosks.rowCount() == 1 and window.kiosks.item(0, 1).text() == "connected",
                    timeout=ARRIVAL_MS)
    assert window.kiosks.item(0, 0).text() == "Entrance"

    clip = keep_clip(kiosk.recordings, os.urandom(40_000))
    qtbot.waitUntil(lambda: window.clips.model.rowCount() == 1, timeout=ARRIVAL_MS)
    assert window.clips.model.rows[0].code == clip.code
    qtbot.waitUntil(lambda: window.kiosks.item(0, 2).text() == "1", timeout=ARRIVAL_MS)  # its status file came too

    window.ask = lambda question: clip.code[:3] in question
    window.clips.select_row(0)
    with qtbot.waitSignal(hub.engine.withdrawn, timeout=20_000):
        window.clips.withdraw.click()
    wait_for(lambda: not clip.media_path.exists(), 30, "the clip withdrawn at its kiosk")
    qtbot.waitUntil(lambda: window.clips.model.rowCount() == 0, timeout=ARRIVAL_MS)


def test_a_theme_tapped_at_the_hub_shows_at_once_and_reaches_the_kiosk(qtbot, hub_and_kiosk):
    hub, kiosk, address = hub_and_kiosk
    window = hub.window
    _joined(qtbot, hub, kiosk, address)
    clip = keep_clip(kiosk.recordings, os.urandom(40_000))
    qtbot.waitUntil(lambda: window.clips.model.rowCount() == 1, timeout=ARRIVAL_MS)
    window.tabs.setCurrentWidget(window.clips)
    window.clips.select_row(0)
    buttons = window.clips.themes.buttons
    assert window.clips.themes.isVisible() and set(buttons) == {theme.id for theme in window.config.themes}
    assert buttons["being-heard"].text() == "Being listened to" and buttons["being-heard"].isEnabled()
    assert not buttons["being-heard"].isChecked()

    with qtbot.waitSignal(hub.engine.tagged, timeout=20_000):
        buttons["being-heard"].click()
    # Shown at the hub at once, from its own outbox: the kiosk's folder there is receive-only and never written.
    assert window.clips.selected_row().themes == ("being-heard",) and buttons["being-heard"].isChecked()
    assert buttons["being-heard"].isEnabled() and not window.clips.tagging
    outbox = window.engine.settings.recordings / "to-kiosks" / "annotations" / f"{clip.sidecar.id}.annotation"
    assert json.loads(outbox.read_text())["facilitator"]["themes"]["by"] == "Hub"

    def on_kiosk():
        found = ClipStore(kiosk.recordings).find(clip.code)
        return found.sidecar.facilitator if found is not None else None
    qtbot.waitUntil(lambda: on_kiosk().themes == ("being-heard",), timeout=ARRIVAL_MS)
    assert on_kiosk().stamps["themes"].by == "Hub"

    # Taken away again at the hub: the whole list travels, stamped anew.
    with qtbot.waitSignal(hub.engine.tagged, timeout=20_000):
        buttons["being-heard"].click()
    assert window.clips.selected_row().themes == () and not buttons["being-heard"].isChecked()
    qtbot.waitUntil(lambda: on_kiosk().themes == (), timeout=ARRIVAL_MS)

    # The wall is approved at the kiosk's panel: at the hub its switch says so, calmly, and is free again.
    window.clips.on_wall.click()
    assert "not at the hub" in window.clips.about.text() and not window.clips.walling
