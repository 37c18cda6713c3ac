"""Spelling suggestions: close words from the articles for a query that found nothing."""

from __future__ import annotations

from rapidfuzz.distance import OSA
from rapidfuzz.process import extract

from reader import text as da
from reader.search.tables import IndexTables, term_ids


def suggestions(index: IndexTables, text: str, count: int = 3) -> list[str]:
    """Up to `count` close spellings from the articles' words, for a query that found nothing."""
    words = da.query_words(text)
    if not words:
        return []
    word = max(words, key=len)
    k = da.loose(word)
    if len(k) < 3:
        return []
    # A real near-spelling: one slip (a letter wrong, missing, extra, or two swapped) in a word of up to
    # seven letters ("svimmel" is two from "simpel": no suggestion), one more per four letters after that.
    limit = 1 if len(k) <= 7 else min(4, len(k) // 4)
    found = extract(k, index._loose_list, scorer=OSA.distance, score_cutoff=limit, limit=30)
    ranked = sorted(found, key=lambda f: (f[1], -max(int(index.doc_freq[t]) for t in term_ids(index._loose_terms[f[0]])), f[0]))
    typed = da.tokens(da.clean(text))[: da.MAX_QUERY_WORDS * 2]
    out: list[str] = []
    for loose_term, _distance, _ in ranked:
        tid = max(term_ids(index._loose_terms[loose_term]), key=lambda t: int(index.doc_freq[t]))
        surface = min(index.surfaces[tid].split("|"), key=lambda s: (s != s.lower(), s))
        # the whole query again, with the misspelt word replaced: "nervesmurtur i ben" ⇒ "nervesmerter i ben"
        suggestion = " ".join(surface if da.fold(t) == word else t for t in typed) if word in map(da.fold, typed) else surface
        if suggestion not in out:
            out.append(suggestion)
        if len(out) >= count:
            break
    return out

