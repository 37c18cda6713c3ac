"""The search index's tables: the stored postings and sections, the lookups derived from them, its caches."""

# The modules that build and read an index (build, query, hits, suggest) work on these tables; SearchIndex
# (index.py) adds the queries on top, so none of them imports the index and the package has no import cycle.

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import overload

import numpy as np

from reader import text as da
from reader.articles import Article
from reader.search.ranking import Word

STEMS_DUE = "\0"  # a term whose stem keys derive() has still to compute


def doc_ids(values: np.ndarray) -> np.ndarray:
    """Document ids in the smallest type that holds them: uint16 up to 65,535 documents, else int32."""
    values = np.asarray(values)
    if values.dtype == np.uint16:
        return values
    if len(values) == 0 or (int(values.min()) >= 0 and int(values.max()) <= 0xFFFF):
        return values.astype(np.uint16)
    return values.astype(np.int32)


def section_numbers(values: np.ndarray) -> np.ndarray:
    """Section numbers in the smallest type that holds them: uint8 up to 255 sections, else int16."""
    values = np.asarray(values)
    if values.dtype == np.uint8:
        return values
    if len(values) == 0 or (int(values.min()) >= 0 and int(values.max()) <= 0xFF):
        return values.astype(np.uint8)
    return values.astype(np.int16)


def code_type(table_size: int) -> type[np.unsignedinteger]:
    """The smallest unsigned type whose values index a table of this size."""
    return np.uint8 if table_size <= 1 << 8 else np.uint16 if table_size <= 1 << 16 else np.uint32


def encode(values: np.ndarray, table: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Float32 values as codes into a table of distinct values, and the table (the given one with the values it
    lacked appended: codes into it stay valid). table[codes] gives the values back bit for bit.

    A posting's weight is a field weight plus 0.15 · log1p(its count), so an index has a few dozen distinct
    weights: a byte per posting instead of four."""
    values = np.asarray(values, dtype=np.float32)
    table = np.asarray(table, dtype=np.float32)
    for _ in range(16):  # each pass adds the distinct values of a sample of the ones still missing
        order = np.argsort(table, kind="stable")
        known = table[order]
        if len(known):
            at = np.minimum(np.searchsorted(known, values), len(known) - 1)
            missing = values[known[at] != values]
        else:
            at, missing = np.zeros(len(values), dtype=np.intp), values
        if len(missing) == 0:
            return order[at].astype(code_type(len(table))), table
        extra = np.unique(missing[::max(1, len(missing) // 65536)])
        if np.isnan(extra).any():
            raise ValueError("a weight is not a number")
        table = np.concatenate((table, extra))
    raise ValueError("too many distinct weights")  # pragma: no cover - a handful of passes is always enough


@dataclass(frozen=True)
class SectionText:
    """A `##` section of a found article as plain text, with its heading and anchor."""

    anchor: str
    title: str
    text: str


def packed_strings(values: Iterable[str]) -> np.ndarray:
    """Strings as one UTF-8 array, "\n"-separated (a newline inside one becomes a space)."""
    # surrogateescape: a file name that is not UTF-8 (its stamp holds the path) survives the round trip
    return np.frombuffer("\n".join(v.replace("\n", " ") for v in values).encode("utf-8", "surrogateescape"),
                         dtype=np.uint8)


def unpacked_strings(array: np.ndarray, count: int) -> list[str]:
    """The strings of packed_strings (ValueError: not `count` of them)."""
    values = bytes(array.astype(np.uint8)).decode("utf-8", "surrogateescape").split("\n") if count else []
    if len(values) != count:
        raise ValueError("string table has the wrong length")
    return values


class SharedStrings(Sequence[str]):
    """A list of strings that repeat (section headings and anchors: "Behandling", "Hvornår skal du søge læge?"), each
    distinct one held once and each item a 2-byte code: 65,000 sections' references alone were 0.5 MB a list."""

    __slots__ = ("_codes", "_table")

    def __init__(self, values: Iterable[str] = ()) -> None:
        position: dict[str, int] = {}
        table: list[str] = []
        codes = array("I")
        for value in values:
            code = position.get(value)
            if code is None:
                code = position[value] = len(table)
                table.append(value)
            codes.append(code)
        self._table = table
        self._codes = array("H", codes) if len(table) <= 1 << 16 else codes

    def __len__(self) -> int:
        return len(self._codes)

    @overload
    def __getitem__(self, i: int) -> str: ...

    @overload
    def __getitem__(self, i: slice) -> list[str]: ...

    def __getitem__(self, i: int | slice) -> str | list[str]:
        if isinstance(i, slice):
            return [self._table[c] for c in self._codes[i]]
        return self._table[self._codes[i]]

    def __iter__(self) -> Iterator[str]:
        return map(self._table.__getitem__, self._codes)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, SharedStrings | list | tuple):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # a list's equality, a list's unhashability

    def __repr__(self) -> str:
        return f"SharedStrings({list(self)!r})"


