"""The on-disk article cache: a library of 10,000 files starts without re-reading every file.

Each file's load result (article and problems) is kept by its path, size and modification time in one
file in the cache folder; a file that changed is read again, a file that is gone is forgotten.
The file is the standard library's marshal of plain values (str, int, list, tuple, None), behind a
magic and a CRC-32 of the payload: marshal loads 10,000 articles in about a third of JSON's time
(bench/front_matter.py), and, unlike pickle, builds no objects of its own and never runs code. The
entries are marshalled in parts of CHUNK, each decoded on its own: one marshal.loads of 10,000 entries
held the interpreter (and so the window) 60-100 ms.
A cache from another version of the app (other Article fields), a damaged (the CRC does not match)
or a foreign one is ignored and rebuilt. The file is read on first use (in the watcher's worker
thread), not when the cache is made, so it never delays the window's first paint.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import marshal
import os
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reader import __version__, atomic, paths
from reader.articles import Article, Level, Library, LoadResult, Problem, Source, load_article

FILE_NAME = "library-cache.marshal"
OLD_FILE_NAME = "library-cache.json"  # before 0.1 of this layout: removed when the new one is written
MAGIC = b"PRAC2\n"  # patient-reader article cache, layout 2 (the entries in parts)
MARSHAL_VERSION = 4
_SCHEMA = f"{__version__}|" + ",".join(f"{f.name}:{f.type}" for f in (*dataclasses.fields(Article), *dataclasses.fields(Problem)))


def cache_path() -> Path:
    return paths.cache_dir() / FILE_NAME


def _encode(value: Any) -> Any:
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def _decode(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if "date" in kind:
        return dt.date.fromisoformat(value)
    if kind == "Path":
        return Path(value)
    if kind.startswith("tuple"):
        return tuple(value)
    if kind == "PackedText" and not isinstance(value, bytes):
        raise ValueError("a body not packed")
    return value


_KINDS = {f.name: str(f.type) for f in dataclasses.fields(Article)}


_STORED = [(name, kind) for name, kind in _KINDS.items() if name != "path"]  # the path is the entry's key


def _article_to_values(article: Article) -> tuple[Any, ...]:
    # the body as the article keeps it (compressed, reader.articles.PackedText): stored and read back as it is
    return tuple(article.packed_body if name == "body" else _encode(getattr(article, name)) for name, _kind in _STORED)


def _article_from_values(values: Sequence[Any], path: Path) -> Article:
    if len(values) != len(_STORED):
        raise ValueError("wrong number of fields")
    decoded = {name: _decode(kind, value) for (name, kind), value in zip(_STORED, values, strict=True)}
    return Article(path=path, **decoded)  # the caller's Path: 10,000 fewer to build


CHUNK = 500  # entries per separately marshalled part: one marshal.loads of 10,000 held the interpreter 60-100 ms


def encode_cache(files: dict[str, list[Any]]) -> bytes:
    """The cache file's bytes: MAGIC, the CRC-32 of the payload (4 bytes, big-endian), the payload: the schema
    and the entries in parts of CHUNK, each its own marshal (decoding one holds the window's thread a few ms)."""
    items = list(files.items())
    parts = [marshal.dumps(dict(items[n:n + CHUNK]), MARSHAL_VERSION) for n in range(0, len(items), CHUNK)]
    payload = marshal.dumps((_SCHEMA, parts), MARSHAL_VERSION)
    return MAGIC + zlib.crc32(payload).to_bytes(4, "big") + payload


def decode_cache(data: bytes) -> dict[str, list[Any]]:
    """The entries of a cache file's bytes; {} for anything else (another layout or schema, damaged, foreign)."""
    head = len(MAGIC) + 4
    if not data.startswith(MAGIC) or len(data) < head:
        return {}
    payload = memoryview(data)[head:]
    if zlib.crc32(payload) != int.from_bytes(data[len(MAGIC):head], "big"):
        return {}
    try:
        loaded = marshal.loads(payload)
        if not (isinstance(loaded, tuple) and len(loaded) == 2 and loaded[0] == _SCHEMA
                and isinstance(loaded[1], list)):
            return {}
        files: dict[str, list[Any]] = {}
        for part in loaded[1]:  # one at a time: the window's thread gets the interpreter between them
            entries = marshal.loads(part)
            if not isinstance(entries, dict):
                return {}
            files.update(entries)
    except (EOFError, ValueError, TypeError):
        return {}
    return files


class ArticleCache:
    """load_article with memory: answers from the cache while a file's size and mtime are unchanged."""

    def __init__(self, file: Path | None = None) -> None:
        self.file = file or cache_path()
        self._entries: dict[str, list[Any]] = {}
        self._used: dict[str, list[Any]] = {}
        self._read = False
        self.hits = self.misses = 0

    def _read_file(self) -> None:
        """Read the file once, on first use (a worker thread's, not the window's start)."""
        self._read = True
        try:
            data = self.file.read_bytes()
        except (OSError, ValueError):
            return
        self._entries = decode_cache(data)

    def begin(self) -> None:
        """Start another pass over the library (a reload): what the last pass used becomes the cache."""
        if not self._read:
            self._read_file()
        if self._used:
            self._entries, self._used = self._used, {}
        self.hits = self.misses = 0

    def load_article(self, path: Path, source: str = "bundled", stat: os.stat_result | None = None) -> LoadResult:
        """The same as reader.articles.load_article, from the cache when the file is unchanged.

        stat: the file's os.stat, when the caller has just taken it (reader.library_cache: one stat a file, not two).
        """
        if not self._read:
            self._read_file()
        key = str(path)
        try:
            stat = stat or path.stat()
            stamp = [stat.st_size, stat.st_mtime_ns, source]
        except OSError:
            return load_article(path, source)
        entry = self._entries.get(key)
        if isinstance(entry, list) and len(entry) == 5 and entry[:3] == stamp:
            try:
                article = _article_from_values(entry[3], path) if entry[3] is not None else None
                problems = [Problem(path, Level(level), message, *rest) for level, message, *rest in entry[4]]
                self._used[key] = entry
                self.hits += 1
                return LoadResult(article, problems)
            except (TypeError, ValueError, KeyError):
                pass
        self.misses += 1
        result = load_article(path, source)
        values = _article_to_values(result.article) if result.article is not None else None
        self._used[key] = [*stamp, values, [(p.level.value, p.message, p.advice) for p in result.problems]]
        return result

    def save(self) -> None:
        """Write what this load used (only when something changed); never raises."""
        if not self.misses and len(self._used) == len(self._entries):
            return
        try:
            atomic.write_bytes(self.file, encode_cache(self._used))
        except (OSError, ValueError):  # ValueError: marshal refuses a value (never expected: plain values only)
            return
        if self.file.name == FILE_NAME:
            with contextlib.suppress(OSError):  # the JSON cache of earlier versions (25 MB at 10,000 articles)
                self.file.with_name(OLD_FILE_NAME).unlink(missing_ok=True)


def load_library(sources: Sequence[Source], cache: ArticleCache | None = None) -> Library:
    """Library.load through the cache, which is then saved."""
    cache = cache or ArticleCache()
    library = Library.load(sources, loader=cache.load_article)
    cache.save()
    return library
