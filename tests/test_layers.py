"""The core runs headless: nothing outside kiosk/ui imports Qt (so the CLI, tests and benchmarks need no screen)."""

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
    code = (f"import sys\nfor name in {modules!r}:\n    __import__(name)\n"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
