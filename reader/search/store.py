"""The stored index: a .npz file of plain arrays and strings, written atomically, trusted only when it checks out,
updated in place when a few articles changed (open_index)."""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO

import numpy as np

from reader import atomic
from reader.articles import Article
from reader.search.build import stamp
from reader.search.index import SearchIndex
from reader.search.tables import packed_strings, unpacked_strings
from reader.search.update import changes, changes_by_stamp

INDEX_VERSION = 10  # 10: postings in small types (documents uint16, sections uint8, weights as byte codes into a table of the distinct weights), section offsets int32; 9: stem keys are reader.text.lemma_keys; 8: FAQ questions are parts of their own; 7: each document's file stamp (updated in place), each term's stem keys, titles in reader.collation order; 6: sections from reader.structure (setext headings too), with their ends

_ARRAYS = ("rank", "doc_freq", "weights", "post_off", "post_docs", "post_codes", "post_section", "short_off",
           "short_docs", "short_codes", "short_section", "doc_sections", "section_offsets", "section_ends")
_DOC_TYPES = (np.uint16, np.int32)  # reader.search.tables.doc_ids
_SECTION_TYPES = (np.uint8, np.int16)  # … section_numbers
_CODE_TYPES = (np.uint8, np.uint16, np.uint32)  # … code_type
_CONVERTED = ("post_docs", "post_section", "short_docs", "short_section", "section_offsets", "section_ends")


MAX_FILES = 3  # stored indexes kept in the cache folder (one per set of article folders), newest first


def cache_key(articles: Sequence[Article]) -> str:
    """A digest of every article file's path, size and modification time (and the index format)."""
    digest = hashlib.sha256(f"patient-reader-index {INDEX_VERSION}\n".encode())
    for article in sorted(articles, key=lambda a: str(a.path)):
        digest.update(f"{article.slug}\0{stamp(article)}\n".encode("utf-8", "surrogateescape"))  # undecodable names
    return digest.hexdigest()


def index_file(folder: Path, articles: Sequence[Article]) -> Path:
    """Where the index of these articles is kept: one file per set of article folders, so the window (bundled
    and clinic articles) and `search --articles DIR` do not overwrite each other's index."""
    folders = sorted({str(a.path.parent) for a in articles})
    name = hashlib.sha256("\n".join(folders).encode()).hexdigest()[:12]
    return folder / f"search-index-{name}.npz"


def open_index(articles: Sequence[Article], folder: Path, previous: SearchIndex | None = None,
               cancelled: Callable[[], bool] | None = None, write: bool = True, processes: int = 1) -> SearchIndex:
    """The index of these articles at the least cost: the stored one when nothing changed; else the previous
    one (in memory) or the stored one updated in place for the articles that changed; else a new build.
    What had to be built or updated is written back (atomically) when `write`; a read-only cache folder
    only costs the next call the same work.

    cancelled, processes: see SearchIndex.build (raises BuildCancelledError).
    """
    index: SearchIndex | None = None
    if previous is not None and previous.n_docs:  # no file is read (or stat-ed: 10,000 cost 0.1-0.2 s)
        removed, added = changes(previous, articles)
        if not removed and not added:
            if write:
                store_index(previous, articles, folder)
            return previous
        if _worth_updating(previous, removed, added):
            index = previous.updated(articles, removed, added)
    key = ""
    if index is None:
        key = cache_key(articles)
        stored = _read(index_file(folder, articles))
        if stored is not None and stored[0] == key and _consistent(stored[1], articles):
            stored[1].attach(articles)  # first: the copies of strings it lets go leave room for derive()'s
            stored[1].derive()
            stored[1].stored_as = key
            return stored[1]
        if stored is not None and _consistent(stored[1], None):
            removed, added = changes_by_stamp(stored[1], articles)
            if _worth_updating(stored[1], removed, added):
                index = stored[1].updated(articles, removed, added)
    if index is None:
        index = SearchIndex.build(articles, cancelled, processes)
    index.stored_as = ""
    if write:
        store_index(index, articles, folder, key or None)
    return index


def store_index(index: SearchIndex, articles: Sequence[Article], folder: Path, key: str | None = None) -> None:
    """Write the index of these articles where open_index looks for it, unless it came from there unchanged;
    never raises (a read-only cache folder only costs the next start the same work)."""
    key = key or cache_key(articles)
    if index.stored_as == key:
        return
    path = index_file(folder, articles)
    with contextlib.suppress(OSError):
        save_index(index, path, key)
        index.stored_as = key
        _forget_old(folder, path)


