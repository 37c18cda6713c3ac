"""The stored index: a .npz file of plain arrays and strings, written atomically, trusted only when it checks out."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import IO

import numpy as np

from reader import atomic
from reader.articles import Article
from reader.search.index import SearchIndex

INDEX_VERSION = 8  # 8: FAQ questions are parts of their own; 7: titles in reader.collation order; 6: sections from reader.structure (setext headings too), with their ends

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
    index.derive()
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

