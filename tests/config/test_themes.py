"""The event's themes in its config: declared like the cards, checked the same way, one sentence per problem."""

import re

import pytest

from kiosk import config as configuration
from kiosk.config import ConfigError, Text, Theme, parse, to_toml

pytestmark = pytest.mark.portable


def test_the_shipped_config_lists_example_themes_in_english_and_welsh():
    themes = parse({}).themes
    assert len(themes) >= 3
    assert all(theme.label.en and theme.label.cy and theme.colour.startswith("#") for theme in themes)
    assert len({theme.id for theme in themes}) == len(themes)


def test_an_event_may_list_no_themes_and_a_partial_config_keeps_the_shipped_ones():
    assert parse({"themes": []}).themes == ()
    assert parse({"event": {"name": "Ffair Haf"}}).themes == parse({}).themes


def test_a_theme_is_found_by_id_and_an_unknown_one_is_refused_naming_those_there_are():
    config = parse({"themes": [{"id": "transport", "label": {"en": "Transport", "cy": "Trafnidiaeth"},
                                "colour": "#00695c"}]})
    assert config.theme("transport") == Theme("transport", Text("Transport", "Trafnidiaeth"), "#00695C")
    with pytest.raises(ConfigError, match=r"^'housing' is not one of the event's themes; choose one of transport\.$"):
        config.theme("housing")
    with pytest.raises(ConfigError, match=r"^'housing' is not one of the event's themes; the event lists none\.$"):
        parse({"themes": []}).theme("housing")


@pytest.mark.parametrize("themes, sentence", [
    ("transport", r"^\[\[themes\]\] must be a list of themes\.$"),
    ([{"id": "Transport", "label": "Transport"}], r"^theme 1 needs an id of lower-case letters, digits and dashes"),
    ([{"id": "../etc", "label": "Transport"}], r"^theme 1 needs an id"),
    ([{"id": "a", "label": "A"}, {"id": "a", "label": "B"}], r"^\[\[themes\]\] has the same id twice\.$"),
    ([{"id": "a", "label": "A", "colour": "green"}], r"^theme 'a' colour must look like #1B5E20, not 'green'\.$"),
    ([{"id": "a"}], r"^theme 'a' label must be a text, or a table with en and cy texts\.$"),
    ([{"id": "a", "label": {"cy": "Trafnidiaeth"}}], r"^theme 'a' label needs an English \(en\) text\.$"),
    ([{"id": "a", "label": "x" * 81}], r"^theme 'a' label must be at most 80 characters in each language\.$"),
    ([{"id": "a", "label": "A", "icon": "bus"}], r"^theme 'a' has 'icon', which is not a setting the kiosk knows\.$"),
    ([{"id": f"t{i}", "label": "T"} for i in range(41)], r"^There can be at most 40 themes\.$"),
])
def test_a_bad_theme_is_refused_in_one_sentence(themes, sentence):
    with pytest.raises(ConfigError, match=sentence):
        parse({"themes": themes})


def test_themes_are_saved_and_loaded_again_unchanged(tmp_path):
    config = parse({"themes": [{"id": "transport", "label": {"en": "Transport", "cy": "Trafnidiaeth"}}]})
    path = configuration.save(config, tmp_path / "kiosk.toml")
    assert configuration.load(path) == (config, [])
    none = configuration.save(parse({"themes": []}), tmp_path / "none.toml")
    assert configuration.load(none)[0].themes == ()
    assert to_toml(config)["themes"] == [{"id": "transport", "label": {"en": "Transport", "cy": "Trafnidiaeth"},
                                          "colour": "#263238"}]


@pytest.mark.parametrize("mistake, sentence", [
    (lambda entries: entries[0].update(id="Bad"), "{what} 1 needs an id of lower-case letters, digits and dashes"),
    (lambda entries: entries[0].update(shade="x"), "{what} '{id}' has 'shade', which is not a setting the kiosk knows"),
    (lambda entries: entries.append(dict(entries[0])), "{where} has the same id twice"),
    (lambda entries: entries[0].update(label={"cy": "Dim"}), "{what} '{id}' label needs an English (en) text"),
    (lambda entries: entries[0].update(label=3), "{what} '{id}' label must be a text, or a table with en and cy texts"),
])
@pytest.mark.parametrize("path, what, where", [
    (("consent", "scopes"), "consent scope", "consent.scopes"),
    (("cards",), "card", "[[cards]]"),
    (("themes",), "theme", "[[themes]]"),
])
def test_the_same_mistake_in_a_consent_scope_a_card_or_a_theme_gets_the_same_sentence(mistake, sentence, path, what,
                                                                                       where):
    data = to_toml(parse({}))
    holder = data if len(path) == 1 else data[path[0]]
    entries = holder[path[-1]]
    mistake(entries)
    expected = sentence.format(what=what, where=where, id=entries[0].get("id"))
    with pytest.raises(ConfigError, match="^" + re.escape(expected)):
        parse(data)
