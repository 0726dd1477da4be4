"""The panel's Hub page: a kiosk pairs with a hub by reading the hub's QR code from its camera, or by the id typed on
the page's keyboard; with sync off it says where to turn it on."""

import io
import json
from dataclasses import replace

import cv2
import numpy as np
import segno

from kiosk.sync.engine import Syncthing
from kiosk.sync.home import STATE_ENVIRONMENT, find_syncthing, sync_home
from kiosk.ui.sync_service import RUNNING
from tests.ui.test_panel import open_panel, type_on


def _hub_id(tmp_path) -> str:
    """A real device id: a Syncthing home generated for a hub that never runs here."""
    return Syncthing(tmp_path / "hub-home", find_syncthing(), "Hub").device_id()


def _frame_showing(text: str) -> np.ndarray:
    """A 1280x720 camera frame with the hub window's QR code held up in it."""
    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=6, border=4)
    code = cv2.imdecode(np.frombuffer(buffer.getvalue(), np.uint8), cv2.IMREAD_COLOR)
    frame = np.full((720, 1280, 3), 90, np.uint8)
    top, left = (720 - code.shape[0]) // 2, (1280 - code.shape[1]) // 2
    frame[top:top + code.shape[0], left:left + code.shape[1]] = code
    return frame


def _paired_devices(recordings, state) -> list[str]:
    engine = Syncthing(sync_home(recordings, state), "syncthing", "")
    assert engine.attach()
    try:
        return [device["deviceID"] for device in engine.get("/rest/config/devices")]
    finally:
        engine.detach()


def test_a_kiosk_pairs_by_reading_the_hubs_qr_code_with_its_camera(qtbot, make_kiosk, kiosk_config, recordings,
                                                                    tmp_path, monkeypatch):
    monkeypatch.setenv(STATE_ENVIRONMENT, str(tmp_path / "state"))
    hub_id = _hub_id(tmp_path)
    kiosk = make_kiosk(replace(kiosk_config, sync_role="kiosk", sync_name="Entrance"))
    qtbot.waitUntil(lambda: kiosk.services.sync.state == RUNNING, timeout=60_000)
    panel = open_panel(qtbot, kiosk)
    panel.nav_buttons["hub"].click()
    page = panel.hub_page
    assert kiosk.services.sync.device_id in page.about.text()
    page.scan.click()
    assert page.preview.isVisible() and not page.pair.isEnabled()
    frame = _frame_showing(hub_id)
    qtbot.waitUntil(lambda: (panel.show_frame(frame), page.hub_id.text() == hub_id)[1], timeout=20_000)
    assert not page.reading and page.pair.isEnabled()
    with qtbot.waitSignal(kiosk.services.sync.paired, timeout=20_000):
        page.pair.click()
    qtbot.waitUntil(lambda: "Paired" in page.message.text(), timeout=5000)
    assert hub_id in _paired_devices(recordings, tmp_path / "state")


def test_a_typed_id_pairs_and_a_wrong_one_cannot(qtbot, make_kiosk, kiosk_config, recordings, tmp_path, monkeypatch):
    monkeypatch.setenv(STATE_ENVIRONMENT, str(tmp_path / "state"))
    hub_id = _hub_id(tmp_path)
    kiosk = make_kiosk(replace(kiosk_config, sync_role="kiosk"))
    qtbot.waitUntil(lambda: kiosk.services.sync.state == RUNNING, timeout=60_000)
    panel = open_panel(qtbot, kiosk)
    panel.nav_buttons["hub"].click()
    page = panel.hub_page
    type_on(page.keyboard, hub_id[:20])
    assert page.hub_id.text() == hub_id[:20] and not page.pair.isEnabled()
    type_on(page.keyboard, hub_id[20:].replace("-", ""))  # the dashes are optional, as Syncthing shows them or not
    assert page.pair.isEnabled()
    with qtbot.waitSignal(kiosk.services.sync.paired, timeout=20_000):
        page.pair.click()
    assert hub_id in _paired_devices(recordings, tmp_path / "state")
    assert json.loads((sync_home(recordings, tmp_path / "state") / "serve.json").read_text())["pid"]


def test_with_sync_off_the_page_says_where_to_turn_it_on(qtbot, make_kiosk, kiosk_config):
    kiosk = make_kiosk(kiosk_config)
    panel = open_panel(qtbot, kiosk)
    panel.nav_buttons["hub"].click()
    page = panel.hub_page
    assert "Settings" in page.about.text() and not page.pair.isEnabled()
    kiosk.services.sync.pair("MFZWI3D-BONSGYC-FUJHZGK-GYXR5FD-4Y3YMNT-KVQ5QRG-KUNMAWK-OOQBQAO")
    assert "Settings" in page.message.text()
