"""The core's refusals read in Welsh on the Welsh panel, with their facts: the store's (a withdrawal, a theme), the
export's and a camera's. The same errors stay English, word for word, for the CLI and the log."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.diagnostics import make_clapper
from kiosk.export import ExportError, ExportOptions, export_record
from kiosk.store import ClipStore, StoreError
from kiosk.store.codes import display
from kiosk.store.withdraw import withdraw
from kiosk.ui.i18n import say
from tests.ui import test_panel_consent
from tests.ui.test_panel import open_panel, type_on
from tests.ui.test_panel_consent import choose, clip_list
from tests.wall.clips import kept_clip

make_quiet_kiosk = test_panel_consent.make_quiet_kiosk  # no background transcription changing the sidecars
__all__ = ["make_quiet_kiosk"]  # a fixture used here by name

# Words of the English refusals that must not be left in the Welsh ones.
ENGLISH = ("could not", "cannot", "does not", "no longer", "withdrawn", "deleted", "nothing", "exists")


def welsh_panel(qtbot, kiosk):
    kiosk.controller.set_language("cy")
    return open_panel(qtbot, kiosk)


def test_a_refused_withdrawal_is_said_in_welsh_with_the_folder_it_names(qtbot, make_quiet_kiosk, panel_config,
                                                                        recordings):
    clip = kept_clip(ClipStore(recordings), 0)
    (recordings / "withdrawals.log").mkdir()  # a log the store cannot append to: nothing may be removed
    kiosk = make_quiet_kiosk(panel_config)
    panel = welsh_panel(qtbot, kiosk)
    page = panel.withdraw_page
    panel.nav_buttons["withdraw"].click()
    type_on(page.keypad, clip.code)
    page.find_button.click()
    qtbot.waitUntil(lambda: page.state == "found", timeout=10_000)
    page.confirm.click()
    qtbot.waitUntil(lambda: page.state == "failed", timeout=10_000)
    said = page.outcome.text()
    assert said.startswith("Nid oedd modd tynnu'r clip yn ôl: "
                           f"Does dim modd defnyddio'r log tynnu'n ôl yn {recordings} (")
    assert said.endswith("); ni thynnwyd dim.")
    assert clip.media_path.exists() and clip.sidecar_path.exists()
    with pytest.raises(StoreError) as refused:
        withdraw(ClipStore(recordings), clip.code)
    english = str(refused.value)  # the CLI's and the log's words, as they were
    assert english.startswith(f"The withdrawal log in {recordings} cannot be used (")
    assert english.endswith("); nothing was removed.")
    kiosk.controller.set_language("en")  # the page keeps the Sentence: said again in the language chosen
    assert page.outcome.text() == f"The clip could not be withdrawn: {english}"


def test_a_refused_theme_is_said_in_welsh_with_the_clip_it_names(qtbot, make_quiet_kiosk, panel_config, recordings):
    store = ClipStore(recordings)
    clip = kept_clip(store, 0)
    kiosk = make_quiet_kiosk(panel_config)
    kiosk.controller.set_language("cy")
    _, page = clip_list(qtbot, kiosk, clips=1)
    choose(page, clip)
    theme = panel_config.themes[0].id
    clip.sidecar_path.unlink()  # withdrawn by another window a moment ago: the tag is refused, not written
    page.themes.buttons[theme].click()
    qtbot.waitUntil(lambda: page.message[0] == clip.code and bool(page.message[1]), timeout=10_000)
    assert page.message[1] == (f"Nid oedd modd newid ei themâu: Nid yw'r clip {display(clip.code)} yma mwyach: cafodd "
                               f"ei dynnu'n ôl neu ei ddileu.")
    assert not any(word in page.message[1] for word in ENGLISH)


def test_an_export_refusal_is_said_in_welsh_and_stays_english_for_the_cli(qtbot, make_kiosk, panel_config, tmp_path):
    dest = tmp_path / "usb" / "record.zip"
    dest.parent.mkdir()
    dest.write_text("a list of names, not a record", encoding="utf-8")
    kiosk = make_kiosk(panel_config)
    panel = welsh_panel(qtbot, kiosk)
    page = panel.export_page
    panel.nav_buttons["export"].click()
    page.dest.setText(str(dest))
    page.zip.setChecked(True)
    page.start.click()
    qtbot.waitUntil(lambda: page.state == "failed", timeout=10_000)
    assert page.outcome.text() == f"Ni redodd yr allforio: Mae {dest} yn bodoli ac nid yw'n zip a allforiodd y ciosg."
    assert dest.read_text(encoding="utf-8") == "a list of names, not a record"
    with pytest.raises(ExportError) as refused:
        export_record([kiosk.controller.store.root], dest, ExportOptions(zip=True, config=panel_config))
    assert str(refused.value) == f"{dest} exists and is not a zip the kiosk exported."  # the CLI's words


def test_a_camera_that_cannot_open_is_said_in_welsh_on_the_settings_page_and_the_status(qtbot, make_kiosk,
                                                                                         panel_config, tmp_path):
    kiosk = make_kiosk(panel_config)
    panel = welsh_panel(qtbot, kiosk)
    page = panel.settings_page
    panel.nav_buttons["settings"].click()
    later = tmp_path / "later.mp4"
    page.fields["camera"].setText(f"file:{later}")
    page.fields["microphone"].setText("synthetic")
    page.use_devices.click()
    qtbot.waitUntil(lambda: page.device_state == "switched", timeout=10_000)
    welsh = f"Nid yw'r ffeil camera {later} yn bodoli."
    assert page.devices_outcome.text().endswith(" " + welsh)
    assert f"({welsh})" in page.devices.text()  # missing since ..., and why
    assert "does not exist" not in page.devices_outcome.text() + page.devices.text()
    panel.nav_buttons["status"].click()
    qtbot.waitUntil(lambda: f"  • {welsh}" in panel.status.text(), timeout=10_000)
    kiosk.controller.set_language("en")  # the facts a Sentence keeps are said again in the language chosen
    panel.nav_buttons["settings"].click()
    kiosk.controller.devices.show_in_panel()
    assert f"(The camera file {later} does not exist.)" in page.devices.text()
    assert say(kiosk.controller.notes.device_problems[0]) == f"The camera file {later} does not exist."


def test_a_camera_lost_mid_stream_is_said_in_welsh_in_the_status(qtbot, make_kiosk, panel_config, tmp_path):
    video = tmp_path / "short.mp4"
    make_clapper(video, tmp_path / "short.wav", seconds=2.0, width=160, height=120, fps=15.0)
    kiosk = make_kiosk(panel_config, camera=f"file:{video}")
    kiosk.controller.set_language("cy")  # before the file ends, two seconds after the kiosk started
    first = kiosk.controller.feed.camera
    qtbot.waitUntil(lambda: first.lost_reason is not None, timeout=10_000)  # the file ends: "unplugged"
    assert str(first.lost_reason) == "The camera file has ended."  # the log's and the take's words
    qtbot.waitUntil(lambda: "Mae'r ffeil camera wedi dod i ben." in map(say, kiosk.controller.notes.errors),
                    timeout=5_000)
    panel = open_panel(qtbot, kiosk)
    assert "Mae'r ffeil camera wedi dod i ben." in panel.status.text()


@pytest.mark.skipif(Path("/dev/video99").exists(), reason="this machine has a camera at /dev/video99")
def test_a_try_out_camera_that_is_not_there_is_said_in_welsh_on_the_start_screen(qtbot, make_kiosk, kiosk_config):
    kiosk = make_kiosk(kiosk_config, camera="/dev/video99")  # no event config yet: the demo pattern stands in
    c = kiosk.controller
    assert c.feed.camera.demo and str(c.feed.camera.notice) == "There is no camera at /dev/video99."
    assert c.attract.notice.text().splitlines()[0] == "There is no camera at /dev/video99."
    c.set_language("cy")
    assert c.attract.notice.text().splitlines()[0] == "Does dim camera yn /dev/video99."  # what the attendee reads
