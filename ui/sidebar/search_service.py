"""Answers search queries for the sidebar and the kiosk: rows to show for a text, and suggestions."""

from __future__ import annotations

import contextlib
import html
import importlib
import logging
import os
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from reader import collector, paths
from reader.articles import Article, Library
from reader.categories import Category, category_named, group_by_category
from reader.slug import ascii_fold
from ui.library.workers import responsive_switching
from ui.sidebar.items import all_items
from ui.sidebar.model import ListItem

log = logging.getLogger("patient-reader.search")

if TYPE_CHECKING:  # reader.search brings numpy (about 0.1 s to import): loaded when the first index is built
    from reader.search import Hit, Result, SearchIndex

# Libraries up to this size are indexed at once (a few milliseconds); bigger ones in the background.
SYNC_LIMIT = 200
SYNC_TEXT_LIMIT = 400_000  # characters of article text a GUI-thread build may read (the five seeds: about 40,000)


def _small_enough(articles: list[Article]) -> bool:
    """Whether the index may be built on the GUI thread: few articles, and not much text (a folder of a few
    hostile megabyte articles is built in the worker, so the window never stalls on it)."""
    if len(articles) > SYNC_LIMIT:
        return False
    total = 0
    for article in articles:
        total += len(article.body)
        if total > SYNC_TEXT_LIMIT:
            return False
    return True
BIG_BUILD_DELAY_MS = 1500
# A big build analyses the articles in worker processes (reader.search.parallel): the window's interpreter stays
# free for its frames, and both cores work. 1: in the build thread (the fallback when processes cannot start).
BUILD_PROCESSES = max(2, min(4, os.cpu_count() or 1))


def index_path(articles: Sequence[Article]) -> Path:
    """Where the index of these articles is kept between runs (the user's cache directory)."""
    from reader.search import index_file

    return index_file(paths.cache_dir(), articles)


def build_or_load(articles: Sequence[Article], use_cache: bool = True,
                  cancelled: Callable[[], bool] | None = None, previous: SearchIndex | None = None,
                  write: bool = True, processes: int = 1) -> SearchIndex:
    """The cached index when it matches these files; else the previous index (or the cached one) updated in
    place for the articles that changed; else a new one (saved for next time). See reader.search.open_index.

    cancelled, processes: see SearchIndex.build (raises BuildCancelledError). write: save what was built or
    updated (else the caller does, with reader.search.store_index).
    """
    from reader.search import SearchIndex, default_synonym_files, open_index
    from reader.text import Synonyms

    if use_cache:
        index = open_index(articles, paths.cache_dir(), previous, cancelled, write, processes)
    elif previous is not None and previous.n_docs:
        index = previous.updated(articles)
    else:
        index = SearchIndex.build(articles, cancelled, processes)
    if index is not previous:
        index.set_synonyms(Synonyms.load(default_synonym_files()))
    return index


