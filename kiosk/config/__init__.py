"""The event's settings: one schema, loaded from TOML, merged over the shipped defaults and validated once into one
typed, frozen object.

Each setting is one field of `Config`, and its default is stated once: a plain setting's on the field itself, the
texts, consent scopes and cards in the shipped kiosk.toml. A partial kiosk.toml changes only what it names; a key the
kiosk does not know is refused by name, so a misspelt setting is never silently ignored.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, fields, replace
from functools import cache
from pathlib import Path

import tomli_w

from kiosk.atomic import write_atomically
from kiosk.shipped import DEFAULT_CONFIG

LANGUAGES = ("en", "cy")
EVENT_CONFIG = "kiosk.toml"  # an event's own settings, beside its recordings
# Checked only through `matches_whole` (a fullmatch): `$` also accepts a text that ends in a newline, and `\d` any
# script's digits. The `\Z` keeps a `.match()` elsewhere whole too.
CARD_ID = re.compile(r"[a-z][a-z0-9-]{0,31}\Z")
COLOUR = re.compile(r"#[0-9A-Fa-f]{6}\Z")
DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
# The most any kiosk's config allows: a clip from another kiosk is held to these, whatever its own config said.
LONGEST_TAKE = 600  # seconds
LARGEST_PICTURE = (3840, 2160)
FASTEST_FPS = 60
SIMPLE_KEY = re.compile(r"[A-Za-z0-9_-]+\Z")
# libx264's presets from the fastest (least work a frame, larger files) to the slowest `kiosk check` may pick.
SYNC_ROLES = ("off", "kiosk", "hub")
# A kiosk's name becomes its folder's name at a hub, on any system.
SYNC_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9 _.-]{0,39}\Z")
PRESETS = ("ultrafast", "superfast", "veryfast", "faster", "fast", "medium")
WALL_SOUND = ("off", "on")


def number_text(value: float) -> str:
    """A number as a person types it: 1000000, 2.5 (not 1e+06, 90.0)."""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def matches_whole(pattern: re.Pattern, value: object) -> bool:
    """Whether `value` is a text that `pattern` matches from its first character to its last."""
    return isinstance(value, str) and pattern.fullmatch(value) is not None


class ConfigError(ValueError):
    """The config is not usable; the message says what and where, in one sentence."""


@dataclass(frozen=True)
class Text:
    """A text in English and Welsh; falls back to English where the Welsh is missing."""

    en: str
    cy: str = ""

    def __call__(self, language: str) -> str:
        return (self.cy if language == "cy" else self.en) or self.en

    def to_toml(self) -> dict:
        return {"en": self.en, "cy": self.cy}


@dataclass(frozen=True)
class Card:
    id: str
    label: Text
    colour: str
    icon: str
    prompt: Text | None = None  # None: the event's default prompt


@dataclass(frozen=True)
class Scope:
    id: str
    label: Text
    public: bool = False  # its clips may be shown in public (the live wall), once a facilitator approves each


@dataclass(frozen=True)
class Theme:
    """One of the event's themes: what a facilitator tags a clip or a quote with, and a heading in its report."""

    id: str
    label: Text
    colour: str


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a setting's label or help for Qt's lupdate, which knows this name; the panel shows it translated.

    The core imports no Qt, so the words are declared here in English beside the setting and their Welsh lives with
    every other string in the one translation file (assets/i18n), not in a second mechanism of the core's own.
    """
    return text


def _setting(table: str, key: str, default, *, low: float | None = None, high: float | None = None,
             choices: tuple[str, ...] = (), longest: int = 0, label: str = "", help: str = ""):
    """A field of Config read from `[table] key`; bounds for a number, choices or a longest length for a text, and
    the label and one line of help a person sees on the panel's settings page (the page is made from these)."""
    return field(default=default, metadata={"table": table, "key": key, "low": low, "high": high,
                                            "choices": choices, "longest": longest, "label": label, "help": help})


