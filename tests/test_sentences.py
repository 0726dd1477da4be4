"""What the core says to a person (kiosk.sentence) reaches the Welsh panel: every marked sentence has its Welsh, and
the facts go in as they are; the free-space figure is one, said the same way everywhere (kiosk.space)."""

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.capture import SourceError, open_camera
from kiosk.export import ExportError
from kiosk.sentence import Sentence, fill, sentence_of
from kiosk.space import GIGABYTE, MEGABYTE, gigabytes, space_left
from kiosk.store.clips import DOINGS, StoreError

REPO = Path(__file__).resolve().parents[1]
TS = REPO / "assets" / "i18n" / "kiosk_cy.ts"


def marked_in_core() -> set[tuple[str, str]]:
    """(context, text) of every QT_TRANSLATE_NOOP outside kiosk/ui, as lupdate reads them."""
    marked = set()
    for path in (REPO / "kiosk").rglob("*.py"):
        if "ui" in path.relative_to(REPO).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP" \
                    and all(isinstance(arg, ast.Constant) for arg in node.args):
                marked.add(tuple(arg.value for arg in node.args))
    return marked


def test_every_sentence_the_core_marks_has_its_welsh_in_the_translation_file():
    translated = {}
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") is None:
                translated[(context.findtext("name"), message.findtext("source"))] = "".join(translation.itertext())
    marked = marked_in_core()
    assert ("DeviceCheck", "All essential checks passed.") in marked and ("Export", "%1: copied") in marked
    assert ("Store", "The clip %1 could not be %2 (%3).") in marked and ("Store", "reviewed") in marked
    assert ("Devices", "The camera file %1 does not exist.") in marked
    assert ("Export", "%1 exists and is not a zip the kiosk exported.") in marked
    missing = sorted(marked - {key for key, welsh in translated.items() if welsh.strip()})
    assert missing == [], "run lupdate over these files too (README: Translations), then fill_welsh.py"


def test_a_sentence_puts_its_facts_in_at_once_and_says_nested_ones_in_english():
    inner = Sentence("Check", "hears sound.")
    said = Sentence("Check", "%1, level %2 (%10) %3", ("Mic %2", "-20 dBFS", inner))
    assert str(said) == "Mic %2, level -20 dBFS (%10) hears sound."  # a fact holding "%2" is left as it is
    assert fill("%1%1", ("a",)) == "aa"


def test_free_space_is_said_in_gb_and_the_time_it_holds_in_hours_and_minutes_rounded_down():
    assert gigabytes(77_649_999_999) == "77.6" and gigabytes(1_234_500_000_000) == "1,234.5"
    space = space_left(10 * GIGABYTE, 500, MEGABYTE / 2)  # 0.5 MB a second: 30 MB a minute
    usable = 10 * GIGABYTE - 500 * MEGABYTE
    assert space.minutes == int(usable / (MEGABYTE / 2) // 60) and space.megabytes_a_minute == "30.0"
    hours, minutes = space.hours_and_minutes
    assert space.time_left() == f"{hours} h {minutes:02d} min" and hours * 60 + minutes == space.minutes
    assert space_left(100 * MEGABYTE, 500, MEGABYTE).minutes == 0  # under the reserve: nothing to promise
    assert space_left(GIGABYTE, 0, None).bytes_per_second == MEGABYTE / 2  # nothing measured: the 720p estimate


# The core's refusals the panel or the kiosk shows (follow-up of issue 19): each is raised with a Sentence, so the
# panel says it in Welsh. kiosk/store/consent.py's find_for_review is the CLI's alone, and stays English there.
REFUSALS = ("StoreError", "ExportError", "SourceError", "_lose")  # _lose: why a device in use stopped
SHOWN_IN_THE_PANEL = sorted({*(REPO / "kiosk" / "store").glob("*.py"), REPO / "kiosk" / "export" / "record.py",
                             *(REPO / "kiosk" / "capture").glob("*.py")} - {REPO / "kiosk" / "store" / "consent.py"})


def english_refusals(path: Path) -> list[str]:
    """Where `path` raises one of REFUSALS with words of its own (an f-string, a literal, a str()) not a Sentence."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        called = getattr(node, "func", None)
        if isinstance(node, ast.Call) and (getattr(called, "id", "") or getattr(called, "attr", "")) in REFUSALS \
                and node.args:
            words = node.args[0]
            if isinstance(words, (ast.JoinedStr, ast.Constant, ast.BinOp)) or \
                    (isinstance(words, ast.Call) and getattr(words.func, "id", "") == "str"):
                found.append(f"{path.relative_to(REPO)}:{node.lineno}")
    return found


def test_the_refusals_the_panel_shows_are_raised_with_sentences():
    assert len(SHOWN_IN_THE_PANEL) > 10
    assert english_refusals(REPO / "kiosk" / "store" / "consent.py")  # the check finds English where it is
    english = [site for path in SHOWN_IN_THE_PANEL for site in english_refusals(path)]
    assert english == [], "raise these with a Sentence (kiosk.sentence) and give it its Welsh in fill_welsh.py"


def test_every_change_a_store_refusal_names_is_one_said_in_welsh():
    """A sidecar change's name ("reviewed"), a fact of "The clip %1 could not be %2", is one of DOINGS, marked."""
    named = set()
    for path in (REPO / "kiosk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                where = {"change": 2, "_rewrite": 1, "_locked": 1}.get(node.func.attr)
                if where is not None and len(node.args) > where and isinstance(node.args[where], ast.Constant):
                    named.add(node.args[where].value)
    assert {"transcribed", "reviewed", "kept"} <= named and named <= set(DOINGS)


def test_a_refusal_is_english_for_the_cli_and_carries_its_sentence_for_the_panel(tmp_path):
    with pytest.raises(SourceError) as refused:
        open_camera(f"file:{tmp_path / 'gone.mp4'}")
    assert str(refused.value) == f"The camera file {tmp_path / 'gone.mp4'} does not exist."
    sentence = refused.value.sentence
    assert sentence == sentence_of(refused.value) and sentence.context == "Devices"
    assert sentence.text == "The camera file %1 does not exist." and sentence.facts == (tmp_path / "gone.mp4",)
    nested = ExportError(Sentence("Export", "The export cannot be written in %1 (%2).",
                                  ("/media/usb", StoreError(Sentence("Store", "kept")).sentence)))
    assert str(nested) == "The export cannot be written in /media/usb (kept)."
    assert sentence_of(OSError(28, "No space left on device")) == "[Errno 28] No space left on device"
    assert sentence_of(RuntimeError()) == "RuntimeError"  # at least its kind, never an empty sentence
