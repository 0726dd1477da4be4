"""Where the files shipped with the kiosk are: the default event config, card icons and translations.

They are the package `kiosk.assets` (assets/ at the top of the repository, mapped by setup.py), found with
importlib.resources, so a wheel installed anywhere and an editable checkout find the same files.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

# A wheel is installed as plain files, never zipped, so the resources are real paths Qt and OpenCV can open.
ASSETS = Path(str(files("kiosk.assets")))
DEFAULT_CONFIG = ASSETS / "kiosk.toml"
ICONS = ASSETS / "icons"
I18N = ASSETS / "i18n"