@dataclass(frozen=True)
class Config:
    event_name: Text = _setting(
        "event", "name", Text("Whose Shoes?"), longest=120, label=QT_TRANSLATE_NOOP("Settings", "Event name"),
        help=QT_TRANSLATE_NOOP("Settings", "On the start screen, the clips and the event record."))
    event_date: str = _setting(
        "event", "date", "", label=QT_TRANSLATE_NOOP("Settings", "Date (YYYY-MM-DD)"),
        help=QT_TRANSLATE_NOOP("Settings", "Empty means the day the kiosk runs."))
    max_seconds: float = _setting(
        "kiosk", "max_seconds", 90.0, low=5, high=LONGEST_TAKE, label=QT_TRANSLATE_NOOP("Settings", "Longest clip (seconds)"),
        help=QT_TRANSLATE_NOOP("Settings", "A take stops by itself after this long."))
    warning_seconds: float = _setting(
        "kiosk", "warning_seconds", 10.0, low=0, high=60,
        label=QT_TRANSLATE_NOOP("Settings", "Warning before the end (seconds)"),
        help=QT_TRANSLATE_NOOP("Settings", "How long before the end the time left is shown; shorter than the longest clip."))
    idle_seconds: float = _setting(
        "kiosk", "idle_seconds", 60.0, low=5, high=3600,
        label=QT_TRANSLATE_NOOP("Settings", "Back to start when idle (seconds)"),
        help=QT_TRANSLATE_NOOP("Settings", "With nobody tapping, the kiosk asks, then goes back to the start."))
    countdown_seconds: float = _setting(
        "kiosk", "countdown_seconds", 3.0, low=0, high=10,
        label=QT_TRANSLATE_NOOP("Settings", "Countdown before recording (seconds)"),
        help=QT_TRANSLATE_NOOP("Settings", "0 starts recording at once."))
    language: str = _setting(
        "kiosk", "language", "en", choices=LANGUAGES, label=QT_TRANSLATE_NOOP("Settings", "Language at the start"),
        help=QT_TRANSLATE_NOOP("Settings", "Each visit starts in it: en is English, cy is Welsh."))
    min_free_mb: int = _setting(
        "kiosk", "min_free_mb", 500, low=0, high=1_000_000, label=QT_TRANSLATE_NOOP("Settings", "Free space to keep (MB)"),
        help=QT_TRANSLATE_NOOP("Settings", "The kiosk stops recording when the disk has less than this free."))
    camera: str = _setting(
        "devices", "camera", "auto", longest=300, label=QT_TRANSLATE_NOOP("Settings", "Camera"),
        help=QT_TRANSLATE_NOOP("Settings", "auto, synthetic (a test pattern) or a device's name."))
    microphone: str = _setting(
        "devices", "microphone", "auto", longest=300, label=QT_TRANSLATE_NOOP("Settings", "Microphone"),
        help=QT_TRANSLATE_NOOP("Settings", "auto, synthetic (a test tone) or a device's name."))
    width: int = _setting(
        "devices", "width", 1280, low=160, high=LARGEST_PICTURE[0], label=QT_TRANSLATE_NOOP("Settings", "Picture width"),
        help=QT_TRANSLATE_NOOP("Settings", "In pixels; the camera gives the nearest size it has."))
    height: int = _setting(
        "devices", "height", 720, low=120, high=LARGEST_PICTURE[1], label=QT_TRANSLATE_NOOP("Settings", "Picture height"),
        help=QT_TRANSLATE_NOOP("Settings", "In pixels; the camera gives the nearest size it has."))
    fps: float = _setting(
        "devices", "fps", 30.0, low=5, high=FASTEST_FPS, label=QT_TRANSLATE_NOOP("Settings", "Frames a second"),
        help=QT_TRANSLATE_NOOP("Settings", "How many pictures a second the camera is asked for."))
    # x264's preset. ultrafast keeps a webcam's noisy 720p30 picture within half a core of a 2-core laptop (veryfast
    # needs 0.8, benchmarks/results.json); `kiosk check --apply` picks a slower, smaller-file one where it keeps up.
    preset: str = _setting(
        "devices", "preset", "ultrafast", choices=PRESETS, label=QT_TRANSLATE_NOOP("Settings", "Encoding speed"),
        help=QT_TRANSLATE_NOOP("Settings", "ultrafast uses the least processor, medium makes the smallest files."))
    # The speech models: "" the offline English one the `transcripts` extra installs, "off", a model's name (fetched
    # once where the laptop is online) or a folder. No packaged model knows Welsh, so by default there is none.
    transcript_model: str = _setting(
        "transcripts", "model", "", longest=300, label=QT_TRANSLATE_NOOP("Settings", "Speech model (English)"),
        help=QT_TRANSLATE_NOOP("Settings", "Empty for the offline English model, off for none, or a model's name or folder."))
    transcript_welsh_model: str = _setting(
        "transcripts", "welsh_model", "", longest=300, label=QT_TRANSLATE_NOOP("Settings", "Speech model (Welsh)"),
        help=QT_TRANSLATE_NOOP("Settings", "Empty for none, or a Welsh model's name or folder."))
    # On battery: at low_percent the facilitator is warned; below critical_percent, discharging, attendees are paused
    # (after the take in hand) until the laptop is plugged in.
    low_battery_percent: float = _setting(
        "power", "low_percent", 25.0, low=2, high=95, label=QT_TRANSLATE_NOOP("Settings", "Low battery warning (%)"),
        help=QT_TRANSLATE_NOOP("Settings", "On battery, the facilitator is warned at this level."))
    critical_battery_percent: float = _setting(
        "power", "critical_percent", 10.0, low=1, high=90,
        label=QT_TRANSLATE_NOOP("Settings", "Pause on battery at (%)"),
        help=QT_TRANSLATE_NOOP("Settings", "Below it, discharging, the kiosk pauses for attendees until plugged in."))
    # The wall is silent unless asked: venues talk over it, and a hall's speakers are not the wall's to take.
    wall_sound: str = _setting(
        "wall", "sound", "off", choices=WALL_SOUND, label=QT_TRANSLATE_NOOP("Settings", "Sound on the wall"),
        help=QT_TRANSLATE_NOOP("Settings", "off: the wall's clips play silent, with captions; on: with their sound."))
    # The event fleet (kiosk.sync): off, or this laptop's part in it. `kiosk hub` is always a hub.
    sync_role: str = _setting(
        "sync", "role", "off", choices=SYNC_ROLES, label=QT_TRANSLATE_NOOP("Settings", "Sync with the hub"),
        help=QT_TRANSLATE_NOOP("Settings", "off, or kiosk to send this kiosk's clips to the facilitators' laptops "
                                           "over the venue's network (Syncthing)."))
    sync_name: str = _setting(
        "sync", "name", "", longest=40, label=QT_TRANSLATE_NOOP("Settings", "This kiosk's name"),
        help=QT_TRANSLATE_NOOP("Settings", "How the hub names it, e.g. Entrance; empty for the computer's name."))
    syncthing: str = _setting(
        "sync", "syncthing", "", longest=300, label=QT_TRANSLATE_NOOP("Settings", "Syncthing program"),
        help=QT_TRANSLATE_NOOP("Settings", "Empty to find it on this computer, or the program's full path."))
    # The texts, scopes and cards: their defaults are the shipped kiosk.toml's.
    consent_text: Text = _setting(
        "consent", "text", Text(""), label=QT_TRANSLATE_NOOP("Settings", "Consent text"),
        help=QT_TRANSLATE_NOOP("Settings", "What an attendee reads before choosing who may see the video."))
    scopes: tuple[Scope, ...] = _setting(
        "consent", "scopes", (), label=QT_TRANSLATE_NOOP("Settings", "Consent choice"),
        help=QT_TRANSLATE_NOOP("Settings", "The words of one of the choices, narrowest first."))
    default_prompt: Text = _setting(
        "prompts", "default", Text(""), label=QT_TRANSLATE_NOOP("Settings", "Prompt"),
        help=QT_TRANSLATE_NOOP("Settings", "The question asked when a card has no prompt of its own."))
    cards: tuple[Card, ...] = _setting("", "cards", (), label=QT_TRANSLATE_NOOP("Settings", "Cards"),
                                       help=QT_TRANSLATE_NOOP("Settings", "Who the attendee speaks as."))
    # A facilitator's tags after the event; none is needed to record, so an event may list none (themes = []).
    themes: tuple[Theme, ...] = _setting("", "themes", (), label=QT_TRANSLATE_NOOP("Settings", "Themes"),
                                         help=QT_TRANSLATE_NOOP("Settings", "What facilitators tag clips and quotes with."))
    source: Path | None = field(default=None, compare=False)

    def card(self, card_id: str) -> Card:
        for card in self.cards:
            if card.id == card_id:
                return card
        raise KeyError(card_id)

    def chosen_card(self, card_id: str | None) -> Card:
        """The card `card_id` names (the first when none is named); raises ConfigError naming the cards there are."""
        try:
            return self.card(self.cards[0].id if card_id is None else card_id)
        except KeyError:
            raise ConfigError(f"{card_id!r} is not a card; choose one of {', '.join(c.id for c in self.cards)}.") from None

    def chosen_scope(self, scope_id: str | None) -> str:
        """The consent scope `scope_id` names (the narrowest when none is named); raises ConfigError naming those
        there are."""
        scope_id = self.scopes[0].id if scope_id is None else scope_id
        if scope_id not in self.scope_ids():
            raise ConfigError(f"{scope_id!r} is not a consent scope; choose one of {', '.join(self.scope_ids())}.")
        return scope_id

    def theme(self, theme_id: str) -> Theme:
        """The theme `theme_id` names; raises ConfigError naming the themes there are."""
        for theme in self.themes:
            if theme.id == theme_id:
                return theme
        there = f"choose one of {', '.join(t.id for t in self.themes)}" if self.themes else "the event lists none"
        raise ConfigError(f"{theme_id!r} is not one of the event's themes; {there}.")

    def prompt_for(self, card_id: str) -> Text:
        return self.card(card_id).prompt or self.default_prompt

    def scope_ids(self) -> list[str]:
        return [scope.id for scope in self.scopes]

    def is_public(self, scope_id: str) -> bool:
        """Whether clips consented at `scope_id` may be shown in public (the wall); False for a scope not here."""
        return any(scope.id == scope_id and scope.public for scope in self.scopes)

    def scope_allows(self, clip_scope: str, export_scope: str) -> bool:
        """Whether a clip consented at `clip_scope` may go into an export for `export_scope`."""
        ids = self.scope_ids()
        if clip_scope not in ids or export_scope not in ids:
            return False
        return ids.index(clip_scope) >= ids.index(export_scope)

    def with_changes(self, **changes) -> "Config":
        """A copy with `changes`, validated; raises ConfigError. A text may be given as a plain string."""
        changed = replace(self, **changes)
        return parse(to_toml(changed), changed.source)


