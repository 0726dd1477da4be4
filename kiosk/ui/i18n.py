"""English and Cymraeg: the source strings are English; Welsh comes from assets/i18n/kiosk_cy.qm, and English's plural
forms ("1 clip", "3 clips" for a source's "%n clip(s)") from kiosk_en.qm."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTranslator

from kiosk import shipped
from kiosk.sentence import Sentence, fill

I18N = shipped.I18N
WELSH_QM = I18N / "kiosk_cy.qm"
ENGLISH_PLURALS_QM = I18N / "kiosk_en.qm"

# What the core says in English about a missing device (and the demo sources' names), the same words for a person,
# written here so that lupdate finds it and it is shown in the chosen language.
_NOTICES = {
    "No camera was found, so the kiosk is showing a demo pattern.":
        lambda: QCoreApplication.translate("Notices", "No camera was found, so the kiosk is showing a demo pattern."),
    "No microphone was found, so the kiosk is recording a demo tone.":
        lambda: QCoreApplication.translate("Notices", "No microphone was found, so the kiosk is recording a demo tone."),
    "Demo pattern (no camera)": lambda: QCoreApplication.translate("Notices", "Demo pattern (no camera)"),
    "Demo tone (no microphone)": lambda: QCoreApplication.translate("Notices", "Demo tone (no microphone)"),
    "Demo pattern": lambda: QCoreApplication.translate("Notices", "Demo pattern"),
    "Demo tone": lambda: QCoreApplication.translate("Notices", "Demo tone"),
}


def translate_notice(sentence: str) -> str:
    """A device notice or demo source name from kiosk.capture in the current language (others stay as they are)."""
    translated = _NOTICES.get(sentence)
    return translated() if translated else sentence


def say(sentence: Sentence | str) -> str:
    """A sentence of the core's (kiosk.sentence) in the current language, its facts put in; a plain text (a device's
    own error, a path) is shown as it is, unless it is a device notice."""
    if not isinstance(sentence, Sentence):
        return translate_notice(str(sentence))
    return fill(QCoreApplication.translate(sentence.context, sentence.text),
                tuple(say(fact) if isinstance(fact, Sentence) else translate_notice(str(fact)) for fact in sentence.facts))


# Why attendees cannot start a take now, shown on the attract screen in both languages at once: whoever walks up
# reads it without first finding the language toggle.
PAUSED_CONTEXT = "Paused"
PAUSED_FOR_DEVICE = QT_TRANSLATE_NOOP("Paused", "The kiosk is paused for a moment. A facilitator has been told.")
PAUSED_FOR_POWER = QT_TRANSLATE_NOOP("Paused", "The kiosk is paused: its battery is nearly empty. Please plug me in, "
                                                "or tell a facilitator.")


def paused_now(sentence: str) -> str:
    """A pause sentence in the language shown now."""
    return QCoreApplication.translate(PAUSED_CONTEXT, sentence)


class Translations:
    """Installs or removes the Welsh translator; Qt then sends every widget a LanguageChange event."""

    def __init__(self) -> None:
        self._welsh = QTranslator()
        self.welsh_loaded = self._welsh.load(str(WELSH_QM))
        self._installed = False
        self._english = QTranslator()
        self._english_installed = False
        self.use("en")

    def use(self, language: str) -> None:
        app = QCoreApplication.instance()
        if not self._english_installed and self._english.load(str(ENGLISH_PLURALS_QM)):
            # Under the Welsh (the last installed is asked first): it holds only English plurals.
            self._english_installed = app.installTranslator(self._english)
        if language == "cy" and not self._installed:
            self._installed = app.installTranslator(self._welsh)
        elif language != "cy" and self._installed:
            app.removeTranslator(self._welsh)
            self._installed = False

    def remove(self) -> None:
        self.use("en")
        if self._english_installed:
            QCoreApplication.instance().removeTranslator(self._english)
            self._english_installed = False

    def both(self, sentence: str) -> str:
        """A pause sentence in English, then in Welsh, whichever language is shown."""
        welsh = self._welsh.translate(PAUSED_CONTEXT, sentence) if self.welsh_loaded else ""
        return f"{sentence}\n{welsh}" if welsh else sentence
