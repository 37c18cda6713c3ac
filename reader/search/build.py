"""Building the search index: the `##` sections of each article, postings over title, headings and body."""

from __future__ import annotations

import math
import time
from array import array
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from reader import text as da
from reader.articles import Article
from reader.collation import by_title
from reader.search.query import SHORT_PREFIX
from reader.search.ranking import BODY, HEADING, TITLE, merge
from reader.search.snippets import TAG
from reader.search.tables import IndexTables
from reader.structure import structure

YIELD_EVERY = 16  # documents analysed between two offers of the GIL to the window (more often costs: on a
# busy machine each sleep(0) gives the core to another process; bench/index_build.py)


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
    for section in structure(body, markdown=False).sections:
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
    return Counter(da.index_words(text))


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


# Analyses the (title, packed body) texts somewhere else (reader.search.parallel: worker processes, which unpack the
# bodies), given cancelled and a callable to run meanwhile; None when it cannot (then the build analyses them here).
Elsewhere = Callable[[list[tuple[str, str | bytes]], "Callable[[], bool] | None", Callable[[], None]],
                     "list[Piece] | None"]


def build(index: IndexTables, articles: Sequence[Article], cancelled: Callable[[], bool] | None = None,
          elsewhere: Elsewhere | None = None) -> IndexTables:
    """Fill an empty index with the articles (a few seconds for 10,000); SearchIndex.build says more.

    The postings are those analyse() gives each article, computed in bulk: each article only lists its
    spellings' counts (one pattern search per text, C-level counting, a term id per distinct spelling
    met before), and one pass of array operations at the end takes each (term, document)'s best weight
    and first section and groups the postings by term.

    elsewhere: the articles are analysed by it (reader.search.parallel: in worker processes, in pieces merged
    here into the same index; this thread only waits and the window's thread keeps the interpreter). When it
    cannot, the build runs here."""
    ordered = title_order(articles)
    index.slugs = [a.slug for a in ordered]
    index.titles = [a.title for a in ordered]
    pieces: list[Piece] | None = None

    def stamps() -> None:
        index.stamps = [stamp(a) for a in ordered]

    if elsewhere is not None:
        pieces = elsewhere([(a.title, a.packed_body) for a in ordered], cancelled, stamps)  # unpacked there
    if len(index.stamps) != len(ordered):
        stamps()
    if pieces is None:
        texts = [(a.title, a.body) for a in ordered]
        pieces = [analyse_piece(texts, 0, len(ordered), cancelled, yield_gil=True)]
    merge_pieces(index, pieces)
    index.rank = np.arange(len(ordered), dtype=np.int32)
    build_short(index)
    index.attach(ordered)
    return index


@dataclass
class Piece:
    """The analysis of a run of documents (first_doc onwards, in the index's order), with piece-local term ids:
    what a worker process sends back (plain lists and arrays), merged by merge_pieces."""

    terms: list[str]  # folded terms, in the order first met
    spellings: list[list[str]]  # each term's spellings in these documents
    stems: list[str] | None  # each term's stem keys, "|"-separated (None: derive() computes them)
    post_term: np.ndarray  # the postings, grouped by term, documents ascending
    post_doc: np.ndarray
    post_weight: np.ndarray
    post_section: np.ndarray
    section_counts: list[int]  # per document
    section_offsets: list[int]
    section_ends: list[int]
    section_titles: list[str]
    section_anchors: list[str]


def analyse_piece(texts: Sequence[tuple[str, str]], first_doc: int, n_docs: int,
                  cancelled: Callable[[], bool] | None = None, yield_gil: bool = False,
                  with_stems: bool = False) -> Piece:
    """The postings and sections of these (title, body) texts, documents first_doc, first_doc + 1, … of n_docs.

    yield_gil: offer the interpreter to other threads now and then (a build in the window's process);
    with_stems: each term's stem keys too (a worker process computes them, so the window's process does not)."""
    entries = _Entries()
    counts: list[int] = []
    offsets: list[int] = []
    ends: list[int] = []
    titles: list[str] = []
    anchors: list[str] = []
    for n, (title, body) in enumerate(texts):
        if cancelled is not None and n % 16 == 0 and cancelled():
            raise BuildCancelledError
        if yield_gil and n % YIELD_EVERY == 0:
            time.sleep(0)  # the GIL to the window's thread, if it waits (not after its 5 ms switch interval)
        parts = split_parts(body)
        entries.add_document(first_doc + n, title, body, parts)
        counts.append(len(parts))
        offsets.extend([part.start for part in parts])
        ends.extend([part.end for part in parts])
        titles.extend([part.title for part in parts])
        anchors.extend([part.anchor for part in parts])
    term, doc, weight, section = entries.postings(n_docs)
    spellings = entries.spelling_lists()
    stems = None
    if with_stems:
        stems = ["|".join(sorted({k for s in spelled for k in da.lemma_keys(s.lower())})) for spelled in spellings]
    return Piece(list(entries.term_ids), spellings, stems, term, doc, weight, section, counts, offsets, ends,
                 titles, anchors)