SETTINGS = tuple(f for f in fields(Config) if "table" in f.metadata)
# The settings that choose the camera and microphone: a change to any of them opens the devices again.
DEVICE_SETTINGS = ("camera", "microphone", "width", "height", "fps")
CARD_KEYS = ("id", "label", "colour", "icon", "prompt")
SCOPE_KEYS = ("id", "label", "public")
THEME_KEYS = ("id", "label", "colour")
MOST_THEMES = 40
LONGEST_THEME_LABEL = 80


@cache
def _shipped_data() -> dict:
    """The shipped kiosk.toml as TOML data: the defaults a partial event config is merged over."""
    try:
        with open(DEFAULT_CONFIG, "rb") as file:
            return tomllib.load(file)
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return {}  # a broken install: every setting must then be given; load() says which is missing


def _merged(data: dict) -> dict:
    """`data` over the shipped defaults, table by table; a text, a list of scopes or of cards is replaced whole."""
    merged = {key: dict(value) if isinstance(value, dict) else value for key, value in _shipped_data().items()}
    for key, value in data.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = {**merged[key], **value}
        else:
            merged[key] = value
    return merged


def _named(key: str) -> str:
    """A key as a person would type it, quoted when it holds a space, a newline or another odd character."""
    return key if matches_whole(SIMPLE_KEY, key) else repr(key)


