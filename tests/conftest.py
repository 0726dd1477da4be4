"""Fixtures that give real things: a PulseAudio sine source, a clapper pair, a recordings folder; and a thread-leak check."""

import os
import sys
from pathlib import Path

# The tests run against the tree they sit in, installed or not.
REPO = Path(__file__).resolve().parents[1]
# Set before anything imports Qt: the test machines have no screen. The offscreen platform is given the four
# screens the kiosk must fit (1366x768 first, the primary), so a layout test shows it full screen on each.
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={REPO / 'tests' / 'screens.json'}"
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

import shutil
import signal
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field

import pytest
import sounddevice as sd
from hypothesis import settings

# The property tests try the same examples on every run: a rare input found by chance would fail one CI run and
# pass the next, and a flaky test is a failing one. HYPOTHESIS_PROFILE=explore searches afresh (then pin what it
# finds with @example).
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

from kiosk.capture.microphone import streams_closed
from kiosk.diagnostics import make_clapper
from tests.toned_clip import write_toned_clip

PULSE_START_SECONDS = 10.0
# Threads the kiosk starts are named after what owns them (see capture.base and recording.take).
OWNED_THREAD_PREFIXES = ("camera:", "microphone:", "take:", "playback:")


@dataclass(frozen=True)
class PulseSineSource:
    device: str  # what a microphone spec names to record from it
    frequency: float
    environment: dict  # what a client needs in its environment to reach this server
    server: "PulseServer" = field(default=None, compare=False)  # to stop and start it again


@dataclass(frozen=True)
class ClapperFiles:
    video: Path
    audio: Path
    events: tuple[float, ...]
    seconds: float
    width: int
    height: int


def _reload_portaudio() -> None:
    # PortAudio lists devices once, when it is initialised: the ALSA "pulse" device only appears
    # (or goes) when it is initialised again with (or without) a server to reach. Never while a stream is
    # still being closed on its own thread (kiosk.capture.microphone): terminating under it could crash.
    if not streams_closed(10.0):
        pytest.fail("A microphone stream was still closing after 10 s (a stuck sound driver).")
    sd._terminate()
    sd._initialize()


