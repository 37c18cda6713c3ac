"""The search index: its stored tables and derived lookups, and the queries it answers."""

from __future__ import annotations

import time
from array import array
from collections.abc import Callable, Collection, Sequence

from reader import text as da
from reader.articles import Article
from reader.search.build import Elsewhere, Piece
from reader.search.build import build as build_index
from reader.search.hits import Result, make_hit
from reader.search.query import MIN_INFIX, candidates, is_word_part, query_words
from reader.search.ranking import best, totals
from reader.search.suggest import suggestions
from reader.search.tables import STEMS_DUE, IndexTables, term_lookup
from reader.search.update import changes, updated


class SearchIndex(IndexTables):
    """An inverted index of a set of articles, answering typed queries in a few milliseconds."""

    @classmethod
    def build(cls, articles: Sequence[Article], cancelled: Callable[[], bool] | None = None,
              processes: int = 1) -> SearchIndex:
        """Index the articles (a few seconds for 10,000).

        cancelled is asked every 16 articles (it may also wait there, to let other work go first); when it
        says yes, BuildCancelledError is raised (a newer library came in while a background build ran: its
        work would only be thrown away). processes > 1: analysed in that many worker processes (the same
        index; reader.search.parallel), falling back to this thread when they cannot be started.
        """
        index = cls()
        elsewhere: Elsewhere | None = None
        if processes > 1:
            from reader.search.parallel import analyse_in_processes  # multiprocessing: only for a big build

            def elsewhere(texts: list[tuple[str, str | bytes]], cancelled: Callable[[], bool] | None,
                          meanwhile: Callable[[], None]) -> list[Piece] | None:
                return analyse_in_processes(texts, processes, cancelled, meanwhile)

        build_index(index, articles, cancelled, elsewhere)
        index.derive()
        return index

    def updated(self, articles: Sequence[Article], removed: Collection[str] | None = None,
                added: Sequence[Article] | None = None) -> SearchIndex:
        """A new index for these articles made from this one by removing and adding documents (see
        reader.search.update); without removed/added, the changes are found by comparing the articles."""
        if removed is None or added is None:
            removed, added = changes(self, articles)
        index = updated(self, articles, removed, added)
        assert isinstance(index, SearchIndex)
        index.derive()
        return index

    def derive(self) -> None:
        """Lookup tables computed from the stored ones (after building or loading)."""
        self.n_docs = len(self.slugs)
        loose_terms: dict[str, list[int]] = {}
        stem_terms: dict[str, list[int]] = {}
        suffixes: list[tuple[str, int, bool]] = []
        stems = self._stems()
        # Equal strings are held once: most terms are their own loose key and their only spelling, and most stem
        # keys are some term's loose key (10,000 articles: 10,700 of 10,900 terms, 10,300 of 10,800 stem keys).
        keys: list[str] = []
        surfaces = self.surfaces
        for tid, term in enumerate(self.terms):
            k = da.loose(term)
            k = term if k == term else k
            keys.append(k)
            if surfaces[tid] == term and surfaces[tid] is not term:
                surfaces[tid] = term
            loose_terms.setdefault(k, []).append(tid)
            suffixes.append((k, tid, True))
        held = {k: k for k in loose_terms}
        for tid, tid_stems in enumerate(stems):
            for stem_key in tid_stems:
                stem_terms.setdefault(held.get(stem_key, stem_key), []).append(tid)
        # a single id as an int, else a tuple: 20,000 lists grown by append held about 2 MB
        self._loose_terms = term_lookup(loose_terms)
        self._stem_terms = stem_keys = term_lookup(stem_terms)
        for tid, k in enumerate(keys):
            own = set(stems[tid]) if len(k) >= 3 + MIN_INFIX else set()
            for start in range(3, len(k) - MIN_INFIX + 1):
                known = k[:start] not in own and is_word_part(k[:start], self._loose_terms, stem_keys)
                suffixes.append((k[start:], -tid - 1, known))
        suffixes.sort()
        self._suffix_keys = [s for s, _, _ in suffixes]
        self._suffix_terms = array("i", [t for _, t, _ in suffixes])
        self._suffix_known = bytes(known for _, _, known in suffixes)
        self._loose_list = list(self._loose_terms)
        self._short_index = {k: i for i, k in enumerate(self.short_keys)}
        self._word_cache.clear()
        self._sections.clear()

    def _stems(self) -> list[list[str]]:
        """Each term's stem keys (one per spelling): stored with the index, computed here for new terms only
        (stemming every spelling is most of what loading a stored index would cost)."""
        if len(self.term_stems) != len(self.terms):
            self.term_stems = [STEMS_DUE] * len(self.terms)
        for tid, value in enumerate(self.term_stems):
            if value == STEMS_DUE:
                # each spelling's stem and its base words' stems (reader.text.lemma_keys: "knæene" meets "knæ")
                self.term_stems[tid] = "|".join(sorted({k for s in self.surfaces[tid].split("|") if s
                                                        for k in da.lemma_keys(s.lower())}))
        return [value.split("|") if value else [] for value in self.term_stems]

    def candidates(self, word: str, prefix: bool) -> dict[int, float]:
        """The terms a folded query word stands for, each with its match quality."""
        return candidates(self, word, prefix)

    def search(self, text: str, limit: int = 20) -> Result:
        """The best `limit` hits for typed text; never raises on any input."""
        started = time.perf_counter()
        if not isinstance(text, str) or self.n_docs == 0:
            return Result(str(text), (), 0, 0.0)
        words = query_words(self, text)
        total = totals(words, self.n_docs)
        docs, matched = best(total, self.rank, limit)
        hits = tuple(make_hit(self, doc, float(total[doc]), words) for doc in docs)
        return Result(text, hits, matched, (time.perf_counter() - started) * 1000)

    def highlight_pattern(self, text: str) -> str:
        """The regular expression (case-insensitive) for the words a query matched, for the page view."""
        sources = [w.pattern.pattern for w in query_words(self, text) if w.pattern is not None]
        return "|".join(f"(?:{source})" for source in sources)

    def terms_for(self, text: str) -> list[str]:
        """The original spellings of the words a query matched (at most 100)."""
        found_all = [w.found for w in query_words(self, text)]
        ranked = sorted({tid: q for found in found_all for tid, q in found.items()}.items(),
                        key=lambda item: (-item[1], -int(self.doc_freq[item[0]])))
        out: list[str] = []
        for tid, _q in ranked:
            for surface in self.surfaces[tid].split("|"):
                if surface and surface not in out:
                    out.append(surface)
            if len(out) >= 100:
                break
        return out[:100]


    def suggestions(self, text: str, count: int = 3) -> list[str]:
        """Up to `count` close spellings from the articles' words, for a query that found nothing."""
        return suggestions(self, text, count)
