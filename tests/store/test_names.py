"""Event names and card ids become safe file names, whatever a facilitator types."""

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.store.names import RESERVED, safe_name


def test_welsh_letters_are_kept():
    assert safe_name("Beth sy'n ein gyrru ni? Ŵyl Dŵr") == "Beth sy'n ein gyrru ni- Ŵyl Dŵr"


def test_traversal_and_reserved_names_are_defused():
    assert safe_name("../../etc/passwd") == "etc-passwd"
    assert safe_name("..") == "untitled"
    assert safe_name("CON") == "CON-" and safe_name("lpt1.txt") == "lpt1.txt-"
    assert safe_name("  .hidden  ") == "hidden"


@settings(max_examples=500)
@given(st.text())
def test_any_text_gives_one_safe_path_component(text):
    name = safe_name(text)
    assert name and "/" not in name and "\\" not in name and "\x00" not in name
    assert name not in (".", "..") and not name.startswith(".")
    assert name.split(".")[0].upper() not in RESERVED
    assert len(name.encode("utf-8")) <= 100
    assert safe_name(name) == name  # already safe names are left alone
