"""The facilitator panel, driven with pytest-qt on real clips recorded by the engine."""

import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics

import kiosk.export.apply as export_apply
from kiosk import config as configuration
from kiosk.store import ClipStore
from kiosk.store.codes import ALPHABET, display
from kiosk.ui.flow import Screen
from kiosk.ui.pin import DEFAULT_PIN, PinStore
from tests.export.engine_clips import KIOSK_A, record
from tests.ui.conftest import wait_for_screen

_recorded: list[Path] = []


@pytest.fixture
def day_of_clips(tmp_path_factory, recordings) -> ClipStore:
    """Three clips of today (two front-line, one volunteer), one marked recovered and not reviewed.

    Recorded once for this module (recording runs in real time), copied into each test's recordings folder.
    """
    if not _recorded:
        folder = tmp_path_factory.mktemp("panel-clips")
        record(folder, KIOSK_A, seconds=1.0)
        _recorded.append(folder)
    shutil.copytree(_recorded[0], recordings, dirs_exist_ok=True)
    store = ClipStore(recordings)
    volunteer = next(clip for clip in store.list().clips if clip.sidecar.perspective == "volunteer")
    store.update(volunteer, recovered=True, reviewed=False)
    return store


def play_first_clip(qtbot, panel) -> None:
    """Opens the panel's clip list, waits for its one clip and plays it until a picture shows."""
    panel.nav_buttons["clips"].click()
    qtbot.waitUntil(lambda: panel.clips_page.model.rowCount() == 1, timeout=10_000)
    panel.clips_page.select_row(0)
    panel.clips_page.play.click()
    qtbot.waitUntil(lambda: panel.clips_page.video.frames_shown > 0, timeout=10_000)


def open_panel(qtbot, kiosk):
    c = kiosk.controller
    c.open_pin()
    for digit in DEFAULT_PIN:
        c.pin.digit_keys[digit].click()
    c.pin.ok.click()
    wait_for_screen(qtbot, kiosk, Screen.FACILITATOR)
    return c.facilitator


def type_on(keyboard, text: str) -> None:
    for character in text:
        if character == " ":
            keyboard.space.click()
            continue
        if character.isupper() and character.lower() in keyboard.keys:
            keyboard.shift.click()
            character = character.lower()
        keyboard.keys[character].click()


# -- status ---------------------------------------------------------------------------------------------


def test_status_shows_free_space_minutes_left_and_clips_today(qtbot, make_kiosk, panel_config, day_of_clips):
    panel = open_panel(qtbot, make_kiosk(panel_config))
    qtbot.waitUntil(lambda: "Clips today: 3" in panel.status.text(), timeout=10_000)
    status = panel.status.text()
    assert "Free space for recordings" in status
    assert re.search(r"That is about \d+ h \d\d min of recording \(\d+\.\d MB a minute, measured on today's clips\)", status)
    assert re.search(r"Free space for recordings: [\d,]+\.\d GB", status)
    assert "Camera: Demo pattern" in status
    assert panel.exit.accessibleName() == "Exit kiosk" and panel.back.accessibleName() == "Back to kiosk"


def test_status_estimates_minutes_when_there_are_no_clips_yet(qtbot, make_kiosk, panel_config):
    panel = open_panel(qtbot, make_kiosk(panel_config))
    qtbot.waitUntil(lambda: "Clips today: 0" in panel.status.text(), timeout=10_000)
    assert "estimated for 720p" in panel.status.text()
    assert "Speaker: none, so takes are played back without sound." in panel.status.text()  # no sound card here


def test_status_names_the_speaker_a_sound_server_gives(pulse_sine_source, qtbot, make_kiosk, panel_config):
    panel = open_panel(qtbot, make_kiosk(panel_config))
    qtbot.waitUntil(lambda: "Speaker: " in panel.status.text(), timeout=10_000)
    assert "Speaker: none" not in panel.status.text()


def test_every_panel_control_is_touch_sized_and_named(qtbot, make_kiosk, panel_config):
    from PySide6.QtWidgets import QAbstractButton, QLineEdit

    panel = open_panel(qtbot, make_kiosk(panel_config))
    qtbot.waitUntil(lambda: panel.clips_page.card_filter.count() > 1, timeout=10_000)
    controls = panel.findChildren(QAbstractButton) + panel.findChildren(QLineEdit)
    assert len(controls) > 100
    for control in controls:
        assert control.accessibleName(), control.text() if hasattr(control, "text") else control
        assert control.minimumHeight() >= 60 or control.minimumSizeHint().height() >= 60, control.accessibleName()


# -- clips ------------------------------------------------------------------------------------------------


