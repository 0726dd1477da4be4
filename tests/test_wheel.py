"""The built wheel, installed (not editable) into a fresh venv and run from an empty folder, behaves like the checkout.

This is the check CI makes for the facilitator who installs with pipx: the shipped config, icons and translations
travel in the wheel and are found there. The venv borrows the kiosk's dependencies from the test venv (a .pth line)
so that the test takes seconds instead of downloading PySide6 again; the kiosk itself comes only from the wheel.
"""

import os
import site
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.cli_runner import REPO, stop_once_started

pytestmark = pytest.mark.wheel
FAILURES = ("no config file", "unexpected error", "Traceback")


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The bin folder of a fresh venv with the wheel built from this checkout installed in it."""
    work = tmp_path_factory.mktemp("wheel")
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                            "-w", str(work / "dist"), str(REPO)], capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr[-3000:]
    (wheel,) = (work / "dist").glob("whose_shoes_kiosk-*.whl")
    environment = work / "venv"
    venv.EnvBuilder(with_pip=False).create(environment)
    python = environment / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    added = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q",
                            "--disable-pip-version-check", str(wheel)], capture_output=True, text=True, timeout=300)
    assert added.returncode == 0, added.stderr[-3000:]
    fresh_site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                                     capture_output=True, text=True, check=True).stdout.strip())
    (fresh_site / "borrowed-dependencies.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    return python.parent


def run(bin_folder: Path, folder: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([str(bin_folder / "kiosk"), *args], cwd=folder, capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def test_the_installed_kiosk_is_the_wheel_with_its_shipped_files(installed, tmp_path):
    probe = ("import kiosk, kiosk.shipped as s, kiosk.config as c, kiosk.ui.i18n as i;"
             "from PySide6.QtWidgets import QApplication; app = QApplication([]);"
             "print(kiosk.__file__); print(len(c.load()[0].cards), not c.load()[1]);"
             "print(len(list(s.ICONS.glob('*.svg')))); print(i.Translations().welsh_loaded)")
    result = subprocess.run([str(installed / "python"), "-c", probe], cwd=tmp_path, capture_output=True, text=True,
                            timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr[-3000:]
    where, config, icons, welsh = result.stdout.split("\n")[:4]
    assert Path(where).is_relative_to(installed.parent) and not Path(where).is_relative_to(REPO)
    assert config == "7 True" and int(icons) >= 8 and welsh == "True"


def test_the_installed_cli_records_from_an_empty_folder(installed, tmp_path):
    listed = run(installed, tmp_path, "devices")
    assert listed.returncode == 0, listed.stderr
    recorded = run(installed, tmp_path, "record", "--seconds", "2", "--camera", "synthetic",
                   "--microphone", "synthetic")
    assert recorded.returncode == 0, recorded.stderr
    for output in (listed.stderr, recorded.stderr, recorded.stdout):
        assert not any(failure in output for failure in FAILURES), output
    clip = tmp_path / recorded.stdout.strip()  # printed relative to the folder it ran in
    assert clip.is_file() and clip.is_relative_to(tmp_path / "recordings")
    assert "take " in (tmp_path / "recordings" / "logs" / "kiosk.log").read_text(encoding="utf-8")


def test_the_installed_kiosk_starts_offscreen_from_an_empty_folder(installed, tmp_path):
    process = subprocess.Popen([str(installed / "kiosk"), "--windowed"], cwd=tmp_path, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    out, err = stop_once_started(process, tmp_path / "recordings")
    assert process.returncode == 0, err
    assert not any(failure in err for failure in FAILURES), err
    log = (tmp_path / "recordings" / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert "kiosk started" in log and "kiosk stopped (exit code 0)" in log
