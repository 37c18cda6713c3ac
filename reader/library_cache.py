"""Reloading a library cheaply: files whose size and modification time are unchanged are not parsed again."""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from pathlib import Path

from reader import collector
from reader.article_cache import ArticleCache
from reader.articles import Library, LoadResult, Source, load_article
from reader.shelf import FILE_NAME as SHELF_NAME
from reader.shelf import write_shelf

_Key = tuple[int, int, int, int]  # (mtime_ns, ctime_ns, size, inode)


class LibraryCache:
    """Remembers each file's last load by (mtime, size, inode); load() re-parses only what changed.

    Thread-safe: the watcher reloads in a worker thread while the window keeps the previous Library.
    With a disk cache (reader.article_cache), the first load of a run also skips files unchanged since
    the last run, and is written back to it (once: later reloads are served from memory); beside it, the
    start-up shelf (reader.shelf: the list without bodies) is written after every load that changed the list.
    """

    def __init__(self, disk: ArticleCache | None = None) -> None:
        self._disk = disk
        self._shelf = disk.file.with_name(SHELF_NAME) if disk is not None else None
        self._shelved = False  # the shelf was written for this run's library
        self._entries: dict[tuple[str, str], tuple[_Key, LoadResult]] = {}
        self._lock = threading.Lock()
        self._seen: set[tuple[str, str]] = set()
        self.parsed = 0  # files parsed by the last load() (the rest came from the cache)

    def load_file(self, path: Path, source: str) -> LoadResult:
        """One file's LoadResult, from the cache when the file is unchanged."""
        info: os.stat_result | None
        try:
            info = os.stat(path)
            key: _Key | None = (info.st_mtime_ns, info.st_ctime_ns, info.st_size, info.st_ino)
        except OSError:
            info = key = None
        cache_key = (str(path), source)
        if key is not None:
            with self._lock:
                hit = self._entries.get(cache_key)
            if hit is not None and hit[0] == key:
                self._seen.add(cache_key)
                return hit[1]
        result = self._disk.load_article(path, source, info) if self._disk is not None else load_article(path, source)
        self.parsed += 1
        with self._lock:
            if key is not None:
                self._entries[cache_key] = (key, result)
            self._seen.add(cache_key)
        return result

    def load(self, sources: Sequence[Source]) -> Library:
        """The library, re-parsing only new or changed files; files that are gone are forgotten."""
        self.parsed = 0
        self._seen = set()
        if self._disk is not None:
            self._disk.begin()
        with collector.paused(freeze=self._disk is not None):  # freeze: the first load of a run
            library = Library.load(sources, self.load_file)
            library.listing()  # made here, in the loader's thread: 10,000 articles' columns cost the window 10-15 ms
        with self._lock:
            gone = set(self._entries) - self._seen
            for key in gone:
                del self._entries[key]
        if self._shelf is not None and (self.parsed or gone or not self._shelved):
            write_shelf(library, sources, self._shelf)  # about 1 MB at 10,000 articles: a few milliseconds
            self._shelved = True
        if self._disk is not None:
            # Once per run: the start is what the disk cache speeds up, and writing the whole cache (10,000
            # articles with their text) after every change would cost seconds. Later runs re-read whatever
            # changed since, by size and modification time.
            self._disk.save()
            self._disk = None
        return library

    def __len__(self) -> int:
        return len(self._entries)
