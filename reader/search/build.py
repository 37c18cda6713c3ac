"""Building the search index: the `##` sections of each article, postings over title, headings and body."""

from __future__ import annotations

import math
from array import array
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from reader import text as da
from reader.articles import Article
from reader.collation import by_title
from reader.search.query import SHORT_PREFIX
from reader.search.ranking import BODY, HEADING, TITLE, merge
from reader.search.snippets import TAG
from reader.search.tables import IndexTables
from reader.structure import structure


class BuildCancelledError(Exception):
    """SearchIndex.build stopped because its caller no longer wants the index."""


@dataclass(frozen=True)
class _Part:
    """One `##` section of the Markdown (index 0 is the introduction, possibly empty)."""

    title: str = ""
    anchor: str = ""
    headings: tuple[str, ...] = ()  # the section's own heading and those inside it
    start: int = 0  # where the section's text begins in the body (after its heading)
    end: int = 0  # where it ends (the next `##` heading, or the end of the body)


def split_parts(body: str) -> list[_Part]:
    """The body's `##` sections as reader.structure finds them (setext headings too), with the anchors
    reader.render gives them; `###` and deeper stay inside their section, except the questions of an FAQ
    section: each is a part of its own, so a hit in an answer names its question and its snippet stays in it."""
    parts: list[_Part] = []
    line_starts: list[int] | None = None
    for section in structure(body).sections:
        questions = [h for h in section.headings if h.faq]
        if not questions:
            parts.append(_Part(section.title, section.anchor, tuple(h.text for h in section.headings),
                               section.text_start, section.end))
            continue
        if line_starts is None:
            line_starts = _line_starts(body)
        first = questions[0]
        parts.append(_Part(section.title, section.anchor, tuple(h.text for h in section.headings if h.start < first.start),
                           section.text_start, line_starts[first.start]))
        for question, following in zip(questions, [*questions[1:], None], strict=True):
            end = line_starts[following.start] if following is not None else section.end
            inner = tuple(h.text for h in section.headings
                          if question.start <= h.start and (following is None or h.start < following.start))
            parts.append(_Part(question.text, question.anchor, inner, line_starts[question.end], end))
    return parts


def _line_starts(body: str) -> list[int]:
    """Where each line of body begins (and one past the end), as reader.structure numbers lines."""
    starts = [0]
    for line in body.split("\n"):
        starts.append(min(starts[-1] + len(line) + 1, len(body)))
    return starts


def _counts(text: str) -> Counter[str]:
    counts = Counter(da.tokens(text))
    counts.update(da.joined_hyphenated(text))
    return counts


def fold_term(surface: str, fold_of: dict[str, str]) -> str:
    """The index term of a surface spelling (memoised in fold_of: most words recur in every article)."""
    folded = fold_of.get(surface)
    if folded is None:
        folded = fold_of[surface] = da.fold(surface)[: da.MAX_WORD_CHARS * 2]
    return folded


@dataclass
class DocTerms:
    """One article's postings before they get term ids: each term's weight and first section, its spellings."""

    best: dict[str, float]
    first: dict[str, int]
    surfaces: dict[str, set[str]]  # term ⇒ its spellings in this article, in the order they were met
    parts: list[_Part]


def analyse(article: Article, fold_of: dict[str, str]) -> DocTerms:
    """The terms of one article with their best field weight (title > heading > body) and first section."""
    best: dict[str, float] = {}
    first: dict[str, int] = {}  # term ⇒ the section where it is first found (headings first)
    surfaces: dict[str, set[str]] = {}

    def term(surface: str) -> str:
        folded = fold_term(surface, fold_of)
        surfaces.setdefault(folded, set()).add(surface)
        return folded

    for surface, count in _counts(article.title).items():
        best[term(surface)] = TITLE + 0.15 * math.log1p(count)
    parts = split_parts(article.body)
    for number, part in enumerate(parts):
        if part.headings:
            for surface, count in _counts("\n".join(part.headings)).items():
                t = term(surface)
                first.setdefault(t, number)
                score = HEADING + 0.15 * math.log1p(count)
                if best.get(t, 0.0) < score:
                    best[t] = score
    body_counts: Counter[str] = Counter()
    body_first: dict[str, int] = {}
    for number, part in enumerate(parts):
        counts = _counts(TAG.sub(" ", article.body[part.start:part.end]))
        for surface in counts:
            body_first.setdefault(surface, number)
        body_counts.update(counts)
    for surface, count in body_counts.items():
        t = term(surface)
        first.setdefault(t, body_first[surface])
        score = BODY + 0.15 * math.log1p(count)
        if best.get(t, 0.0) < score:
            best[t] = score
    return DocTerms(best, first, surfaces, parts)


def stamp(article: Article) -> str:
    """An article file's identity for the stored index: path, size and modification time."""
    try:
        info = article.path.stat()
        return f"{article.path}\0{info.st_size}\0{info.st_mtime_ns}"
    except OSError:
        return f"{article.path}\0missing"


