"""The sound level meter: too quiet, good and too loud bands, said in words on the recording screen."""

import pytest

from kiosk.ui.screens.recording import RecordingScreen
from kiosk.ui.widgets import LevelMeter


@pytest.mark.parametrize("rms, band", [(0.0, "quiet"), (0.005, "quiet"), (0.03, "good"), (0.15, "good"),
                                       (0.6, "loud")])
def test_the_meter_puts_a_level_in_its_band(qtbot, rms, band):
    meter = LevelMeter()
    qtbot.addWidget(meter)
    meter.show_level(rms)
    assert meter.band == band
    assert not meter.grab().isNull()  # it paints its bands and bar


def test_the_bar_falls_slowly_between_words(qtbot):
    meter = LevelMeter()
    qtbot.addWidget(meter)
    meter.show_level(0.1)
    speaking = meter.level
    meter.show_level(0.0)  # a pause between words
    assert 0 < meter.level < speaking and meter.band == "good"
    meter.reset()
    assert meter.level == 0 and meter.band == "quiet"


def test_the_recording_screen_says_the_band_in_words(qtbot):
    screen = RecordingScreen()
    qtbot.addWidget(screen)
    assert screen.meter_label.text() == "Too quiet"
    screen.show_level(0.1)
    assert screen.meter_label.text() == "Good"
    screen.show_level(0.8)
    assert screen.meter_label.text() == "Too loud"
    assert screen.meter_label.accessibleName() == "Sound level: Too loud"
