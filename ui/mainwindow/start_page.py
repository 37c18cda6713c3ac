"""The start page between patients: topics with their counts, recently updated, favourites and last read."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.articles import Library
from reader.categories import Category, group_by_category, recently_updated
from reader.dates import long_date, short_date
from ui.base.i18n import current_language
from ui.base.styles import LIGHT, Colours
from ui.mainwindow.favourites import Favourites

_KEY = Qt.ItemDataRole.UserRole  # "slug" of an article, or "category:<name>"
_CATEGORY = "category:"
RECENT_SHOWN = 5
UPDATED_SHOWN = 5


class _CardList(QTreeWidget):
    """The rows of one card: a title and a muted detail (a count, a date), as tall as its rows (no scrolling)."""

    def __init__(self, name: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(0)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def fill(self, rows: list[tuple[str, str, str, str]], muted: QColor) -> None:
        """rows: (key, title, detail, spoken) for each entry."""
        self.clear()
        for key, title, detail, spoken in rows:
            item = QTreeWidgetItem(self, [title, detail])
            item.setData(0, _KEY, key)
            item.setToolTip(0, title)
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, spoken)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setForeground(1, muted)
        self.setVisible(bool(rows))
        row = self.sizeHintForRow(0) if rows else 0
        self.setFixedHeight(len(rows) * max(row, 20) + 2 * self.frameWidth() + 2)


class _Card(QFrame):
    """A heading, its list and a line shown when the list is empty."""

    def __init__(self, title: str, name: str, description: str, empty: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("start-card")
        self.heading = QLabel(title, self)
        self.heading.setObjectName("start-card-title")
        self.list = _CardList(name, description, self)
        self.heading.setBuddy(self.list)
        self.empty = QLabel(empty, self)
        self.empty.setObjectName("start-muted")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addStretch(1)

    def fill(self, rows: list[tuple[str, str, str, str]], muted: QColor) -> None:
        self.list.fill(rows, muted)
        self.empty.setVisible(not rows)


class StartPage(QScrollArea):
    """What the window shows when no article is open (and on Alt+Home): four cards of places to start.

    Tab moves between the cards, the arrow keys within one, Enter (or a click) opens the entry.

    Signals:
        article_chosen(slug): an article was chosen (recently updated, favourites, last read).
        category_chosen(name): a topic was chosen; the window narrows the sidebar to it.
    """

    article_chosen = Signal(str)
    category_chosen = Signal(str)

    def __init__(self, library: Library, favourites: Favourites, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("start-page")
        self.setAccessibleName(self.tr("Startside"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from card to card, not to the page around them
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._library = library
        self._favourites = favourites
        self._colours: Colours = LIGHT
        self._scale = 1.0  # larger in consultation mode, where it is read from a chair
        self.categories: list[Category] = []
        self._stale = False  # a refresh was asked for while the page was hidden behind an article
        content = QWidget(self)
        content.setObjectName("start-content")
        self.title = QLabel(self.tr("Patientvejledninger"), content)
        self.title.setObjectName("start-title")
        self.subtitle = QLabel(self.tr("Søg med Ctrl+K, eller vælg et emne, en favorit eller en artikel herunder."), content)
        self.subtitle.setObjectName("start-muted")
        self.subtitle.setWordWrap(True)
        self.topics = _Card(self.tr("Emner"), self.tr("Emner"),
                            self.tr("Artiklernes emner med antal artikler; Enter viser emnets artikler i listen."),
                            self.tr("Ingen artikler endnu."), content)
        self.recent = _Card(self.tr("Senest læst"), self.tr("Senest læst"),
                            self.tr("De artikler, du sidst har åbnet; Enter åbner artiklen."),
                            self.tr("Her kommer de artikler, du åbner."), content)
        self.updated = _Card(self.tr("Senest opdateret"), self.tr("Senest opdateret"),
                             self.tr("De artikler, der sidst er blevet opdateret; Enter åbner artiklen."),
                             self.tr("Ingen artikler har en opdateringsdato."), content)
        self.favourite = _Card(self.tr("★ Favoritter"), self.tr("Favoritter"),
                               self.tr("Dine favoritartikler; Enter åbner artiklen."),
                               self.tr("Ingen favoritter endnu. Tryk Ctrl+D i en artikel for at gemme den her."), content)
        self.cards = (self.topics, self.recent, self.updated, self.favourite)
        grid = QGridLayout()
        grid.setSpacing(20)
        grid.addWidget(self.topics, 0, 0)
        grid.addWidget(self.recent, 0, 1)
        grid.addWidget(self.updated, 1, 0)
        grid.addWidget(self.favourite, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        inner = QWidget(content)
        inner.setObjectName("start-content")
        inner.setMaximumWidth(1000)
        outer = QHBoxLayout(content)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addStretch(1)
        outer.addWidget(inner, 100)  # as wide as the view up to the maximum, then centred
        outer.addStretch(1)
        column = QVBoxLayout(inner)
        column.setContentsMargins(40, 32, 40, 32)
        column.setSpacing(6)
        column.addWidget(self.title)
        column.addWidget(self.subtitle)
        column.addSpacing(18)
        column.addLayout(grid)
        column.addStretch(1)
        self.setWidget(content)
        for card in self.cards:
            card.list.itemClicked.connect(self._on_list_item_activated)
            card.list.itemActivated.connect(self._on_list_item_activated)
        for before, after in pairwise(self.cards):
            QWidget.setTabOrder(before.list, after.list)
        favourites.changed.connect(self.refresh)
        self.set_colours(self._colours)

    # --- contents ------------------------------------------------------------------------

    def lists(self) -> list[QTreeWidget]:
        """The card lists in Tab order: topics, last read, recently updated, favourites."""
        return [card.list for card in self.cards]

    def set_library(self, library: Library) -> None:
        self._library = library
        self.refresh()

    def set_scale(self, factor: float) -> None:
        """Text size relative to the normal page (1.6 in consultation mode, 1.0 again after it)."""
        if factor != self._scale:
            self._scale = factor
            self.set_colours(self._colours)

    def set_colours(self, colours: Colours) -> None:
        """Follow the theme (the theme manager calls this, as for article views)."""
        self._colours = colours
        c = colours
        k = self._scale
        body = f"font-size: {self.font().pointSizeF() * k:.1f}pt;" if k != 1.0 and self.font().pointSizeF() > 0 else ""
        sheet = f"""
            #start-page, #start-content {{ background-color: {c.background}; }}
            QLabel {{ color: {c.text}; {body} }}
            QTreeWidget {{ {body} }}
            QLabel#start-title {{ font-size: {22 * k:.1f}pt; font-weight: 600; }}
            QLabel#start-muted {{ color: {c.muted}; }}
            QLabel#start-card-title {{ color: {c.accent}; font-size: {14 * k:.1f}pt; font-weight: 600; }}
            QFrame#start-card {{ background-color: {c.background}; border: 1px solid {c.rule}; border-radius: 8px; }}
            QTreeWidget {{ background-color: {c.background}; color: {c.text}; border: 2px solid transparent; }}
            QTreeWidget:focus {{ border: 2px solid {c.accent}; border-radius: 4px; }}
            QTreeWidget::item {{ padding-top: 5px; padding-bottom: 5px; }}
        """
        if sheet != self.styleSheet():  # each new sheet re-polishes every card: only when it changed
            self.setStyleSheet(sheet)
        self.refresh()

    def refresh(self) -> None:
        """Fill the cards from the library and the favourites (after a reload, a new favourite, a new article).

        Each list keeps its current entry (a list with the focus gets its first one), so the arrow keys go on
        working where they were: a refilled list with the focus and no current entry ignores Down.
        While the page is hidden behind an article (a start that reopens the last one) nobody sees the topics
        and the recently updated: those two are filled when the page is shown (at 10,000 articles they cost
        about 0.1 s); last read and favourites (a few rows) are filled at once.
        """
        kept: dict[QTreeWidget, str] = {}
        for tree in self.lists():
            current = tree.currentItem()
            if current is not None:
                kept[tree] = str(current.data(0, _KEY))
        muted = QColor(self._colours.muted)
        if self.isHidden():
            self._stale = True
        else:
            self._stale = False
            articles = self._library.sorted()
            self.categories = group_by_category(articles)
            self.topics.fill([(_CATEGORY + c.name, self._category_label(c), self._count_text(c.count),
                               f"{self._category_label(c)}, {self._count_text(c.count)}") for c in self.categories],
                             muted)
            self.updated.fill(self._article_rows([a.slug for a in recently_updated(articles, UPDATED_SHOWN)]), muted)
        self.recent.fill(self._article_rows(self._favourites.recent()[:RECENT_SHOWN]), muted)
        self.favourite.fill(self._article_rows(self._favourites.favourites()), muted)
        for tree in self.lists():
            items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
            again = next((item for item in items if item is not None and str(item.data(0, _KEY)) == kept.get(tree)), None)
            if again is None and tree.hasFocus() and items:
                again = items[0]
            if again is not None:
                tree.setCurrentItem(again)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's API
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _category_label(self, category: Category) -> str:
        return self.tr("Andet") if category.is_other else category.name

    def _count_text(self, count: int) -> str:
        return self.tr("1 artikel") if count == 1 else self.tr("%1 artikler").replace("%1", str(count))

    def _article_rows(self, slugs: list[str]) -> list[tuple[str, str, str, str]]:
        rows = []
        language = current_language()
        for slug in slugs:
            article = self._library.listed(slug)  # no file read (the start-up shelf): the title and date only
            if article is None:  # a clinic folder may be offline: skipped, not forgotten
                continue
            date = short_date(article.updated, language) if article.updated else ""
            spoken = self.tr("%1, opdateret %2").replace("%1", article.title).replace(
                "%2", long_date(article.updated, language)) if article.updated else article.title
            rows.append((slug, article.title, date, spoken))
        return rows

    def focus_first(self) -> None:
        """Keyboard focus on the first entry of the first card that has one."""
        for tree in self.lists():
            if tree.topLevelItemCount():
                tree.setFocus(Qt.FocusReason.OtherFocusReason)
                first = tree.topLevelItem(0)
                if tree.currentItem() is None and first is not None:
                    tree.setCurrentItem(first)
                return

    def _on_list_item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        key = str(item.data(0, _KEY) or "")
        if key.startswith(_CATEGORY):
            self.category_chosen.emit(key.removeprefix(_CATEGORY))
        elif key:
            self.article_chosen.emit(key)

