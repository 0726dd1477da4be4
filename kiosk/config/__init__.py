"""The event's settings: loaded from TOML and validated once into one typed, frozen object."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path

import tomli_w

from kiosk.atomic import write_atomically

LANGUAGES = ("en", "cy")
DEFAULT_CONFIG = Path(__file__).resolve().parents[2] / "assets" / "kiosk.toml"
EVENT_CONFIG = "kiosk.toml"  # an event's own settings, beside its recordings
CARD_ID = re.compile(r"^[a-z][a-z0-9-]{0,31}$")
COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


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


@dataclass(frozen=True)
class Config:
    event_name: Text = Text("Whose Shoes?")  # shown in the attendee's language; tags and exports use the English
    event_date: str = ""
    max_seconds: float = 90.0
    warning_seconds: float = 10.0
    idle_seconds: float = 60.0
    countdown_seconds: float = 3.0
    language: str = "en"
    min_free_mb: int = 500
    camera: str = "auto"
    microphone: str = "auto"
    width: int = 1280
    height: int = 720
    fps: float = 30.0
    consent_text: Text = Text("")
    scopes: tuple[Scope, ...] = ()
    default_prompt: Text = Text("")
    cards: tuple[Card, ...] = ()
    source: Path | None = field(default=None, compare=False)

    def card(self, card_id: str) -> Card:
        for card in self.cards:
            if card.id == card_id:
                return card
        raise KeyError(card_id)

    def prompt_for(self, card_id: str) -> Text:
        return self.card(card_id).prompt or self.default_prompt

    def scope_ids(self) -> list[str]:
        return [scope.id for scope in self.scopes]

    def scope_allows(self, clip_scope: str, export_scope: str) -> bool:
        """Whether a clip consented at `clip_scope` may go into an export for `export_scope`."""
        ids = self.scope_ids()
        if clip_scope not in ids or export_scope not in ids:
            return False
        return ids.index(clip_scope) >= ids.index(export_scope)

    def with_changes(self, **changes) -> "Config":
        """A copy with `changes`, validated; raises ConfigError."""
        changed = replace(self, **changes)
        return parse(to_toml(changed), changed.source)


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


def _number(table: dict, key: str, default: float, low: float, high: float, where: str) -> float:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ConfigError(f"{where}.{key} must be a number, not {value!r}.")
    if not low <= value <= high:
        raise ConfigError(f"{where}.{key} must be between {low:g} and {high:g}, not {value:g}.")
    return value


def _table(data: dict, key: str) -> dict:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise ConfigError(f"[{key}] must be a table.")
    return value


def parse(data: dict, source: Path | None = None) -> Config:
    """A Config from TOML data; raises ConfigError naming the first thing that is wrong."""
    event, kiosk, devices = _table(data, "event"), _table(data, "kiosk"), _table(data, "devices")
    consent, prompts = _table(data, "consent"), _table(data, "prompts")
    # A plain `name = "..."` is the English; `name = {en = "...", cy = "..."}` (or [event.name]) gives both.
    name = _text(event.get("name", ""), "event.name", required=False)
    if not name.en or len(name.en) > 120 or len(name.cy) > 120:
        raise ConfigError("event.name must be a text of 1 to 120 characters.")
    date = event.get("date", "")
    if not isinstance(date, str) or (date and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date)):
        raise ConfigError(f"event.date must be YYYY-MM-DD or empty, not {date!r}.")
    language = kiosk.get("language", "en")
    if language not in LANGUAGES:
        raise ConfigError(f"kiosk.language must be en or cy, not {language!r}.")
    max_seconds = _number(kiosk, "max_seconds", 90, 5, 600, "kiosk")
    warning = _number(kiosk, "warning_seconds", 10, 0, 60, "kiosk")
    if warning >= max_seconds:
        raise ConfigError("kiosk.warning_seconds must be shorter than kiosk.max_seconds.")
    for key in ("camera", "microphone"):
        if not isinstance(devices.get(key, "auto"), str) or not devices.get(key, "auto").strip():
            raise ConfigError(f"devices.{key} must be a device spec such as auto or synthetic.")

    raw_scopes = consent.get("scopes", [])
    if not isinstance(raw_scopes, list) or not raw_scopes:
        raise ConfigError("consent.scopes must list at least one scope.")
    scopes = []
    for i, raw in enumerate(raw_scopes):
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not CARD_ID.match(raw["id"]):
            raise ConfigError(f"consent scope {i + 1} needs an id of lower-case letters, digits and dashes.")
        scopes.append(Scope(raw["id"], _text(raw.get("label"), f"consent scope {raw['id']!r} label")))
    if len({s.id for s in scopes}) != len(scopes):
        raise ConfigError("consent.scopes has the same id twice.")

    raw_cards = data.get("cards", [])
    if not isinstance(raw_cards, list) or not raw_cards:
        raise ConfigError("[[cards]] must list at least one card.")
    if len(raw_cards) > 12:
        raise ConfigError("There can be at most 12 cards.")
    cards = []
    for i, raw in enumerate(raw_cards):
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not CARD_ID.match(raw["id"]):
            raise ConfigError(f"card {i + 1} needs an id of lower-case letters, digits and dashes (at most 32).")
        where = f"card {raw['id']!r}"
        colour = raw.get("colour", "#263238")
        if not isinstance(colour, str) or not COLOUR.match(colour):
            raise ConfigError(f"{where} colour must look like #1B5E20, not {colour!r}.")
        icon = raw.get("icon", raw["id"])
        if not isinstance(icon, str) or not CARD_ID.match(icon):
            raise ConfigError(f"{where} icon must be an icon name such as volunteer.")
        prompt = _text(raw["prompt"], f"{where} prompt") if "prompt" in raw else None
        cards.append(Card(raw["id"], _text(raw.get("label"), f"{where} label"), colour.upper(), icon, prompt))
    if len({c.id for c in cards}) != len(cards):
        raise ConfigError("[[cards]] has the same id twice.")

    return Config(
        event_name=name,
        event_date=date,
        max_seconds=float(max_seconds),
        warning_seconds=float(warning),
        idle_seconds=float(_number(kiosk, "idle_seconds", 60, 5, 3600, "kiosk")),
        countdown_seconds=float(_number(kiosk, "countdown_seconds", 3, 0, 10, "kiosk")),
        language=language,
        min_free_mb=int(_number(kiosk, "min_free_mb", 500, 0, 1_000_000, "kiosk")),
        camera=devices.get("camera", "auto").strip(),
        microphone=devices.get("microphone", "auto").strip(),
        width=int(_number(devices, "width", 1280, 160, 3840, "devices")),
        height=int(_number(devices, "height", 720, 120, 2160, "devices")),
        fps=float(_number(devices, "fps", 30, 5, 60, "devices")),
        consent_text=_text(consent.get("text"), "consent.text"),
        scopes=tuple(scopes),
        default_prompt=_text(prompts.get("default"), "prompts.default"),
        cards=tuple(cards),
        source=source,
    )


def to_toml(config: Config) -> dict:
    cards = []
    for card in config.cards:
        entry = {"id": card.id, "label": card.label.to_toml(), "colour": card.colour, "icon": card.icon}
        if card.prompt is not None:
            entry["prompt"] = card.prompt.to_toml()
        cards.append(entry)
    return {
        "event": {"name": config.event_name.to_toml(), "date": config.event_date},
        "kiosk": {
            "max_seconds": config.max_seconds, "warning_seconds": config.warning_seconds,
            "idle_seconds": config.idle_seconds, "countdown_seconds": config.countdown_seconds,
            "language": config.language, "min_free_mb": config.min_free_mb,
        },
        "devices": {"camera": config.camera, "microphone": config.microphone,
                    "width": config.width, "height": config.height, "fps": config.fps},
        "consent": {"text": config.consent_text.to_toml(),
                    "scopes": [{"id": s.id, "label": s.label.to_toml()} for s in config.scopes]},
        "prompts": {"default": config.default_prompt.to_toml()},
        "cards": cards,
    }


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


def load_event(recordings: Path, explicit: Path | None = None) -> tuple[Config, list[str]]:
    """The config for a kiosk recording into `recordings`, and what was wrong on the way.

    `--config` wins when given. Otherwise the event's own `kiosk.toml` beside its recordings, which
    starts as a copy of the shipped defaults the first time the panel saves: the shipped file is
    never overwritten, and each event (and each kiosk's folder) keeps its own settings.
    """
    if explicit:
        return load(explicit)
    path = Path(recordings) / EVENT_CONFIG
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

