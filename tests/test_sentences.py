"""What the core says to a person (kiosk.sentence) reaches the Welsh panel: every marked sentence has its Welsh, and
the facts go in as they are; the free-space figure is one, said the same way everywhere (kiosk.space)."""

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

from kiosk.sentence import Sentence, fill
from kiosk.space import GIGABYTE, MEGABYTE, gigabytes, space_left

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
