"""Front matter: splitting, the YAML through python-frontmatter (reader/frontmatter_yaml.py, loaded on first parse),
the lenient fallback, titles and dates."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from reader.front_matter_bounds import _OPEN, AliasBombError, split_raw

if TYPE_CHECKING:
    from reader.frontmatter_yaml import HANDLER as HANDLER  # loaded by __getattr__ below
    from reader.frontmatter_yaml import SafeYAMLHandler as SafeYAMLHandler
    from reader.frontmatter_yaml import _Loader as _Loader

MAX_FRONT_MATTER_CHARS = 64_000

_LINE = re.compile(r"^\s*(?P<key>[A-Za-z_][\w-]*)\s*(?::|=)\s?(?P<value>.*?)\s*$")
_DATE_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_DATE_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_META_TITLE_SEPARATORS = (" – ", " — ", " - ", " → ", " | ")
MAX_NESTING = 20


_YAML_SIDE = ("_Loader", "SafeYAMLHandler", "HANDLER")  # reader/frontmatter_yaml.py, loaded when first asked for


def __getattr__(name: str) -> Any:
    """_Loader, SafeYAMLHandler and HANDLER come from reader/frontmatter_yaml.py on first use: yaml and
    python-frontmatter load only when a file's front matter is parsed (a valid cache or the start-up shelf never)."""
    if name in _YAML_SIDE:
        from reader import frontmatter_yaml

        return getattr(frontmatter_yaml, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _loader() -> Any:
    """The loader the YAML is read with: frontmatter_yaml's, unless one was set here (bench/front_matter.py does)."""
    return globals().get("_Loader") or __getattr__("_Loader")


_QUOTE_ADVICE = 'Sæt citationstegn om værdier med kolon, fx title: "Diskusprolaps: 6 myter".'
_BRACKET_ADVICE = 'Luk parentesen ([ … ] eller { … }), eller sæt citationstegn om værdien, fx title: "[Udkast] Knæ".'
_QUOTE_END_ADVICE = "Afslut citationstegnet på samme linje, eller fjern det."
_LINE_ADVICE = "Skriv linjen som nøgle: værdi, og sæt citationstegn om værdien, hvis den har særlige tegn."


def _advice_for(line: str) -> str:
    """What to do about the YAML error on this line, judged by what the value holds.

    'title: Diskusprolaps: 6 myter' ⇒ the colon advice;  'title: [unclosed' ⇒ the bracket advice
    """
    value = line.split(":", 1)[1].strip() if ":" in line else line.strip()
    if not value:
        return _LINE_ADVICE
    if value[:1] in "[{":
        return _BRACKET_ADVICE
    if value[:1] in "\"'" and (len(value) < 2 or value[-1] != value[0]):
        return _QUOTE_END_ADVICE
    if ": " in value or value.endswith(":"):
        return _QUOTE_ADVICE
    return _LINE_ADVICE
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
        warnings.append(("Der står tomme linjer før den første '---' i metadata (front matter); de er sprunget over.",
                         "Slet de tomme linjer øverst i filen."))
    try:
        raw, body = split_raw(text)
    except ValueError:  # "---" with no end: a thematic break in a file without front matter
        return FrontMatter({}, text)
    lang = opened.group("lang").lower()
    if lang and lang != "yaml":
        warnings.append((f"Metadata (front matter) er skrevet i '{lang}', ikke YAML; den er læst linje for linje.",
                         "Skriv metadata (front matter) som YAML mellem to linjer med ---."))
        return FrontMatter(_lenient(raw), body, warnings)
    if len(raw) > MAX_FRONT_MATTER_CHARS:
        warnings.append(("Metadata (front matter) er usædvanlig lang; kun de første linjer er læst.", "Flyt tekst fra metadata (front matter) ned i artiklen."))
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


_PLAIN_LINE = re.compile(r"(?P<key>[A-Za-z_][A-Za-z0-9_-]*): +(?P<value>[^\s\d:#&*!|>'\"%@`,\[\]{}?~=<.+-][^:#,\[\]{}]*?)"
                         r"|(?P<dkey>[A-Za-z_][A-Za-z0-9_-]*): +(?P<date>\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2})")
# YAML 1.1 reads these plain words as booleans or null, not as text
_YAML_WORDS = frozenset(["y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL"])


def plain_lines(raw: str) -> dict[str, Any] | None:
    """Front matter that is only `key: text` lines, read as YAML reads them, without loading YAML; None for anything
    else (numbers, lists, quotes first, comments, indented or continued lines), which then goes to the YAML parser.

    "lastUpdated: 19/02/2025\nmetaTitle: Nervesmerter – Hvad er det?" ⇒ {"lastUpdated": "19/02/2025", "metaTitle": …}
    "order: 3", "tags: [a, b]", "title: 'Knæ'", "note: ja # kommentar" ⇒ None
    """
    if "\r" in raw or "\t" in raw:
        return None
    data: dict[str, Any] = {}
    for line in raw.split("\n"):
        if not line:
            continue
        match = _PLAIN_LINE.fullmatch(line.rstrip(" "))
        if match is None or not line.isprintable():
            return None
        key = match.group("key") or match.group("dkey")
        value = match.group("value") or match.group("date")
        if key in _YAML_WORDS or value in _YAML_WORDS:
            return None
        data[key] = value
    return data


def _safe_yaml(raw: str) -> tuple[dict[str, Any], Note | None]:
    """Safe YAML with an alias and a nesting limit; never builds objects from tags."""
    if _too_deep(raw):
        return {}, ("Metadata (front matter) er indlejret alt for dybt til at være almindelig metadata; den er læst linje for linje.",
                    "Skriv metadata (front matter) som enkle linjer: nøgle: værdi.")
    simple = plain_lines(raw) if "_Loader" not in globals() else None  # a loader set here is what is timed
    if simple is not None:
        return simple, None
    import yaml  # only here: most files' front matter is plain lines, and a valid cache parses none

    from reader.frontmatter_yaml import HANDLER

    try:
        loaded = HANDLER.load(raw, Loader=_loader())
    except AliasBombError as error:
        return {}, (
            f"Metadata (front matter) bruger {error.count} YAML-henvisninger (aliaser); det ligner et angreb, så den er "
            "læst linje for linje i stedet.", "Skriv værdierne ud i stedet for at bruge * og &."
        )
    except yaml.constructor.ConstructorError:
        return {}, ("Metadata (front matter) indeholder et YAML-mærke (tag), som ikke er tilladt; den er læst linje for linje.",
                    "Fjern det, der begynder med !, fra metadata (front matter).")
    except (yaml.YAMLError, ValueError, RecursionError, TypeError) as error:
        where = ""
        # where the unclosed bracket or quote began (context_mark), else where the parser gave up
        mark = getattr(error, "context_mark", None) or getattr(error, "problem_mark", None)
        if mark is not None:
            where = f" (linje {mark.line + 2})"
        line = raw.splitlines()[mark.line] if mark is not None and mark.line < len(raw.splitlines()) else ""
        return {}, (f"Metadata (front matter) er ikke gyldig YAML{where}; den er læst linje for linje.", _advice_for(line))
    if loaded is None:
        return {}, None
    if not isinstance(loaded, dict):
        return {}, ("Metadata (front matter) er ikke en liste af 'nøgle: værdi'; den er sprunget over.",
                    "Skriv metadata (front matter) som linjer med nøgle: værdi, fx title: Knæsmerter.")
    try:
        return {str(k): v for k, v in loaded.items()}, None
    except (RecursionError, ValueError):
        return {}, ("Metadata (front matter) kunne ikke læses; den er sprunget over.", "Skriv metadata (front matter) som enkle linjer: nøgle: værdi.")


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


def date_shaped(value: Any) -> bool:
    """Whether a value is written as a date (DD/MM/ÅÅÅÅ or ÅÅÅÅ-MM-DD), whether or not that day exists."""
    text = str(value).strip().strip("\"'")
    return bool(_DATE_DMY.match(text) or _DATE_YMD.match(text))
