"""The "På denne side" panel: the open article's sections and FAQ questions; click jumps, scrolling follows."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from reader.rendered import Section
from ui.article.sections import TOP_SLACK, anchor_tops

_ANCHOR = Qt.ItemDataRole.UserRole


class _WrapDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text: long Danish headings are read whole, not cut off."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        tree = self.parent()
        assert isinstance(tree, QTreeWidget)
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        width = max(80, tree.viewport().width() - tree.indentation() * depth - 12)
        # An item's own font (bold for the section being read) sets only the weight: the size is the tree's.
        own = index.data(Qt.ItemDataRole.FontRole)
        font = QFont(own).resolve(option.font) if isinstance(own, QFont) else option.font
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        rect = QFontMetrics(font).boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text)
        return QSize(width, rect.height() + 8)


class _WrappingTree(QTreeWidget):
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's API
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()


class TocPanel(QDockWidget):
    """A dock with a tree of `##` sections (FAQ questions under their heading).

    Signals:
        section_chosen(anchor): the user clicked or pressed Enter on a section.
    """

    section_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("På denne side"), parent)
        self.setObjectName("toc-dock")
        self.setAccessibleName(self.tr("På denne side"))
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.tree = _WrappingTree(self)
        self.tree.setItemDelegate(_WrapDelegate(self.tree))
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(14)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName(self.tr("Afsnit i artiklen"))
        self.tree.setAccessibleDescription(self.tr("Afsnittene i den åbne artikel; Enter springer til afsnittet."))
        self.tree.setMinimumWidth(200)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tree.setStyleSheet("QTreeView::item { padding-top: 3px; padding-bottom: 3px; }")
        self.setWidget(self.tree)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._order: list[str] = []
        self._current = ""
        self.tree.itemClicked.connect(self._on_tree_item_activated)
        self.tree.itemActivated.connect(self._on_tree_item_activated)

    def set_sections(self, sections: list[Section] | tuple[Section, ...]) -> None:
        """Show an article's headings: every `##`, and the FAQ questions beneath theirs."""
        self.tree.clear()
        self._items.clear()
        self._order.clear()
        self._current = ""
        parent: QTreeWidgetItem | None = None
        for section in sections:
            if section.level == 2:
                parent = QTreeWidgetItem([section.title])
                self.tree.addTopLevelItem(parent)
                item = parent
            elif section.faq and parent is not None:
                item = QTreeWidgetItem(parent, [section.title])
            else:
                continue
            item.setData(0, _ANCHOR, section.anchor)
            item.setToolTip(0, section.title)
            if section.red_flag:
                item.setText(0, "⚠ " + section.title)
            self._items[section.anchor] = item
            self._order.append(section.anchor)
        self.tree.expandAll()

    def anchors(self) -> list[str]:
        """The anchors listed, in document order."""
        return list(self._order)

    @property
    def current_anchor(self) -> str:
        return self._current

    def mark_current(self, anchor: str) -> None:
        """Mark the section being read (bold and selected), without emitting section_chosen."""
        if anchor == self._current:
            return
        old = self._items.get(self._current)
        if old is not None:
            self._set_bold(old, False)
        self._current = anchor
        item = self._items.get(anchor)
        self.tree.blockSignals(True)
        if item is None:
            self.tree.clearSelection()
            self.tree.setCurrentItem(None)  # type: ignore[call-overload]  # Qt takes nullptr (no current item); the stub omits None
        else:
            self._set_bold(item, True)
            self.tree.setCurrentItem(item)
            self.tree.scrollToItem(item)
        self.tree.blockSignals(False)

    def follow(self, document_view: QWidget) -> None:
        """Mark the section whose heading is at (or last passed) the top of a text view."""
        from PySide6.QtWidgets import QTextEdit

        if not isinstance(document_view, QTextEdit) or not self._order:
            return
        if not document_view.isVisible():  # an article opened before the window's first show (the start-up shelf):
            return  # laid out at a placeholder size, its headings' places say nothing; the first scroll follows
        tops = anchor_tops(document_view.document())
        scroll = document_view.verticalScrollBar().value()
        current = ""
        for anchor in self._order:
            top = tops.get(anchor)
            if top is not None and top <= scroll + TOP_SLACK:
                current = anchor
        # Always the section really at the top, also at the end: a jump adds room below the article, so even
        # the last section reaches the top (sections.scroll_to).
        self.mark_current(current)

    def set_large(self, large: bool) -> None:
        """Large enough to read from a chair (consultation mode), or the normal size."""
        if not hasattr(self, "_normal_font"):
            self._normal_font = QFont(self.tree.font())
        font = QFont(self._normal_font)
        if large:
            font.setPointSizeF(self._normal_font.pointSizeF() * 1.6)
        self.tree.setFont(font)
        self.tree.scheduleDelayedItemsLayout()

    @staticmethod
    def _set_bold(item: QTreeWidgetItem, bold: bool) -> None:
        font = QFont(item.font(0))
        font.setBold(bold)
        item.setFont(0, font)

    def _on_tree_item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        anchor = str(item.data(0, _ANCHOR) or "")
        if anchor:
            self.mark_current(anchor)
            self.section_chosen.emit(anchor)
