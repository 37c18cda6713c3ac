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

import contextlib
import dataclasses
import datetime as dt
import marshal
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from reader import __version__, atomic, collector, paths
from reader.articles import Article, Level, Library, Listing, Problem, Source, load_article

FILE_NAME = "library-shelf.marshal"
MAGIC = b"PRSH3\n"  # patient-reader shelf, layout 3 (columns, with the problems)
_SCHEMA = f"{__version__}|" + "|".join(",".join(f"{f.name}:{f.type}" for f in dataclasses.fields(kind))
                                       for kind in (Article, Problem))


class Columns(NamedTuple):
    """The stored list, one list per field, in the library's sorted() order (dates as day numbers; name: the
    file's own slug where the library gave the article another, else None)."""

    slugs: list[str]
    titles: list[str]
    paths: list[str]
    sources: list[str]
    updated: list[int | None]
    published: list[int | None]
    review_by: list[int | None]
    urls: list[str | None]
    summaries: list[str | None]
    categories: list[str | None]
    tags: list[tuple[str, ...]]
    names: list[str | None]


def shelf_path() -> Path:
    return paths.cache_dir() / FILE_NAME


def sources_key(sources: Sequence[Source]) -> str:
    """The sources a shelf was made for: a shelf of other folders is never shown."""
    return "\n".join(f"{source.name}\0{source.folder}" for source in sources)


def _day(value: dt.date | None) -> int | None:
    return value.toordinal() if value is not None else None


def _columns(library: Library) -> Columns:
    articles = library.sorted()
    renamed = library.renamed()  # the library made each file's name once (slugifying 10,000 again took 30 ms)
    return Columns([a.slug for a in articles], [a.title for a in articles], [str(a.path) for a in articles],
                   [a.source for a in articles], [_day(a.updated) for a in articles],
                   [_day(a.published) for a in articles], [_day(a.review_by) for a in articles],
                   [a.url for a in articles], [a.summary for a in articles], [a.category for a in articles],
                   [tuple(a.tags) for a in articles], [renamed.get(a.slug) for a in articles])


def encode_shelf(library: Library, sources: Sequence[Source]) -> bytes:
    """The shelf's bytes for a library: MAGIC, the CRC-32 of the payload (4 bytes, big-endian), the payload."""
    problems = [(str(p.path), p.level.value, p.message, p.advice) for p in library.problems]
    payload = marshal.dumps((_SCHEMA, sources_key(sources), tuple(_columns(library)), problems), 4)
    return MAGIC + zlib.crc32(payload).to_bytes(4, "big") + payload


def write_shelf(library: Library, sources: Sequence[Source], file: Path | None = None) -> None:
    """Keep the library's list for the next start; never raises (a read-only cache only costs that start).
    A shelf the same as the one kept is not written again (the first load of a run when nothing changed)."""
    target = file or shelf_path()
    try:
        data = encode_shelf(library, sources)
        with contextlib.suppress(OSError):
            if target.stat().st_size == len(data) and target.read_bytes() == data:
                return
        atomic.write_bytes(target, data)
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
        schema, key, stored, problems = marshal.loads(payload)
        if schema != _SCHEMA or key != sources_key(sources) or not isinstance(stored, tuple):
            return None
        columns = Columns(*stored)
        count = len(columns.slugs)
        if not count or any(not isinstance(column, list) or len(column) != count for column in columns):
            return None
        found = [Problem(Path(path), Level(level), message, advice) for path, level, message, advice in problems]
    except (EOFError, ValueError, TypeError):
        return None
    return ShelfLibrary(columns, found)


class ShelfLibrary(Library):
    """A library from the shelf: every article's list fields, in the stored (Danish title) order, and the problems
    of the load that wrote it.

    It keeps the stored columns and makes an Article (bodiless) only for a row asked for: the list rows and the
    review marks read listing(), so a 10,000-article start makes a handful (the open article, the recent ones).
    get() reads an article's file when it is asked for (the article opened or clicked), once; listed(), sorted()
    and resolve_link() give the bodiless shelf articles (sorted() makes them all, once).
    """

    def __init__(self, columns: Columns, problems: list[Problem] | None = None) -> None:
        # Library.__init__ is not called: the order is the stored one (no collation), the names come stored.
        self._columns = columns
        self._rows = dict(zip(columns.slugs, range(len(columns.slugs)), strict=True))
        self.problems = list(problems or [])
        self._made: dict[int, Article] = {}
        self._sorted = None
        self._listing = None
        self._loaded: dict[str, Article | None] = {}
        self._days: dict[int | None, dt.date | None] = {None: None}  # 10,000 articles share a few hundred dates

    def _date(self, value: int | None) -> dt.date | None:
        day = self._days.get(value, _UNSEEN)
        if day is _UNSEEN:
            day = self._days[value] = dt.date.fromordinal(value) if isinstance(value, int) else None
        return day  # type: ignore[return-value]

    def _article(self, row: int) -> Article:
        article = self._made.get(row)
        if article is None:
            c = self._columns
            article = self._made[row] = Article(
                c.slugs[row], c.titles[row], Path(c.paths[row]), "", self._date(c.updated[row]),
                self._date(c.published[row]), c.urls[row], c.summaries[row], c.categories[row], tuple(c.tags[row]),
                self._date(c.review_by[row]), c.sources[row])
        return article

    def __len__(self) -> int:
        return len(self._rows)

    def __contains__(self, slug: object) -> bool:
        return slug in self._rows

    def get(self, slug: str) -> Article | None:
        """The article with its body, read from its file now (None if the file is gone or unusable)."""
        if slug in self._loaded:
            return self._loaded[slug]
        shelved = self.listed(slug)
        if shelved is None:
            return None
        article = load_article(shelved.path, shelved.source).article
        if article is not None and article.slug != slug:  # a slug made unique by its folder ("es-ryg")
            article = dataclasses.replace(article, slug=slug)
        self._loaded[slug] = article
        return article

    def listed(self, slug: str) -> Article | None:
        """The article's list fields, without its body: no file is read (the review marks of 10,000 articles)."""
        row = self._rows.get(slug)
        return self._article(row) if row is not None else None

    def sorted(self) -> list[Article]:
        if self._sorted is None:
            self._sorted = [self._article(row) for row in range(len(self._rows))]
        return list(self._sorted)

    def listing(self) -> Listing:
        if self._listing is None:
            c = self._columns
            for day in {*c.updated, *c.review_by}:  # a few hundred distinct days
                self._date(day)
            days = self._days.__getitem__
            self._listing = Listing(c.slugs, c.titles, list(map(days, c.updated)), list(map(days, c.review_by)),
                                    c.sources)
        return self._listing

    def renamed(self) -> dict[str, str]:
        c = self._columns
        return {slug: name for slug, name in zip(c.slugs, c.names, strict=True) if name is not None}

    def resolve_link(self, href: str, from_folder: Path | None = None) -> tuple[str, str] | None:
        if not hasattr(self, "_by_name"):  # made at the first link followed from the shelf
            articles = self.sorted()
            self._by_slug = {article.slug: article for article in articles}
            self._by_name = {}
            names = self._columns.names
            for row, article in enumerate(articles):
                self._by_name.setdefault(names[row] or article.slug, []).append(article)
        return super().resolve_link(href, from_folder)


_UNSEEN = object()
