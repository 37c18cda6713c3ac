"""The start-up shelf: the library's list (titles, topics, dates, paths; no bodies) kept for the first paint.

A 10,000-article start reads this small file (about 1 MB, a few milliseconds with marshal) before the window
is first drawn, so the window paints with the whole article list and the last article at once; the full
library (bodies) follows from the watcher's worker thread and replaces it in place. The shelf also keeps the
last load's problems, so the status bar's count is in the first paint too and the real load changes nothing on
screen when nothing changed on disk. The shelf is only ever a first guess: a stale one is corrected when the real load ends, a damaged or foreign one is
ignored. It holds what the article files say (no patient's name or note is ever in a library), and
ShelfLibrary reads an article's body from its file only when it is asked for (the article opened).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import marshal
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reader import __version__, atomic, collector, paths
from reader.articles import Article, Level, Library, Problem, Source, load_article, slug_for

FILE_NAME = "library-shelf.marshal"
MAGIC = b"PRSH2\n"  # patient-reader shelf, layout 2 (with the problems)
_SCHEMA = f"{__version__}|" + "|".join(",".join(f"{f.name}:{f.type}" for f in dataclasses.fields(kind))
                                       for kind in (Article, Problem))


def shelf_path() -> Path:
    return paths.cache_dir() / FILE_NAME


def sources_key(sources: Sequence[Source]) -> str:
    """The sources a shelf was made for: a shelf of other folders is never shown."""
    return "\n".join(f"{source.name}\0{source.folder}" for source in sources)


def _day(value: dt.date | None) -> int | None:
    return value.toordinal() if value is not None else None


def _date(value: Any) -> dt.date | None:
    return dt.date.fromordinal(value) if isinstance(value, int) else None


def _row(article: Article) -> tuple[Any, ...]:
    name = slug_for(article.path)
    return (article.slug, article.title, str(article.path), article.source, _day(article.updated),
            _day(article.published), _day(article.review_by), article.url, article.summary, article.category,
            tuple(article.tags), None if name == article.slug else name)


def encode_shelf(library: Library, sources: Sequence[Source]) -> bytes:
    """The shelf's bytes for a library: MAGIC, the CRC-32 of the payload (4 bytes, big-endian), the payload."""
    problems = [(str(p.path), p.level.value, p.message, p.advice) for p in library.problems]
    payload = marshal.dumps((_SCHEMA, sources_key(sources), [_row(a) for a in library.sorted()], problems), 4)
    return MAGIC + zlib.crc32(payload).to_bytes(4, "big") + payload


def write_shelf(library: Library, sources: Sequence[Source], file: Path | None = None) -> None:
    """Keep the library's list for the next start; never raises (a read-only cache only costs that start)."""
    try:
        atomic.write_bytes(file or shelf_path(), encode_shelf(library, sources))
    except (OSError, ValueError):
        return


def read_shelf(sources: Sequence[Source], file: Path | None = None) -> ShelfLibrary | None:
    """The shelf of these sources, or None (none yet, other sources, another version, damaged, foreign)."""
    try:
        data = (file or shelf_path()).read_bytes()
    except (OSError, ValueError):
        return None
    with collector.paused():  # 10,000 articles made: a full collection of the start-up's heap would cost 15-30 ms
        return decode_shelf(data, sources)


def decode_shelf(data: bytes, sources: Sequence[Source]) -> ShelfLibrary | None:
    head = len(MAGIC) + 4
    if not data.startswith(MAGIC) or len(data) < head:
        return None
    payload = memoryview(data)[head:]
    if zlib.crc32(payload) != int.from_bytes(data[len(MAGIC):head], "big"):
        return None
    try:
        loaded = marshal.loads(payload)
        schema, key, rows, problems = loaded
        if schema != _SCHEMA or key != sources_key(sources) or not isinstance(rows, list) or not rows:
            return None
        articles, names = [], {}
        days: dict[Any, dt.date | None] = {None: None}  # 10,000 articles share a few hundred dates
        for slug, title, path, source, updated, published, review_by, url, summary, category, tags, name in rows:
            for day in (updated, published, review_by):
                if day not in days:
                    days[day] = _date(day)
            article = Article(slug, title, Path(path), "", days[updated], days[published], url, summary, category,
                              tuple(tags), days[review_by], source)
            articles.append(article)
            if name is not None:
                names[slug] = name
        found = [Problem(Path(path), Level(level), message, advice) for path, level, message, advice in problems]
    except (EOFError, ValueError, TypeError):
        return None
    return ShelfLibrary(articles, names, found)


class ShelfLibrary(Library):
    """A library from the shelf: every article's list fields, in the stored (Danish title) order, and the problems
    of the load that wrote it.

    get() reads an article's file when it is asked for (the article opened or clicked), once; sorted(), listed()
    and iteration give the bodiless shelf articles (for the list, topics, favourites, review marks).
    """

    def __init__(self, articles: list[Article], names: dict[str, str] | None = None,
                 problems: list[Problem] | None = None) -> None:
        # Library.__init__ is not called: the order is the stored one (no collation), the names come stored.
        self._by_slug = {article.slug: article for article in articles}
        self._by_name = {}
        names = names or {}
        for article in self._by_slug.values():
            self._by_name.setdefault(names.get(article.slug, article.slug), []).append(article)
        self.problems = list(problems or [])
        self._sorted = list(self._by_slug.values())
        self._loaded: dict[str, Article | None] = {}

    def get(self, slug: str) -> Article | None:
        """The article with its body, read from its file now (None if the file is gone or unusable)."""
        if slug in self._loaded:
            return self._loaded[slug]
        shelved = self._by_slug.get(slug)
        if shelved is None:
            return None
        article = load_article(shelved.path, shelved.source).article
        if article is not None and article.slug != slug:  # a slug made unique by its folder ("es-ryg")
            article = dataclasses.replace(article, slug=slug)
        self._loaded[slug] = article
        return article

    def listed(self, slug: str) -> Article | None:
        """The article's list fields, without its body: no file is read (the review marks of 10,000 articles)."""
        return self._by_slug.get(slug)