def _refuse_unknown_keys(data: dict) -> None:
    tables: dict[str, set[str]] = {}
    for setting in SETTINGS:
        tables.setdefault(setting.metadata["table"], set()).add(setting.metadata["key"])
    for key, value in data.items():
        if key in tables[""]:
            continue
        if key not in tables:
            raise ConfigError(f"[{_named(key)}] is not a section the kiosk knows; check its spelling.")
        if not isinstance(value, dict):
            raise ConfigError(f"[{key}] must be a table.")
        for name in value:
            if name not in tables[key]:
                raise ConfigError(f"{key}.{_named(name)} is not a setting the kiosk knows; check its spelling.")


def _text(value, where: str, required: bool = True) -> Text:
    if isinstance(value, str):
        value = {"en": value}
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise ConfigError(f"{where} must be a text, or a table with en and cy texts.")
    unknown = set(value) - set(LANGUAGES)
    if unknown:
        raise ConfigError(f"{where} has an unknown language {sorted(unknown)[0]!r}: use en and cy.")
    if required and not value.get("en", "").strip():
        raise ConfigError(f"{where} needs an English (en) text.")
    return Text(value.get("en", "").strip(), value.get("cy", "").strip())


def _value(setting, value, where: str):
    """One plain setting checked against its field: a text, a choice, a number within bounds."""
    meta, kind = setting.metadata, setting.type
    if kind == "Text":
        longest = meta["longest"]
        sized = ConfigError(f"{where} must be a text of 1 to {longest} characters.")
        english = value.get("en") if isinstance(value, dict) else value
        if longest and isinstance(english, str) and not english.strip():
            raise sized
        text = _text(value, where)
        if longest and max(len(text.en), len(text.cy)) > longest:
            raise sized
        return text
    if kind == "str":
        if meta["choices"]:
            if value not in meta["choices"]:
                raise ConfigError(f"{where} must be {', '.join(meta['choices'][:-1])} or {meta['choices'][-1]}, "
                                  f"not {value!r}.")
            return value
        if setting.name == "event_date":
            if not isinstance(value, str) or (value and not matches_whole(DATE, value)):
                raise ConfigError(f"{where} must be YYYY-MM-DD or empty, not {value!r}.")
            return value
        if setting.name.startswith("transcript_"):
            if not isinstance(value, str) or len(value) > meta["longest"] or "\x00" in value:
                raise ConfigError(f"{where} must be empty, off, a speech model's name or its folder.")
            return value.strip()
        if setting.name == "sync_name":
            if not isinstance(value, str) or (value.strip() and not matches_whole(SYNC_NAME, value.strip())):
                raise ConfigError(f"{where} must be empty or a name of letters, digits, spaces and dashes "
                                  f"(at most 40), such as Entrance.")
            return value.strip()
        if setting.name == "syncthing":
            if not isinstance(value, str) or len(value) > meta["longest"] or "\x00" in value:
                raise ConfigError(f"{where} must be empty or the Syncthing program's path.")
            return value.strip()
        if not isinstance(value, str) or not value.strip() or len(value) > meta["longest"]:
            raise ConfigError(f"{where} must be a device spec such as auto or synthetic.")
        return value.strip()
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ConfigError(f"{where} must be a number, not {value!r}.")
    if not meta["low"] <= value <= meta["high"]:
        raise ConfigError(f"{where} must be between {number_text(meta['low'])} and {number_text(meta['high'])}, "
                          f"not {number_text(value)}.")
    return int(value) if kind == "int" else float(value)


