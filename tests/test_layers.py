"""The core runs headless: nothing outside kiosk/ui imports Qt (so the CLI, tests and benchmarks need no screen)."""

import ast
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def core_modules() -> list[str]:
    modules = []
    for path in sorted((REPO / "kiosk").rglob("*.py")):
        parts = path.relative_to(REPO).with_suffix("").parts
        if "ui" in parts or parts[-1] == "__main__":
            continue
        modules.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return modules


def test_no_core_module_imports_qt():
    modules = core_modules()
    assert "kiosk.recording.take" in modules and "kiosk.cli" in modules and "kiosk.store.index" in modules
    assert "kiosk.sync.engine" in modules and "kiosk.sync.serve" in modules
    assert "kiosk.visit" in modules  # the attendee flow and its keep / retry / delete rules
    assert "kiosk.services" in modules  # the services' order and statuses, for any window
    assert "kiosk.wall.playlist" in modules and "kiosk.wall.approve" in modules  # the wall's loop and its approvals
    code = (f"import sys\nfor name in {modules!r}:\n    __import__(name)\n"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


# What the PySide6-Essentials wheel holds, which is all the kiosk depends on (pyproject.toml): the Addons (Multimedia,
# WebEngine, ...) are not installed on a facilitator's laptop, so nothing may need them.
ESSENTIALS = {"QtCore", "QtGui", "QtWidgets"}


def test_the_kiosk_imports_only_the_qt_modules_of_pyside6_essentials():
    ui = [str(path.relative_to(REPO).with_suffix("")).replace("/", ".").removesuffix(".__init__")
          for path in sorted((REPO / "kiosk" / "ui").rglob("*.py"))]
    assert "kiosk.ui.app" in ui and "kiosk.ui.panel.status" in ui
    code = (f"import sys\nfor name in {ui!r}:\n    __import__(name)\n"
            "print(sorted({m.split('.')[1] for m in sys.modules if m.startswith('PySide6.Qt')}))")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    loaded = set(ast.literal_eval(result.stdout.strip()))
    assert "QtWidgets" in loaded and loaded <= ESSENTIALS, loaded


def test_no_file_names_a_qt_module_outside_pyside6_essentials():
    """A module named only inside a function (a lazy import) is found here too; tests may use QtTest as well."""
    import re

    named = {}
    for folder in ("kiosk", "tests", "docs", "scripts", "benchmarks", "assets"):
        for path in (REPO / folder).rglob("*.py"):
            for module in re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")):
                named.setdefault(module, set()).add(str(path.relative_to(REPO)))
    allowed = ESSENTIALS | {"QtTest"}
    assert set(named) <= allowed, {module: files for module, files in named.items() if module not in allowed}
    assert all(path.startswith("tests/") for path in named.get("QtTest", ())), named["QtTest"]
