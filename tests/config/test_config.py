"""The event config: the shipped file loads, bad values are refused with a reason, a broken file never stops the kiosk."""

import tomllib
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk import config as configuration
from kiosk.config import ConfigError, Text, parse, to_toml

pytestmark = pytest.mark.portable  # the GitHub workflow runs it on Windows and macOS too


@pytest.fixture
def shipped() -> dict:
    """Every setting with its default, as the panel saves a whole file."""
    return to_toml(parse({}))


def test_shipped_config_has_the_seven_cards_in_both_languages(shipped):
    config = parse(shipped)
    assert [card.id for card in config.cards] == [
        "community", "provider", "volunteer", "organiser", "frontline", "manager", "government"]
    assert all(card.label.en and card.label.cy for card in config.cards)
    assert config.prompt_for("frontline")("cy").startswith("Beth ydych")
    assert config.max_seconds == 90 and config.idle_seconds == 60


def test_scopes_allow_narrower_exports_only(shipped):
    config = parse(shipped)
    assert config.scope_allows("public", "event") and config.scope_allows("event", "event")
    assert not config.scope_allows("event", "public") and not config.scope_allows("", "event")


def test_only_the_shipped_public_scope_may_be_shown_in_public_and_a_saved_config_keeps_it(shipped, tmp_path):
    config = parse(shipped)
    assert config.is_public("public") and not config.is_public("event") and not config.is_public("nowhere")
    assert config.wall_sound == "off"
    saved, _ = configuration.load(configuration.save(config.with_changes(wall_sound="on"), tmp_path / "kiosk.toml"))
    assert saved.is_public("public") and not saved.is_public("event") and saved.wall_sound == "on"
    # A scope is public only where its config says so: an event config listing its own scopes without it has none.
    own = parse({"consent": {"scopes": [{"id": "event", "label": "Event"}, {"id": "public", "label": "Public"}]}})
    assert not own.is_public("public")


def test_a_chosen_card_or_scope_defaults_to_the_first_and_an_unknown_one_is_refused_naming_the_choices(shipped):
    config = parse(shipped)
    assert config.chosen_card(None).id == "community" and config.chosen_card("frontline").id == "frontline"
    assert config.chosen_scope(None) == config.scopes[0].id and config.chosen_scope("public") == "public"
    with pytest.raises(ConfigError, match=r"^'vip' is not a card; choose one of community, provider, .*government\.$"):
        config.chosen_card("vip")
    with pytest.raises(ConfigError, match=r"^'' is not a consent scope; choose one of "):
        config.chosen_scope("")


def test_a_number_out_of_range_is_refused_with_its_bounds_as_a_person_types_them(shipped):
    shipped["kiosk"]["min_free_mb"] = 2_000_000
    with pytest.raises(ConfigError, match=r"^kiosk.min_free_mb must be between 0 and 1000000, not 2000000\.$"):
        parse(shipped)


def test_save_then_load_gives_the_same_config(shipped, tmp_path):
    config = parse(shipped).with_changes(event_name=configuration.Text("What makes us tick?", "Beth sy'n ein gyrru ni?"),
                                             max_seconds=45.0)
    path = configuration.save(config, tmp_path / "kiosk.toml")
    loaded, problems = configuration.load(path)
    assert problems == [] and loaded == config
    assert "Beth sy'n ein gyrru ni?" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda d: d["kiosk"].update(max_seconds=-5), "kiosk.max_seconds must be between 5 and 600, not -5"),
        (lambda d: d["kiosk"].update(language="fr"), "kiosk.language must be en or cy"),
        (lambda d: d["cards"][0].update(id="../etc"), "card 1 needs an id"),
        (lambda d: d["cards"][1].update(id="community"), "has the same id twice"),
        (lambda d: d["cards"][0].update(colour="green"), "colour must look like #1B5E20"),
        (lambda d: d["cards"][0].update(label={"fr": "x"}), "unknown language 'fr'"),
        (lambda d: d.update(cards=[]), "must list at least one card"),
        (lambda d: d["event"].update(date="24/11/2026"), "event.date must be YYYY-MM-DD"),
        (lambda d: d["kiosk"].update(warning_seconds=100), "warning_seconds must be"),
        (lambda d: d["consent"]["scopes"][1].update(public="yes"), "consent scope 'public' public must be true or false"),
        (lambda d: d.update(wall={"sound": True}), "wall.sound must be off or on, not True"),
    ],
)
def test_invalid_values_are_refused_with_a_reason(shipped, change, message):
    change(shipped)
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(".", r"\.")):
        parse(shipped)