@dataclass(frozen=True)
class EntryKind:
    """One of the config's lists of entries (consent scopes, cards, themes), as its sentences name it and its limits."""

    what: str  # one entry, as a sentence names it: "card"
    where: str  # the list, as a sentence names it: "[[cards]]"
    keys: tuple[str, ...]
    most: int = 0  # 0: no limit
    empty: bool = False  # the event may list none
    coloured: bool = False
    longest_label: int = 0  # in each language; 0: no limit


@dataclass(frozen=True)
class Entry:
    """One entry of a list, its id, label and colour checked; `where` names it in a sentence, `raw` has the rest."""

    id: str
    label: Text
    colour: str
    where: str
    raw: dict


SCOPE_ENTRIES = EntryKind("consent scope", "consent.scopes", SCOPE_KEYS)
CARD_ENTRIES = EntryKind("card", "[[cards]]", CARD_KEYS, most=12, coloured=True)
THEME_ENTRIES = EntryKind("theme", "[[themes]]", THEME_KEYS, most=MOST_THEMES, empty=True, coloured=True,
                          longest_label=LONGEST_THEME_LABEL)
UNCOLOURED = "#263238"  # a card's or theme's colour when its entry gives none


def _entries(raw, kind: EntryKind) -> list[Entry]:
    """A list of scope, card or theme tables, each with a safe id, only known keys, a label and (coloured) a colour."""
    if isinstance(raw, list) and kind.most and len(raw) > kind.most:
        raise ConfigError(f"There can be at most {kind.most} {kind.what}s.")
    if not isinstance(raw, list) or not (raw or kind.empty):
        raise ConfigError(f"{kind.where} must be a list of {kind.what}s." if kind.empty
                          else f"{kind.where} must list at least one {kind.what}.")
    for i, entry in enumerate(raw):
        if not isinstance(entry, dict) or not matches_whole(CARD_ID, entry.get("id")):
            raise ConfigError(f"{kind.what} {i + 1} needs an id of lower-case letters, digits and dashes (at most 32).")
        unknown = sorted(set(entry) - set(kind.keys))
        if unknown:
            raise ConfigError(f"{kind.what} {entry['id']!r} has {unknown[0]!r}, which is not a setting the kiosk knows.")
    if len({entry["id"] for entry in raw}) != len(raw):
        raise ConfigError(f"{kind.where} has the same id twice.")
    return [_entry(entry, kind) for entry in raw]