def _worth_updating(index: SearchIndex, removed: set[str], added: Sequence[Article]) -> bool:
    """An update beats a build while a small share of the documents changed."""
    return len(removed) + len(added) <= max(50, len(index.slugs) // 4)


def _forget_old(folder: Path, kept: Path) -> None:
    """Delete all but the newest MAX_FILES stored indexes (and the single file of index version 6)."""
    with contextlib.suppress(OSError):
        (folder / "search-index.npz").unlink(missing_ok=True)
        files = sorted(folder.glob("search-index-*.npz"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in [p for p in files if p != kept][MAX_FILES - 1:]:
            old.unlink(missing_ok=True)


_strings, _unstrings = packed_strings, unpacked_strings


def save_index(index: SearchIndex, path: Path, key: str) -> None:
    """Write the index (plain arrays and strings, no pickles) atomically to path."""
    arrays = {name: getattr(index, name) for name in _ARRAYS}
    meta = np.array([INDEX_VERSION, len(index.slugs), len(index.terms), len(index.short_keys),
                     len(index.section_titles)], dtype=np.int64)
    if len(index.term_stems) != len(index.terms):
        raise ValueError("the index is not derived: save it after build() or derive()")
    stamps = index.stamps if len(index.stamps) == len(index.slugs) else [""] * len(index.slugs)
    def write(handle: IO[bytes]) -> None:
        np.savez(handle, key=_strings([key]), meta=meta, slugs=_strings(index.slugs), titles=_strings(index.titles),
                 stamps=_strings(stamps),
                 terms=_strings(index.terms), surfaces=_strings(index.surfaces), term_stems=_strings(index.term_stems),
                 short_keys=_strings(index.short_keys), section_titles=_strings(index.section_titles),
                 section_anchors=_strings(index.section_anchors), **arrays)

    atomic.write_with(path, write)


def load_index(path: Path, key: str, articles: Sequence[Article]) -> SearchIndex | None:
    """The cached index if it is ours, intact and made from these very files; otherwise None."""
    stored = _read(path)
    if stored is None or stored[0] != key or not _consistent(stored[1], articles):
        return None
    index = stored[1]
    index.attach(articles)
    index.derive()
    return index


def _read(path: Path) -> tuple[str, SearchIndex] | None:
    """The stored index (its tables, not yet derived) and its key, if it is of this INDEX_VERSION."""
    try:
        with open(path, "rb") as handle, np.load(handle, allow_pickle=False) as data:
            version, n_docs, n_terms, n_short, n_sections = (int(v) for v in data["meta"])
            if version != INDEX_VERSION:
                return None
            key = _unstrings(data["key"], 1)[0]
            index = SearchIndex()
            index.slugs = _unstrings(data["slugs"], n_docs)
            index.titles = _unstrings(data["titles"], n_docs)
            index.keep_packed_stamps(data["stamps"], n_docs)
            index.terms = _unstrings(data["terms"], n_terms)
            index.surfaces = _unstrings(data["surfaces"], n_terms)
            index.term_stems = _unstrings(data["term_stems"], n_terms)
            index.short_keys = _unstrings(data["short_keys"], n_short)
            index.section_titles = _unstrings(data["section_titles"], n_sections)  # held as SharedStrings
            index.section_anchors = _unstrings(data["section_anchors"], n_sections)
            for name in _ARRAYS:  # a fresh array read from the file: no copy needed; as stored (_consistent checks
                # its type), not through the columns' setters, which would convert it
                setattr(index, f"_{name}" if name in _CONVERTED else name, data[name])
    except (OSError, ValueError, KeyError, EOFError, UnicodeDecodeError, TypeError, IndexError):
        return None
    except Exception:  # a foreign zip can fail in many ways; it is never trusted
        return None
    return key, index


def _consistent(index: SearchIndex, articles: Sequence[Article] | None) -> bool:
    """Every array has the shape and bounds the rest of the index relies on (and, given articles, the index
    has exactly their slugs)."""
    try:
        n_docs, n_terms, n_short = len(index.slugs), len(index.terms), len(index.short_keys)
        if articles is not None and sorted(index.slugs) != sorted(a.slug for a in articles):
            return False
        if len(set(index.slugs)) != n_docs:
            return False
        checks = [
            index.rank.dtype == np.int32 and index.rank.shape == (n_docs,),
            index.doc_freq.dtype == np.int32 and index.doc_freq.shape == (n_terms,),
            index.post_off.dtype == np.int64 and index.post_off.shape == (n_terms + 1,),
            index.short_off.dtype == np.int64 and index.short_off.shape == (n_short + 1,),
            index.post_docs.dtype in _DOC_TYPES and index.short_docs.dtype in _DOC_TYPES,
            index.post_docs.ndim == 1 and index.short_docs.ndim == 1,
            index.weights.dtype == np.float32 and index.weights.ndim == 1 and bool(np.isfinite(index.weights).all()),
            index.post_codes.dtype in _CODE_TYPES and index.short_codes.dtype in _CODE_TYPES,
            index.post_docs.shape == index.post_codes.shape and index.short_docs.shape == index.short_codes.shape,
            index.post_section.dtype in _SECTION_TYPES and index.post_section.shape == index.post_docs.shape,
            index.short_section.dtype in _SECTION_TYPES and index.short_section.shape == index.short_docs.shape,
            index.doc_sections.dtype == np.int64 and index.doc_sections.shape == (n_docs + 1,),
            index.section_offsets.dtype == np.int32 and index.section_offsets.shape == (len(index.section_titles),),
            index.section_ends.dtype == np.int32 and index.section_ends.shape == index.section_offsets.shape,
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
        for codes in (index.post_codes, index.short_codes):
            if len(codes) and int(codes.max()) >= len(index.weights):
                return False
        return bool(index.short_keys == sorted(index.short_keys))
    except (ValueError, TypeError):
        return False

