"""The search index's tables: the stored postings and sections, the lookups derived from them, its caches."""

# The modules that build and read an index (build, query, hits, suggest) work on these tables; SearchIndex
# (index.py) adds the queries on top, so none of them imports the index and the package has no import cycle.

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from reader import text as da
from reader.articles import Article
from reader.search.ranking import Word

STEMS_DUE = "\0"  # a term whose stem keys derive() has still to compute


@dataclass(frozen=True)
class SectionText:
    """A `##` section of a found article as plain text, with its heading and anchor."""

    anchor: str
    title: str
    text: str


class IndexTables:
    """The data of one index; see SearchIndex for what it answers."""

    def __init__(self) -> None:
        self.slugs: list[str] = []
        self.titles: list[str] = []
        self.stored_as = ""  # the key of the stored file this index is (nothing to write), if any
        self.stamps: list[str] = []  # each document's file identity (path, size, mtime): what changed since
        self.rank = np.zeros(0, dtype=np.int32)  # position in Danish title order: the tie-break
        self.terms: list[str] = []  # folded words
        self.surfaces: list[str] = []  # each term's original spellings, "|"-separated
        self.term_stems: list[str] = []  # the stem key of each spelling, "|"-separated (STEMS_DUE: not yet)
        self.doc_freq = np.zeros(0, dtype=np.int32)
        self.post_off = np.zeros(1, dtype=np.int64)
        self.post_docs = np.zeros(0, dtype=np.int32)
        self.post_weight = np.zeros(0, dtype=np.float32)
        self.post_section = np.zeros(0, dtype=np.int16)  # the `##` section of each posting's first match
        self.short_off = np.zeros(1, dtype=np.int64)
        self.short_keys: list[str] = []
        self.short_docs = np.zeros(0, dtype=np.int32)
        self.short_weight = np.zeros(0, dtype=np.float32)
        self.short_section = np.zeros(0, dtype=np.int16)
        self.doc_sections = np.zeros(1, dtype=np.int64)  # per document: its first entry in the section tables
        self.section_offsets = np.zeros(0, dtype=np.int64)  # where each section's text starts in the body
        self.section_ends = np.zeros(0, dtype=np.int64)  # … and where it ends
        self.section_titles: list[str] = []
        self.section_anchors: list[str] = []
        self._articles: dict[str, Article] = {}
        self._synonyms = da.Synonyms()
        # Derived lookups (SearchIndex.derive computes them after building or loading) and caches.
        self.n_docs = 0
        self._loose_terms: dict[str, list[int]] = {}
        self._stem_terms: dict[str, list[int]] = {}
        self._suffix_keys: list[str] = []
        self._suffix_terms: list[int] = []
        self._suffix_known: list[bool] = []
        self._loose_list: list[str] = []
        self._short_index: dict[str, int] = {}
        self._word_cache: OrderedDict[tuple[str, bool], Word] = OrderedDict()
        self._sections: OrderedDict[tuple[int, int], SectionText] = OrderedDict()
        self._slug_doc: dict[str, int] = {}

    def attach(self, articles: Sequence[Article]) -> None:
        """Give the index the articles whose text the snippets come from."""
        self._articles = {a.slug: a for a in articles}
        self._sections.clear()

    def set_synonyms(self, synonyms: da.Synonyms) -> None:
        """Use these spelling variants and lay words when matching."""
        self._synonyms = synonyms
        self._word_cache.clear()

    def postings(self, tid: int) -> tuple[np.ndarray, np.ndarray]:
        start, end = self.post_off[tid], self.post_off[tid + 1]
        return self.post_docs[start:end], self.post_weight[start:end]

    def sections_of_term(self, tid: int) -> np.ndarray:
        return self.post_section[self.post_off[tid]:self.post_off[tid + 1]]
