"""Ranking: field weights, match qualities, and the order of hits (more matched words first, then score, then title)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

# Field weights: a title hit beats a heading hit beats a body hit, whatever the match quality.
TITLE, HEADING, BODY = 8.0, 3.0, 1.0
# Match quality: exact beats stem beats prefix/compound beats fuzzy.
EXACT, VARIANT, SYNONYM, STEM, PREFIX, COMPOUND, FUZZY1, FUZZY2 = 1.0, 0.95, 0.9, 0.8, 0.6, 0.5, 0.4, 0.3
WORD_BONUS = 100.0  # each matched query word: more matched words always rank above fewer


@dataclass(frozen=True)
class Word:
    """One query word: its score and best-match section per document, its terms and its spelling pattern."""

    word: str
    scores: np.ndarray  # per document
    sections: np.ndarray  # per document: the `##` section of the best match
    found: dict[int, float]
    pattern: re.Pattern[str] | None


def merge(scores: np.ndarray, sections: np.ndarray, docs: np.ndarray, weights: np.ndarray, where: np.ndarray,
          quality: float) -> None:
    """Raise scores[docs] to weights × quality where that is better, and take those postings' sections."""
    values = weights * np.float32(quality)
    better = values > scores[docs]
    if better.all():
        scores[docs] = values
        sections[docs] = where
    elif better.any():
        chosen = docs[better]
        scores[chosen] = values[better]
        sections[chosen] = where[better]


def totals(words: Sequence[Word], n_docs: int) -> np.ndarray:
    """Each document's score for a query: its words' scores, plus WORD_BONUS for every word it matched."""
    total = np.zeros(n_docs, dtype=np.float32)
    for word in words:
        total += word.scores
        total += (word.scores > 0) * np.float32(WORD_BONUS)
    return total


def best(total: np.ndarray, title_rank: np.ndarray, limit: int) -> tuple[list[int], int]:
    """The `limit` best documents by total (ties in Danish title order), and how many matched at all."""
    matched = np.flatnonzero(total)
    limit = max(0, int(limit))
    if len(matched) > limit:
        top = np.argpartition(-total[matched], limit - 1)[:limit] if limit else np.zeros(0, dtype=np.int64)
        threshold = total[matched[top]].min() if limit else np.inf
        chosen = matched[total[matched] >= threshold]  # keep every tie at the cut, ordered below
    else:
        chosen = matched
    order = np.lexsort((title_rank[chosen], -total[chosen]))
    return [int(d) for d in chosen[order][:limit]], len(matched)


def best_section(matched: Sequence[Word], doc: int) -> int:
    """The section most of the matched words were found in (the earliest of a tie)."""
    votes = Counter(int(w.sections[doc]) for w in matched)
    return min(votes, key=lambda n: (-votes[n], n))
