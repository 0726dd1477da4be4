"""A sentence the core says to a person: English words with their facts apart, so the panel can say it in Welsh.

The core imports no Qt. As with the settings' labels (kiosk.config), its sentences are marked with
QT_TRANSLATE_NOOP for Qt's lupdate, so their Welsh lives in the one translation file, and the panel translates
`text` in `context` at display time (kiosk/ui/i18n.py: `say`) and puts the facts in. `str()` is the English, for
the CLI and the log. An error raised with a Sentence as its one argument (StoreError, ExportError, SourceError) is
English to the CLI and the log, and `sentence_of` gives the panel its Sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a sentence for lupdate, which knows this name; the words are translated where they are shown."""
    return text


@dataclass(frozen=True)
class Sentence:
    context: str
    text: str  # English, with %1, %2 ... where the facts go
    facts: tuple = ()  # each a str, or a Sentence said in the same language

    def __str__(self) -> str:
        return fill(self.text, tuple(str(fact) for fact in self.facts))


def fill(text: str, facts: tuple[str, ...]) -> str:
    """`text` with %1, %2 ... replaced by `facts`, all at once, so a fact holding "%2" is left as it is."""
    def fact(match: re.Match) -> str:
        number = int(match.group(1))
        return facts[number - 1] if 1 <= number <= len(facts) else match.group(0)
    return re.sub(r"%(\d+)", fact, text)


def sentence_of(error: BaseException) -> Sentence | str:
    """What an error says to a person: the Sentence it was raised with, said in the panel's language where it is
    shown, or else its own words (a system's message, in English), or at least its kind."""
    said = error.args[0] if len(error.args) == 1 else None
    return said if isinstance(said, Sentence) else (str(error) or type(error).__name__)
