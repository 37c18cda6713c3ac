"""Front matter: splitting it from the body, safe YAML, the lenient fallback, titles and dates."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

MAX_ALIASES = 50
MAX_FRONT_MATTER_CHARS = 64_000

_OPEN = re.compile(r"\A(?:[ \t]*\r?\n)*---[ \t]*(?P<lang>[A-Za-z]*)[ \t]*\r?\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
_LINE = re.compile(r"^\s*(?P<key>[A-Za-z_][\w-]*)\s*(?::|=)\s?(?P<value>.*?)\s*$")
_DATE_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_DATE_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_META_TITLE_SEPARATORS = (" – ", " — ", " - ", " → ", " | ")


# The C parser (libyaml) when PyYAML has it: the same safe constructor, several times faster.
_SafeBase: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_SafeBase):  # type: ignore[valid-type,misc]
    """SafeLoader that leaves dates as text (we read them ourselves, so 2024-13-01 is just a bad date)."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

MAX_NESTING = 20

_FAST_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*?))? *")
_FAST_ITEM = re.compile(r"( *)- +(.*?) *")
_FAST_DOUBLE = re.compile(r'"([^"\\]*)"')
_FAST_SINGLE = re.compile(r"'([^']*)'")
_FAST_BAD_START = frozenset("-?:,[]{}#&*!|>'\"%@` ")
_STR_TAG = "tag:yaml.org,2002:str"
_FAST_ODD_BREAKS = re.compile("[\r\x85\u2028\u2029\ufeff]")  # line breaks (and a BOM) to YAML, not to split()
_FAST_FLOW_BAD = re.compile(r"[\[\]{}\"'#:]")


class _FastResolver(yaml.resolver.Resolver):
    """The same implicit types as _Loader (no timestamps), to tell which plain values stay strings."""


_FastResolver.yaml_implicit_resolvers = _Loader.yaml_implicit_resolvers
_RESOLVER = _FastResolver()
_NOT_SIMPLE = object()


@functools.lru_cache(maxsize=4096)
def _implicit_tag(value: str) -> str:
    """The tag YAML gives a plain scalar: str, bool, null, int, float …"""
    if value and value[0] not in _RESOLVER.yaml_implicit_resolvers:
        return _STR_TAG  # no implicit type starts with this character
    return str(_RESOLVER.resolve(yaml.ScalarNode, value, (True, False)))  # type: ignore[no-untyped-call]


def _fast_scalar(value: str) -> object:
    """A simple scalar's value as YAML would read it (a string), or _NOT_SIMPLE when YAML must decide."""
    if not value:
        return _NOT_SIMPLE
    if value[0] == "[" and value[-1] == "]" and not _FAST_FLOW_BAD.search(value, 1, len(value) - 1):
        items = [_fast_scalar(part.strip()) for part in value[1:-1].split(",")] if value[1:-1].strip() else []
        return _NOT_SIMPLE if any(item is _NOT_SIMPLE for item in items) else items
    if value[0] == '"':
        match = _FAST_DOUBLE.fullmatch(value)
        return match.group(1) if match else _NOT_SIMPLE
    if value[0] == "'":
        match = _FAST_SINGLE.fullmatch(value)
        return match.group(1) if match else _NOT_SIMPLE
    if value[0] in _FAST_BAD_START or ": " in value or " #" in value or value.endswith(":") or "\t" in value:
        return _NOT_SIMPLE
    tag = _implicit_tag(value)
    if tag == _STR_TAG:
        return value
    if tag == "tag:yaml.org,2002:bool":
        return yaml.constructor.SafeConstructor.bool_values[value.lower()]
    if tag == "tag:yaml.org,2002:null":
        return None
    return _NOT_SIMPLE  # a number or the like: YAML's own rules apply


