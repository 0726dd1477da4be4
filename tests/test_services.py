"""The services' life with no Qt: started in order, stopped in reverse, each status said, a failed start undone."""

import pytest

from kiosk.services import FAILED, NOT_STARTED, RUNNING, STOPPED, Service, ServiceContainer


class CameraWillNotOpen(OSError):
    pass


def container(log: list[str], failing: str = "") -> ServiceContainer:
    def start(name):
        def run():
            if name == failing:
                raise CameraWillNotOpen(f"{name} could not start")
            log.append(f"start {name}")
        return run
    return ServiceContainer([Service(name, start(name), lambda name=name: log.append(f"stop {name}"))
                             for name in ("store", "devices", "transcription")])


def test_services_start_in_order_and_stop_in_reverse_once_each():
    log, said = [], []
    services = container(log)
    services.watch(lambda name, status: said.append((name, status)))
    assert services.status == {"store": NOT_STARTED, "devices": NOT_STARTED, "transcription": NOT_STARTED}

    services.start()
    services.start()  # started already: nothing starts twice
    assert log == ["start store", "start devices", "start transcription"]
    services.stop(through="devices")
    assert log[3:] == ["stop transcription", "stop devices"] and services.status["store"] == RUNNING
    services.stop()
    services.stop()
    assert log[3:] == ["stop transcription", "stop devices", "stop store"]
    assert said == [("store", RUNNING), ("devices", RUNNING), ("transcription", RUNNING),
                    ("transcription", STOPPED), ("devices", STOPPED), ("store", STOPPED)]


def test_a_failed_start_stops_what_had_started_and_is_said():
    log = []
    services = container(log, failing="devices")
    with pytest.raises(CameraWillNotOpen, match="devices could not start"):
        services.start()
    assert log == ["start store", "stop store"]
    assert services.status == {"store": STOPPED, "devices": FAILED, "transcription": NOT_STARTED}


def test_names_are_checked():
    with pytest.raises(ValueError, match="share a name"):
        ServiceContainer([Service("disk", lambda: None, lambda: None)] * 2)
    with pytest.raises(ValueError, match="no service called 'camera'"):
        container([]).stop(through="camera")