def test_clips_list_shows_flags_and_filters_by_card(qtbot, make_kiosk, panel_config, day_of_clips):
    panel = open_panel(qtbot, make_kiosk(panel_config))
    page = panel.clips_page
    panel.nav_buttons["clips"].click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    texts = [page.filtered.index(row, 0).data() for row in range(page.filtered.rowCount())]
    volunteer = next(text for text in texts if "Volunteer" in text)
    # Kept and never confirmed (recovery kept it): said in words, and first in the list.
    assert "recovered after a crash" in volunteer and "kept without the attendee's confirmation" in volunteer
    assert texts[0] == volunteer and "not reviewed" not in volunteer
    assert sum("consent: May be shared publicly" in text for text in texts) == 2  # the scope's words, not its id
    assert sum("consent: The event record only" in text for text in texts) == 1
    assert sum("Front-line staff" in text for text in texts) == 2
    assert all(page.filtered.index(row, 0).data(Qt.DecorationRole) is not None for row in range(3))  # thumbnails
    page.choose_card("frontline")
    assert page.filtered.rowCount() == 2
    assert "2 of 3" in page.count.text()
    page.choose_card("volunteer")
    assert page.filtered.rowCount() == 1
    page.choose_card("")
    assert page.filtered.rowCount() == 3


def test_play_starts_the_player_on_the_chosen_clip(qtbot, make_kiosk, panel_config, day_of_clips):
    panel = open_panel(qtbot, make_kiosk(panel_config))
    page = panel.clips_page
    panel.nav_buttons["clips"].click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    assert not page.play.isEnabled()
    page.select_row(0)
    page.play.click()
    qtbot.waitUntil(lambda: page.video.frames_shown > 0, timeout=10_000)
    assert page.playback.source == page.selected_row().media_path and page.playback.is_playing()
    page.stop.click()
    assert not page.playback.is_playing()
    qtbot.waitUntil(lambda: not page.playback.holds_a_clip(), timeout=5_000)


# -- withdraw ---------------------------------------------------------------------------------------------


def test_withdraw_by_code_removes_the_clip_and_the_list_updates(qtbot, make_kiosk, panel_config, day_of_clips):
    panel = open_panel(qtbot, make_kiosk(panel_config))
    qtbot.waitUntil(lambda: panel.clips_page.model.rowCount() == 3, timeout=10_000)
    clip = next(clip for clip in day_of_clips.list().clips if clip.sidecar.perspective == "volunteer")
    page = panel.withdraw_page
    panel.nav_buttons["withdraw"].click()
    type_on(page.keypad, clip.code[:3])
    type_on(page.keypad, "7")
    page.keypad.erase.click()
    type_on(page.keypad, clip.code[3:])
    assert page.code_field.text() == clip.code
    page.find_button.click()
    qtbot.waitUntil(lambda: page.state == "found", timeout=10_000)
    assert "Volunteer" in page.found.text() and display(clip.code) in page.found.text()
    assert page.thumbnail.pixmap() is not None and not page.thumbnail.pixmap().isNull()
    page.confirm.click()
    qtbot.waitUntil(lambda: page.state == "done", timeout=10_000)
    assert not clip.media_path.exists() and not clip.sidecar_path.exists() and not clip.thumbnail_path.exists()
    assert "Removed 3 files" in page.outcome.text()
    qtbot.waitUntil(lambda: panel.clips_page.model.rowCount() == 2, timeout=10_000)
    assert (day_of_clips.root / "withdrawals.log").read_text("utf-8").count(clip.code) == 1


def test_an_unknown_or_malformed_code_gets_a_calm_message(qtbot, make_kiosk, panel_config, day_of_clips):
    panel = open_panel(qtbot, make_kiosk(panel_config))
    page = panel.withdraw_page
    taken = {clip.code for clip in day_of_clips.list().clips}
    unknown = next(code for code in (ch * 6 for ch in ALPHABET) if code not in taken)
    type_on(page.keypad, unknown)
    page.find_button.click()
    qtbot.waitUntil(lambda: page.state == "unknown", timeout=10_000)
    assert "No clip has that code" in page.outcome.text()
    assert not page.confirm.isVisible()
    page.code_field.setText("ABC")
    page.find_button.click()
    assert page.state == "malformed" and "6 letters and digits" in page.outcome.text()
    assert len(day_of_clips.list().clips) == 3


# -- export -----------------------------------------------------------------------------------------------


