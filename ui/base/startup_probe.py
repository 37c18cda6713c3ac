"""Start-up timing for bench/startup.py: with PATIENT_READER_STARTUP_PROBE set, print when the window first
painted and when the first article was drawn, then quit.

    PATIENT_READER_STARTUP_PROBE=paint|article|idle|quit patient-reader ...

Prints one line, `STARTUP paint=<epoch s> article=<epoch s> rss_kb=<n>`; "idle" waits a second after the
article before reading the resident memory; "quit" reads the memory 3 s after the article (`rss3_kb`) and, when
the search index is still to come (a big library: loaded or built in the background), again once it is in and a
second has passed (`index=<epoch s>`, `rss_kb`: the memory of the window as it is used), then prints the line
with `close=<epoch s>` and closes the window (the caller times the quit until the process is gone). Does
nothing when the variable is not set.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV = "PATIENT_READER_STARTUP_PROBE"
QUIT_AFTER_MS = 3000  # "quit": the window is used this long (index loaded, caches due) before it is closed
SETTLE_MS = 1000  # "quit": after the search index is in, the memory is read this much later
POLL_MS = 100
GIVE_UP_S = 60.0  # "quit": an index that never comes (a failed build) does not hold the probe longer


def rss_kb() -> int:
    """Resident memory of this process in kB (Linux /proc; 0 elsewhere)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class StartupProbe(QObject):
    """Watches the window's and the article view's paint events."""

    def __init__(self, window: QWidget, view: QWidget | None, until: str) -> None:
        super().__init__(window)
        self.until = until
        self.times: dict[str, float] = {}
        self._view = view
        self._article_opened = False
        self._done = False
        window.installEventFilter(self)
        if view is not None:
            view.installEventFilter(self)
            viewport = getattr(view, "viewport", None)
            if callable(viewport):
                viewport().installEventFilter(self)
            opened = getattr(view, "article_opened", None)
            if opened is not None:
                opened.connect(self._on_article_opened)
            if getattr(view, "current_slug", None):
                self._article_opened = True

    def _on_article_opened(self, _slug: str) -> None:
        self._article_opened = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if event.type() == QEvent.Type.Paint:
            now = time.time()
            if "paint" not in self.times:
                self.times["paint"] = now
                if self.until == "paint":
                    QTimer.singleShot(0, self._finish)
            elif self._article_opened and "article" not in self.times and watched is not self.parent():
                self.times["article"] = now
                wait = {"idle": 1000, "quit": QUIT_AFTER_MS}.get(self.until, 0)
                QTimer.singleShot(wait, self._after_wait if self.until == "quit" else self._finish)
        return False

    def _after_wait(self) -> None:
        """"quit", 3 s after the article: the memory now, then wait for the search index (if one is coming)."""
        self._rss3 = rss_kb()
        if search_settled(self.parent()):  # nothing to wait for (a small library, or the index already in)
            self._close()
            return
        self._waiting_since = time.monotonic()
        self._poll_index()

    def _poll_index(self) -> None:
        if not search_settled(self.parent()) and time.monotonic() - self._waiting_since < GIVE_UP_S:
            QTimer.singleShot(POLL_MS, self._poll_index)
            return
        self.times["index"] = time.time()
        QTimer.singleShot(SETTLE_MS, self._close)

    def _close(self) -> None:
        """"quit": close the window as a user would; bench/startup.py times from here until the process is gone."""
        if self._done:
            return
        self._done = True
        self.times["close"] = time.time()
        fields = " ".join(f"{name}={value:.6f}" for name, value in self.times.items())
        print(f"STARTUP {fields} rss3_kb={getattr(self, '_rss3', 0)} rss_kb={rss_kb()}", flush=True)
        window = self.parent()
        if isinstance(window, QWidget):
            window.close()

    def _finish(self) -> None:
        if self._done:
            return
        self._done = True
        fields = " ".join(f"{name}={value:.6f}" for name, value in self.times.items())
        print(f"STARTUP {fields} rss_kb={rss_kb()}", flush=True)
        app = QApplication.instance()
        if app is not None:
            app.exit(0)


def search_settled(window: QObject | None) -> bool:
    """Whether the window's search service has what it will answer from: the library is in, and a big library's
    index is loaded or built (nothing pending, no build running); a small library's index is built on first use,
    so it has nothing to wait for. True for a window without a search service."""
    service = getattr(window, "search", None)
    library = getattr(service, "_library", None)
    if service is None or library is None:
        return True
    if not len(library):  # the library is still loading (the window shows the start-up shelf)
        return False
    if getattr(service, "_small", None) is not None:
        return True
    if getattr(service, "_pending", None) is not None:
        return False
    thread = getattr(service, "_thread", None)
    if thread is not None and thread.is_alive():
        return False
    return getattr(service, "_index", None) is not None


def install(window: QWidget, view: QWidget | None = None) -> StartupProbe | None:
    """Start watching when the environment asks for it; None otherwise."""
    until = os.environ.get(ENV, "")
    if not until:
        return None
    if until not in ("paint", "article", "idle", "quit"):
        print(f"{ENV} must be paint, article, idle or quit", file=sys.stderr)
        return None
    return StartupProbe(window, view, until)