def _entry(entry: dict, kind: EntryKind) -> Entry:
    where = f"{kind.what} {entry['id']!r}"
    colour = entry.get("colour", UNCOLOURED) if kind.coloured else ""
    if kind.coloured and not matches_whole(COLOUR, colour):
        raise ConfigError(f"{where} colour must look like #1B5E20, not {colour!r}.")
    label = _text(entry.get("label"), f"{where} label")
    if kind.longest_label and max(len(label.en), len(label.cy)) > kind.longest_label:
        raise ConfigError(f"{where} label must be at most {kind.longest_label} characters in each language.")
    return Entry(entry["id"], label, colour.upper(), where, entry)


def _scopes(raw) -> tuple[Scope, ...]:
    scopes = []
    for entry in _entries(raw, SCOPE_ENTRIES):
        public = entry.raw.get("public", False)
        if not isinstance(public, bool):
            raise ConfigError(f"{entry.where} public must be true or false.")
        scopes.append(Scope(entry.id, entry.label, public))
    return tuple(scopes)


def _cards(raw) -> tuple[Card, ...]:
    cards = []
    for entry in _entries(raw, CARD_ENTRIES):
        icon = entry.raw.get("icon", entry.id)
        if not matches_whole(CARD_ID, icon):
            raise ConfigError(f"{entry.where} icon must be an icon name such as volunteer.")
        prompt = _text(entry.raw["prompt"], f"{entry.where} prompt") if "prompt" in entry.raw else None
        cards.append(Card(entry.id, entry.label, entry.colour, icon, prompt))
    return tuple(cards)