def test_export_from_the_panel_makes_the_record_with_progress_to_100(qtbot, make_kiosk, panel_config, day_of_clips,
                                                                     tmp_path):
    kiosk = make_kiosk(panel_config)
    panel = open_panel(qtbot, kiosk)
    page = panel.export_page
    panel.nav_buttons["export"].click()
    dest = tmp_path / "usb" / "record"
    page.dest.setText(str(dest))
    seen = []
    kiosk.controller.panel.runner.progressed.connect(lambda done, total, message: seen.append((done, total)))
    with qtbot.waitSignal(kiosk.controller.panel.runner.finished, timeout=30_000):
        page.start.click()
        assert not page.start.isEnabled() and page.cancel.isEnabled()
    assert (dest / "index.html").exists() and (dest / "manifest.csv").exists() and (dest / "manifest.json").exists()
    assert len(list((dest / "clips").glob("*/*.mp4"))) == 3
    assert seen[-1] == (3, 3) and page.progress.value() == 100
    assert page.state == "done" and "3 clips in the record" in page.outcome.text()
    assert page.start.isEnabled()


def test_export_cards_choice_and_cancel_stops_it(qtbot, make_kiosk, panel_config, day_of_clips, tmp_path,
                                                 monkeypatch):
    kiosk = make_kiosk(panel_config)
    panel = open_panel(qtbot, kiosk)
    page, runner = panel.export_page, kiosk.controller.panel.runner
    real_copy = export_apply.copy_verified

    def copy_once_cancelled(*args, **kwargs):
        assert runner.cancel_requested.wait(10)  # holds the first copy until Cancel is pressed
        return real_copy(*args, **kwargs)

    monkeypatch.setattr(export_apply, "copy_verified", copy_once_cancelled)
    panel.nav_buttons["export"].click()
    next(choice for choice in page.card_buttons if choice.property("card_id") == "frontline").click()
    page.dest.setText(str(tmp_path / "record"))
    page.start.click()
    qtbot.waitUntil(runner.is_running, timeout=5_000)
    with qtbot.waitSignal(runner.finished, timeout=30_000) as finished:
        page.cancel.click()
        assert page.state == "cancelling"
    report = finished.args[0]
    assert report.cancelled and report.clips <= 1 and report.left_out == 1
    assert "Export cancelled" in page.outcome.text()
    assert not runner.is_running()


def test_export_refuses_a_destination_inside_the_recordings(qtbot, make_kiosk, panel_config, day_of_clips):
    kiosk = make_kiosk(panel_config)
    panel = open_panel(qtbot, kiosk)
    page = panel.export_page
    page.dest.setText(str(day_of_clips.root / "record"))
    with qtbot.waitSignal(kiosk.controller.panel.runner.failed, timeout=10_000):
        page.start.click()
    assert page.state == "failed" and "overlaps the recordings folder" in page.outcome.text()
    page.dest.setText("relative/path")
    page.start.click()
    assert "whole folder path" in page.outcome.text()


# -- settings ------------------------------------------------------------------------------------------------


def test_a_valid_settings_change_is_saved_and_used_for_the_next_attendee(qtbot, make_kiosk, panel_config):
    kiosk = make_kiosk(panel_config)
    panel = open_panel(qtbot, kiosk)
    page = panel.settings_page
    panel.nav_buttons["settings"].click()
    name = page.fields["event_name"]
    name.clear()
    name.setFocus()
    type_on(page.keyboard, "Gŵyl Haf â")
    assert name.text() == "Gŵyl Haf â"
    page.fields["max_seconds"].setText("45")
    page.fields["idle_seconds"].setText("120")
    page.card_fields["volunteer"]["label_cy"].setText("Gwirfoddolwr ŵ")
    page.card_fields["volunteer"]["prompt_en"].setText("What did volunteering teach you?")
    page.save.click()
    qtbot.waitUntil(lambda: page.state in ("saved", "refused"), timeout=10_000)
    assert page.state == "saved", page.outcome.text()
    saved, problems = configuration.load(panel_config.source)
    assert not problems
    assert saved.event_name == configuration.Text("Gŵyl Haf â") and saved.max_seconds == 45 and saved.idle_seconds == 120
    assert saved.card("volunteer").label.cy == "Gwirfoddolwr ŵ"
    assert saved.prompt_for("volunteer").en == "What did volunteering teach you?"
    c = kiosk.controller
    assert c.config.event_name.en == "Gŵyl Haf â" and c.attract.title.text() == "Gŵyl Haf â"
    assert c.prompt.max_seconds == 45 and "restarted" not in page.outcome.text()


def test_a_device_change_is_used_without_a_restart(qtbot, make_kiosk, panel_config):
    kiosk = make_kiosk(panel_config)
    panel = open_panel(qtbot, kiosk)
    page = panel.settings_page
    page.fields["width"].setText("640")
    for kind in ("camera", "microphone"):  # this machine has none: "auto" would find nothing, and the kiosk would wait
        page.fields[kind].setText("synthetic")
    page.save.click()
    qtbot.waitUntil(lambda: page.state == "saved", timeout=10_000)
    assert "restarted" not in page.outcome.text() and "being opened" in page.outcome.text()
    qtbot.waitUntil(lambda: page.device_state == "switched", timeout=10_000)
    assert kiosk.controller.feed.camera.width == 640


