"""Query analysis: the index terms a typed word stands for, with their match quality and spelling pattern."""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
from rapidfuzz.distance import Levenshtein
from rapidfuzz.process import extract

from reader import text as da
from reader.search.ranking import COMPOUND, EXACT, FUZZY1, FUZZY2, PREFIX, STEM, SYNONYM, VARIANT, Word, merge
from reader.search.tables import IndexTables, TermIds, term_ids

MIN_INFIX = 4  # a query word must have this many letters to match inside a compound after a known word
MIN_INFIX_UNKNOWN = 6  # … and this many after a part that is no word of its own ("disk|usprolaps")
MAX_EXPANSION = 200  # terms one typed prefix may stand for (the commonest are kept)
SHORT_PREFIX = 2  # prefixes this short use merged postings made at build time


def candidates(index: IndexTables, word: str, prefix: bool) -> dict[int, float]:
    """The terms a folded query word stands for, each with its match quality."""
    found: dict[int, float] = {}

    def add(tids: Sequence[int] | None, quality: float) -> None:
        for tid in tids or ():
            if found.get(tid, 0.0) < quality:
                found[tid] = quality

    k = da.loose(word)
    if not k:
        return found
    for tid in term_ids(index._loose_terms.get(k)):
        add((tid,), EXACT if index.terms[tid] == word else VARIANT)
    for alternative in index._synonyms.alternatives(word):
        add(term_ids(index._loose_terms.get(da.loose(alternative))), SYNONYM)
    for stem_key in da.stem_keys(word):
        add(term_ids(index._stem_terms.get(stem_key)), STEM)
    if prefix or len(k) >= MIN_INFIX:
        start = bisect.bisect_left(index._suffix_keys, k)
        end = bisect.bisect_left(index._suffix_keys, k + "\U0010ffff", start)
        expansion: dict[int, float] = {}
        for i in range(start, end):
            t = index._suffix_terms[i]
            if t >= 0:
                if prefix and (len(k) > SHORT_PREFIX or index.terms[t] == word):
                    expansion[t] = max(expansion.get(t, 0.0), PREFIX)
            elif len(k) >= MIN_INFIX_UNKNOWN or (len(k) >= MIN_INFIX and index._suffix_known[i]):
                expansion.setdefault(-t - 1, COMPOUND)
        if len(expansion) > MAX_EXPANSION:
            keep = sorted(expansion, key=lambda t: -int(index.doc_freq[t]))[:MAX_EXPANSION]
            expansion = {t: expansion[t] for t in keep}
        for tid, quality in expansion.items():
            add((tid,), quality)
    if not found and len(k) >= 5:
        limit = 2 if len(k) >= 8 else 1
        for loose_term, distance, _ in extract(k, index._loose_list, scorer=Levenshtein.distance,
                                               score_cutoff=limit, limit=50):
            add(term_ids(index._loose_terms[loose_term]), FUZZY1 if distance <= 1 else FUZZY2)
    return found


def word_scores(index: IndexTables, word: str, prefix: bool) -> Word:
    """A query word's scores over every document, its matched terms and its spelling pattern (cached:
    while typing, only the last word is new)."""
    cache_key = (word, prefix)
    cached = index._word_cache.get(cache_key)
    if cached is not None:
        index._word_cache.move_to_end(cache_key)
        return cached
    found = candidates(index, word, prefix)
    scores = np.zeros(index.n_docs, dtype=np.float32)
    sections = np.zeros(index.n_docs, dtype=np.int16)
    k = da.loose(word)
    if prefix and 0 < len(k) <= SHORT_PREFIX and k in index._short_index:
        i = index._short_index[k]
        start, end = index.short_off[i], index.short_off[i + 1]
        docs = index.short_docs[start:end]
        scores[docs] = index.weights[index.short_codes[start:end]] * PREFIX
        sections[docs] = index.short_section[start:end]
    for tid, quality in found.items():
        d, w = index.postings(tid)
        if len(d):
            merge(scores, sections, d, w, index.sections_of_term(tid), quality)
    result = Word(word, scores, sections, found, _word_pattern(index, k, found))
    index._word_cache[cache_key] = result
    if len(index._word_cache) > 64:
        index._word_cache.popitem(last=False)
    return result


def _word_pattern(index: IndexTables, k: str, found: dict[int, float]) -> re.Pattern[str] | None:
    """Every spelling of one query word in the original text: its own spellings as a prefix, plus the
    stems, compounds, synonyms and typos that matched it."""
    if not k:
        return None
    parts = [da.spelling_pattern(k) + r"[^\W_]*"]
    extra = sorted({s for tid, q in found.items() if q not in (EXACT, VARIANT, PREFIX)
                    for s in index.surfaces[tid].split("|") if s}, key=len, reverse=True)[:80]
    parts.extend(re.escape(s) for s in extra)
    return _compile(r"(?<![^\W_])(?:" + "|".join(parts) + r")(?![^\W_])")


def query_words(index: IndexTables, text: str) -> list[Word]:
    """The scored words of typed text; the last one is a prefix while it is being typed."""
    words = da.query_words(text)
    typing = da.ends_in_word(da.clean(text))
    return [word_scores(index, word, prefix=(typing and i == len(words) - 1) or len(word) >= 3)
            for i, word in enumerate(words)]


@lru_cache(maxsize=256)
def _compile(source: str) -> re.Pattern[str]:
    return re.compile(source, re.IGNORECASE)


def is_word_part(part: str, words: Mapping[str, TermIds | Sequence[int]],
                 stems: Mapping[str, TermIds | Sequence[int]]) -> bool:
    """Whether a compound could start with part: a word or stem of its own, maybe with a linking s or e.

    "diskus" (of "diskusprolaps"), "nerve" (of "nerveglidninger"), "lende" (of "lændesmerter") ⇒ True;
    "smertesti" (of "smertestillende") ⇒ False
    """
    for candidate in (part, part[:-1] if part[-1:] in "se" else ""):
        if len(candidate) >= 3 and (candidate in words or candidate in stems):
            return True
    return False


def default_synonym_files() -> list[Path]:
    """The bundled synonym list, then the clinic's own (in the data folder), which adds to it."""
    from reader.paths import data_dir
    from reader.resources import resource_path

    return [resource_path("search/synonymer.txt"), data_dir() / "synonymer.txt"]


