"""Windows and macOS have no fcntl, termios, pwd or grp: every kiosk module must import without them."""

import os
import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.portable  # the GitHub workflow runs it on Windows and macOS too

POSIX_ONLY = ("fcntl", "termios", "pwd", "grp", "resource")

IMPORT_EVERYTHING = textwrap.dedent(f"""
    import sys
    for name in {POSIX_ONLY!r}:
        sys.modules[name] = None  # `import name` now raises ImportError, as on Windows
    import warnings
    warnings.simplefilter("ignore")  # filelock says it falls back to a soft lock here; Windows has its own
    import importlib, pkgutil, kiosk
    # kiosk.__main__ runs the command when imported; all it imports is kiosk.cli.
    names = [m.name for m in pkgutil.walk_packages(kiosk.__path__, "kiosk.") if m.name != "kiosk.__main__"]
    for name in names:
        importlib.import_module(name)
    leaked = [name for name in {POSIX_ONLY!r} if sys.modules.get(name) is not None]
    assert not leaked, leaked
    print(len(names), "modules")
""")


def test_every_module_imports_without_posix_only_modules():
    result = subprocess.run([sys.executable, "-c", IMPORT_EVERYTHING], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr[-3000:]
    assert int(result.stdout.split()[0]) > 40  # the walk found the kiosk's modules, the Qt ones included

