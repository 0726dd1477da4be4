"""The services container: started and stopped in order, each with a status, watched by more than one window."""

from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from kiosk.services import RUNNING, STOPPED
from kiosk.visit import Screen
from tests.ui.conftest import walk_to_prompt

START_ORDER = ["devices", "disk", "store", "clips", "transcription", "resume", "sync", "power"]


class SecondWindow(QObject):
    """What a hub or a wall would do with the container: subscribe, build nothing, never poll."""

    seen = Signal()

    def __init__(self, services) -> None:
        super().__init__()
        self.configs, self.device_lines, self.statuses, self.notes = [], [], [], []
        services.config_changed.connect(self.configs.append)
        services.note_added.connect(self.notes.append)
        services.devices.described.connect(lambda lines, in_use: self.device_lines.append(lines))
        services.status_changed.connect(lambda name, status: self.statuses.append((name, status)))


def test_every_service_starts_in_order_and_stops_in_reverse_with_the_devices_last(make_kiosk, kiosk_config):
    kiosk = make_kiosk(kiosk_config)
    services = kiosk.services
    assert [service.name for service in services.services] == START_ORDER
    assert services.status == {name: RUNNING for name in START_ORDER}
    assert services.worker._thread.is_alive()

    watcher = SecondWindow(services)
    kiosk.close()
    assert watcher.statuses == [(name, STOPPED) for name in reversed(START_ORDER)]
    assert not services.worker._thread.is_alive()
    kiosk.close()  # closing twice stops nothing twice
    assert len(watcher.statuses) == len(START_ORDER)


def test_a_second_window_hears_of_saved_settings_and_the_devices_with_the_kiosk_window(qtbot, make_kiosk,
                                                                                      kiosk_config):
    kiosk = make_kiosk(kiosk_config)
    c = kiosk.controller
    watcher = SecondWindow(kiosk.services)

    saved = replace(kiosk_config, max_seconds=kiosk_config.max_seconds + 7)
    c.apply_config(saved)
    assert watcher.configs == [saved] and c.config is saved and kiosk.services.config is saved
    assert c.prompt.max_seconds == saved.max_seconds  # the kiosk window subscribed too

    c.devices.show_in_panel()
    assert watcher.device_lines and watcher.device_lines[-1] == c.devices.lines()
    assert c.facilitator.settings_page.device_lines == watcher.device_lines[-1]


def test_the_flow_in_the_container_is_the_one_the_kiosk_window_shows(qtbot, make_kiosk, kiosk_config):
    kiosk = make_kiosk(kiosk_config)
    walk_to_prompt(qtbot, kiosk)
    assert kiosk.services.flow.current == Screen.PROMPT == kiosk.controller.current
    assert kiosk.services.flow.visit.card_id == kiosk.controller.visit.card_id is not None


def test_a_second_window_hears_each_note_for_the_facilitator_as_it_is_added(qtbot, make_kiosk, kiosk_config):
    kiosk = make_kiosk(kiosk_config)
    watcher = SecondWindow(kiosk.services)
    kiosk.controller.go(Screen.REVIEW)  # a move the table refuses: the failsafe tells the facilitator
    assert len(watcher.notes) == 1 and "cannot go from attract to review" in watcher.notes[0]
    assert watcher.notes == kiosk.controller.notes.errors[-1:]
