"""The sidebar: the search field and the article list with its two-line delegate."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.categories import OTHER
from ui.sidebar.model import ArticleListModel, ListItem, Role
from ui.sidebar.search_service import SearchService

_PAD = 8
SNIPPET_LINES = 3
PAGE = 20  # hits shown at first; "Vis flere" adds as many again


class ArticleDelegate(QStyledItemDelegate):
    """Title on the first line, the date or section on the second, then an optional HTML snippet."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._snippets: dict[tuple[str, str, int], QTextLayout] = {}

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setWeight(QFont.Weight.DemiBold)
        detail = QFont(option.font)
        detail.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.88))
        return title, detail

    def _snippet(self, html: str, font: QFont, width: int) -> QTextLayout:
        """The snippet laid out once and kept (rows are repainted often while typing): plain text with the
        <b> ranges bold, at most SNIPPET_LINES lines. No HTML parser: the search makes only <b> and entities."""
        key = (html, font.key(), width)
        layout = self._snippets.get(key)
        if layout is None:
            text, bold = _bold_ranges(html)
            layout = QTextLayout(text, font)
            option = QTextOption()
            option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            layout.setTextOption(option)
            ranges = []
            for start, length in bold:
                strong = QTextLayout.FormatRange()
                strong.start, strong.length = start, length
                strong.format.setFontWeight(QFont.Weight.Bold)
                ranges.append(strong)
            layout.setFormats(ranges)
            layout.beginLayout()
            y = 0.0
            for _ in range(SNIPPET_LINES):
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(max(50, width))
                line.setPosition(QPointF(0, y))
                y += line.height()
            layout.endLayout()
            self._snippets[key] = layout
            if len(self._snippets) > 300:
                self._snippets.pop(next(iter(self._snippets)))
        return layout

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        title_font, detail_font = self._fonts(option)
        height = _PAD * 2 + _line_height(title_font)
        model = index.model()
        if index.data(Role.DETAIL) or getattr(model, "has_details", False):
            height += _line_height(detail_font) + 2
        if index.data(Role.SNIPPET) or getattr(model, "has_snippets", False):
            height += SNIPPET_LINES * _line_height(detail_font) + 4
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        painter.save()
        option.text = ""
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active if option.state & QStyle.StateFlag.State_Active else QPalette.ColorGroup.Inactive
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_colour = option.palette.color(group, text_role)
        muted = _mix(text_colour, option.palette.color(group, QPalette.ColorRole.Base), 0.68 if not selected else 0.85)
        title_font, detail_font = self._fonts(option)
        rect = option.rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        painter.setFont(title_font)
        painter.setPen(text_colour)
        title_height = _line_height(title_font)
        badge = index.data(Role.BADGE) or ""
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        metrics = painter.fontMetrics()
        badge_width = 0
        if badge:
            painter.setFont(detail_font)
            badge_width = painter.fontMetrics().horizontalAdvance(badge) + _PAD
            painter.setPen(muted)
            painter.drawText(QRect(rect.left(), rect.top(), rect.width(), title_height),  # inside the row's padding
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, badge)
            painter.setFont(title_font)
            painter.setPen(text_colour)
        elided = metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width() - badge_width)
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), title_height), Qt.AlignmentFlag.AlignVCenter, elided)
        top = rect.top() + title_height
        detail = index.data(Role.DETAIL)
        if detail:
            painter.setFont(detail_font)
            painter.setPen(muted)
            detail_height = _line_height(detail_font)
            text = painter.fontMetrics().elidedText(str(detail), Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(QRect(rect.left(), top + 2, rect.width(), detail_height), Qt.AlignmentFlag.AlignVCenter, text)
            top += detail_height + 2
        snippet = index.data(Role.SNIPPET)
        if snippet:
            snippet_layout = self._snippet(snippet, detail_font, rect.width())
            painter.setClipRect(QRect(rect.left(), top + 4, rect.width(), SNIPPET_LINES * _line_height(detail_font)))
            painter.setFont(detail_font)
            painter.setPen(muted if not selected else text_colour)
            snippet_layout.draw(painter, QPointF(rect.left(), top + 4))
        painter.restore()


_BOLD = re.compile(r"<b>(.*?)</b>", re.DOTALL)


def _bold_ranges(snippet: str) -> tuple[str, list[tuple[int, int]]]:
    """Plain text and the (start, length) of each bold part of a search snippet.

    "a <b>x&amp;y</b> b" ⇒ ("a x&y b", [(2, 3)])
    """
    text: list[str] = []
    ranges: list[tuple[int, int]] = []
    length = done = 0
    for match in _BOLD.finditer(snippet):
        before = html.unescape(snippet[done:match.start()])
        strong = html.unescape(match.group(1))
        text += [before, strong]
        length += len(before)
        ranges.append((length, len(strong)))
        length += len(strong)
        done = match.end()
    text.append(html.unescape(snippet[done:]))
    return "".join(text), ranges


_line_heights: dict[str, int] = {}


def _line_height(font: QFont) -> int:
    """A font's line height, cached: sizeHint runs for every row."""
    key = font.key()
    if key not in _line_heights:
        _line_heights[key] = QFontMetrics(font).height()
    return _line_heights[key]


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """a blended into b: muted text that follows the theme."""
    return QColor(
        round(a.red() * amount + b.red() * (1 - amount)),
        round(a.green() * amount + b.green() * (1 - amount)),
        round(a.blue() * amount + b.blue() * (1 - amount)),
    )


class CategoryChip(QWidget):
    """The topic the list is narrowed to, beside the search field, with an × that clears it.

    Signals:
        cleared(): the × was pressed.
    """

    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("category-chip")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 0, 2, 0)
        layout.setSpacing(2)
        self.label = QLabel(self)
        self.label.setObjectName("category-chip-label")
        self.clear_button = QToolButton(self)
        self.clear_button.setText("×")
        self.clear_button.setAutoRaise(True)
        self.clear_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clear_button.setAccessibleName(self.tr("Fjern emnefilteret"))
        self.clear_button.setToolTip(self.tr("Vis alle artikler igen (Esc)"))
        self.clear_button.clicked.connect(self.cleared)
        layout.addWidget(self.label)
        layout.addWidget(self.clear_button)
        self.setStyleSheet("#category-chip { border: 1px solid palette(highlight); border-radius: 12px; }"
                           "QToolButton { font-size: 13pt; padding: 0 4px; }")

    def set_category(self, label: str) -> None:
        self.label.setText(label)
        self.label.setToolTip(self.tr("Listen viser kun emnet %1").replace("%1", label))
        self.setAccessibleName(self.tr("Emne: %1").replace("%1", label))
        self.setMaximumWidth(160)
        metrics = self.label.fontMetrics()
        room = 160 - 12 - self.clear_button.sizeHint().width() - 6
        self.label.setText(metrics.elidedText(label, Qt.TextElideMode.ElideRight, room))


