"""Whose Shoes? vox-pop kiosk: capture short tagged video reflections at events."""

__version__ = "0.1.0"