def fast_yaml(raw: str) -> dict[str, Any] | None:
    """Simple front matter (`key: value` lines and block lists of plain or simply quoted strings) without a
    YAML parser: exactly what safe YAML gives for it, about 20 times faster; None when the text is not that simple.

    'title: Knæ\ntags:\n  - ryg\n  - "knæ"' ⇒ {"title": "Knæ", "tags": ["ryg", "knæ"]}
    'title: Diskusprolaps: 6 myter' ⇒ None (YAML decides: it is invalid)
    """
    if yaml.reader.Reader.NON_PRINTABLE.search(raw) or _FAST_ODD_BREAKS.search(raw):
        return None
    data: dict[str, Any] = {}
    list_key: str | None = None
    list_indent: str | None = None
    for line in raw.split("\n"):
        if not line.strip(" "):  # only spaces: YAML's blank line (a no-break space or a tab is content to YAML)
            continue
        if "\t" in line:
            return None
        match = _FAST_KEY.fullmatch(line)
        if match:
            key, value = match.group(1), match.group(2)
            if key in data or _implicit_tag(key) != _STR_TAG:
                return None
            if not value:
                data[key], list_key, list_indent = None, key, None
                continue
            scalar = _fast_scalar(value)
            if scalar is _NOT_SIMPLE:
                return None
            data[key], list_key = scalar, None
            continue
        item = _FAST_ITEM.fullmatch(line)
        if item is None or list_key is None or (list_indent is not None and item.group(1) != list_indent):
            return None
        scalar = _fast_scalar(item.group(2))
        if scalar is _NOT_SIMPLE:
            return None
        list_indent = item.group(1)
        if data[list_key] is None:
            data[list_key] = []
        data[list_key].append(scalar)
    return data
_QUOTE_ADVICE = 'Sæt citationstegn om værdier med kolon, fx title: "Diskusprolaps: 6 myter".'
Note = tuple[str, str]


@dataclass
class FrontMatter:
    """What the front matter held, plus the body and the fallbacks taken (Danish, for people)."""

    data: dict[str, Any]
    body: str
    warnings: list[Note] = field(default_factory=list)  # (what happened, what to do)


def split(text: str) -> FrontMatter:
    """Split a Markdown file's text into front matter and body.

    "---\\ntitle: A\\n---\\nBody" ⇒ data {"title": "A"}, body "Body"
    "No front matter" ⇒ data {}, body unchanged
    "---\\ntitle: Diskusprolaps: 6 myter\\n---\\n" ⇒ title read line by line, with a warning
    """
    opened = _OPEN.match(text)
    if not opened:
        return FrontMatter({}, text)
    warnings: list[Note] = []
    if not text.startswith("---"):
        warnings.append(("Der står tomme linjer før forsidens første '---'; de er sprunget over.",
                         "Slet de tomme linjer øverst i filen."))
    closed = _CLOSE.search(text, opened.end())
    if closed is None:
        # "---" with no end: a thematic break in a file without front matter.
        return FrontMatter({}, text)
    raw = text[opened.end() : closed.start()]
    body = text[closed.end() :].lstrip("\r\n")
    lang = opened.group("lang").lower()
    if lang and lang != "yaml":
        warnings.append((f"Forsiden er skrevet i '{lang}', ikke YAML; den er læst linje for linje.",
                         "Skriv forsiden som YAML mellem to linjer med ---."))
        return FrontMatter(_lenient(raw), body, warnings)
    if len(raw) > MAX_FRONT_MATTER_CHARS:
        warnings.append(("Forsiden er usædvanlig lang; kun de første linjer er læst.", "Flyt tekst fra forsiden ned i artiklen."))
        return FrontMatter(_lenient(raw[:MAX_FRONT_MATTER_CHARS]), body, warnings)
    data, problem = _safe_yaml(raw)
    if problem is not None:
        warnings.append(problem)
        data = _lenient(raw)
    return FrontMatter(data, body, warnings)


def _too_deep(raw: str) -> bool:
    """More than MAX_NESTING open brackets or indent levels: refuse before the parser recurses."""
    depth = 0
    for char in raw:
        if char in "[{":
            depth += 1
            if depth > MAX_NESTING:
                return True
        elif char in "]}":
            depth = max(0, depth - 1)
    indents = {len(line) - len(line.lstrip(" -")) for line in raw.splitlines() if line.strip()}
    return len(indents) > MAX_NESTING