TermIds = int | tuple[int, ...]  # one term id as itself (most keys have one: no tuple of 48 bytes), else a tuple


def term_ids(value: TermIds | None) -> tuple[int, ...]:
    """The term ids a lookup holds (none for None)."""
    if value is None:
        return ()
    return (value,) if isinstance(value, int) else value


def term_lookup(found: dict[str, list[int]]) -> dict[str, TermIds]:
    """The lookup of keys to term ids in its compact form."""
    return {k: tids[0] if len(tids) == 1 else tuple(tids) for k, tids in found.items()}


def _offsets(values: np.ndarray) -> np.ndarray:
    """Character offsets in one article's body: int32."""
    return np.asarray(values).astype(np.int32, copy=False)


class _Column:
    """An index column kept in its small type whatever is assigned: convert runs on every assignment."""

    def __init__(self, convert: Callable[[np.ndarray], np.ndarray]) -> None:
        self._convert = convert
        self._attribute = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._attribute = f"_{name}"

    @overload
    def __get__(self, tables: None, owner: type | None = None) -> _Column: ...
    @overload
    def __get__(self, tables: object, owner: type | None = None) -> np.ndarray: ...
    def __get__(self, tables: object | None, owner: type | None = None) -> np.ndarray | _Column:
        if tables is None:  # read on the class, as a property gives itself
            return self
        column: np.ndarray = getattr(tables, self._attribute)
        return column

    def __set__(self, tables: object, values: np.ndarray) -> None:
        setattr(tables, self._attribute, self._convert(values))


class _Weights:
    """Posting weights held as byte codes into the tables' `weights` (the distinct values): decoded when read,
    encoded when assigned (the table grows by the values it lacked)."""

    def __init__(self, codes: str, doc: str) -> None:
        self._codes = codes
        self.__doc__ = doc

    @overload
    def __get__(self, tables: None, owner: type | None = None) -> _Weights: ...
    @overload
    def __get__(self, tables: IndexTables, owner: type | None = None) -> np.ndarray: ...
    def __get__(self, tables: IndexTables | None, owner: type | None = None) -> np.ndarray | _Weights:
        if tables is None:
            return self
        weights: np.ndarray = tables.weights[getattr(tables, self._codes)]
        return weights

    def __set__(self, tables: IndexTables, values: np.ndarray) -> None:
        codes, tables.weights = encode(values, tables.weights)
        setattr(tables, self._codes, codes)