class SearchService(QObject):
    """One place that turns typed text into list rows; the sidebar and the kiosk both ask it.

    Signals:
        ready(): ask again: the library changed, or its index is now built (queries are answered either way).
    """

    ready = Signal()
    _built = Signal(object, int)

    def __init__(self, library: Library, parent: QObject | None = None, use_cache: bool = True) -> None:
        super().__init__(parent)
        self._use_cache = use_cache
        self.build_processes = BUILD_PROCESSES  # worker processes of a big build (1: in the build thread)
        self._generation = 0
        self._index: SearchIndex | None = None
        self._index_generation = 0  # the library generation the index was built for (older: hits are filtered)
        self._small: list[Article] | None = None
        self._pending: tuple[list[Article], int] | None = None  # a big build waiting for its start
        self._may_build = threading.Event()  # cleared while the library is being reloaded: the build waits
        self._may_build.set()
        self._preparing: threading.Thread | None = None
        self._built.connect(self._on_built)
        self._start(library)

    # --- the index -----------------------------------------------------------------------

    def _start(self, library: Library) -> None:
        self._generation += 1
        articles = library.sorted()
        self._schedule(articles)  # first: an update in place runs beside the list rows being made
        self._take_rows(library)

    def _take_rows(self, library: Library) -> None:
        self._library = library
        self._all = all_items(library)
        self._rows: dict[str, ListItem] | None = None  # by slug, made when a hit first needs its row
        self._categories: list[Category] | None = None  # grouped when first asked

    @property
    def _by_slug(self) -> dict[str, ListItem]:
        if self._rows is None:
            self._rows = {item.slug: item for item in self._all}
        return self._rows

    def _schedule(self, articles: list[Article]) -> None:
        """Index these articles: small ones soon on this thread, big ones in a worker (updated in place when an
        index is there already)."""
        self._small = None
        self._pending = None
        small = _small_enough(articles)
        if small:
            self._index = None
        if not articles:  # nothing to index (the window before its first load): no numpy before the first paint
            return
        if small:
            # Small: built on first use (a few milliseconds). The search code it needs (reader.search with numpy,
            # the stemmer: about 40 MB and 0.2-0.4 s to import) is loaded at the first key typed in the search
            # field (prepare()), in a thread; a clinic that only reads articles never loads it.
            self._small = articles
            return
        # Big: the previous index keeps answering (hits for articles that are gone are left out), and the new
        # build starts after a pause: the window shows the change first, and a burst of changes costs one build.
        # With an index already (the clinic folder changed), it is updated in place for the changed articles at once,
        # beside the rest of the window taking in the new library.
        self._pending = (articles, self._generation)
        if self._index is not None:
            self._launch_pending()
        else:
            QTimer.singleShot(BIG_BUILD_DELAY_MS, self, self._launch_pending)

    def prepare(self) -> None:
        """The user is starting to search (a first key in the field): load the search code in a thread now, beside
        the sidebar's short wait before it asks (the query then waits only for the rest of the import).
        Builds nothing; does nothing when it is loaded."""
        if "reader.search" in sys.modules or self._preparing is not None:
            return
        # start-up deferral: reader.search brings numpy and the stemmer (about 40 MB), loaded only for searching
        self._preparing = threading.Thread(target=importlib.import_module, args=("reader.search",),
                                           name="search-import", daemon=True)
        self._preparing.start()

    def _launch_pending(self) -> None:
        """Start the waiting big build in a worker thread (if it is still the current one)."""
        if self._pending is None or self._pending[1] != self._generation:
            return
        articles, generation = self._pending
        self._pending = None
        responsive_switching()
        thread = threading.Thread(target=self._build_in_background, args=(articles, generation, self._index),
                                  name="search-index", daemon=True)
        self._thread = thread
        thread.start()

    def _build_small(self, announce: bool = False) -> SearchIndex | None:
        """The index of a small library, built now if it is still due (a few milliseconds).

        announce: say ready() as well (a caller that asked gets its full answer anyway).
        """
        if self._index is None and self._small is not None:
            articles, self._small = self._small, None
            self._index = build_or_load(articles, use_cache=False)
            self._index_generation = self._generation
            if announce:
                self.ready.emit()
        return self._index

    def _build_in_background(self, articles: list[Article], generation: int, previous: SearchIndex | None) -> None:
        try:
            # A newer library (the clinic folder changed again) stops this build: one build runs at a time.
            # No cycle collection meanwhile: the index's lists and dicts made full collections of 40-90 ms (holding
            # the interpreter, so the window's frames too); frozen after, later collections do not walk them either.
            with collector.paused(freeze=True):
                index = build_or_load(articles, self._use_cache, lambda: self._wait_turn(generation), previous,
                                      write=False, processes=self.build_processes)
        except Exception as error:  # the sidebar keeps its title filter; never take the app down, never lose it
            from reader.search import BuildCancelledError  # loaded by now: build_or_load imported it

            if not isinstance(error, BuildCancelledError):  # cancelled: a newer library's build follows
                log.exception("søgeindekset kunne ikke bygges (%d artikler)", len(articles))
            return
        with contextlib.suppress(RuntimeError):  # the service was deleted while building
            self._built.emit(index, generation)
        if self._use_cache:  # written after it answers: saving 10,000 articles' index takes about 0.4 s
            from reader.search import store_index

            store_index(index, articles, paths.cache_dir())

    def _wait_turn(self, generation: int) -> bool:
        """In the build thread: wait while a reload runs (at most a minute); True when this build is obsolete."""
        self._may_build.wait(60)
        return generation != self._generation

    def pause_build(self) -> None:
        """A background build waits (the library is being reloaded in another thread)."""
        self._may_build.clear()

    def resume_build(self) -> None:
        self._may_build.set()

    def _on_built(self, index: SearchIndex, generation: int) -> None:
        if generation == self._generation:
            self._index = index
            self._index_generation = generation
            self.ready.emit()

    def wait_ready(self, timeout: float = 60.0) -> bool:
        """Block until a background build has finished (for tests, benchmarks and the self-test)."""
        self._build_small()
        self._launch_pending()
        thread = getattr(self, "_thread", None)
        if thread is not None:
            thread.join(timeout)
            QCoreApplication.sendPostedEvents(self)
        return self._index is not None and self._index_generation == self._generation

    @property
    def index(self) -> SearchIndex | None:
        return self._build_small()

    def set_library(self, library: Library) -> None:
        """Answer from this library; ready() at once (titles only while a big index builds) and again when built."""
        self._start(library)
        self.ready.emit()

    def show_shelf(self, shelf: Library) -> None:
        """Before the first paint: answer by the titles of the start-up shelf (reader/shelf.py: no bodies, so nothing
        is indexed) until set_library brings the real library; an index already there is kept (it answers the
        same articles until then)."""
        self._generation += 1
        self._small = self._pending = None
        self._take_rows(shelf)

    # --- answers -------------------------------------------------------------------------

    def all_items(self) -> list[ListItem]:
        """Every article, in Danish title order (what an empty field shows)."""
        return list(self._all)

    def search(self, text: str, limit: int = 100) -> Result | None:
        """The full answer (hits, total, time), or None while the index is being built."""
        index = self._build_small()
        if index is None:
            return None
        result = index.search(text, limit)
        if self._index_generation != self._generation:  # an index of the previous library, until the new one is in
            hits = tuple(hit for hit in result.hits if hit.slug in self._by_slug)
            result = replace(result, hits=hits, total=result.total - (len(result.hits) - len(hits)))
        return result

    def search_within(self, text: str, limit: int, slugs: frozenset[str] | set[str]) -> tuple[Result, int | None] | None:
        """The best `limit` hits among these articles (a topic), and how many there are in all (None: more than
        limit, not counted); None while the index is being built.

        Asks the index for more hits until `limit` of them are in the topic or every match has been seen, so a
        small topic in a big library costs a few searches, never a snippet for every match."""
        ask = max(4 * limit, 64)
        while True:
            result = self.search(text, ask)
            if result is None:
                return None
            hits = tuple(hit for hit in result.hits if hit.slug in slugs)
            complete = len(result.hits) >= result.total
            if complete or len(hits) > limit:
                return replace(result, hits=hits[:limit], total=len(hits)), (len(hits) if complete else None)
            ask *= 4

    def categories(self) -> list[Category]:
        """The library's topics (reader.categories), in Danish order."""
        if self._categories is None:
            self._categories = group_by_category(self._library.sorted())
        return self._categories

    def category_slugs(self, name: str) -> frozenset[str]:
        """The articles of one topic (none when the topic is gone from the library)."""
        category = category_named(self.categories(), name)
        return frozenset(category.slugs) if category is not None else frozenset()

    def items_for(self, text: str, limit: int = 100) -> list[ListItem]:
        """Rows for a query (at most limit); an empty query gives every article."""
        if not text.strip():
            return self.all_items()
        index = self._build_small()
        if index is None:
            needle = ascii_fold(text.strip())
            words = needle.split()
            return [item for item in self._all if all(w in ascii_fold(item.title) for w in words)][:limit]
        answer = self.search(text, limit)
        return [self.item_for(hit) for hit in answer.hits] if answer is not None else []

    def item_for(self, hit: Hit) -> ListItem:
        """The list row of a hit: title, the section it matched in, the snippet."""
        row = self._by_slug.get(hit.slug)
        detail = hit.section or (row.detail if row else "")  # the introduction has no heading: the date
        plain_snippet = html.unescape(hit.snippet.replace("<b>", "").replace("</b>", ""))
        accessible = ", ".join(part for part in (hit.title, detail, plain_snippet) if part)
        return ListItem(hit.slug, hit.title, detail, hit.snippet, hit.anchor, "", accessible)

    def total_for(self, text: str) -> int:
        """How many articles match (all of them for an empty query)."""
        if not text.strip():
            return len(self._all)
        result = self.search(text, 0)
        return result.total if result is not None else len(self.items_for(text))

    def suggestions(self, text: str) -> list[str]:
        """Up to three closest spellings to offer when nothing was found."""
        index = self._build_small()
        return index.suggestions(text, 3) if index is not None else []

    def terms_for(self, text: str) -> list[str]:
        """Words to highlight in an article opened from these results."""
        index = self._build_small()
        if index is None:
            return [w for w in text.split() if w]
        return index.terms_for(text)

    def highlight_pattern(self, text: str) -> str:
        """A case-insensitive regular expression for the matched words, to highlight in the page."""
        index = self._build_small()
        return index.highlight_pattern(text) if index is not None else ""