def _safe_yaml(raw: str) -> tuple[dict[str, Any], Note | None]:
    """Safe YAML with an alias and a nesting limit; never builds objects from tags."""
    simple = fast_yaml(raw)
    if simple is not None:
        return simple, None
    if _too_deep(raw):
        return {}, ("Forsiden er indlejret alt for dybt til at være en almindelig forside; den er læst linje for linje.",
                    "Skriv forsiden som enkle linjer: nøgle: værdi.")
    try:
        if "*" in raw:  # only then can there be aliases worth counting
            aliases = sum(1 for event in yaml.parse(raw, Loader=_Loader) if isinstance(event, yaml.AliasEvent))
            if aliases > MAX_ALIASES:
                return {}, (
                    f"Forsiden bruger {aliases} YAML-henvisninger (aliaser); det ligner et angreb, så den er "
                    "læst linje for linje i stedet.", "Skriv værdierne ud i stedet for at bruge * og &."
                )
        loaded = yaml.load(raw, Loader=_Loader)
    except yaml.constructor.ConstructorError:
        return {}, ("Forsiden indeholder et YAML-mærke (tag), som ikke er tilladt; den er læst linje for linje.",
                    "Fjern det, der begynder med !, fra forsiden.")
    except (yaml.YAMLError, ValueError, RecursionError, TypeError) as error:
        where = ""
        mark = getattr(error, "problem_mark", None)
        if mark is not None:
            where = f" (linje {mark.line + 2})"
        return {}, (f"Forsiden er ikke gyldig YAML{where}; den er læst linje for linje.", _QUOTE_ADVICE)
    if loaded is None:
        return {}, None
    if not isinstance(loaded, dict):
        return {}, ("Forsiden er ikke en liste af 'nøgle: værdi'; den er sprunget over.",
                    "Skriv forsiden som linjer med nøgle: værdi, fx title: Knæsmerter.")
    try:
        return {str(k): v for k, v in loaded.items()}, None
    except (RecursionError, ValueError):
        return {}, ("Forsiden kunne ikke læses; den er sprunget over.", "Skriv forsiden som enkle linjer: nøgle: værdi.")


def _lenient(raw: str) -> dict[str, Any]:
    """Read `key: value` (or `key = value`) lines; the value is everything after the first separator.

    'title: Diskusprolaps: 6 myter' ⇒ {"title": "Diskusprolaps: 6 myter"}
    'lastUpdated: "24/02/2024"' ⇒ {"lastUpdated": "24/02/2024"}
    'title: "Ubrudt' ⇒ {"title": "Ubrudt"} (a quote that never closes is dropped)
    """
    data: dict[str, Any] = {}
    for line in raw.splitlines():
        match = _LINE.match(line)
        if not match:
            continue
        value = match.group("value")
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        elif value[:1] in ("\"", "'") and value.count(value[0]) == 1:  # 'title: "Ubrudt' (the quote never closed)
            value = value[1:].strip()
        data.setdefault(match.group("key"), value)
    return data


def get_text(data: dict[str, Any], *keys: str) -> str | None:
    """The first of keys that holds a non-empty scalar, as stripped text."""
    for key in keys:
        value = data.get(key)
        if value is None or isinstance(value, (dict, list, set, tuple, bytes)):
            continue
        if isinstance(value, bool):
            continue
        text = " ".join(str(value).split())
        if text:
            return text[:300]
    return None


def title_from_meta(meta_title: str) -> str:
    """The part of a metaTitle before its separator.

    "Nervesmerter – Hvad er nervesmerter? Bliv klogere her" ⇒ "Nervesmerter"
    "Nervetryk i lænden → symptomer og lindring" ⇒ "Nervetryk i lænden"
    """
    cut = len(meta_title)
    for separator in _META_TITLE_SEPARATORS:
        index = meta_title.find(separator)
        if 0 < index < cut:
            cut = index
    return meta_title[:cut].strip()


FIRST_HEADING_LINES = 2_000  # a title is looked for near the top: a million-line hostile file is not read through


def first_heading(body: str) -> str | None:
    """The text of the first `# ` heading outside code fences within the first FIRST_HEADING_LINES lines, if any."""
    fenced = False
    for line in body[: FIRST_HEADING_LINES * 200].splitlines()[:FIRST_HEADING_LINES]:
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            fenced = not fenced
            continue
        if not fenced and line.startswith("# "):
            text = line[2:].strip().rstrip("#").strip()
            if text:
                return text[:300]
    return None


def parse_date(value: Any) -> tuple[dt.date | None, bool]:
    """A date from front matter, and whether a value was there but could not be read.

    "24/02/2024", "24-02-2024", "7-06-2025", "2025-06-07", date(2025, 6, 7) ⇒ that date, False
    "31/02/2024", "snart" ⇒ None, True
    None, "" ⇒ None, False
    """
    if value is None or value == "":
        return None, False
    if isinstance(value, dt.datetime):
        return value.date(), False
    if isinstance(value, dt.date):
        return value, False
    text = str(value).strip().strip("\"'")
    try:
        if match := _DATE_DMY.match(text):
            day, month, year = (int(g) for g in match.groups())
            return dt.date(year, month, day), False
        if match := _DATE_YMD.match(text):
            year, month, day = (int(g) for g in match.groups())
            return dt.date(year, month, day), False
    except ValueError:
        return None, True
    return None, True