class IndexTables:
    """The data of one index; see SearchIndex for what it answers."""

    def __init__(self) -> None:
        self.slugs: list[str] = []
        self.titles: list[str] = []
        self.stored_as = ""  # the key of the stored file this index is (nothing to write), if any
        self._stamps: list[str] = []  # each document's file identity (path, size, mtime): what changed since
        self._packed_stamps: tuple[np.ndarray, int] | None = None  # … as read from the store, until asked for
        self.rank = np.zeros(0, dtype=np.int32)  # position in Danish title order: the tie-break
        self.terms: list[str] = []  # folded words
        self.surfaces: list[str] = []  # each term's original spellings, "|"-separated
        self.term_stems: list[str] = []  # the stem key of each spelling, "|"-separated (STEMS_DUE: not yet)
        self.doc_freq = np.zeros(0, dtype=np.int32)
        # The postings, grouped by term: documents (doc_ids), weights as codes into `weights` (the distinct
        # weights; post_weight decodes them), the `##` section of each posting's first match (section_numbers).
        self.weights = np.zeros(0, dtype=np.float32)
        self.post_off = np.zeros(1, dtype=np.int64)
        self._post_docs = np.zeros(0, dtype=np.uint16)
        self.post_codes = np.zeros(0, dtype=np.uint8)
        self._post_section = np.zeros(0, dtype=np.uint8)
        # … and the same merged per 1- and 2-letter prefix (build.build_short)
        self.short_off = np.zeros(1, dtype=np.int64)
        self.short_keys: list[str] = []
        self._short_docs = np.zeros(0, dtype=np.uint16)
        self.short_codes = np.zeros(0, dtype=np.uint8)
        self._short_section = np.zeros(0, dtype=np.uint8)
        self.doc_sections = np.zeros(1, dtype=np.int64)  # per document: its first entry in the section tables
        self._section_offsets = np.zeros(0, dtype=np.int32)  # where each section's text starts in the body
        self._section_ends = np.zeros(0, dtype=np.int32)  # … and where it ends
        self._section_titles = SharedStrings()
        self._section_anchors = SharedStrings()
        self._articles: dict[str, Article] = {}
        self._synonyms = da.Synonyms()
        # Derived lookups (SearchIndex.derive computes them after building or loading) and caches.
        self.n_docs = 0
        self._loose_terms: dict[str, TermIds] = {}  # folded loose key ⇒ its terms (see term_ids)
        self._stem_terms: dict[str, TermIds] = {}  # stem key ⇒ its terms
        self._suffix_keys: list[str] = []
        self._suffix_terms: array[int] = array("i")  # tid (a prefix), or -tid - 1 (a suffix after start letters)
        self._suffix_known: bytes = b""  # per suffix: 1 when the letters before it are a word of their own
        self._loose_list: list[str] = []
        self._short_index: dict[str, int] = {}
        self._word_cache: OrderedDict[tuple[str, bool], Word] = OrderedDict()
        self._sections: OrderedDict[tuple[int, int], SectionText] = OrderedDict()

    def attach(self, articles: Sequence[Article]) -> None:
        """Give the index the articles whose text the snippets come from (and hold their slug and title strings
        instead of its own equal copies: an index read from the store has 10,000 of each)."""
        self._articles = {a.slug: a for a in articles}
        self._sections.clear()
        for doc, (slug, title) in enumerate(zip(self.slugs, self.titles, strict=True)):
            article = self._articles.get(slug)
            if article is not None:
                self.slugs[doc] = article.slug
                if article.title == title:
                    self.titles[doc] = article.title

    @property
    def stamps(self) -> list[str]:
        """Each document's file identity (reader.search.build.stamp): only an update from the store and saving
        ask for them, so a loaded index keeps them packed until then."""
        if self._packed_stamps is not None:
            packed, count = self._packed_stamps
            self._packed_stamps = None
            self._stamps = unpacked_strings(packed, count)
        return self._stamps

    @stamps.setter
    def stamps(self, values: list[str]) -> None:
        self._packed_stamps = None
        self._stamps = values

    def keep_packed_stamps(self, packed: np.ndarray, count: int) -> None:
        """The stamps as the store holds them (packed_strings), unpacked when first asked for."""
        if count != (int(np.count_nonzero(packed == 10)) + 1 if count else 0) or (not count and len(packed)):
            raise ValueError("string table has the wrong length")
        self._stamps = []
        self._packed_stamps = (packed, count)

    def set_synonyms(self, synonyms: da.Synonyms) -> None:
        """Use these spelling variants and lay words when matching."""
        self._synonyms = synonyms
        self._word_cache.clear()

    # The columns are kept in their small types whatever is assigned (a build gives int32, float32 and int16).
    post_docs = _Column(doc_ids)
    post_weight = _Weights("post_codes", "Every posting's weight (float32; decoded: kept as post_codes).")
    post_section = _Column(section_numbers)
    short_docs = _Column(doc_ids)
    short_weight = _Weights("short_codes", "Every short-prefix posting's weight (float32; decoded: kept as short_codes).")
    short_section = _Column(section_numbers)
    section_offsets = _Column(_offsets)  # where each section's text starts in one article's body
    section_ends = _Column(_offsets)

    @property
    def section_titles(self) -> Sequence[str]:
        """Each section's heading (SharedStrings, whatever sequence is assigned)."""
        return self._section_titles

    @section_titles.setter
    def section_titles(self, values: Sequence[str]) -> None:
        self._section_titles = values if isinstance(values, SharedStrings) else SharedStrings(values)

    @property
    def section_anchors(self) -> Sequence[str]:
        """Each section's anchor in the rendered page (SharedStrings)."""
        return self._section_anchors

    @section_anchors.setter
    def section_anchors(self, values: Sequence[str]) -> None:
        self._section_anchors = values if isinstance(values, SharedStrings) else SharedStrings(values)

    def postings(self, tid: int) -> tuple[np.ndarray, np.ndarray]:
        start, end = self.post_off[tid], self.post_off[tid + 1]
        return self.post_docs[start:end], self.weights[self.post_codes[start:end]]

    def sections_of_term(self, tid: int) -> np.ndarray:
        return self.post_section[self.post_off[tid]:self.post_off[tid + 1]]