class Sidebar(QWidget):
    """Search field (with the topic chip beside it) above the article list.

    Signals:
        article_activated(slug, anchor): the user opened a row (click, Enter).
        query_changed(text): the search text changed.
        category_changed(name): the list was narrowed to a topic ("" when it shows every article again).
    """

    article_activated = Signal(str, str)
    query_changed = Signal(str)
    category_changed = Signal(str)

    def __init__(self, search: SearchService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = search
        self.open_slug = ""  # the article open in the window (marked in the full list)
        self.category = ""  # the topic the list is narrowed to ("" for every article)
        self.search_field = QLineEdit(self)
        self.search_field.setPlaceholderText(self.tr("Søg i artikler … (Ctrl+K)"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setAccessibleName(self.tr("Søg i artikler"))
        self.search_field.setAccessibleDescription(self.tr("Skriv for at søge; pil ned går til resultaterne, Esc rydder feltet."))
        self.search_field.installEventFilter(self)
        self.model = ArticleListModel(self)
        self.list_view = QListView(self)
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(ArticleDelegate(self.list_view))
        self.list_view.setUniformItemSizes(True)  # every row as tall as the first: no per-row layout on reset
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list_view.setAccessibleName(self.tr("Artikler"))
        self.list_view.setAccessibleDescription(self.tr("Listen over artikler; Enter åbner den valgte."))
        self.list_view.installEventFilter(self)
        self.empty_label = QLabel(self.tr("Ingen artikler fundet"), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAccessibleName(self.tr("Ingen artikler fundet"))
        self.empty_label.hide()
        self.suggestion_box = QWidget(self)
        suggestion_layout = QHBoxLayout(self.suggestion_box)
        suggestion_layout.setContentsMargins(0, 0, 0, 0)
        self.suggestion_label = QLabel(self.tr("Mente du:"), self.suggestion_box)
        suggestion_layout.addWidget(self.suggestion_label)
        self.suggestion_buttons: list[QPushButton] = []
        for _ in range(3):
            button = QPushButton(self.suggestion_box)
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(self._on_suggestion_clicked)
            suggestion_layout.addWidget(button)
            self.suggestion_buttons.append(button)
        suggestion_layout.addStretch(1)
        self.suggestion_box.hide()
        self._limit = PAGE
        self._query_timer = QTimer(self)
        self._query_timer.setSingleShot(True)
        self._query_timer.setInterval(0)  # coalesces fast typing: one search per turn of the event loop
        self._query_timer.timeout.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 0, 8)
        layout.setSpacing(6)
        self.category_chip = CategoryChip(self)
        self.category_chip.hide()
        self.category_chip.cleared.connect(self.clear_category)
        search_row = QHBoxLayout()
        search_row.setSpacing(6)
        search_row.addWidget(self.search_field, 1)
        search_row.addWidget(self.category_chip)
        layout.addLayout(search_row)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.suggestion_box)
        layout.addWidget(self.list_view, 1)
        self.search_field.textChanged.connect(self._on_search_field_text_changed)
        self.search_field.returnPressed.connect(self._on_search_field_return_pressed)
        self.list_view.activated.connect(self._on_list_view_activated)
        self.list_view.clicked.connect(self._on_list_view_activated)
        self.search.ready.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Run the current query again (the library or its index changed, or the user typed)."""
        self._query_timer.stop()
        self._apply_filter(self.search_field.text())

    def show_items(self, items: list[ListItem], empty_message: str = "", suggestions: list[str] | None = None,
                   select_first: bool = True) -> None:
        """Replace the rows (search results, or all articles); with none, a message and suggestions.

        select_first marks the first row (a search's top hit, which Enter opens)."""
        self.model.set_items(items)
        if not items:  # labels and buttons are only touched when shown: each change relays the sidebar out
            message = empty_message or self.tr("Ingen artikler fundet")
            if self.empty_label.text() != message:
                self.empty_label.setText(message)
                self.empty_label.setAccessibleName(message)
            for button, word in zip(self.suggestion_buttons, (suggestions or []) + [""] * 3, strict=False):
                if button.text() != word:
                    button.setText(word)
                    button.setAccessibleName(self.tr("Søg efter %1").replace("%1", word))
                button.setVisible(bool(word))
        if self.empty_label.isHidden() != bool(items):
            self.empty_label.setVisible(not items)
        show_suggestions = not items and bool(suggestions)
        if self.suggestion_box.isHidden() == show_suggestions:
            self.suggestion_box.setVisible(show_suggestions)
        if items and select_first:
            self.list_view.setCurrentIndex(self.model.index(0, 0))

    def set_row_mark(self, mark: Callable[[str], str] | None) -> None:
        """A row's mark by slug (the clinic and review marks of ui/mainwindow/content_tools.py), shown with the row
        when it is drawn or read; after a change of the marks, refresh()."""
        self.model.mark = mark

    def select_slug(self, slug: str) -> None:
        """Mark the open article in the list without opening it again ("": nothing is open, nothing marked)."""
        self.open_slug = slug
        row = self.model.row_of(slug) if slug else -1
        if row >= 0:
            self.list_view.setCurrentIndex(self.model.index(row, 0))
        elif not self.search_field.text().strip():  # a search keeps its top hit marked: Enter opens it
            self.list_view.selectionModel().clear()

    def set_category(self, name: str) -> None:
        """Narrow the list (and the search) to one topic of reader.categories ("" shows every article)."""
        name = name.strip()
        if name == self.category:
            return
        self.category = name
        self.category_chip.setVisible(bool(name))
        if name:
            self.category_chip.set_category(self.tr("Andet") if name == OTHER else name)
        self.search_field.setPlaceholderText(self.tr("Søg i emnet … (Ctrl+K)") if name else self.tr("Søg i artikler … (Ctrl+K)"))
        self._limit = PAGE
        self.refresh()
        self.category_changed.emit(name)

    def clear_category(self) -> None:
        """Every article again (the chip's ×, or Esc in an empty search field or in the list)."""
        self.set_category("")

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def _apply_filter(self, text: str) -> None:
        within = self.search.category_slugs(self.category) if self.category else None
        if not text.strip():
            self._limit = PAGE
            items = self.search.all_items()
            if within is not None:
                items = [item for item in items if item.slug in within]
            # every article listed: only the open one is marked (Down, Enter stay on it); none open, none marked
            self.show_items(items, self.tr("Ingen artikler i emnet") if within is not None else "", select_first=False)
            self.select_slug(self.open_slug)
            return
        if within is not None:
            found = self.search.search_within(text, self._limit, within)
            result = None if found is None else found[0]
            total = None if found is None else found[1]
        else:
            result = self.search.search(text, self._limit)
            total = None if result is None else result.total
        if result is None:  # the index is still being built: titles only for now
            items = self.search.items_for(text, self._limit)
            if within is not None:
                items = [item for item in items if item.slug in within]
        else:
            items = [self.search.item_for(hit) for hit in result.hits]
            if total is None or total > len(items):  # None: more in the topic, not counted
                more = self.tr("Vis flere (%1 i alt)").replace("%1", str(total)) if total is not None else self.tr("Vis flere")
                items.append(ListItem("", more, accessible=more))
        self.show_items(items, suggestions=self.search.suggestions(text) if not items else [])

    def _on_search_field_text_changed(self, text: str) -> None:
        self.query_changed.emit(text)
        self._limit = PAGE
        self._query_timer.start()

    def _on_suggestion_clicked(self) -> None:
        button = self.sender()
        if isinstance(button, QPushButton) and button.text():
            self.search_field.setText(button.text())
            self.search_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_search_field_return_pressed(self) -> None:
        if self._query_timer.isActive():  # Enter straight after typing opens the top hit of what was typed
            self.refresh()
        index = self.list_view.currentIndex()
        if not index.isValid() and self.model.rowCount() > 0:
            index = self.model.index(0, 0)
        if index.isValid():
            self._on_list_view_activated(index)

    def _on_list_view_activated(self, index: QModelIndex) -> None:
        item = self.model.item(index.row())
        if item is not None and not item.slug:  # "Vis flere"
            row = index.row()
            self._limit += PAGE
            self.refresh()
            self.list_view.setCurrentIndex(self.model.index(row, 0))
        elif item is not None:
            self.article_activated.emit(item.slug, item.anchor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search_field:
                self.search.prepare()  # the first key: the search code loads in a thread while the query waits its turn
                if key == Qt.Key.Key_Down and self._query_timer.isActive():
                    self.refresh()
                if key == Qt.Key.Key_Down and self.model.rowCount() > 0:
                    self.list_view.setFocus(Qt.FocusReason.TabFocusReason)
                    if not self.list_view.currentIndex().isValid():
                        self.list_view.setCurrentIndex(self.model.index(0, 0))
                    return True
                if key == Qt.Key.Key_Escape and self.search_field.text():
                    self.search_field.clear()
                    return True
                if key == Qt.Key.Key_Escape and self.category:
                    self.clear_category()
                    return True
            elif watched is self.list_view:
                if key == Qt.Key.Key_Up and self.list_view.currentIndex().row() <= 0:
                    self.search_field.setFocus(Qt.FocusReason.TabFocusReason)
                    return True
                if key == Qt.Key.Key_Escape:
                    # Back to the search field; a topic with nothing typed goes too (the chip alone cannot be
                    # reached from the keyboard: the list is where choosing a topic puts the focus).
                    if self.category and not self.search_field.text().strip():
                        self.clear_category()
                    self.focus_search()
                    return True
        return super().eventFilter(watched, event)