def _themes(raw) -> tuple[Theme, ...]:
    return tuple(Theme(entry.id, entry.label, entry.colour) for entry in _entries(raw, THEME_ENTRIES))


def parse(data: dict, source: Path | None = None) -> Config:
    """A Config from TOML data merged over the shipped defaults; raises ConfigError naming the first thing wrong."""
    if not isinstance(data, dict):
        raise ConfigError("The config must be a TOML document of tables.")
    data = _merged(data)
    _refuse_unknown_keys(data)
    values = {}
    for setting in SETTINGS:
        table, key = setting.metadata["table"], setting.metadata["key"]
        section = data.get(table, {}) if table else data
        if key not in section:
            if setting.name in ("consent_text", "default_prompt", "scopes", "cards"):
                raise ConfigError(f"{table + '.' if table else ''}{key} is missing and has no default.")
            continue  # the field's own default
        where = f"{table}.{key}" if table else key
        if setting.name == "scopes":
            values[setting.name] = _scopes(section[key])
        elif setting.name == "cards":
            values[setting.name] = _cards(section[key])
        elif setting.name == "themes":
            values[setting.name] = _themes(section[key])
        else:
            values[setting.name] = _value(setting, section[key], where)
    config = Config(**values, source=source)
    if config.warning_seconds >= config.max_seconds:
        raise ConfigError("kiosk.warning_seconds must be shorter than kiosk.max_seconds.")
    if config.critical_battery_percent >= config.low_battery_percent:
        raise ConfigError("power.critical_percent must be lower than power.low_percent.")
    return config


def _toml_value(value):
    if isinstance(value, Text):
        return value.to_toml()
    if isinstance(value, Scope):
        return {"id": value.id, "label": value.label.to_toml(), **({"public": True} if value.public else {})}
    if isinstance(value, Theme):
        return {"id": value.id, "label": value.label.to_toml(), "colour": value.colour}
    if isinstance(value, Card):
        entry = {"id": value.id, "label": value.label.to_toml(), "colour": value.colour, "icon": value.icon}
        if value.prompt is not None:
            entry["prompt"] = value.prompt.to_toml()
        return entry
    if isinstance(value, tuple):
        return [_toml_value(item) for item in value]
    return value


def to_toml(config: Config) -> dict:
    """Every setting, as TOML data: the panel saves the whole file."""
    data: dict = {}
    for setting in SETTINGS:
        table, key = setting.metadata["table"], setting.metadata["key"]
        (data.setdefault(table, {}) if table else data)[key] = _toml_value(getattr(config, setting.name))
    return data


def read(path: Path) -> Config:
    """The config at `path`; raises ConfigError with a readable reason."""
    try:
        with open(path, "rb") as file:
            data = tomllib.load(file)
    except FileNotFoundError:
        raise ConfigError(f"There is no config file at {path}.") from None
    except OSError as error:
        raise ConfigError(f"The config file {path} cannot be read ({error.strerror}).") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"The config file {path} is not valid TOML ({error}).") from None
    except UnicodeDecodeError:
        raise ConfigError(f"The config file {path} is not UTF-8 text.") from None
    try:
        return parse(data, Path(path))
    except ConfigError as error:
        raise ConfigError(f"In {path}: {error}") from None


def last_good_path(path: Path) -> Path:
    return Path(path).with_name(Path(path).name + ".last-good")


