"""Export fixtures: two kiosks' recordings folders of real engine clips, fresh for each test."""

import pytest

from tests.export.engine_clips import copy_kiosks


@pytest.fixture
def kiosks(tmp_path_factory, tmp_path):
    """(kiosk A's recordings folder, kiosk B's), copies of clips recorded once per session."""
    return copy_kiosks(tmp_path_factory, tmp_path)
