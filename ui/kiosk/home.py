"""The kiosk's home screen: a large title, a big search field and big tiles for articles or categories."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from reader.articles import Library
from reader.categories import Category, category_named, group_by_category
from ui.kiosk.forget import forget_field
from ui.kiosk.style import CORNER, TILE_MIN_WIDTH
from ui.sidebar.model import ListItem
from ui.sidebar.search_service import SearchService

MAX_TILES = 60            # more than this: the first 60 and a note to search for the rest
CATEGORY_THRESHOLD = 12   # more articles than this (and at least two categories): category tiles first


class DragScroller(QObject):
    """Scroll by dragging with a pressed finger or mouse button, also when the drag starts on a tile or link.

    Touch screens often arrive as a mouse; a drag of more than THRESHOLD px scrolls instead of clicking.
    """

    THRESHOLD = 12

    def __init__(self, area: QAbstractScrollArea) -> None:
        super().__init__(area)
        self._area = area
        self._start: QPoint | None = None
        self._start_value = 0
        self.dragging = False
        self.watch(area.viewport())

    def watch(self, widget: QWidget) -> None:
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        kind = event.type()
        if not isinstance(event, QMouseEvent):
            return False
        bar = self._area.verticalScrollBar()
        if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            self._start = event.globalPosition().toPoint()
            self._start_value = bar.value()
            self.dragging = False
        elif kind == QEvent.Type.MouseMove and self._start is not None and event.buttons() & Qt.MouseButton.LeftButton:
            delta = event.globalPosition().toPoint().y() - self._start.y()
            if self.dragging or abs(delta) > self.THRESHOLD:
                self.dragging = True
                bar.setValue(self._start_value - delta)
                return True
        elif kind == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton:
            self._start = None
            if self.dragging:
                self.dragging = False
                if isinstance(watched, QAbstractButton):
                    watched.setDown(False)
                return True  # a drag is not a tap: nothing opens
        return False


def enable_finger_scrolling(area: QAbstractScrollArea) -> DragScroller:
    """Kinetic scrolling for real touch events, and drag-to-scroll for touch screens that act as a mouse."""
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
    return DragScroller(area)


def _one_per_article(items: list[ListItem]) -> list[ListItem]:
    """The best-ranked hit of each article (a search may return one row per matching section)."""
    seen: set[str] = set()
    unique = []
    for item in items:
        if item.slug not in seen:
            seen.add(item.slug)
            unique.append(item)
    return unique


class Tile(QPushButton):
    """A big button with a wrapped title and a smaller second line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KioskTile")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 16, 24, 16)
        layout.setSpacing(6)
        self.title = QLabel(self)
        self.title.setObjectName("KioskTileTitle")
        self.title.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setObjectName("KioskTileDetail")
        for label in (self.title, self.detail):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
            layout.addWidget(label)
        layout.insertStretch(0, 1)
        layout.addStretch(1)
        self.key = ""
        self.anchor = ""

    def set_content(self, key: str, title: str, detail: str, anchor: str = "") -> None:
        self.key, self.anchor = key, anchor
        self.title.setText(title)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.setAccessibleName(title)
        self.setAccessibleDescription(detail)