def load(path: Path | None = None) -> tuple[Config, list[str]]:
    """The config to run with, and what was wrong on the way.

    A broken file never stops the kiosk: it falls back to the last config that loaded, then
    to the shipped defaults, and says why.
    """
    path = Path(path) if path else DEFAULT_CONFIG
    problems: list[str] = []
    try:
        config = read(path)
    except ConfigError as error:
        problems.append(str(error))
    else:
        if path != DEFAULT_CONFIG:
            try:
                write_atomically(last_good_path(path), path.read_bytes())
            except OSError:
                pass  # only a convenience copy; the config itself loaded
        return config, problems
    fallbacks = [(DEFAULT_CONFIG, "the default settings")]
    if path.name:  # a folder given by mistake ('.', '/') has no last good copy beside it
        fallbacks.insert(0, (last_good_path(path), "the last config that worked"))
    for fallback, what in fallbacks:
        try:
            config = read(fallback)
        except ConfigError:
            continue
        problems.append(f"The kiosk is using {what} instead.")
        return replace(config, source=path), problems
    problems.append("The kiosk is using built-in settings.")
    return Config(source=path), problems


def event_config_path(recordings: Path, working: Path | None = None) -> Path:
    """Where the event's settings are read and saved without `--config`: `kiosk.toml` in the working folder (where
    `kiosk` is typed) when there is one, else `kiosk.toml` beside the recordings.

    The working folder's wins: a facilitator puts a file there on purpose, in sight of where they start the kiosk,
    while the one beside the recordings is the kiosk's own (written at its first start, saved by the panel); obeying
    the one they cannot see would ignore the edit they just made.
    """
    if working is not None and (Path(working) / EVENT_CONFIG).is_file():
        return Path(working) / EVENT_CONFIG
    return Path(recordings) / EVENT_CONFIG


def unread_config(recordings: Path, working: Path | None = None) -> list[str]:
    """A sentence when a `kiosk.toml` beside the recordings is passed over for the working folder's; else none."""
    beside = Path(recordings) / EVENT_CONFIG
    chosen = event_config_path(recordings, working)
    if chosen == beside or not beside.is_file() or chosen.resolve() == beside.resolve():
        return []
    return [f"The settings are read from {chosen}; {beside} is not read (the working folder's kiosk.toml comes first)."]


def write_first_config(path: Path) -> bool:
    """At the kiosk's first start, the event's file from the shipped one, comments and all, so a facilitator finds
    every setting explained where the README says; never over an existing one. True if it was written."""
    if Path(path).exists():
        return False
    write_atomically(Path(path), DEFAULT_CONFIG.read_bytes())
    return True


def is_shipped_copy(path: Path | None) -> bool:
    """No event config yet: none at `path`, or the shipped file as the first start wrote it, unchanged."""
    try:
        return path is None or Path(path).read_bytes() == DEFAULT_CONFIG.read_bytes()
    except FileNotFoundError:
        return True


def load_event(recordings: Path, explicit: Path | None = None, working: Path | None = None) -> tuple[Config, list[str]]:
    """The config for a kiosk recording into `recordings`, and what was wrong on the way.

    `--config` wins when given. Otherwise `kiosk.toml` in the `working` folder, else the event's own beside its
    recordings (event_config_path says why in that order), else the shipped defaults: the shipped file is never
    overwritten, and each event (and each kiosk's folder) keeps its own settings.
    """
    if explicit:
        return load(explicit)
    path = event_config_path(recordings, working)
    if not path.exists():
        config, problems = load(DEFAULT_CONFIG)
        return replace(config, source=path), problems
    return load(path)


def save(config: Config, path: Path | None = None) -> Path:
    """Validates and writes `config` atomically to `path` (default: where it came from)."""
    path = Path(path or config.source or DEFAULT_CONFIG)
    data = to_toml(config)
    parse(data)  # refuses an invalid config before anything is written
    write_atomically(path, tomli_w.dumps(data).encode("utf-8"))
    return path

