"""Names read from a recordings folder reach the file system only when they stay one plain name on any stick."""

import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.config import CARD_ID
from kiosk.store.names import FORBIDDEN, RESERVED, is_card_id, is_clip_id, is_media_name, is_portable_name


def test_welsh_letters_are_a_portable_name():
    assert is_portable_name("Beth sy'n ein gyrru ni - Ŵyl Dŵr.mp4")


@pytest.mark.parametrize("name", ["..", ".", "", "../x", "/tmp/x", "a\\b", "CON", "lpt1.txt", "nul .mp4", "a:b",
                                  'a"b', "a|b", "a?b", "a*b", "a<b", "tab\there", "new\nline", "trailing.",
                                  "trailing ", "\ud800", "x" * 201])
def test_traversal_reserved_and_fat_ntfs_forbidden_names_are_refused(name):
    assert not is_portable_name(name)


def test_a_card_id_must_match_the_whole_config_rule():
    assert is_card_id("community") and is_card_id("front-line2")
    for bad in ("community\n", "Community", "../x", "a:b", "", "x" * 33, 5, None):
        assert not is_card_id(bad)
    assert CARD_ID.match("community\n") is None  # the config's own check: `$` used to let this through


def test_a_clip_id_is_a_uuid_in_its_usual_form():
    made = str(uuid.uuid4())
    assert is_clip_id(made)
    for bad in (made.upper(), made.replace("-", ""), f"{{{made}}}", f"{made}\n", "../" + made, "x", 5, None):
        assert not is_clip_id(bad)


def test_a_media_name_is_a_visible_mp4_in_its_own_folder():
    assert is_media_name("20251124T100000_community_ABCDEF.mp4")
    for bad in ("../x.mp4", ".hidden.mp4", "x.json", "sub/x.mp4", "/abs.mp4", "x.mp4 "):
        assert not is_media_name(bad)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_name_accepted_stays_one_component_of_its_folder(text):
    if is_portable_name(text):
        assert "/" not in text and "\\" not in text and "\x00" not in text and text not in (".", "..")
        assert not FORBIDDEN.search(text) and text.split(".")[0].upper() not in RESERVED
        assert not text.endswith((" ", "."))
