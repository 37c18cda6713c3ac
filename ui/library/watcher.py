"""Watching the clinic folder: changes are coalesced, reloaded in a worker thread and shown without losing place."""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from reader.article_cache import ArticleCache
from reader.articles import Library, Source, is_system_folder
from reader.library_cache import LibraryCache
from ui.library.workers import responsive_switching

log = logging.getLogger("patient-reader.library")

DEBOUNCE_MS = 300
QUICK_MS = 25  # the first change after a quiet spell (one saved article) is read this soon; a burst is coalesced
POLL_MS = 5000
WATCH_CHUNK = 500  # file watches added per turn of the event loop (about 4 ms; 10,000 at once held the window 0.24 s)
# Qt's watcher checks each path added against every path it holds (a list): adding 10,000 to one took 0.33 s of
# the window's thread, the last thousand 56 ms. The files are spread over watchers of at most this many paths,
# one inotify instance each; an instance costs its own wait in the kernel when the process ends (10 of 1,000
# paths made the quit at 10,000 files 70 ms, 2 of 5,000 36 ms: medians of 6). At 5,000: adding 10,000 files
# takes about 0.1 s of the window's thread in turns of WATCH_CHUNK (the longest about 7 ms); removing them all
# (stop(), a folder change) about 70 ms.
PATHS_PER_WATCHER = 5000


