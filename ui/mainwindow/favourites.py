"""Favourite and recently read articles: the store in Settings, the sidebar panel and the menu (never in kiosk)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QMenu, QTreeWidget, QTreeWidgetItem, QWidget

from reader.articles import Library
from reader.settings import Settings

RECENT_LIMIT = 10
_SLUG = Qt.ItemDataRole.UserRole


class Favourites(QObject):
    """Favourites and the last RECENT_LIMIT articles opened, kept in Settings; does nothing when disabled.

    Signals:
        changed(): the favourites or the recent list changed.
    """

    changed = Signal()

    def __init__(self, settings: Settings, save: Callable[[], None] | None = None, enabled: bool = True,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._save = save
        self._enabled = enabled

    @property
    def enabled(self) -> bool:
        """False in the kiosk: nothing is shown, recorded or saved."""
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        if enabled != self._enabled:
            self._enabled = enabled
            self.changed.emit()

    def favourites(self) -> list[str]:
        return list(self._settings.favourites) if self._enabled else []

    def recent(self) -> list[str]:
        return list(self._settings.recent[:RECENT_LIMIT]) if self._enabled else []

    def is_favourite(self, slug: str | None) -> bool:
        return bool(slug) and slug in self._settings.favourites

    def toggle(self, slug: str | None) -> bool:
        """Star or unstar an article; returns whether it is a favourite now."""
        if not slug or not self._enabled:
            return False
        if slug in self._settings.favourites:
            self._settings.favourites.remove(slug)
        else:
            self._settings.favourites.append(slug)
        self._store()
        return slug in self._settings.favourites

    def record(self, slug: str) -> None:
        """An article was opened: it goes to the top of the recent list."""
        if not self._enabled or not slug:
            return
        recent = [slug] + [s for s in self._settings.recent if s != slug]
        if recent[:RECENT_LIMIT] != self._settings.recent:
            self._settings.recent = recent[:RECENT_LIMIT]
            self._store()

    def _store(self) -> None:
        if self._save is not None:
            self._save()
        self.changed.emit()


def _titles(library: Library, slugs: list[str]) -> list[tuple[str, str]]:
    """(slug, title) for the slugs still in the library (a clinic folder may be offline: skipped, not forgotten).
    Titles only: the start-up shelf reads no file for them (get() would read and parse each one before the first paint)."""
    found = []
    for slug in slugs:
        article = library.listed(slug)
        if article is not None:
            found.append((slug, article.title))
    return found


class FavouritesPanel(QTreeWidget):
    """Favourites and recently read, under the search field while it is empty.

    Signals:
        article_chosen(slug): the user clicked or pressed Enter on an entry.
    """

    article_chosen = Signal(str)

    def __init__(self, store: Favourites, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._library = library
        self._query_empty = True
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(10)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet("QTreeView::item { padding-top: 2px; padding-bottom: 2px; }")
        self.setAccessibleName(self.tr("Favoritter og senest læste"))
        self.setAccessibleDescription(self.tr("Dine favoritartikler og de sidst åbnede; Enter åbner artiklen."))
        self.itemClicked.connect(self._on_item_activated)
        self.itemActivated.connect(self._on_item_activated)
        store.changed.connect(self.refresh)
        self.refresh()

    def set_library(self, library: Library) -> None:
        self._library = library
        self.refresh()

    def set_query(self, text: str) -> None:
        """Shown only while the search field is empty."""
        self._query_empty = not text.strip()
        self.refresh()

    def refresh(self) -> None:
        self.clear()
        groups = (
            (self.tr("★ Favoritter"), _titles(self._library, self._store.favourites())),
            (self.tr("Senest læst"), _titles(self._library, self._store.recent())[:5]),
        )
        rows = 0
        for heading, entries in groups:
            if not entries:
                continue
            group = QTreeWidgetItem(self, [heading])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            rows += 1
            for slug, title in entries:
                item = QTreeWidgetItem(group, [title])
                item.setData(0, _SLUG, slug)
                item.setToolTip(0, title)
                rows += 1
        self.expandAll()
        visible = self._store.enabled and self._query_empty and rows > 0
        height = self.sizeHintForRow(0) if rows else 20
        self.setFixedHeight(min(rows, 9) * max(height, 18) + 2 * self.frameWidth() + 4)
        self.setVisible(visible)

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        slug = item.data(0, _SLUG)
        if slug:
            self.article_chosen.emit(str(slug))


class FavouritesMenu(QMenu):
    """The Favourites menu: star the open article, then the favourites, then the recent list.

    Signals:
        article_chosen(slug): an entry was chosen.
    """

    article_chosen = Signal(str)

    def __init__(self, store: Favourites, library: Library, toggle_action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("F&avoritter"), parent)
        self._store = store
        self._library = library
        self._toggle = toggle_action
        self.setAccessibleName(self.tr("Favoritter"))
        self.aboutToShow.connect(self.rebuild)
        self.rebuild()

    def set_library(self, library: Library) -> None:
        self._library = library

    def rebuild(self) -> None:
        self.clear()
        self.addAction(self._toggle)
        favourites = _titles(self._library, self._store.favourites())
        recent = _titles(self._library, self._store.recent())
        if favourites:
            self.addSection(self.tr("Favoritter"))
            for slug, title in favourites:
                self._entry(slug, "★ " + title)
        if recent:
            self.addSection(self.tr("Senest læst"))
            for slug, title in recent:
                self._entry(slug, title)

    def _entry(self, slug: str, title: str) -> None:
        action = self.addAction(title.replace("&", "&&"))
        action.triggered.connect(lambda _checked=False, s=slug: self.article_chosen.emit(s))
