"""The kiosk's sync engine as one of its services: started when `[sync] role = "kiosk"`, its status published,
stopped with the kiosk; a missing Syncthing is a calm sentence and the kiosk keeps working."""

import json
from dataclasses import replace

import psutil

from kiosk.services import RUNNING as SERVICE_RUNNING, STOPPED as SERVICE_STOPPED
from kiosk.sync.engine import CONNECTION_FILE
from kiosk.sync.home import STATE_ENVIRONMENT, sync_home
from kiosk.sync.status import STATUS_FILE, read_status
from kiosk.ui.sync_service import MISSING, OFF, RUNNING
from tests.sync.fleet import wait_for
from tests.ui.conftest import record_until_review, walk_to_prompt


def test_sync_is_off_unless_the_config_says_kiosk(make_kiosk, kiosk_config):
    kiosk = make_kiosk(kiosk_config)
    assert kiosk.services.sync.state == OFF and kiosk.services.status["sync"] == SERVICE_RUNNING


def test_the_kiosk_starts_its_syncthing_and_stops_it_on_close(qtbot, make_kiosk, kiosk_config, recordings, tmp_path,
                                                                monkeypatch):
    monkeypatch.setenv(STATE_ENVIRONMENT, str(tmp_path / "state"))
    kiosk = make_kiosk(replace(kiosk_config, sync_role="kiosk", sync_name="Entrance"))
    sync = kiosk.services.sync
    qtbot.waitUntil(lambda: sync.state == RUNNING, timeout=60_000)
    assert len(sync.device_id) == 63
    home = sync_home(recordings, tmp_path / "state")
    syncthing = psutil.Process(json.loads((home / CONNECTION_FILE).read_text())["pid"])
    status = wait_for(lambda: read_status(recordings)[0], 30, "the status file")
    assert status.name == "Entrance" and (recordings / ".stignore").is_file()
    kiosk.close()
    assert kiosk.services.status["sync"] == SERVICE_STOPPED
    assert not syncthing.is_running() or syncthing.status() == psutil.STATUS_ZOMBIE
    assert (recordings / STATUS_FILE).is_file()


def test_a_missing_syncthing_is_a_sentence_for_the_facilitator(qtbot, make_kiosk, kiosk_config):
    kiosk = make_kiosk(replace(kiosk_config, sync_role="kiosk", syncthing="/nowhere/syncthing"))
    sync = kiosk.services.sync
    qtbot.waitUntil(lambda: sync.state == MISSING, timeout=10_000)
    qtbot.waitUntil(lambda: any("/nowhere/syncthing" in str(note) for note in kiosk.controller.notes.errors), timeout=5000)
    assert kiosk.services.status["devices"] == SERVICE_RUNNING  # the kiosk records on without it


def test_syncthing_is_suspended_while_a_take_records_and_goes_on_after(qtbot, make_kiosk, kiosk_config, recordings,
                                                                     tmp_path, monkeypatch):
    monkeypatch.setenv(STATE_ENVIRONMENT, str(tmp_path / "state"))
    kiosk = make_kiosk(replace(kiosk_config, sync_role="kiosk"))
    sync = kiosk.services.sync
    qtbot.waitUntil(lambda: sync.state == RUNNING, timeout=60_000)
    home = sync_home(recordings, tmp_path / "state")
    syncthing = psutil.Process(json.loads((home / CONNECTION_FILE).read_text())["pid"])
    states = []
    kiosk.controller.screen_changed.connect(lambda screen: states.append((screen.name, syncthing.status())))
    walk_to_prompt(qtbot, kiosk)
    record_until_review(qtbot, kiosk, seconds=0.5)
    recording = [status for name, status in states if name == "RECORDING"]
    assert recording == [psutil.STATUS_STOPPED]
    assert states[-1][0] == "REVIEW" and states[-1][1] != psutil.STATUS_STOPPED
