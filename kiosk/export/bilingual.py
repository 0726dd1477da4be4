"""English and Cymraeg in the pages an export writes: both languages in the one file, a switch, plurals of both.

A page carries every text in both languages, each in an element with its own `lang`, and shows the one its `<html
lang>` names (so a page read without script is still whole, in the event's first language). The switch at the top
changes `<html lang>`; the visitor's browser language is chosen first and their choice remembered where the browser
lets a file:// page keep it. Counts that change as a visitor types are made by script with Intl.PluralRules; counts
fixed when the page is written are made here with the same CLDR rules.
"""

from __future__ import annotations

import json
from html import escape

LANGUAGES = ("en", "cy")
LANGUAGE_NAMES = {"en": "English", "cy": "Cymraeg"}
STORAGE_KEY = "whose-shoes-language"

# Each plural text has a form for each CLDR category its language uses; {n} is the number. Welsh has six (zero,
# one, two, few, many, other) and mutates the noun after 2 (soft), 3 and 6 (aspirate), as it is read aloud.
Forms = dict[str, str]


def plural_category(language: str, count: int) -> str:
    """CLDR's plural category of a whole number, as Intl.PluralRules(language).select(count) says it."""
    if language == "cy":
        return {0: "zero", 1: "one", 2: "two", 3: "few", 6: "many"}.get(count, "other")
    return "one" if count == 1 else "other"


def plural(forms: Forms, language: str, count: int) -> str:
    return forms.get(plural_category(language, count), forms["other"]).replace("{n}", f"{count:,}")


def both(english: str, welsh: str, tag: str = "span") -> str:
    """A text in both languages, each element marked with its own; the page shows the one it is in."""
    return f'<{tag} class="t" lang="en">{escape(english)}</{tag}><{tag} class="t" lang="cy">{escape(welsh)}</{tag}>'


def both_html(english: str, welsh: str, tag: str = "span") -> str:
    """As `both`, for texts already written as HTML (escaped by the caller)."""
    return f'<{tag} class="t" lang="en">{english}</{tag}><{tag} class="t" lang="cy">{welsh}</{tag}>'


def both_plural(forms_en: Forms, forms_cy: Forms, count: int) -> str:
    return both(plural(forms_en, "en", count), plural(forms_cy, "cy", count))


def first_language(language: str) -> str:
    return language if language in LANGUAGES else "en"


def json_in_script(value) -> str:
    """JSON for a <script> element: "<", ">" and "&" written as \\u escapes, so no text in it can end the element
    ("</script") or open a comment in it."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def strings_block(strings: dict[str, dict]) -> str:
    """The texts script makes (by language, then name), in the page."""
    return f'<script type="application/json" id="strings">{json_in_script(strings)}</script>'


# The switch is shown only where script runs: without it the page stays in its first language.
SWITCH = ('<div class="languages" role="group" aria-label="Language / Iaith" hidden>'
          + "".join(f'<button type="button" lang="{code}" data-language="{code}" aria-pressed="false">{name}</button>'
                    for code, name in LANGUAGE_NAMES.items()) + '</div>')

STYLE = """
html[lang=en] .t[lang=cy],html[lang=cy] .t[lang=en]{display:none}
.languages{display:flex;justify-content:flex-end;gap:.5rem}
.languages button{font:inherit;min-height:2.75rem;min-width:2.75rem;padding:.35rem .9rem;border-radius:1.4rem;border:2px solid #555;background:#fff;color:#1a1a1a;cursor:pointer}
.languages button[aria-pressed=true]{background:#1a1a1a;color:#fff;border-color:#1a1a1a}
.languages button:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}
@media (prefers-color-scheme:dark){.languages button{background:#1e1e1e;color:#eee;border-color:#888}.languages button[aria-pressed=true]{background:#eee;color:#121212}}
"""

# `language` is the page's language now; `showLanguage(code)` changes it and tells `onLanguage` listeners (the search
# count says its number again). localStorage throws on some file:// pages and in private windows: the choice is then
# only not remembered.
SCRIPT = """
const strings = JSON.parse(document.getElementById('strings').textContent);
const offered = Object.keys(strings), page = document.documentElement, languageListeners = [];
let language = page.lang;
const plural = (forms, count) =>
  (forms[new Intl.PluralRules(language).select(count)] || forms.other).replace('{n}', count.toLocaleString(language));
const onLanguage = listener => languageListeners.push(listener);
function showLanguage(code) {
  language = page.lang = code;
  document.title = strings[code].title;
  document.querySelectorAll('[data-language]').forEach(button =>
    button.setAttribute('aria-pressed', String(button.dataset.language === code)));
  languageListeners.forEach(listener => listener());
}
function chosenLanguage() {
  try {
    const kept = localStorage.getItem('%(key)s');
    if (offered.includes(kept)) return kept;
  } catch (refused) { /* storage not allowed here: nothing was remembered */ }
  for (const tag of navigator.languages || [navigator.language]) {
    const base = String(tag || '').toLowerCase().split('-')[0];
    if (offered.includes(base)) return base;
  }
  return page.lang;
}
const switcher = document.querySelector('.languages');
switcher.hidden = false;
switcher.addEventListener('click', event => {
  const button = event.target.closest('[data-language]');
  if (!button) return;
  showLanguage(button.dataset.language);
  try { localStorage.setItem('%(key)s', button.dataset.language); } catch (refused) { /* not remembered */ }
});
showLanguage(chosenLanguage());
""" % {"key": STORAGE_KEY}