def _file_watch_limit() -> int:
    """How many files to watch: a quarter of the system's inotify watches (shared by every program), at most
    20,000; beyond it, in-place edits are seen by the periodic scan (up to POLL_MS later)."""
    try:
        with open("/proc/sys/fs/inotify/max_user_watches", encoding="ascii") as limit:
            return max(2000, min(20_000, int(limit.read()) // 4))
    except (OSError, ValueError):
        return 2000


MAX_FILE_WATCHES = _file_watch_limit()


class LibraryWatcher(QObject):
    """Reloads the library when a watched folder changes, or on a periodic scan (network shares).

    Only sources that are not bundled are watched. Reloads run in a worker thread with a LibraryCache,
    so only changed files are parsed again; at most one reload runs at a time, and requests made
    during one are merged into a single follow-up.

    Signals:
        library_loaded(Library): a new library, emitted on the GUI thread (the first load always; later
            ones only when something changed).
        reload_started(): a reload began (for the status bar and the benchmark).
        reload_finished(): that reload ended, with or without a new library (background work may go on).
    """

    library_loaded = Signal(object)
    reload_started = Signal()
    reload_finished = Signal()
    _finished = Signal(object, bool, object, int)

    def __init__(self, sources: Sequence[Source], parent: QObject | None = None,
                 debounce_ms: int = DEBOUNCE_MS, poll_ms: int = POLL_MS, quick_ms: int = QUICK_MS) -> None:
        super().__init__(parent)
        self.sources = list(sources)
        self.cache = LibraryCache(ArticleCache())  # the disk cache makes a 10,000-article start fast
        self.loads = 0
        self.last_load_seconds = 0.0
        self._running = False
        self._pending = False
        self._first = True
        self._stopped = False
        self._poll_ms = poll_ms
        self._generation = 0  # bumped when the sources change: results of older reloads are dropped
        self._last_problems: tuple[tuple[str, str], ...] = ()
        self._unwatched: list[str] = []  # paths still to watch (added in chunks)
        self._watchers: list[QFileSystemWatcher] = []  # the first has the folders; each holds PATHS_PER_WATCHER at most
        self._fs = self._new_watcher()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self.reload)
        self._debounce_ms = debounce_ms
        self._quick_ms = min(quick_ms, debounce_ms)
        self._last_change = -1e9  # when the last change event came (perf_counter seconds)
        self._quick = False  # the debounce timer runs its short interval: the reload it starts reads later events too
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self.reload)
        self._finished.connect(self._on_finished)

    def _new_watcher(self) -> QFileSystemWatcher:
        watcher = QFileSystemWatcher(self)
        watcher.directoryChanged.connect(self._on_fs_changed)
        watcher.fileChanged.connect(self._on_file_changed)
        self._watchers.append(watcher)
        return watcher

    def watched(self) -> list[str]:
        """Every folder and file watched now (the folders first)."""
        return [path for watcher in self._watchers for path in watcher.directories() + watcher.files()]

    @property
    def busy(self) -> bool:
        """A reload is running in the worker thread."""
        return self._running

    @property
    def watched_folders(self) -> list[Path]:
        return [source.folder for source in self.sources if source.name != "bundled"]

    def start(self) -> None:
        """The first load (in the background), then watching and the periodic scan."""
        self._stopped = False
        if self.watched_folders:
            self._poll.start()
            # Watch the folders at once: a file saved while the first load runs still triggers a reload.
            folders = [str(folder) for folder in self.watched_folders if _is_dir(folder)]
            new = sorted(set(folders) - set(self._fs.directories()))
            if new:
                self._fs.addPaths(new)
        self.reload()

    def stop(self) -> None:
        """No more reloads (a running one finishes, but its result is dropped)."""
        self._stopped = True
        self._poll.stop()
        self._debounce.stop()
        self._unwatched = []
        for watcher in self._watchers:
            paths = watcher.directories() + watcher.files()
            if paths:
                watcher.removePaths(paths)
        for watcher in self._watchers[1:]:  # each holds an inotify instance (the user's limit is shared, often 128)
            watcher.deleteLater()
        del self._watchers[1:]

    def set_sources(self, sources: Sequence[Source]) -> None:
        """Watch other folders (the clinic folder was changed in settings) and reload at once."""
        self.stop()
        self._generation += 1
        self._running = False  # a reload of the old sources may still run; its result will be dropped
        self._pending = False
        self.sources = list(sources)
        self.cache = LibraryCache(ArticleCache())  # the disk cache makes a 10,000-article start fast
        self._last_problems = ()
        self._first = True
        self.start()

    def request_reload(self) -> None:
        """A reload after the debounce interval; further requests within it are merged into one."""
        if not self._stopped:
            self._quick = False
            self._debounce.start(self._debounce_ms)

    def _on_fs_changed(self, _path: str) -> None:
        """A folder changed (files added, removed, renamed: often many at once): one reload after the debounce."""
        self._last_change = time.perf_counter()
        self.request_reload()

    def _on_file_changed(self, _path: str) -> None:
        """A watched file changed in place: the first such event after a quiet spell (one article saved) is read at
        once (QUICK_MS, for the rest of the save's events); events that follow within the debounce interval (a
        burst) wait for it to pass, and come in one more reload."""
        now = time.perf_counter()
        quiet = now - self._last_change > self._debounce_ms / 1000
        self._last_change = now
        if self._stopped:
            return
        if self._quick and self._debounce.isActive():
            return  # the save's other events (truncate, write, close): the reload about to start reads them all
        if quiet and not self._running and not self._debounce.isActive():
            self._quick = True
            self._debounce.start(self._quick_ms)
        else:
            self.request_reload()

    def reload(self) -> None:
        """Reload now in a worker thread (or once more after the running reload, if one is running)."""
        self._quick = False
        if self._stopped:
            return
        if self._running:
            self._pending = True
            return
        self._running = True
        self.reload_started.emit()
        cache, sources, generation = self.cache, list(self.sources), self._generation
        responsive_switching()
        threading.Thread(target=self._work, args=(cache, sources, generation), name="library-reload", daemon=True).start()

    def _work(self, cache: LibraryCache, sources: list[Source], generation: int) -> None:
        """In the worker thread: the library and the paths to watch (a slow network share never blocks the window)."""
        started = time.perf_counter()
        before = len(cache)
        try:
            library = cache.load(sources)
            problems = tuple((str(p.path), p.message) for p in library.problems)
            changed = cache.parsed > 0 or len(cache) != before or problems != self._last_problems
            self._last_problems = problems
        except Exception as error:  # a reload must never take the window down; the log keeps the traceback
            from reader.articles import Level, Problem

            log.exception("artiklerne kunne ikke indlæses")
            library = Library((), [Problem(Path("."), Level.ERROR, f"Artiklerne kunne ikke indlæses: {error}",
                                           "Genstart programmet; skriv til support, hvis det sker igen.")])
            changed = True
        paths = watch_paths([source.folder for source in sources if source.name != "bundled"])
        self.last_load_seconds = time.perf_counter() - started
        with contextlib.suppress(RuntimeError):  # the watcher was deleted while this reload ran (window closed)
            self._finished.emit(library, changed, paths, generation)

    def _on_finished(self, library: Library, changed: bool, paths: list[str], generation: int) -> None:
        self.reload_finished.emit()
        if generation != self._generation:
            return  # a reload of folders no longer watched
        self._running = False
        if self._stopped:
            return
        # The periodic scan never takes more than about 5 % of the time, however big the folder.
        self._poll.setInterval(max(self._poll_ms, int(self.last_load_seconds * 20_000)))
        self._set_watches(paths)
        if changed or self._first:
            self._first = False
            self.loads += 1
            self.library_loaded.emit(library)
        if self._pending:
            self._pending = False
            self.reload()

    def _set_watches(self, wanted_paths: list[str]) -> None:
        wanted = set(wanted_paths)
        current = set(self.watched())
        new = [path for path in dict.fromkeys(wanted_paths) if path not in current]  # folders first, as listed
        if current - wanted:
            for watcher in self._watchers:
                gone = [path for path in watcher.directories() + watcher.files() if path not in wanted]
                if gone:
                    watcher.removePaths(gone)
        self._unwatched = new
        self._add_watches()

    def _add_watches(self) -> None:
        """Add the waiting watches a chunk at a time, so the window keeps drawing between them; folders go to the
        first watcher, files to the first watcher with room (one emptied by files that went away is filled again),
        and to a new one only when all are full."""
        chunk, self._unwatched = self._unwatched[:WATCH_CHUNK], self._unwatched[WATCH_CHUNK:]
        while chunk and not self._stopped:
            if os.path.isdir(chunk[0]):
                self._fs.addPath(chunk.pop(0))  # a folder (they come first, a few)
                continue
            rooms = ((watcher, PATHS_PER_WATCHER - len(watcher.files()) - len(watcher.directories()))
                     for watcher in self._watchers)
            watcher, room = next(((w, r) for w, r in rooms if r > 0), (None, 0))
            if watcher is None:
                watcher, room = self._new_watcher(), PATHS_PER_WATCHER
            part, chunk = chunk[:room], chunk[room:]
            watcher.addPaths(part)
        if self._unwatched:
            QTimer.singleShot(0, self, self._add_watches)


