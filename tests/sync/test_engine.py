"""The sync engine's process: its home outside the recordings, LAN-only before its first serve, a clear sentence when
Syncthing is missing, and no Syncthing left running after its kiosk stops or dies."""

import os
import signal
import xml.etree.ElementTree as ElementTree

import psutil
import pytest

from kiosk.sync.engine import SyncError, Syncthing, normal_device_id
from kiosk.sync.home import STATE_ENVIRONMENT, SyncthingMissing, find_syncthing, sync_home
from tests.sync.fleet import Node, wait_for


def test_the_home_is_per_folder_and_never_inside_the_recordings(tmp_path):
    first, second = tmp_path / "a" / "recordings", tmp_path / "b" / "recordings"
    home = sync_home(first, tmp_path / "state")
    assert home != sync_home(second, tmp_path / "state")
    assert home == sync_home(first / ".." / "recordings", tmp_path / "state")
    assert first.resolve() not in home.resolve().parents


def test_the_generated_config_is_lan_only_before_the_first_serve(tmp_path):
    engine = Syncthing(tmp_path / "home", find_syncthing(), "Entrance", "tcp://0.0.0.0:22999")
    engine.generate()
    options = ElementTree.parse(tmp_path / "home" / "config.xml").getroot().find("options")
    values = {element.tag: element.text for element in options}
    assert values["globalAnnounceEnabled"] == "false" and values["relaysEnabled"] == "false"
    assert values["natEnabled"] == "false" and values["urAccepted"] == "-1"
    assert values["crashReportingEnabled"] == "false" and values["autoUpgradeIntervalH"] == "0"
    assert values["localAnnounceEnabled"] == "true"  # the venue's LAN
    assert [e.text for e in options.findall("listenAddress")] == ["tcp://0.0.0.0:22999"]
    loopback = Syncthing(tmp_path / "home", find_syncthing(), "Entrance", "tcp://127.0.0.1:22999")
    loopback.generate()
    options = ElementTree.parse(tmp_path / "home" / "config.xml").getroot().find("options")
    assert options.find("localAnnounceEnabled").text == "false"  # nothing to find on loopback: broadcast nothing


def test_a_device_id_is_checked_and_written_as_syncthing_shows_it():
    spaced = "mfzwi3d bonsgyc fujhzgk gyxr5fd 4y3ymnt kvq5qrg kunmawk ooqbqao"
    assert normal_device_id(spaced) == "MFZWI3D-BONSGYC-FUJHZGK-GYXR5FD-4Y3YMNT-KVQ5QRG-KUNMAWK-OOQBQAO"
    for bad in ("", "ABC", "MFZWI3D-BONSGYC-FUJHZGK-GYXR5FD-4Y3YMNT-KVQ5QRG-KUNMAWK-OOQBQA0"):
        with pytest.raises(SyncError):
            normal_device_id(bad)


def test_sync_id_prints_the_id_alone_on_its_last_line(tmp_path):
    node = Node(tmp_path, "Entrance", "kiosk")
    done = node.kiosk("sync", "id")
    assert done.returncode == 0, done.stderr
    assert normal_device_id(done.stdout.strip().splitlines()[-1]) == done.stdout.strip().splitlines()[-1]
    assert node.kiosk("sync", "id").stdout == done.stdout  # the same identity each time
    assert not (node.recordings / "config.xml").exists() and node.home.is_dir()


def test_missing_syncthing_is_one_sentence_saying_how_to_install_it(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(SyncthingMissing, match="apt-get install syncthing"):
        find_syncthing()
    node = Node(tmp_path, "Entrance", "kiosk")
    (node.recordings / "kiosk.toml").write_text('[sync]\nsyncthing = "/nowhere/syncthing"\n')
    sentence = "kiosk: There is no Syncthing program at /nowhere/syncthing (sync.syncthing in the config)."
    for command in (("sync", "serve", "--role", "kiosk"), ("sync", "id"), ("hub",)):
        done = node.kiosk(*command)
        assert (done.returncode, done.stderr.strip()) == (1, sentence), command


def test_sync_serve_stops_its_syncthing_on_sigterm(tmp_path):
    node = Node(tmp_path, "Entrance", "kiosk").start()
    try:
        syncthing = psutil.Process(node.syncthing_pid)
        assert "syncthing" in syncthing.name()
        node.process.send_signal(signal.SIGTERM)
        assert node.process.wait(30) == 0
        assert not psutil.pid_exists(syncthing.pid) or syncthing.status() == psutil.STATUS_ZOMBIE
        assert not (node.home / "serve.json").exists()
    finally:
        node.stop()


def test_a_killed_kiosk_leaves_no_syncthing_behind(tmp_path):
    node = Node(tmp_path, "Entrance", "kiosk").start()
    try:
        syncthing = psutil.Process(node.syncthing_pid)
        node.process.kill()
        node.process.wait(30)
        wait_for(lambda: not syncthing.is_running() or syncthing.status() == psutil.STATUS_ZOMBIE, 20,
                 "Syncthing gone with the kiosk that started it")
    finally:
        node.stop()
        if psutil.pid_exists(syncthing.pid):
            os.kill(syncthing.pid, signal.SIGKILL)


def test_the_state_folder_can_be_moved_for_a_second_instance(tmp_path, monkeypatch):
    monkeypatch.setenv(STATE_ENVIRONMENT, str(tmp_path / "elsewhere"))
    assert (tmp_path / "elsewhere") in sync_home(tmp_path / "recordings").parents