class PulseServer:
    """A private PulseAudio server whose default source is a 440 Hz sine; a test may stop it (by its pid, as a
    crash or a restart of the sound server would) and start it again in the same runtime folder."""

    def __init__(self, runtime: Path) -> None:
        self.runtime = runtime
        self.socket = runtime / "pulse" / "native"
        self.environment = {"XDG_RUNTIME_DIR": str(runtime), "PULSE_RUNTIME_PATH": str(runtime / "pulse"),
                            "PULSE_SERVER": f"unix:{self.socket}"}
        self.log_path = runtime / "pulseaudio.log"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(
                ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "-L", "module-native-protocol-unix",
                 "-L", "module-null-sink", "-L", "module-sine-source frequency=440"],
                env={**os.environ, **self.environment}, stdout=log, stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + PULSE_START_SECONDS
        while not (self.socket.exists() and _pulse_answers(self.environment)):
            if self.process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"PulseAudio did not start: {self.log_path.read_text(errors='replace')}")
            time.sleep(0.05)  # polling the server until it answers, with a deadline

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is None:
            return
        os.kill(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None


@pytest.fixture(scope="session")
def pulse_server():
    """A private PulseAudio server whose default source is a 440 Hz sine, started once, reached by no one yet."""
    if shutil.which("pulseaudio") is None or shutil.which("pactl") is None:
        pytest.skip("PulseAudio is not installed (Debian: apt install pulseaudio): no sound server to record from.")
    runtime = Path(tempfile.mkdtemp(prefix="pulse-"))  # short: a socket path must fit in 108 bytes
    server = PulseServer(runtime)
    try:
        server.start()
        yield PulseSineSource(device="pulse", frequency=440.0, environment=server.environment, server=server)
    finally:
        server.stop()
        shutil.rmtree(runtime, ignore_errors=True)


def _pulse_answers(environment: dict) -> bool:
    return subprocess.run(["pactl", "info"], env={**os.environ, **environment},
                          capture_output=True, timeout=5).returncode == 0


@pytest.fixture
def pulse_sine_source(pulse_server, monkeypatch):
    """The sine server, reachable through sounddevice for this test only.

    Tests elsewhere see the machine as it is (here: no sound card), so "auto" still means what it says. Name it
    before `make_kiosk` in a test's arguments: fixtures end in the reverse order, and PortAudio must not be
    reloaded under a kiosk's open microphone stream (closing that stream afterwards can crash the process).
    """
    if not pulse_server.server.running:
        pulse_server.server.start()  # a test that stopped it failed before starting it again
    for name, value in pulse_server.environment.items():
        monkeypatch.setenv(name, value)
    _reload_portaudio()
    yield pulse_server
    monkeypatch.undo()
    _reload_portaudio()


@pytest.fixture(scope="session")
def clapper_files(tmp_path_factory) -> ClapperFiles:
    """A 6 s clapper pair at 640x360 whose frame rate alternates 30/24 fps each second, as a webcam's does."""
    folder = tmp_path_factory.mktemp("clapper")
    video, audio = folder / "clapper.mp4", folder / "clapper.wav"
    seconds, width, height = 6.0, 640, 360
    events = make_clapper(video, audio, seconds, width, height, 30.0, events_every=1.0, variable_rate=True)
    return ClapperFiles(video, audio, tuple(events), seconds, width, height)


@pytest.fixture(scope="session")
def toned_clip(tmp_path_factory) -> Path:
    """A 2 s clip whose pictures count up in grey and whose sound is a 1 kHz tone (tests/toned_clip.py)."""
    return write_toned_clip(tmp_path_factory.mktemp("toned") / "tone.mp4")


@pytest.fixture(scope="session")
def voice_only_clip(tmp_path_factory) -> Path:
    """The toned clip's 2 s of sound with no pictures: what a take with no camera leaves."""
    return write_toned_clip(tmp_path_factory.mktemp("voice-only") / "voice.mp4", pictures=False)


@pytest.fixture
def recordings(tmp_path) -> Path:
    """An empty recordings folder for one test."""
    folder = tmp_path / "recordings"
    folder.mkdir()
    return folder


@pytest.fixture(autouse=True)
def no_leaked_threads():
    """Fail a test that leaves running a thread it started: every thread has an owner that joins it."""
    before = set(threading.enumerate())
    yield
    leaked = [
        thread for thread in threading.enumerate()
        if thread not in before and thread.is_alive()
        and (not thread.daemon or thread.name.startswith(OWNED_THREAD_PREFIXES))
    ]
    if leaked:
        pytest.fail(f"The test left threads running: {', '.join(thread.name for thread in leaked)}")


@pytest.fixture
def small_disk(tmp_path):
    """A 1 MB file system (tmpfs), so the disk really fills: ENOSPC comes from the kernel, not from a mock."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root")
    mount_point = tmp_path / "small"
    mount_point.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount_point)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)], check=True)


@dataclass(frozen=True)
class StandInScreenSaver:
    address: str  # DBUS_SESSION_BUS_ADDRESS of the private bus
    notes: Path  # one line a call it answered (tests/screensaver_standin.py)

    def calls(self) -> list[str]:
        return self.notes.read_text("utf-8").splitlines() if self.notes.exists() else []


@pytest.fixture
def screensaver(tmp_path, monkeypatch):
    """A private D-Bus session bus with a stand-in org.freedesktop.ScreenSaver on it, reached by this test only."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed (Debian: apt install dbus-daemon): no session bus to start.")
    bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"], stdout=subprocess.PIPE,
                           stderr=subprocess.DEVNULL, text=True)
    standin = None
    try:
        address = bus.stdout.readline().strip()  # printed once the bus listens
        if not address:
            pytest.fail("dbus-daemon printed no address")
        notes = tmp_path / "screensaver-calls.txt"
        environment = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address}
        standin = subprocess.Popen([sys.executable, "-m", "tests.screensaver_standin", str(notes)], env=environment,
                                   cwd=REPO)
        service = StandInScreenSaver(address, notes)
        deadline = time.monotonic() + PULSE_START_SECONDS
        while "ready" not in service.calls():
            if standin.poll() is not None or time.monotonic() > deadline:
                pytest.fail("the stand-in screen saver did not start")
            time.sleep(0.05)  # polling until it owns its name, with a deadline
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        yield service
    finally:
        for process in (standin, bus):
            if process is not None:
                process.terminate()
                process.wait(timeout=10)
        bus.stdout.close()
