"""Danish text analysis for search: folding, tokens, stems, stop words, synonyms and loose spellings."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import snowballstemmer

from reader.slug import ascii_fold

MAX_QUERY_CHARS = 200
MAX_QUERY_WORDS = 12
MAX_WORD_CHARS = 40

# A word: letters and digits (any script); hyphens and other punctuation separate words.
WORD = re.compile(r"[^\W_]+")
_HYPHENATED_CHUNK = re.compile(r"(?<![^\W_])[^\W_]+(?:[-‐‑][^\W_]+)+")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")

# Snowball's Danish stop list (snowballstem.org, BSD-3-Clause), without the question words patients type
# to find a section ("hvad", "hvor", "hvornår", "hvordan", "hvorfor", "hvilke", "når"): those stay searchable.
STOP_WORDS: frozenset[str] = frozenset(["og", "i", "jeg", "det", "at", "en", "den", "til", "er", "som", "på", "de", "med", "han", "af", "for", "ikke", "der", "var", "mig", "sig", "men", "et", "har", "om", "vi", "min", "havde", "ham", "hun", "nu", "over", "da", "fra", "du", "ud", "sin", "dem", "os", "op", "man", "hans", "jer", "ind", "mod", "meget", "skal", "blev", "hende", "kunne", "været", "disse", "ved", "dette", "alle", "efter", "hvis", "også", "dig", "eller", "selv", "være", "kan", "ville", "deres", "ham", "jo", "sit", "skulle", "min", "mit", "noget", "nogle", "thi", "hende", "hendes", "mine", "dine", "sine", "vor", "vore", "vores", "ad", "alt", "andet", "anden", "andre", "bliver", "blive", "dog", "end", "hos", "ingen", "mange", "mere", "mit", "nogen", "sådan", "under", "vil"])

_LOOSE = (("aa", "a"), ("ae", "e"), ("oe", "o"))


def fold(text: str) -> str:
    """Lower case, accents removed, æ/ø/å spelled out as ae/oe/aa (the index's exact form).

    "Lænden" ⇒ "laenden";  "RØDE" ⇒ "roede";  "Café" ⇒ "cafe"
    """
    return ascii_fold(text)


def loose(folded: str) -> str:
    """A folded word with æ/ø/å (and their spellings ae/oe/aa) reduced to e/o/a, so every spelling meets.

    "laenden" ⇒ "lenden";  "roede" ⇒ "rode";  "aarsag" ⇒ "arsag"
    """
    for long, short in _LOOSE:
        if long in folded:
            folded = folded.replace(long, short)
    return folded


def key(word: str) -> str:
    """The loose key of any spelling of a word: "Lænden", "laenden" and "lenden" all ⇒ "lenden"."""
    return loose(fold(word))


def clean(text: str, limit: int = MAX_QUERY_CHARS) -> str:
    """Typed text made safe to analyse: NFC, control and direction characters removed, length capped."""
    text = unicodedata.normalize("NFC", text[: limit * 4])
    text = _CONTROL.sub(" ", text)
    return text[:limit]


def tokens(text: str) -> list[str]:
    """The lower-case words of a text, hyphenated words split into their parts.

    "Omega-3 og nerve-rod" ⇒ ["omega", "3", "og", "nerve", "rod"]
    """
    return WORD.findall(text.lower())


def joined_hyphenated(text: str) -> list[str]:
    """Hyphenated words written together, so "nerverod" also finds "nerve-rod".

    "omega-3 og nerve-rod" ⇒ ["omega3", "nerverod"]
    """
    if "-" not in text and "‐" not in text and "‑" not in text:
        return []
    out: list[str] = []
    for chunk in text.lower().split():
        if "-" in chunk or "‐" in chunk or "‑" in chunk:
            for piece in _HYPHENATED_CHUNK.findall(chunk):
                out.append("".join(WORD.findall(piece)))
    return out


_HYPHENS = str.maketrans("", "", "-‐‑")


def index_words(text: str) -> list[str]:
    """What the index counts in a text: tokens(text) followed by joined_hyphenated(text), lowering once
    and with one pattern search over the whole text (the index build's hot path).

    "Omega-3 og nerve-rod" ⇒ ["omega", "3", "og", "nerve", "rod", "omega3", "nerverod"]
    """
    lowered = text.lower()
    words: list[str] = WORD.findall(lowered)
    if "-" in lowered or "‐" in lowered or "‑" in lowered:
        # a hyphenated chunk never spans white space, so the whole text gives what its chunks give
        chunks = _HYPHENATED_CHUNK.findall(lowered)
        if "‐" in lowered or "‑" in lowered:
            words += [chunk.translate(_HYPHENS) for chunk in chunks]
        else:
            words += [chunk.replace("-", "") for chunk in chunks]
    return words


_stemmer = snowballstemmer.stemmer("danish")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball Danish stem of a lower-case word: "nerveglidninger" ⇒ "nerveglidning"."""
    return str(_stemmer.stemWord(word))


_UNFOLD = (("aa", "å"), ("ae", "æ"), ("oe", "ø"))


# Definite and plural endings a patient types, longest first ("knæ|ene", "skuldr|ene", "hænd|erne").
_ENDINGS = ("ernes", "enes", "erne", "ene", "ens", "ets", "en", "et", "er", "ne", "e", "s")
_MIN_BASE = 3
# Plurals with another vowel, and forms that drop a letter, as the base word's stem ("hænd" ⇒ "hånd").
_IRREGULAR = {"hænd": "hånd", "tænd": "tand", "fødd": "fod", "mænd": "mand", "tæ": "tå", "øjn": "øje",
              "børn": "barn", "negl": "negl", "bønd": "bonde", "kløer": "klo"}
_SYNCOPE_ENDS = ("dr", "gr", "kr", "tr", "br", "pr", "vr", "kl", "gl", "dl", "pl", "bl", "tl", "vl", "sl", "fl")


def inflection_bases(word: str) -> set[str]:
    """The base words a Danish definite or plural form may be: Snowball stems the base and its forms
    differently ("knæ" ⇒ "knæ" but "knæene" ⇒ "knæen"), so both sides of a search also try these.

    "knæene" ⇒ {"knæ", …};  "skuldrene" ⇒ {"skulder", …};  "iskiassen" ⇒ {"iskias", …};
    "hænderne" ⇒ {"hånd", …};  "nakken" ⇒ {"nakke", "nak", …}
    """
    bases: set[str] = set()
    for ending in _ENDINGS:
        if not word.endswith(ending) or len(word) - len(ending) < _MIN_BASE - 1:
            continue
        base = word[: -len(ending)]
        found = {base}
        if len(base) >= 3 and base[-1] == base[-2] and base[-1] not in "aeiouyæøå":
            found.add(base[:-1])  # "iskiass" ⇒ "iskias", "nakk" ⇒ "nak"
        if base.endswith(_SYNCOPE_ENDS):
            found.add(base[:-1] + "e" + base[-1])  # "skuldr" ⇒ "skulder", "muskl" ⇒ "muskel"
        if base in _IRREGULAR:
            found.add(_IRREGULAR[base])
        if ending in ("en", "ne", "et", "ens") and base[-1] not in "aeiouyæøå":
            found.add(base + "e")  # "nakken" ⇒ "nakke", "øjne" ⇒ "øje"
        bases.update(b for b in found if len(b) >= _MIN_BASE or b in _IRREGULAR.values())
    bases.discard(word)
    return bases


@lru_cache(maxsize=65536)
def lemma_keys(word: str) -> frozenset[str]:
    """Loose keys of a lower-case word's stem and of its possible base words' stems: the index files
    each word under these and a query word looks them up, so inflected forms meet their base word."""
    return frozenset({key(stem(word))} | {key(stem(base)) for base in inflection_bases(word)})


def stem_keys(word: str) -> set[str]:
    """Loose keys of the stems (and base words) of a typed word, also read with ae/oe/aa as æ/ø/å.

    "nerveglidninger" ⇒ {"nerveglidning", …};  "laenden" ⇒ {"lend", …} (as "lænden" ⇒ "lænd")
    """
    lowered = word.lower()
    keys = set(lemma_keys(lowered))
    danish = lowered
    for spelled, letter in _UNFOLD:
        danish = danish.replace(spelled, letter)
    if danish != lowered:
        keys.update(lemma_keys(danish))
    return keys


def query_words(text: str) -> list[str]:
    """The folded words of a query: cleaned, hyphens and spaces alike, stop words dropped (unless that
    leaves nothing), at most MAX_QUERY_WORDS words of at most MAX_WORD_CHARS letters.

    "Hvad er iskias?" ⇒ ["hvad", "iskias"];  "omega-3" ⇒ ["omega", "3"];  "og" ⇒ ["og"]
    """
    words = [w[:MAX_WORD_CHARS] for w in tokens(clean(text))]
    kept = [w for w in words if w not in STOP_WORDS] or words
    folded: list[str] = []
    for word in kept:
        f = fold(word)
        if f and f not in folded:
            folded.append(f)
    return folded[:MAX_QUERY_WORDS]


def ends_in_word(text: str) -> bool:
    """Whether the user is still typing the last word (no space or punctuation after it)."""
    return bool(text) and bool(WORD.fullmatch(text[-1]))


class Synonyms:
    """Groups of words that find each other: spelling variants and lay words (ischias ~ iskias).

    A file has one group a line, words separated by `=` or `,`; `#` starts a comment:
        ischias = iskias
        hekseskud = lumbago   # lay word
    """

    def __init__(self, groups: Iterable[Iterable[str]] = ()) -> None:
        self._by_key: dict[str, set[str]] = {}
        for group in groups:
            self.add(group)

    def add(self, group: Iterable[str]) -> None:
        words = {fold(w.strip()) for w in group if w.strip() and len(tokens(w)) == 1}
        words.discard("")
        if len(words) < 2:
            return
        merged = set(words)
        for word in words:
            merged |= self._by_key.get(loose(word), set())
        for word in merged:
            self._by_key[loose(word)] = merged

    def alternatives(self, folded: str) -> set[str]:
        """The other words of the word's group (folded), or nothing."""
        group = self._by_key.get(loose(folded))
        return {w for w in group if loose(w) != loose(folded)} if group else set()

    def __len__(self) -> int:
        return len(self._by_key)

    @classmethod
    def parse(cls, text: str) -> Synonyms:
        synonyms = cls()
        for group in parse_groups(text):
            synonyms.add(group)
        return synonyms

    @classmethod
    def load(cls, paths: Iterable[Path]) -> Synonyms:
        """Groups from every file that exists and can be read (the bundled list, then the clinic's)."""
        synonyms = cls()
        for path in paths:
            try:
                text = path.read_text(encoding="utf-8", errors="replace")
            except OSError:
                continue
            for group in parse_groups(text[:1_000_000]):
                synonyms.add(group)
        return synonyms


def parse_groups(text: str) -> Iterator[list[str]]:
    """The groups of a synonym file: "ischias = iskias # x" ⇒ ["ischias", "iskias"]."""
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            yield [part for part in re.split(r"[=,;]", line) if part.strip()]


# Original spellings of each loose letter, for finding a folded word in the original text.
_SPELLINGS = {
    "a": "(?:aa|å|[aáàâäãā])",
    "e": "(?:ae|æ|[eéèêëē])",
    "o": "(?:oe|ø|[oóòôöõō])",
    "i": "[iíìîï]",
    "u": "[uúùûü]",
    "y": "[yýÿü]",
    "c": "[cç]",
    "n": "[nñ]",
}


def spelling_pattern(loose_word: str) -> str:
    """A regular expression (case-insensitive use) for every original spelling of a loose word.

    "lend" matches "lænd", "laend", "lend";  "rod" matches "rød", "roed", "rod"
    """
    return "".join(_SPELLINGS.get(ch) or re.escape(ch) for ch in loose_word)