def test_save_refuses_an_invalid_config_before_writing(shipped, tmp_path):
    path = tmp_path / "kiosk.toml"
    config = parse(shipped)
    configuration.save(config, path)
    before = path.read_bytes()
    with pytest.raises(ConfigError):
        configuration.save(config.with_changes(max_seconds=-1.0), path)
    assert path.read_bytes() == before


def test_broken_config_falls_back_to_the_last_good_one_and_says_why(shipped, tmp_path):
    path = tmp_path / "kiosk.toml"
    configuration.save(parse(shipped).with_changes(event_name=configuration.Text("Roadshow")), path)
    assert configuration.load(path)[1] == []  # remembered as the last good config
    path.write_text("[event\nname = 'oops'")

    config, problems = configuration.load(path)

    assert config.event_name.en == "Roadshow"
    assert "is not valid TOML" in problems[0]
    assert problems[1] == "The kiosk is using the last config that worked instead."


def test_missing_config_falls_back_to_the_defaults(tmp_path):
    config, problems = configuration.load(tmp_path / "none.toml")
    assert config.cards and "There is no config file" in problems[0]


toml_values = st.recursive(
    st.none().map(lambda _: "") | st.booleans() | st.integers(-10**6, 10**6) | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=10), children, max_size=3),
    max_leaves=10,
)


@settings(max_examples=300, deadline=None)
@given(section=st.sampled_from(["event", "kiosk", "devices", "consent", "prompts", "cards"]), key=st.text(max_size=12),
       value=toml_values)
def test_any_hand_edit_either_parses_or_gives_a_config_error(section, key, value):
    data = to_toml(parse({}))
    if section == "cards":
        data["cards"][0][key] = value
    else:
        data[section][key] = value
    try:
        config = parse(data)
    except ConfigError as error:
        assert str(error) and "\n" not in str(error)
    else:
        assert parse(to_toml(config)) == config


def test_an_event_keeps_its_own_config_beside_its_recordings_and_never_writes_the_shipped_one(tmp_path):
    shipped = configuration.DEFAULT_CONFIG.read_bytes()
    config, problems = configuration.load_event(tmp_path)
    assert problems == [] and config.source == tmp_path / "kiosk.toml"

    configuration.save(config.with_changes(event_name=configuration.Text("Summer Fair", "Ffair Haf")))

    assert configuration.DEFAULT_CONFIG.read_bytes() == shipped
    assert configuration.load_event(tmp_path)[0].event_name("cy") == "Ffair Haf"
    assert configuration.load_event(tmp_path, explicit=configuration.DEFAULT_CONFIG)[0].event_name.en == "Whose Shoes?"


@pytest.mark.parametrize("folder", [".", "/"])  # `--config ""` arrives as Path("."), a folder
def test_a_folder_given_as_the_config_falls_back_to_the_defaults_with_a_reason(folder):
    config, problems = configuration.load(Path(folder))
    assert config.cards and "cannot be read" in problems[0] and "default settings" in problems[-1]


@pytest.mark.parametrize("partial, changed", [
    ('[event]\nname = "Ffair Haf"\n', {"event_name": Text("Ffair Haf")}),
    ("[kiosk]\nmax_seconds = 60\n", {"max_seconds": 60.0}),
    ('[event]\nname.en = "Summer Fair"\nname.cy = "Ffair Haf"\n', {"event_name": Text("Summer Fair", "Ffair Haf")}),
])
def test_a_partial_config_changes_only_what_it_names(tmp_path, partial, changed):
    path = tmp_path / "kiosk.toml"
    path.write_text(partial, encoding="utf-8")

    config, problems = configuration.load(path)

    assert problems == []
    assert config == replace(parse({}), **changed)
    assert len(config.cards) == 7 and config.consent_text.cy


def test_the_event_name_is_a_text_in_both_languages():
    config = parse({"event": {"name": {"en": "Summer Fair", "cy": "Ffair Haf"}}})
    assert config.event_name("cy") == "Ffair Haf" and config.event_name("en") == "Summer Fair"
    assert parse(to_toml(config)) == config
    assert parse({}).with_changes(event_name="Roadshow").event_name == Text("Roadshow")


@pytest.mark.parametrize("data, message", [
    ({"kiosk": {"max_second": 60}}, "kiosk.max_second is not a setting the kiosk knows"),
    ({"devcies": {"camera": "1"}}, "[devcies] is not a section the kiosk knows"),
    ({"cards": [{"id": "a", "label": "A", "colr": "#000000"}]}, "card 'a' has 'colr', which is not a setting"),
    ({"event": {"name": {"en": "Fair", "fr": "Foire"}}}, "event.name has an unknown language 'fr'"),
])
def test_an_unknown_key_is_refused_by_name(data, message):
    with pytest.raises(ConfigError) as refused:
        parse(data)
    assert str(refused.value).startswith(message) and "\n" not in str(refused.value)