def merge_pieces(index: IndexTables, pieces: Sequence[Piece]) -> None:
    """Fill the index's terms, postings and sections from the pieces (in document order), as one build of all
    their documents gives them: term ids in the order first met, each term's postings in document order."""
    term_ids: dict[str, int] = {}
    spelled: list[set[str]] = []
    stems: list[set[str]] = []
    with_stems = all(piece.stems is not None for piece in pieces)
    remapped: list[np.ndarray] = []
    for piece in pieces:
        remap = np.empty(len(piece.terms), dtype=np.int64)
        keys = piece.stems or []
        for local, word in enumerate(piece.terms):
            tid = term_ids.get(word)
            if tid is None:
                tid = term_ids[word] = len(spelled)
                spelled.append(set(piece.spellings[local]))
                if with_stems:
                    stems.append(set(keys[local].split("|")) if keys[local] else set())
            else:
                spelled[tid].update(piece.spellings[local])
                if with_stems and keys[local]:
                    stems[tid].update(keys[local].split("|"))
            remap[local] = tid
        remapped.append(remap[piece.post_term])
    index.terms = list(term_ids)
    index.surfaces = ["|".join(sorted(s)) for s in spelled]
    index.term_stems = ["|".join(sorted(s)) for s in stems] if with_stems else []
    if len(pieces) == 1:  # grouped by term already, ids unchanged
        term = remapped[0]
        docs, weight, section = pieces[0].post_doc, pieces[0].post_weight, pieces[0].post_section
    else:  # each piece grouped by term, documents ascending, the pieces in document order: a stable sort by term
        all_terms = np.concatenate(remapped) if remapped else np.zeros(0, dtype=np.int64)
        order = np.argsort(all_terms, kind="stable")
        term = all_terms[order]
        docs = np.concatenate([p.post_doc for p in pieces]).astype(np.int32)[order]
        weight = np.concatenate([p.post_weight for p in pieces]).astype(np.float32)[order]
        section = np.concatenate([p.post_section for p in pieces]).astype(np.int16)[order]
    lengths = np.bincount(term, minlength=len(index.terms)).astype(np.int64)
    index.doc_freq = lengths.astype(np.int32)
    index.post_off = np.concatenate(([0], np.cumsum(lengths))).astype(np.int64)
    index.post_docs = docs
    index.post_weight = weight
    index.post_section = section
    counts = [c for p in pieces for c in p.section_counts]
    index.doc_sections = np.concatenate(([0], np.cumsum(np.array(counts, dtype=np.int64)))).astype(np.int64)
    index.section_offsets = np.array([o for p in pieces for o in p.section_offsets], dtype=np.int64)
    index.section_ends = np.array([e for p in pieces for e in p.section_ends], dtype=np.int64)
    index.section_titles = [t for p in pieces for t in p.section_titles]
    index.section_anchors = [a for p in pieces for a in p.section_anchors]


_KIND_TITLE, _KIND_HEADING, _KIND_BODY = 0, 1, 2
_FIRST_BODY = 1 << 24  # an entry's first-section code: heading sections before body ones, title last (0)
_FIRST_NONE = 1 << 25
_LOG_TABLE = 4096  # counts up to this get math.log1p from a table


def _untagged(text: str) -> str:
    """The text with its HTML tags as spaces (as snippets show it)."""
    return TAG.sub(" ", text) if "<" in text else text


