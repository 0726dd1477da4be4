"""Packaging that pyproject.toml cannot say alone: assets/ stays at the top of the repository and is installed as the
package kiosk.assets, so the code finds the shipped config, icons and translations with importlib.resources from a
wheel and from an editable checkout alike."""

from setuptools import find_packages, setup

setup(packages=find_packages(include=["kiosk", "kiosk.*"]) + ["kiosk.assets"], package_dir={"kiosk.assets": "assets"})