def title_order(articles: Sequence[Article]) -> list[Article]:
    """Danish title order (slug for ties): the documents' order in a new index, and the ranking's tie-break."""
    return by_title(articles)


def build(index: IndexTables, articles: Sequence[Article], cancelled: Callable[[], bool] | None = None) -> IndexTables:
    """Fill an empty index with the articles (a few seconds for 10,000); SearchIndex.build says more."""
    ordered = title_order(articles)
    index.slugs = [a.slug for a in ordered]
    index.titles = [a.title for a in ordered]
    index.stamps = [stamp(a) for a in ordered]
    index.rank = np.arange(len(ordered), dtype=np.int32)
    term_ids: dict[str, int] = {}
    fold_of: dict[str, str] = {}
    surfaces: list[set[str]] = []
    # postings grow in C arrays (4 + 4 + 2 bytes each), not lists of Python numbers
    docs: list[array[int]] = []
    weights: list[array[float]] = []
    sections: list[array[int]] = []
    section_starts: list[int] = []
    section_offsets: list[int] = []
    section_ends: list[int] = []
    section_titles: list[str] = []
    section_anchors: list[str] = []

    for doc, article in enumerate(ordered):
        if cancelled is not None and doc % 16 == 0 and cancelled():
            raise BuildCancelledError
        found = analyse(article, fold_of)
        for term, spellings in found.surfaces.items():
            tid = term_ids.get(term)
            if tid is None:
                tid = term_ids[term] = len(term_ids)
                surfaces.append(set())
                docs.append(array("i"))
                weights.append(array("f"))
                sections.append(array("h"))
            surfaces[tid].update(spellings)
        section_starts.append(len(section_offsets))
        for part in found.parts:
            section_offsets.append(part.start)
            section_ends.append(part.end)
            section_titles.append(part.title)
            section_anchors.append(part.anchor)
        for term, score in found.best.items():
            tid = term_ids[term]
            docs[tid].append(doc)
            weights[tid].append(score)
            sections[tid].append(min(found.first.get(term, 0), 32767))

    index.terms = list(term_ids)
    index.surfaces = ["|".join(sorted(s)) for s in surfaces]
    lengths = np.fromiter((len(d) for d in docs), dtype=np.int64, count=len(docs))
    index.doc_freq = lengths.astype(np.int32)
    index.post_off = np.concatenate(([0], np.cumsum(lengths))).astype(np.int64)
    index.post_docs = _joined(docs, np.int32)
    index.post_weight = _joined(weights, np.float32)
    index.post_section = _joined(sections, np.int16)
    index.doc_sections = np.array([*section_starts, len(section_offsets)], dtype=np.int64)
    index.section_offsets = np.array(section_offsets, dtype=np.int64)
    index.section_ends = np.array(section_ends, dtype=np.int64)
    index.section_titles = section_titles
    index.section_anchors = section_anchors
    build_short(index)
    index.attach(ordered)
    return index


def build_short(index: IndexTables) -> None:
    """Merged postings (best weight per document) of every 1- and 2-letter loose prefix."""
    by_prefix: dict[str, list[int]] = {}
    for tid, term in enumerate(index.terms):
        k = da.loose(term)
        for n in range(1, SHORT_PREFIX + 1):
            if len(k) >= n:
                by_prefix.setdefault(k[:n], []).append(tid)
    keys = sorted(by_prefix)
    n_docs = len(index.slugs)
    offsets = [0]
    all_docs: list[np.ndarray] = []
    all_weights: list[np.ndarray] = []
    all_sections: list[np.ndarray] = []
    for prefix in keys:
        dense = np.zeros(n_docs, dtype=np.float32)
        section = np.zeros(n_docs, dtype=np.int16)
        for tid in by_prefix[prefix]:
            merge(dense, section, *index.postings(tid), index.sections_of_term(tid), 1.0)
        nz = np.flatnonzero(dense).astype(np.int32)
        all_docs.append(nz)
        all_weights.append(dense[nz])
        all_sections.append(section[nz])
        offsets.append(offsets[-1] + len(nz))
    index.short_keys = keys
    index.short_off = np.array(offsets, dtype=np.int64)
    index.short_docs = np.concatenate(all_docs) if all_docs else np.zeros(0, dtype=np.int32)
    index.short_weight = np.concatenate(all_weights) if all_weights else np.zeros(0, dtype=np.float32)
    index.short_section = np.concatenate(all_sections) if all_sections else np.zeros(0, dtype=np.int16)

def _joined(arrays: list[array[Any]], dtype: type[np.generic]) -> np.ndarray:
    """Many C arrays as one numpy array of dtype (the item sizes are checked, not assumed)."""
    if arrays and arrays[0].itemsize != np.dtype(dtype).itemsize:
        return np.fromiter((x for a in arrays for x in a), dtype=dtype, count=sum(len(a) for a in arrays))
    return np.frombuffer(b"".join(a.tobytes() for a in arrays), dtype=dtype).copy()