def test_an_unknown_key_in_the_file_is_refused_and_the_defaults_are_used_with_the_reason(tmp_path):
    path = tmp_path / "kiosk.toml"
    path.write_text("[kiosk]\nmax_secs = 60\n", encoding="utf-8")
    config, problems = configuration.load(path)
    assert config.max_seconds == 90 and "kiosk.max_secs is not a setting the kiosk knows" in problems[0]


def test_every_default_is_stated_once():
    """The shipped kiosk.toml holds the texts, scopes, cards and themes; the plain settings' defaults are on Config
    only."""
    with open(configuration.DEFAULT_CONFIG, "rb") as file:
        shipped = tomllib.load(file)
    assert set(shipped) == {"consent", "prompts", "cards", "themes"}
    assert set(shipped["consent"]) == {"text", "scopes"} and set(shipped["prompts"]) == {"default"}


def test_the_panel_saves_the_whole_file(tmp_path):
    path = configuration.save(parse({"kiosk": {"max_seconds": 60}}), tmp_path / "kiosk.toml")
    with open(path, "rb") as file:
        saved = tomllib.load(file)
    assert saved["kiosk"]["idle_seconds"] == 60.0 and saved["devices"]["preset"] == "ultrafast"
    assert len(saved["cards"]) == 7 and saved["event"]["name"] == {"en": "Whose Shoes?", "cy": ""}


@pytest.mark.parametrize("event", [
    '[event]\nname = "Summer Fair"\n',
    '[event]\nname = {en = "Summer Fair", cy = "Ffair Haf"}\n',
    '[event.name]\nen = "Summer Fair"\ncy = "Ffair Haf"\n',
])
def test_the_event_name_is_a_plain_text_or_one_in_each_language(shipped, event):
    data = dict(shipped, event=tomllib.loads(event)["event"])
    name = parse(data).event_name
    assert name.en == "Summer Fair"
    assert name("cy") == ("Ffair Haf" if "cy" in event else "Summer Fair")  # a plain name is used in Welsh too


def test_the_working_folders_kiosk_toml_comes_before_the_one_beside_the_recordings_and_says_so(tmp_path):
    working, recordings = tmp_path / "laptop", tmp_path / "laptop" / "recordings"
    recordings.mkdir(parents=True)
    assert configuration.event_config_path(recordings, working) == recordings / "kiosk.toml"  # none anywhere yet
    (recordings / "kiosk.toml").write_text('[event]\nname = "Beside the recordings"\n', encoding="utf-8")
    config, problems = configuration.load_event(recordings, working=working)
    assert config.event_name.en == "Beside the recordings" and problems == []
    assert configuration.unread_config(recordings, working) == []
    (working / "kiosk.toml").write_text('[event]\nname = "Put here on purpose"\n', encoding="utf-8")
    config, problems = configuration.load_event(recordings, working=working)
    assert config.event_name.en == "Put here on purpose" and config.source == working / "kiosk.toml"
    assert configuration.unread_config(recordings, working) == [
        f"The settings are read from {working / 'kiosk.toml'}; {recordings / 'kiosk.toml'} is not read (the working "
        f"folder's kiosk.toml comes first)."]
    explicit = tmp_path / "elsewhere.toml"
    explicit.write_text('[event]\nname = "Named"\n', encoding="utf-8")
    assert configuration.load_event(recordings, explicit, working)[0].event_name.en == "Named"


def test_the_first_config_is_the_shipped_file_and_counts_as_none_until_it_is_changed(tmp_path):
    path = tmp_path / "kiosk.toml"
    assert configuration.is_shipped_copy(path) and configuration.is_shipped_copy(None)
    assert configuration.write_first_config(path)
    assert path.read_bytes() == configuration.DEFAULT_CONFIG.read_bytes()  # every setting explained, as shipped
    assert configuration.is_shipped_copy(path)  # a first try-out still: the demo may stand in for a device
    config = configuration.load_event(tmp_path)[0]
    configuration.save(config.with_changes(event_name=configuration.Text("Summer Fair", "Ffair Haf")))
    assert not configuration.is_shipped_copy(path)
    changed = path.read_bytes()
    assert not configuration.write_first_config(path) and path.read_bytes() == changed  # never over one