def _is_dir(path: Path) -> bool:
    """A folder that exists; False for any path the system refuses (NUL bytes, too long, no access)."""
    try:
        return path.is_dir()
    except (OSError, ValueError):
        return False


def watch_paths(roots: list[Path]) -> list[str]:
    """Every folder under roots and their .md files, up to MAX_FILE_WATCHES each (loops followed once)."""
    folders: list[str] = []
    files: list[str] = []
    for root in roots:
        seen: set[tuple[int, int]] = set()
        stack = [str(root)]
        try:
            inside = root.resolve()
        except (OSError, ValueError, RuntimeError):  # a NUL in the settings' folder: nothing to watch
            continue
        if is_system_folder(inside):  # / or /proc as the clinic folder: a problem in the list, not 2,000 watches
            continue
        while stack and len(folders) < MAX_FILE_WATCHES:
            current = stack.pop()
            try:
                info = os.stat(current)
                if (info.st_dev, info.st_ino) in seen or not os.path.isdir(current):
                    continue
                seen.add((info.st_dev, info.st_ino))
                folders.append(current)
                with os.scandir(current) as entries:
                    for entry in entries:
                        if entry.name.startswith("."):
                            continue
                        if entry.is_dir():
                            if not entry.is_symlink() or Path(entry.path).resolve().is_relative_to(inside):
                                stack.append(entry.path)  # a link out of the folder is not watched
                        elif entry.name.lower().endswith(".md") and len(files) < MAX_FILE_WATCHES and entry.is_file():
                            files.append(entry.path)
            except (OSError, ValueError, RuntimeError):
                continue
    return folders + files
