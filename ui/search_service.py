"""Answers search queries for the sidebar and the kiosk: rows to show for a text, and suggestions."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from reader.articles import Library
from reader.slug import ascii_fold
from ui.article_model import ListItem
from ui.sidebar_items import all_items


class SearchService(QObject):
    """One place that turns typed text into list rows; the sidebar and the kiosk both ask it.

    Signals:
        ready(): the index for the current library is built (queries are answered either way).
    """

    ready = Signal()

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._all = all_items(library)

    def set_library(self, library: Library) -> None:
        self._library = library
        self._all = all_items(library)
        self.ready.emit()

    def all_items(self) -> list[ListItem]:
        """Every article, in Danish title order (what an empty field shows)."""
        return list(self._all)

    def items_for(self, text: str) -> list[ListItem]:
        """Rows for a query; an empty query gives every article."""
        needle = ascii_fold(text.strip())
        if not needle:
            return self.all_items()
        words = needle.split()
        return [item for item in self._all if all(w in ascii_fold(item.title) for w in words)]

    def suggestions(self, text: str) -> list[str]:
        """Closest spellings to offer when nothing was found (none yet)."""
        return []

    def terms_for(self, text: str) -> list[str]:
        """Words to highlight in an article opened from these results."""
        return [w for w in text.split() if w]
