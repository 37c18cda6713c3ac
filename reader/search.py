"""The search index: postings over title, headings and body, Danish-aware matching, ranking and snippets."""

from __future__ import annotations

import bisect
import hashlib
import html
import math
import re
import time
from array import array
from collections import Counter, OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

import numpy as np
from rapidfuzz.distance import Levenshtein
from rapidfuzz.process import extract

from reader import atomic
from reader import text as da
from reader.articles import Article
from reader.slug import danish_sort_key
from reader.structure import structure

INDEX_VERSION = 6  # 6: sections from reader.structure (setext headings too), with their ends

# Field weights: a title hit beats a heading hit beats a body hit, whatever the match quality.
TITLE, HEADING, BODY = 8.0, 3.0, 1.0
# Match quality: exact beats stem beats prefix/compound beats fuzzy.
EXACT, VARIANT, SYNONYM, STEM, PREFIX, COMPOUND, FUZZY1, FUZZY2 = 1.0, 0.95, 0.9, 0.8, 0.6, 0.5, 0.4, 0.3
WORD_BONUS = 100.0  # each matched query word: more matched words always rank above fewer
MIN_INFIX = 4  # a query word must have this many letters to match inside a compound after a known word
MIN_INFIX_UNKNOWN = 6  # … and this many after a part that is no word of its own ("disk|usprolaps")
MAX_EXPANSION = 200  # terms one typed prefix may stand for (the commonest are kept)
SHORT_PREFIX = 2  # prefixes this short use merged postings made at build time

_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_TAG = re.compile(r"<[^>]{0,500}>")
_MARKUP = re.compile(r"[*_`>|]+|^\s*#{1,6}\s+|^\s*[-+]\s+|^\s*\d+\.\s+|-{3,}|:-+:?", re.MULTILINE)
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Hit:
    """One article found: its score, the `##` section of the best match and a snippet (escaped HTML,
    matched words in <b>)."""

    slug: str
    title: str
    score: float
    section: str
    anchor: str
    snippet: str

    def as_json(self) -> dict[str, object]:
        return {"slug": self.slug, "title": self.title, "score": round(self.score, 3), "section": self.section,
                "snippet": self.snippet}


@dataclass(frozen=True)
class Result:
    """The answer to one query: the best hits, how many articles matched, and the time it took."""

    query: str
    hits: tuple[Hit, ...]
    total: int
    took_ms: float


@dataclass(frozen=True)
class _Word:
    word: str
    scores: np.ndarray  # per document
    sections: np.ndarray  # per document: the `##` section of the best match
    found: dict[int, float]
    pattern: re.Pattern[str] | None


@dataclass(frozen=True)
class _Section:
    anchor: str
    title: str
    text: str


_LINE_START = re.compile(r"(?:#{1,6}|[-+]|\d+\.)[ \t]+")
_RULE = re.compile(r":?-{2,}:?")