@pytest.mark.parametrize("field, value, reason", [
    ("max_seconds", "-5", "“Longest clip (seconds)” must be a number from 5 to 600"),
    ("event_name", "", "“Event name” must be a text of 1 to 120 characters"),
    ("fps", "fast", "“Frames a second” must be a number from 5 to 60"),
])
def test_an_invalid_setting_is_refused_by_its_label_and_nothing_saved(qtbot, make_kiosk, panel_config, field, value,
                                                                      reason):
    kiosk = make_kiosk(panel_config)
    before = panel_config.source.read_bytes()
    panel = open_panel(qtbot, kiosk)
    page = panel.settings_page
    page.fields[field].setText(value)
    page.save.click()
    qtbot.waitUntil(lambda: page.state == "refused", timeout=10_000)
    assert reason in page.outcome.text() and page.outcome.text().startswith("Not saved")
    assert page.fields[field].property("problem") is True
    assert panel_config.source.read_bytes() == before
    assert kiosk.controller.config == panel_config


# -- PIN --------------------------------------------------------------------------------------------------------


def test_change_pin_on_the_keypad(qtbot, make_kiosk, panel_config, recordings):
    panel = open_panel(qtbot, make_kiosk(panel_config))
    page = panel.pin_page
    panel.nav_buttons["pin"].click()
    for field, digits in ((page.old, DEFAULT_PIN), (page.new, "13579"), (page.repeat, "13579")):
        field.setFocus()
        type_on(page.keypad, digits)
    page.change.click()
    qtbot.waitUntil(lambda: page.state == "changed", timeout=10_000)
    pins = PinStore(recordings / ".facilitator-pin")
    assert pins.check("13579").accepted and not pins.check(DEFAULT_PIN).accepted


def test_a_wrong_old_pin_is_refused_and_counts_toward_the_back_off(qtbot, make_kiosk, panel_config, recordings):
    kiosk = make_kiosk(panel_config)
    panel = open_panel(qtbot, kiosk)
    page = panel.pin_page
    page.new.setText("13579")
    page.repeat.setText("97531")
    page.change.click()
    assert page.state == "mismatch"
    page.repeat.setText("13579")
    page.old.setText("0000")
    page.change.click()
    qtbot.waitUntil(lambda: page.state == "wrong", timeout=10_000)
    assert "not right" in page.outcome.text()
    assert kiosk.controller.pins._wrong == 1
    assert PinStore(recordings / ".facilitator-pin").check(DEFAULT_PIN).accepted


def test_the_panel_speaks_welsh(qtbot, make_kiosk, panel_config):
    kiosk = make_kiosk(panel_config)
    kiosk.controller.set_language("cy")
    panel = open_panel(qtbot, kiosk)
    assert panel.nav_buttons["status"].text() == "Statws"
    assert panel.withdraw_page.heading.text() == "Tynnu clip yn ôl"
    assert panel.settings_page.keyboard.space.accessibleName() == "Bwlch"
    assert "Camera: Patrwm arddangos\n" in panel.status.text()  # the demo source's name too (chosen: no "dim camera")
    kiosk.controller.set_language("en")
    assert panel.nav_buttons["status"].text() == "Status"


def test_clip_rows_show_their_flags_whole_at_1366x768(qtbot, make_kiosk, panel_config, day_of_clips):
    panel = open_panel(qtbot, make_kiosk(panel_config))
    page = panel.clips_page
    panel.nav_buttons["clips"].click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    assert page.list.wordWrap()  # not elided: "recovered" / "not reviewed" come last in a row
    for row in range(3):  # each row its own height: the one with both flags is the longest
        index = page.filtered.index(row, 0)
        room = page.list.visualRect(index).width() - page.list.iconSize().width() - 16
        needed = QFontMetrics(page.list.font()).boundingRect(QRect(0, 0, room, 10_000), Qt.TextWordWrap, index.data())
        assert needed.height() <= page.list.visualRect(index).height(), index.data()


def test_the_clip_list_names_consent_in_welsh(qtbot, make_kiosk, panel_config, day_of_clips):
    kiosk = make_kiosk(panel_config)
    kiosk.controller.set_language("cy")
    panel = open_panel(qtbot, kiosk)
    page = panel.clips_page
    panel.nav_buttons["clips"].click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    texts = [page.filtered.index(row, 0).data() for row in range(3)]
    assert sum("caniatâd: Cofnod y digwyddiad yn unig" in text for text in texts) == 1


def test_the_panel_opens_with_focus_on_its_page_not_on_back_to_kiosk(qtbot, make_kiosk, panel_config):
    kiosk = make_kiosk(panel_config)
    panel = open_panel(qtbot, kiosk)
    assert kiosk.window.focusWidget() is panel.nav_buttons["status"]
