"""Services started and stopped in order, each with a status of its own: the life any window's services share, no Qt."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

NOT_STARTED, RUNNING, STOPPED, FAILED = "not started", "running", "stopped", "failed"


@dataclass(frozen=True)
class Service:
    """One entry of a container: its name, and how it starts and stops."""

    name: str
    start: Callable[[], None]
    stop: Callable[[], None]


class ServiceContainer:
    """Starts its services in the order given and stops them in the reverse, saying each one's status to whoever
    watches (a window's status line, a hub). Stopping twice, or a service never started, stops nothing twice."""

    def __init__(self, services: list[Service]) -> None:
        names = [service.name for service in services]
        if len(set(names)) != len(names):
            raise ValueError(f"Two services share a name: {names}.")
        self.services = list(services)
        self.status = {name: NOT_STARTED for name in names}
        self._watchers: list[Callable[[str, str], None]] = []

    def watch(self, watcher: Callable[[str, str], None]) -> None:
        """`watcher(name, status)` is called on every change of a service's status from now on."""
        self._watchers.append(watcher)

    def start(self) -> None:
        """Starts every service not started yet, in order. One whose start fails is FAILED, the ones started before
        it are stopped again in reverse, and the failure goes on to the caller: a kiosk never runs half started."""
        for service in self.services:
            if self.status[service.name] != NOT_STARTED:
                continue
            try:
                service.start()
            except Exception:
                self._set(service.name, FAILED)
                self.stop()
                raise
            self._set(service.name, RUNNING)

    def stop(self, through: str = "") -> None:
        """Stops the running services in reverse order, through the one named `through` (all when "")."""
        if through and through not in self.status:
            raise ValueError(f"There is no service called {through!r}.")
        for service in reversed(self.services):
            if self.status[service.name] == RUNNING:
                service.stop()
                self._set(service.name, STOPPED)
            if service.name == through:
                return

    def _set(self, name: str, status: str) -> None:
        self.status[name] = status
        for watcher in self._watchers:
            watcher(name, status)