class _Entries:
    """Every article's spellings with their counts, as flat C arrays: one entry per (document, field,
    spelling), or per term for the title (its last spelling's count counts, as in analyse())."""

    def __init__(self) -> None:
        self.term_ids: dict[str, int] = {}  # folded term ⇒ id, in the order analyse() meets them
        self.term_of: dict[str, int] = {}  # spelling ⇒ its term's id
        self.terms = array("i")
        self.counts = array("i")
        self.firsts = array("i")  # the first-section code (_FIRST_*)
        self.segment_lengths = array("i")  # entries come in segments of one document and one kind
        self.segment_kinds = array("b")
        self.segment_docs = array("i")

    def _ids(self, spellings: Collection[str]) -> list[int]:
        """The term ids of the spellings (in their order), giving new terms the next ids."""
        ids: list[int | None] = list(map(self.term_of.get, spellings))
        if None in ids:
            for position, (spelling, tid) in enumerate(zip(spellings, ids, strict=True)):
                if tid is None:
                    folded = da.fold(spelling)[: da.MAX_WORD_CHARS * 2]
                    known = self.term_ids.get(folded)
                    if known is None:
                        known = self.term_ids[folded] = len(self.term_ids)
                    ids[position] = self.term_of[spelling] = known
        return ids  # type: ignore[return-value]

    def _segment(self, doc: int, kind: int, tids: list[int], counts: Iterable[int], firsts: list[int]) -> None:
        self.terms.extend(tids)
        self.counts.extend(counts)
        self.firsts.extend(firsts)
        self.segment_lengths.append(len(tids))
        self.segment_kinds.append(kind)
        self.segment_docs.append(doc)

    def add_document(self, doc: int, title_text: str, body: str, parts: list[_Part]) -> None:
        title = Counter(da.index_words(title_text))
        by_term = dict(zip(self._ids(title), title.values(), strict=True))  # the last spelling's count
        self._segment(doc, _KIND_TITLE, list(by_term), by_term.values(), [_FIRST_NONE] * len(by_term))
        spellings: list[str] = []
        counts: list[int] = []
        firsts: list[int] = []
        for number, part in enumerate(parts):
            if part.headings:
                heading = Counter(da.index_words("\n".join(part.headings)))
                spellings += heading
                counts += heading.values()
                firsts += [number] * len(heading)
        if spellings:
            self._segment(doc, _KIND_HEADING, self._ids(spellings), counts, firsts)
        found: Counter[str] = Counter()
        firsts = []
        for number, part in enumerate(parts):
            known = len(found)
            found.update(da.index_words(_untagged(body[part.start:part.end])))
            firsts += [_FIRST_BODY + number] * (len(found) - known)  # the spellings new in this section
        self._segment(doc, _KIND_BODY, self._ids(found), found.values(), firsts)

    def spelling_lists(self) -> list[list[str]]:
        """Each term's spellings."""
        found: list[list[str]] = [[] for _ in self.term_ids]
        for spelling, tid in self.term_of.items():
            found[tid].append(spelling)
        return found

    def postings(self, n_docs: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Term, document, weight and section of each posting, grouped by term, documents ascending:
        per (term, document) the best of its field weights (title > heading > body, 0.15 · log1p(count)
        more) and its first section (the first heading section, else the first body section, else 0)."""
        lengths = np.frombuffer(self.segment_lengths, dtype=np.int32)
        terms = np.frombuffer(self.terms, dtype=np.int32)
        counts = np.frombuffer(self.counts, dtype=np.int32)
        firsts = np.frombuffer(self.firsts, dtype=np.int32)
        kinds = np.repeat(np.frombuffer(self.segment_kinds, dtype=np.int8), lengths)
        docs = np.repeat(np.frombuffer(self.segment_docs, dtype=np.int32), lengths)
        # math.log1p, as analyse() computes it, for every count that occurs; then the same float64 arithmetic
        table = np.array([math.log1p(c) for c in range(min(int(counts.max(initial=0)), _LOG_TABLE) + 1)])
        log1p = table[np.minimum(counts, _LOG_TABLE)]
        rare = np.flatnonzero(counts > _LOG_TABLE)  # a word counted thousands of times in one article
        log1p[rare] = [math.log1p(c) for c in counts[rare].tolist()]
        base = np.array([TITLE, HEADING, BODY], dtype=np.float64)
        score = base[kinds] + 0.15 * log1p
        key = terms.astype(np.int64) * max(n_docs, 1) + docs
        order = np.argsort(key)  # the reductions below do not depend on the order within a group
        key = key[order]
        if len(key) == 0:
            return (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.float32),
                    np.zeros(0, dtype=np.int16))
        starts = np.flatnonzero(np.concatenate(([True], key[1:] != key[:-1])))
        best = np.maximum.reduceat(score[order], starts)
        code = np.minimum.reduceat(firsts[order], starts)
        section = np.where(code < _FIRST_BODY, code, np.where(code < _FIRST_NONE, code - _FIRST_BODY, 0))
        grouped = key[starts]
        return (grouped // max(n_docs, 1), (grouped % max(n_docs, 1)).astype(np.int32), best.astype(np.float32),
                np.minimum(section, 32767).astype(np.int16))


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