class KioskHome(QWidget):
    """Title, search field and tiles; search goes through SearchService only.

    Signals:
        article_chosen(slug, anchor): a tile for an article was tapped.
        search_touched(): the search field was touched (the window shows the keyboard).
    """

    article_chosen = Signal(str, str)
    search_touched = Signal()
    # The tiles' scroll area. The name hides QWidget.scroll(dx, dy) (never called on this widget); kept to
    # avoid renaming it in the kiosk window and its tests, so mypy is told once here.
    scroll: QScrollArea  # type: ignore[assignment]

    def __init__(self, library: Library, search: SearchService, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KioskHome")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._library = library
        self._search = search
        self.category: str | None = None
        self.shown: list[ListItem] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(CORNER + 32, 40, CORNER + 32, 16)
        layout.setSpacing(20)
        self.title = QLabel(title or self.tr("Patientvejledninger"), self)
        self.title.setObjectName("KioskTitle")
        self.subtitle = QLabel(self.tr("Tryk på et emne, eller søg efter en artikel"), self)
        self.subtitle.setObjectName("KioskSubtitle")
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("KioskSearch")
        self.search_field.setPlaceholderText(self.tr("Søg, fx ryg, knæ eller nerve …"))
        self.search_field.setAccessibleName(self.tr("Søg efter en artikel"))
        self.search_field.setClearButtonEnabled(False)  # too small for a finger: the big button below
        self.search_field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.search_field.setDragEnabled(False)
        self.search_field.setAcceptDrops(False)
        self.search_field.setMaxLength(200)
        self.search_field.installEventFilter(self)
        self.search_field.textChanged.connect(self.update_tiles)
        self.clear_button = QPushButton("✕  " + self.tr("Ryd"), self)
        self.clear_button.setAccessibleName(self.tr("Ryd søgningen"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.clicked.connect(self.search_field.clear)
        self.clear_button.hide()
        self.search_field.textChanged.connect(lambda text: self.clear_button.setVisible(bool(text)))
        search_row = QHBoxLayout()
        search_row.setSpacing(16)
        search_row.addWidget(self.search_field, 1)
        search_row.addWidget(self.clear_button)
        layout.addLayout(search_row)
        header = QHBoxLayout()
        self.all_topics = QPushButton("‹  " + self.tr("Alle emner"), self)
        self.all_topics.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.all_topics.clicked.connect(self.show_all_topics)
        self.heading = QLabel(self)
        self.heading.setObjectName("KioskSubtitle")
        header.addWidget(self.all_topics)
        header.addWidget(self.heading, 1)
        layout.addLayout(header)
        self.empty = QLabel(self)
        self.empty.setObjectName("KioskEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.empty)
        self.suggestion_row = QHBoxLayout()
        self.suggestion_buttons: list[QPushButton] = []
        layout.addLayout(self.suggestion_row)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tiles_widget = QWidget()
        self.tiles_widget.setObjectName("KioskTiles")
        self.grid = QGridLayout(self.tiles_widget)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(24)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.scroll.setWidget(self.tiles_widget)
        self.scroller = enable_finger_scrolling(self.scroll)
        layout.addWidget(self.scroll, 1)
        self.more = QLabel(self)
        self.more.setObjectName("KioskSubtitle")
        layout.addWidget(self.more)
        layout.addStretch(0)  # takes the room when there are no tiles, so the message stays near the field
        self.tiles: list[Tile] = []
        self._columns = 0
        ready = getattr(search, "ready", None)  # re-list when the search index for a new library is built
        if ready is not None:
            ready.connect(self.update_tiles)
        self.update_tiles()

    # --- contents ------------------------------------------------------------------------

    def set_library(self, library: Library) -> None:
        self._library = library
        self.update_tiles()

    def _everything(self) -> list[ListItem]:
        """Every article, one row each, in the search service's (Danish) order: what an empty query gives."""
        return _one_per_article(self._search.items_for(""))

    def _category_label(self, category: Category) -> str:
        return self.tr("Andet") if category.is_other else category.name

    def update_tiles(self, *_: object) -> None:
        """Show tiles for the current search text (or category); empty text shows topics or all articles."""
        text = self.search_field.text()
        self.empty.hide()
        self._set_suggestions([])
        if text.strip():
            self.category = None
            items = _one_per_article(self._search.items_for(text))
            self._show_items(items, self.tr("Fundet: %n artikler", "", len(items)))
            if not items:
                self.heading.setText("")
                self.empty.setText(self.tr("Ingen artikler fundet. Prøv et andet ord."))
                self.empty.show()
                self._set_suggestions(self._search.suggestions(text)[:4])
            return
        everything = self._everything()
        groups = group_by_category(self._library.sorted())  # the same grouping as the main window's start page
        if self.category is None and len(everything) > CATEGORY_THRESHOLD and len(groups) > 1:
            self.all_topics.hide()
            self.heading.setText(self.tr("Vælg et emne"))
            self._fill([(f"category:{group.name}", self._category_label(group), self.tr("%n artikler", "", group.count), "")
                        for group in groups])
            return
        if self.category is not None:
            group = category_named(groups, self.category)
            wanted = set(group.slugs) if group is not None else set()
            items = [item for item in everything if item.slug in wanted]
            self._show_items(items, self._category_label(group) if group is not None else self.category, back=True)
            return
        self._show_items(everything, self.tr("Alle artikler"))

    def _show_items(self, items: list[ListItem], heading: str, back: bool = False) -> None:
        self.all_topics.setVisible(back)
        self.heading.setText(heading)
        self._fill([(item.slug, item.title, item.detail, item.anchor) for item in items])

    def _fill(self, rows: list[tuple[str, str, str, str]]) -> None:
        shown = rows[:MAX_TILES]
        self.shown = [ListItem(key, title, detail, anchor=anchor) for key, title, detail, anchor in shown]
        while len(self.tiles) < len(shown):
            tile = Tile(self.tiles_widget)
            tile.clicked.connect(lambda _=False, t=tile: self._on_tile(t))
            self.scroller.watch(tile)
            self.tiles.append(tile)
            self._columns = 0  # place the new tile
        for tile, row in zip(self.tiles, shown, strict=False):
            tile.set_content(*row)
        for index, tile in enumerate(self.tiles):
            tile.setVisible(index < len(shown))
        self._layout_tiles()
        self.scroll.setVisible(bool(shown))
        self.more.setText(self.tr("Viser %1 af %2. Søg for at finde resten.").replace("%1", str(len(shown)))
                          .replace("%2", str(len(rows))) if len(rows) > len(shown) else "")
        self.more.setVisible(len(rows) > len(shown))
        self.scroll.verticalScrollBar().setValue(0)

    def _layout_tiles(self) -> None:
        columns = max(1, min(3, (self.scroll.width() - 40) // TILE_MIN_WIDTH))
        if columns == self._columns:
            return
        self._columns = columns
        for index, tile in enumerate(self.tiles):
            self.grid.addWidget(tile, index // columns, index % columns)
        for column in range(4):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def _set_suggestions(self, words: list[str]) -> None:
        for button in self.suggestion_buttons:
            button.deleteLater()
        self.suggestion_buttons = []
        for word in words:
            button = QPushButton(self.tr("Mente du: %1").replace("%1", word), self)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, w=word: self.search_field.setText(w))
            self.suggestion_row.addWidget(button)
            self.suggestion_buttons.append(button)
        if words:
            self.suggestion_row.addStretch(1)

    def _on_tile(self, tile: Tile) -> None:
        if tile.key.startswith("category:"):
            self.category = tile.key.removeprefix("category:")
            self.update_tiles()
            return
        self.article_chosen.emit(tile.key, tile.anchor)

    def show_all_topics(self) -> None:
        self.category = None
        self.update_tiles()

    def reset(self) -> None:
        """Back to the first view: no search text (nor its undo history), no category, scrolled to the top."""
        self.category = None
        self.search_field.blockSignals(True)
        forget_field(self.search_field)
        self.search_field.blockSignals(False)
        self.clear_button.hide()
        self.search_field.clearFocus()
        self.update_tiles()

    def set_compact(self, compact: bool) -> None:
        """Without the title lines, so the tiles keep room above the on-screen keyboard (on short screens)."""
        compact = compact and self.height() < 900
        self.title.setVisible(not compact)
        self.subtitle.setVisible(not compact)

    def search_terms(self) -> list[str]:
        return self._search.terms_for(self.search_field.text())

    # --- events --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if watched is self.search_field and event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin,
                                                              QEvent.Type.KeyPress, QEvent.Type.FocusIn):
            self._search.prepare()  # a patient is about to search: the search code loads in a thread meanwhile
            if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
                self.search_touched.emit()
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's API
        super().resizeEvent(event)
        self._layout_tiles()