def plain(markdown: str) -> str:
    """Markdown as plain words for snippets: links, tags and markup characters dropped.

    "## Om **knæ**\n- [se her](x.md) <b>nu</b>" ⇒ "Om knæ se her nu"
    """
    text = _LINK.sub(r"\1", markdown) if "](" in markdown else markdown
    if "<" in text:
        text = _TAG.sub(" ", text)
    for mark in "*_`>|":
        if mark in text:
            text = text.replace(mark, " ")
    lines: list[str] = []
    for line in text.split("\n"):
        line = line.lstrip(" \t")
        if line[:1] in ("#", "-", "+") or line[:1].isdigit():
            line = _LINE_START.sub("", line, count=1) if _LINE_START.match(line) else line
        lines.append(line)
    text = " ".join(lines)
    if "--" in text:
        text = _RULE.sub(" ", text)
    return " ".join(text.split())


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
    reader.render gives them; `###` and deeper stay inside their section."""
    return [_Part(s.title, s.anchor, tuple(h.text for h in s.headings), s.text_start, s.end)
            for s in structure(body).sections]


def _counts(text: str) -> Counter[str]:
    counts = Counter(da.tokens(text))
    counts.update(da.joined_hyphenated(text))
    return counts


class BuildCancelledError(Exception):
    """SearchIndex.build stopped because its caller no longer wants the index."""


class SearchIndex:
    """An inverted index of a set of articles, answering typed queries in a few milliseconds."""

    def __init__(self) -> None:
        self.slugs: list[str] = []
        self.titles: list[str] = []
        self.rank = np.zeros(0, dtype=np.int32)  # position in Danish title order: the tie-break
        self.terms: list[str] = []  # folded words
        self.surfaces: list[str] = []  # each term's original spellings, "|"-separated
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
        self._derive()

    # --- building ------------------------------------------------------------------------

    @classmethod
    def build(cls, articles: Sequence[Article], cancelled: Callable[[], bool] | None = None) -> SearchIndex:
        """Index the articles (a few seconds for 10,000).

        cancelled is asked every 16 articles (it may also wait there, to let other work go first); when it says yes, BuildCancelledError is raised (a newer library came
        in while a background build ran: its work would only be thrown away).
        """
        index = cls()
        ordered = sorted(articles, key=lambda a: (danish_sort_key(a.title), a.slug))
        index.slugs = [a.slug for a in ordered]
        index.titles = [a.title for a in ordered]
        index.rank = np.arange(len(ordered), dtype=np.int32)
        term_ids: dict[str, int] = {}
        surface_of: dict[str, int] = {}  # lower-case original ⇒ term id
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

        def term_id(surface: str) -> int:
            tid = surface_of.get(surface)
            if tid is None:
                folded = da.fold(surface)[: da.MAX_WORD_CHARS * 2]
                tid = term_ids.get(folded)
                if tid is None:
                    tid = term_ids[folded] = len(term_ids)
                    surfaces.append(set())
                    docs.append(array("i"))
                    weights.append(array("f"))
                    sections.append(array("h"))
                surfaces[tid].add(surface)
                surface_of[surface] = tid
            return tid

        for doc, article in enumerate(ordered):
            if cancelled is not None and doc % 16 == 0 and cancelled():
                raise BuildCancelledError
            best: dict[int, float] = {}
            first: dict[int, int] = {}  # term ⇒ the section where it is first found (headings first)
            for surface, count in _counts(article.title).items():
                best[term_id(surface)] = TITLE + 0.15 * math.log1p(count)
            parts = split_parts(article.body)
            section_starts.append(len(section_offsets))
            for part in parts:
                section_offsets.append(part.start)
                section_ends.append(part.end)
                section_titles.append(part.title)
                section_anchors.append(part.anchor)
            for number, part in enumerate(parts):
                if part.headings:
                    for surface, count in _counts("\n".join(part.headings)).items():
                        tid = term_id(surface)
                        first.setdefault(tid, number)
                        score = HEADING + 0.15 * math.log1p(count)
                        if best.get(tid, 0.0) < score:
                            best[tid] = score
            body_counts: Counter[str] = Counter()
            body_first: dict[str, int] = {}
            for number, part in enumerate(parts):
                counts = _counts(_TAG.sub(" ", article.body[part.start:part.end]))
                for surface in counts:
                    body_first.setdefault(surface, number)
                body_counts.update(counts)
            for surface, count in body_counts.items():
                tid = term_id(surface)
                first.setdefault(tid, body_first[surface])
                score = BODY + 0.15 * math.log1p(count)
                if best.get(tid, 0.0) < score:
                    best[tid] = score
            for tid, score in best.items():
                docs[tid].append(doc)
                weights[tid].append(score)
                sections[tid].append(min(first.get(tid, 0), 32767))

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
        index._build_short()
        index._derive()
        index.attach(ordered)
        return index

    def _build_short(self) -> None:
        """Merged postings (best weight per document) of every 1- and 2-letter loose prefix."""
        by_prefix: dict[str, list[int]] = {}
        for tid, term in enumerate(self.terms):
            k = da.loose(term)
            for n in range(1, SHORT_PREFIX + 1):
                if len(k) >= n:
                    by_prefix.setdefault(k[:n], []).append(tid)
        keys = sorted(by_prefix)
        n_docs = len(self.slugs)
        offsets = [0]
        all_docs: list[np.ndarray] = []
        all_weights: list[np.ndarray] = []
        all_sections: list[np.ndarray] = []
        for prefix in keys:
            dense = np.zeros(n_docs, dtype=np.float32)
            section = np.zeros(n_docs, dtype=np.int16)
            for tid in by_prefix[prefix]:
                _merge(dense, section, *self._postings(tid), self._sections_of_term(tid), 1.0)
            nz = np.flatnonzero(dense).astype(np.int32)
            all_docs.append(nz)
            all_weights.append(dense[nz])
            all_sections.append(section[nz])
            offsets.append(offsets[-1] + len(nz))
        self.short_keys = keys
        self.short_off = np.array(offsets, dtype=np.int64)
        self.short_docs = np.concatenate(all_docs) if all_docs else np.zeros(0, dtype=np.int32)
        self.short_weight = np.concatenate(all_weights) if all_weights else np.zeros(0, dtype=np.float32)
        self.short_section = np.concatenate(all_sections) if all_sections else np.zeros(0, dtype=np.int16)

    def _derive(self) -> None:
        """Lookup tables computed from the stored ones (after building or loading)."""
        self.n_docs = len(self.slugs)
        self._loose_terms: dict[str, list[int]] = {}
        self._stem_terms: dict[str, list[int]] = {}
        suffixes: list[tuple[str, int, bool]] = []
        for tid, term in enumerate(self.terms):
            k = da.loose(term)
            self._loose_terms.setdefault(k, []).append(tid)
            for surface in self.surfaces[tid].split("|"):
                if surface:
                    self._stem_terms.setdefault(da.key(da.stem(surface)), []).append(tid)
            suffixes.append((k, tid, True))
        stem_keys = self._stem_terms
        for tid, term in enumerate(self.terms):
            k = da.loose(term)
            own = {da.key(da.stem(s)) for s in self.surfaces[tid].split("|")} if len(k) >= 3 + MIN_INFIX else set()
            for start in range(3, len(k) - MIN_INFIX + 1):
                known = k[:start] not in own and _is_word_part(k[:start], self._loose_terms, stem_keys)
                suffixes.append((k[start:], -tid - 1, known))
        suffixes.sort()
        self._suffix_keys = [s for s, _, _ in suffixes]
        self._suffix_terms = [t for _, t, _ in suffixes]
        self._suffix_known = [known for _, _, known in suffixes]
        self._loose_list = list(self._loose_terms)
        self._short_index = {k: i for i, k in enumerate(self.short_keys)}
        self._word_cache: OrderedDict[tuple[str, bool], _Word] = OrderedDict()
        self._sections: OrderedDict[tuple[int, int], _Section] = OrderedDict()
        self._slug_doc = {slug: i for i, slug in enumerate(self.slugs)}

    def attach(self, articles: Sequence[Article]) -> None:
        """Give the index the articles whose text the snippets come from."""
        self._articles = {a.slug: a for a in articles}
        self._sections.clear()

    def set_synonyms(self, synonyms: da.Synonyms) -> None:
        """Use these spelling variants and lay words when matching."""
        self._synonyms = synonyms
        self._word_cache.clear()

    def _postings(self, tid: int) -> tuple[np.ndarray, np.ndarray]:
        start, end = self.post_off[tid], self.post_off[tid + 1]
        return self.post_docs[start:end], self.post_weight[start:end]

    def _sections_of_term(self, tid: int) -> np.ndarray:
        return self.post_section[self.post_off[tid]:self.post_off[tid + 1]]

    # --- matching ------------------------------------------------------------------------

    def candidates(self, word: str, prefix: bool) -> dict[int, float]:
        """The terms a folded query word stands for, each with its match quality."""
        found: dict[int, float] = {}

        def add(tids: Sequence[int] | None, quality: float) -> None:
            for tid in tids or ():
                if found.get(tid, 0.0) < quality:
                    found[tid] = quality

        k = da.loose(word)
        if not k:
            return found
        for tid in self._loose_terms.get(k, ()):
            add((tid,), EXACT if self.terms[tid] == word else VARIANT)
        for alternative in self._synonyms.alternatives(word):
            add(self._loose_terms.get(da.loose(alternative)), SYNONYM)
        for stem_key in da.stem_keys(word):
            add(self._stem_terms.get(stem_key), STEM)
        if prefix or len(k) >= MIN_INFIX:
            start = bisect.bisect_left(self._suffix_keys, k)
            end = bisect.bisect_left(self._suffix_keys, k + "\U0010ffff", start)
            expansion: dict[int, float] = {}
            for i in range(start, end):
                t = self._suffix_terms[i]
                if t >= 0:
                    if prefix and (len(k) > SHORT_PREFIX or self.terms[t] == word):
                        expansion[t] = max(expansion.get(t, 0.0), PREFIX)
                elif len(k) >= MIN_INFIX_UNKNOWN or (len(k) >= MIN_INFIX and self._suffix_known[i]):
                    expansion.setdefault(-t - 1, COMPOUND)
            if len(expansion) > MAX_EXPANSION:
                keep = sorted(expansion, key=lambda t: -int(self.doc_freq[t]))[:MAX_EXPANSION]
                expansion = {t: expansion[t] for t in keep}
            for tid, quality in expansion.items():
                add((tid,), quality)
        if not found and len(k) >= 5:
            limit = 2 if len(k) >= 8 else 1
            for loose_term, distance, _ in extract(k, self._loose_list, scorer=Levenshtein.distance,
                                                   score_cutoff=limit, limit=50):
                add(self._loose_terms[loose_term], FUZZY1 if distance <= 1 else FUZZY2)
        return found

    def _word(self, word: str, prefix: bool) -> _Word:
        """A query word's scores over every document, its matched terms and its spelling pattern (cached:
        while typing, only the last word is new)."""
        cache_key = (word, prefix)
        cached = self._word_cache.get(cache_key)
        if cached is not None:
            self._word_cache.move_to_end(cache_key)
            return cached
        found = self.candidates(word, prefix)
        scores = np.zeros(self.n_docs, dtype=np.float32)
        sections = np.zeros(self.n_docs, dtype=np.int16)
        k = da.loose(word)
        if prefix and 0 < len(k) <= SHORT_PREFIX and k in self._short_index:
            i = self._short_index[k]
            start, end = self.short_off[i], self.short_off[i + 1]
            docs = self.short_docs[start:end]
            scores[docs] = self.short_weight[start:end] * PREFIX
            sections[docs] = self.short_section[start:end]
        for tid, quality in found.items():
            d, w = self._postings(tid)
            if len(d):
                _merge(scores, sections, d, w, self._sections_of_term(tid), quality)
        result = _Word(word, scores, sections, found, self._word_pattern(k, found))
        self._word_cache[cache_key] = result
        if len(self._word_cache) > 64:
            self._word_cache.popitem(last=False)
        return result

    def _word_pattern(self, k: str, found: dict[int, float]) -> re.Pattern[str] | None:
        """Every spelling of one query word in the original text: its own spellings as a prefix, plus the
        stems, compounds, synonyms and typos that matched it."""
        if not k:
            return None
        parts = [da.spelling_pattern(k) + r"[^\W_]*"]
        extra = sorted({s for tid, q in found.items() if q not in (EXACT, VARIANT, PREFIX)
                        for s in self.surfaces[tid].split("|") if s}, key=len, reverse=True)[:80]
        parts.extend(re.escape(s) for s in extra)
        return _compile(r"(?<![^\W_])(?:" + "|".join(parts) + r")(?![^\W_])")

    def _words(self, text: str) -> list[_Word]:
        words = da.query_words(text)
        typing = da.ends_in_word(da.clean(text))
        return [self._word(word, prefix=(typing and i == len(words) - 1) or len(word) >= 3)
                for i, word in enumerate(words)]

    # --- queries -------------------------------------------------------------------------

    def search(self, text: str, limit: int = 20) -> Result:
        """The best `limit` hits for typed text; never raises on any input."""
        started = time.perf_counter()
        if not isinstance(text, str) or self.n_docs == 0:
            return Result(str(text), (), 0, 0.0)
        words = self._words(text)
        total = np.zeros(self.n_docs, dtype=np.float32)
        for word in words:
            total += word.scores
            total += (word.scores > 0) * np.float32(WORD_BONUS)
        matched = np.flatnonzero(total)
        limit = max(0, int(limit))
        if len(matched) > limit:
            top = np.argpartition(-total[matched], limit - 1)[:limit] if limit else np.zeros(0, dtype=np.int64)
            threshold = total[matched[top]].min() if limit else np.inf
            chosen = matched[total[matched] >= threshold]  # keep every tie at the cut, ordered below
        else:
            chosen = matched
        order = np.lexsort((self.rank[chosen], -total[chosen]))
        docs = [int(d) for d in chosen[order][:limit]]
        hits = tuple(self._hit(doc, float(total[doc]), words) for doc in docs)
        took = (time.perf_counter() - started) * 1000
        return Result(text, hits, len(matched), took)

    def highlight_pattern(self, text: str) -> str:
        """The regular expression (case-insensitive) for the words a query matched, for the page view."""
        sources = [w.pattern.pattern for w in self._words(text) if w.pattern is not None]
        return "|".join(f"(?:{source})" for source in sources)

    def terms_for(self, text: str) -> list[str]:
        """The original spellings of the words a query matched (at most 100)."""
        found_all = [w.found for w in self._words(text)]
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
        words = da.query_words(text)
        if not words:
            return []
        word = max(words, key=len)
        k = da.loose(word)
        if len(k) < 3:
            return []
        limit = 1 if len(k) <= 4 else 2 if len(k) <= 7 else min(4, len(k) // 4)
        found = extract(k, self._loose_list, scorer=Levenshtein.distance, score_cutoff=limit, limit=30)
        ranked = sorted(found, key=lambda f: (f[1], -max(int(self.doc_freq[t]) for t in self._loose_terms[f[0]]), f[0]))
        typed = da.tokens(da.clean(text))[: da.MAX_QUERY_WORDS * 2]
        out: list[str] = []
        for loose_term, _distance, _ in ranked:
            tid = max(self._loose_terms[loose_term], key=lambda t: int(self.doc_freq[t]))
            surface = min(self.surfaces[tid].split("|"), key=lambda s: (s != s.lower(), s))
            # the whole query again, with the misspelt word replaced: "nervesmurtur i ben" ⇒ "nervesmerter i ben"
            suggestion = " ".join(surface if da.fold(t) == word else t for t in typed) if word in map(da.fold, typed) else surface
            if suggestion not in out:
                out.append(suggestion)
            if len(out) >= count:
                break
        return out

    # --- hits ----------------------------------------------------------------------------

    def _section(self, doc: int, number: int) -> _Section:
        """Section `number` of a document (0 is the introduction) as plain text, with its anchor."""
        cache_key = (doc, number)
        cached = self._sections.get(cache_key)
        if cached is not None:
            self._sections.move_to_end(cache_key)
            return cached
        first, after = int(self.doc_sections[doc]), int(self.doc_sections[doc + 1])
        article = self._articles.get(self.slugs[doc])
        i = first + number
        if article is None or not first <= i < after:
            cached = _Section("", "", "")
        else:
            text = article.body[int(self.section_offsets[i]):int(self.section_ends[i])]
            cached = _Section(self.section_anchors[i], self.section_titles[i], plain(text))
        self._sections[cache_key] = cached
        if len(self._sections) > 5000:
            self._sections.popitem(last=False)
        return cached

    def _hit(self, doc: int, score: float, words: list[_Word]) -> Hit:
        """The hit for a document: the section most of the query words were found in (from the index, so
        only that section is read), and a snippet around the first match in it."""
        slug, title = self.slugs[doc], self.titles[doc]
        matched = [w for w in words if w.scores[doc] > 0]
        if not matched:
            return Hit(slug, title, score, "", "", "")
        votes = Counter(int(w.sections[doc]) for w in matched)
        number = min(votes, key=lambda n: (-votes[n], n))
        section = self._section(doc, number)
        patterns = [w.pattern for w in matched if w.pattern is not None]
        starts = [m.start() for m in (p.search(section.text) for p in patterns) if m]
        position = min(starts) if starts else -1
        return Hit(slug, title, score, section.title, section.anchor, snippet(section.text, position, patterns))


def _joined(arrays: list[array[Any]], dtype: type[np.generic]) -> np.ndarray:
    """Many C arrays as one numpy array of dtype (the item sizes are checked, not assumed)."""
    if arrays and arrays[0].itemsize != np.dtype(dtype).itemsize:
        return np.fromiter((x for a in arrays for x in a), dtype=dtype, count=sum(len(a) for a in arrays))
    return np.frombuffer(b"".join(a.tobytes() for a in arrays), dtype=dtype).copy()


def _merge(scores: np.ndarray, sections: np.ndarray, docs: np.ndarray, weights: np.ndarray, where: np.ndarray,
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


@lru_cache(maxsize=256)
def _compile(source: str) -> re.Pattern[str]:
    return re.compile(source, re.IGNORECASE)


def _is_word_part(part: str, words: dict[str, list[int]], stems: dict[str, list[int]]) -> bool:
    """Whether a compound could start with part: a word or stem of its own, maybe with a linking s or e.

    "diskus" (of "diskusprolaps"), "nerve" (of "nerveglidninger"), "lende" (of "lændesmerter") ⇒ True;
    "smertesti" (of "smertestillende") ⇒ False
    """
    for candidate in (part, part[:-1] if part[-1:] in "se" else ""):
        if len(candidate) >= 3 and (candidate in words or candidate in stems):
            return True
    return False


def snippet(text: str, position: int, patterns: Sequence[re.Pattern[str]], before: int = 60, after: int = 160) -> str:
    """Escaped HTML around position, whole words, matched words in <b>…</b>, "…" where text was cut."""
    position = max(position, 0)
    start = max(0, position - before)
    if start > 0:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < position else start
    end = min(len(text), position + after)
    if end < len(text):
        space = text.rfind(" ", position, end)
        end = space if space > position else end
    piece = text[start:end]
    spans = sorted((m.start(), m.end()) for p in patterns for m in p.finditer(piece) if m.end() > m.start())
    out: list[str] = ["…"] if start > 0 else []
    done = 0
    for a, b in spans:
        if a < done:
            continue
        out.append(html.escape(piece[done:a], quote=False))
        out.append("<b>" + html.escape(piece[a:b], quote=False) + "</b>")
        done = b
    out.append(html.escape(piece[done:], quote=False))
    if end < len(text):
        out.append("…")
    return "".join(out)


# --- the on-disk cache ------------------------------------------------------------------------

_ARRAYS = ("rank", "doc_freq", "post_off", "post_docs", "post_weight", "post_section", "short_off", "short_docs",
           "short_weight", "short_section", "doc_sections", "section_offsets", "section_ends")


def cache_key(articles: Sequence[Article]) -> str:
    """A digest of every article file's path, size and modification time (and the index format)."""
    digest = hashlib.sha256(f"patient-reader-index {INDEX_VERSION}\n".encode())
    for article in sorted(articles, key=lambda a: str(a.path)):
        try:
            stat = article.path.stat()
            digest.update(f"{article.path}\0{article.slug}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
        except OSError:
            digest.update(f"{article.path}\0{article.slug}\0missing\n".encode())
    return digest.hexdigest()


def _strings(values: list[str]) -> np.ndarray:
    return np.frombuffer("\n".join(v.replace("\n", " ") for v in values).encode("utf-8"), dtype=np.uint8)


def _unstrings(array: np.ndarray, count: int) -> list[str]:
    values = bytes(array.astype(np.uint8)).decode("utf-8").split("\n") if count else []
    if len(values) != count:
        raise ValueError("string table has the wrong length")
    return values


def save_index(index: SearchIndex, path: Path, key: str) -> None:
    """Write the index (plain arrays and strings, no pickles) atomically to path."""
    arrays = {name: getattr(index, name) for name in _ARRAYS}
    meta = np.array([INDEX_VERSION, len(index.slugs), len(index.terms), len(index.short_keys),
                     len(index.section_titles)], dtype=np.int64)
    def write(handle: IO[bytes]) -> None:
        np.savez(handle, key=_strings([key]), meta=meta, slugs=_strings(index.slugs), titles=_strings(index.titles),
                 terms=_strings(index.terms), surfaces=_strings(index.surfaces),
                 short_keys=_strings(index.short_keys), section_titles=_strings(index.section_titles),
                 section_anchors=_strings(index.section_anchors), **arrays)

    atomic.write_with(path, write)


def load_index(path: Path, key: str, articles: Sequence[Article]) -> SearchIndex | None:
    """The cached index if it is ours, intact and made from these very files; otherwise None."""
    try:
        with open(path, "rb") as handle, np.load(handle, allow_pickle=False) as data:
            if _unstrings(data["key"], 1) != [key]:
                return None
            version, n_docs, n_terms, n_short, n_sections = (int(v) for v in data["meta"])
            if version != INDEX_VERSION:
                return None
            index = SearchIndex()
            index.slugs = _unstrings(data["slugs"], n_docs)
            index.titles = _unstrings(data["titles"], n_docs)
            index.terms = _unstrings(data["terms"], n_terms)
            index.surfaces = _unstrings(data["surfaces"], n_terms)
            index.short_keys = _unstrings(data["short_keys"], n_short)
            index.section_titles = _unstrings(data["section_titles"], n_sections)
            index.section_anchors = _unstrings(data["section_anchors"], n_sections)
            for name in _ARRAYS:
                setattr(index, name, np.array(data[name]))
    except (OSError, ValueError, KeyError, EOFError, UnicodeDecodeError, TypeError, IndexError):
        return None
    except Exception:  # a foreign zip can fail in many ways; it is never trusted
        return None
    if not _consistent(index, articles):
        return None
    index._derive()
    index.attach(articles)
    return index


def _consistent(index: SearchIndex, articles: Sequence[Article]) -> bool:
    """Every array has the shape and bounds the rest of the index relies on."""
    try:
        n_docs, n_terms, n_short = len(index.slugs), len(index.terms), len(index.short_keys)
        if sorted(index.slugs) != sorted(a.slug for a in articles):
            return False
        checks = [
            index.rank.dtype == np.int32 and index.rank.shape == (n_docs,),
            index.doc_freq.dtype == np.int32 and index.doc_freq.shape == (n_terms,),
            index.post_off.dtype == np.int64 and index.post_off.shape == (n_terms + 1,),
            index.short_off.dtype == np.int64 and index.short_off.shape == (n_short + 1,),
            index.post_docs.dtype == np.int32 and index.post_weight.dtype == np.float32,
            index.short_docs.dtype == np.int32 and index.short_weight.dtype == np.float32,
            index.post_docs.shape == index.post_weight.shape and index.short_docs.shape == index.short_weight.shape,
            index.post_section.dtype == np.int16 and index.post_section.shape == index.post_docs.shape,
            index.short_section.dtype == np.int16 and index.short_section.shape == index.short_docs.shape,
            index.doc_sections.dtype == np.int64 and index.doc_sections.shape == (n_docs + 1,),
            index.section_offsets.dtype == np.int64 and index.section_offsets.shape == (len(index.section_titles),),
            index.section_ends.dtype == np.int64 and index.section_ends.shape == index.section_offsets.shape,
            len(index.section_anchors) == len(index.section_titles),
            int(index.doc_sections[0]) == 0 and int(index.doc_sections[-1]) == len(index.section_titles),
            not np.any(np.diff(index.doc_sections) < 1),
        ]
        if not all(checks):
            return False
        for off, values in ((index.post_off, index.post_docs), (index.short_off, index.short_docs)):
            if off[0] != 0 or off[-1] != len(values) or np.any(np.diff(off) < 0):
                return False
            if len(values) and (values.min() < 0 or values.max() >= n_docs):
                return False
        return bool(index.short_keys == sorted(index.short_keys))
    except (ValueError, TypeError):
        return False


def default_synonym_files() -> list[Path]:
    """The bundled synonym list, then the clinic's own (in the data folder), which adds to it."""
    from reader.paths import data_dir
    from reader.resources import resource_path

    return [resource_path("search/synonymer.txt"), data_dir() / "synonymer.txt"]

