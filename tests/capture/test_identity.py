"""Cameras found again by name and by-id path after a replug renumbers them. This machine has no camera: the
listings are written here as the systems give them; only a real laptop shows its own cameras' names and paths."""

import os

import pytest
import sounddevice as sd

from kiosk.capture import SourceError, identity, open_camera, open_microphone
from kiosk.capture.identity import CameraListing, by_id_links, find_camera, stable_spec
from kiosk.ui.devices import remembered_spec

WEBCAM = "/dev/v4l/by-id/usb-046d_HD_Pro_Webcam_C920_A1B2C3D4-video-index0"
TWIN = "/dev/v4l/by-id/usb-046d_HD_Pro_Webcam_C920_FFEE0011-video-index0"
BUILT_IN = "/dev/v4l/by-id/usb-SunplusIT_Inc_Integrated_Camera-video-index0"

# Monday: the webcam was plugged in first. Tuesday: replugged after the laptop's own camera was found, and a
# second identical webcam plugged in too.
MONDAY = [CameraListing(0, "HD Pro Webcam C920", WEBCAM), CameraListing(2, "Integrated Camera", BUILT_IN)]
TUESDAY = [CameraListing(0, "Integrated Camera", BUILT_IN), CameraListing(2, "HD Pro Webcam C920", TWIN),
           CameraListing(4, "HD Pro Webcam C920", WEBCAM)]


def test_a_by_id_path_finds_the_same_webcam_at_its_new_index():
    remembered = stable_spec(MONDAY[0])
    assert remembered == WEBCAM
    assert find_camera(remembered, TUESDAY).index == 4  # not 0 (now the built-in), not 2 (the twin)


def test_a_name_finds_the_camera_where_no_path_is_stable():
    windows = [CameraListing(0, "Integrated Webcam", r"\\?\usb#vid_0c45"), CameraListing(1, "Logitech BRIO", "")]
    remembered = stable_spec(windows[1])
    assert remembered == "name:Logitech BRIO"
    replugged = [CameraListing(0, "Logitech BRIO", ""), CameraListing(1, "Integrated Webcam", r"\\?\usb#vid_0c45")]
    assert find_camera(remembered, replugged).index == 0


def test_a_camera_that_is_not_plugged_in_is_not_replaced_by_another():
    assert find_camera(WEBCAM, [CameraListing(0, "Integrated Camera", BUILT_IN)]) is None
    assert find_camera("name:Logitech BRIO", [CameraListing(0, "Integrated Webcam", "")]) is None


def test_auto_or_an_index_is_remembered_by_identity_and_a_chosen_spec_as_it_is():
    class Opened:
        stable_spec = WEBCAM

    assert remembered_spec("auto", Opened()) == WEBCAM
    assert remembered_spec("0", Opened()) == WEBCAM
    assert remembered_spec("name:HD Pro Webcam C920", Opened()) == "name:HD Pro Webcam C920"
    assert remembered_spec("file:/clip.mp4", object()) == "file:/clip.mp4"


def test_by_id_links_keep_capture_nodes_and_follow_them_to_their_index(tmp_path):
    devices, links = tmp_path / "dev", tmp_path / "by-id"
    devices.mkdir()
    links.mkdir()
    for number in (0, 1, 4):
        (devices / f"video{number}").touch()
    os.symlink(devices / "video4", links / "usb-046d_C920_A1B2-video-index0")
    os.symlink(devices / "video1", links / "usb-046d_C920_A1B2-video-index1")  # its metadata node: no pictures
    os.symlink(devices / "video0", links / "usb-Integrated_Camera-video-index0")
    assert by_id_links(links) == {4: str(links / "usb-046d_C920_A1B2-video-index0"),
                                  0: str(links / "usb-Integrated_Camera-video-index0")}
    assert by_id_links(tmp_path / "none") == {}


def test_an_identity_spec_for_an_absent_camera_is_one_sentence(monkeypatch):
    monkeypatch.setattr(identity, "by_id_links", lambda folder=None: {})
    with pytest.raises(SourceError, match="The camera HD Pro Webcam C920 is not plugged in."):
        open_camera("name:HD Pro Webcam C920")
    with pytest.raises(SourceError, match=f"The camera {WEBCAM} is not plugged in."):
        open_camera(WEBCAM)


def test_a_microphone_opened_by_index_is_remembered_by_its_name(pulse_sine_source):
    index = sd.query_devices(pulse_sine_source.device, "input")["index"]
    microphone = open_microphone(str(index))
    assert remembered_spec(str(index), microphone) == pulse_sine_source.device
    assert remembered_spec("auto", open_microphone("auto")) == "auto"  # the system's default stays the default
