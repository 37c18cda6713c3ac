"""Help → Tastaturgenveje: every keyboard shortcut of the window, read from its menus, plus the mode keys."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


def fixed_keys() -> list[tuple[str, list[tuple[str, str]]]]:
    """Keys that are not menu actions: the search list, find bar and consultation mode."""
    return [
        (QCoreApplication.translate("ShortcutsDialog", "Søgning og liste"), [
            (QCoreApplication.translate("ShortcutsDialog", "Gå fra søgefeltet til resultaterne"), QCoreApplication.translate("ShortcutsDialog", "Pil ned")),
            (QCoreApplication.translate("ShortcutsDialog", "Åbn den valgte artikel"), "Enter"),
            (QCoreApplication.translate("ShortcutsDialog", "Ryd søgefeltet"), "Esc"),
        ]),
        (QCoreApplication.translate("ShortcutsDialog", "Find på siden"), [
            (QCoreApplication.translate("ShortcutsDialog", "Næste fund"), QCoreApplication.translate("ShortcutsDialog", "Enter eller F3")),
            (QCoreApplication.translate("ShortcutsDialog", "Forrige fund"), QCoreApplication.translate("ShortcutsDialog", "Skift+Enter eller Skift+F3")),
            (QCoreApplication.translate("ShortcutsDialog", "Luk og fjern markeringer"), "Esc"),
        ]),
        (QCoreApplication.translate("ShortcutsDialog", "Konsultationstilstand"), [
            (QCoreApplication.translate("ShortcutsDialog", "Næste afsnit"), QCoreApplication.translate("ShortcutsDialog", "Page Down, pil højre, pil ned, mellemrum")),
            (QCoreApplication.translate("ShortcutsDialog", "Forrige afsnit"), QCoreApplication.translate("ShortcutsDialog", "Page Up, pil venstre, pil op")),
            (QCoreApplication.translate("ShortcutsDialog", "Første / sidste afsnit"), "Home / End"),
            (QCoreApplication.translate("ShortcutsDialog", "Afslut"), "Esc"),
        ]),
    ]


def menu_shortcuts(window: QMainWindow) -> list[tuple[str, list[tuple[str, str]]]]:
    """(menu title, [(action, keys)]) for every menu action that has a shortcut, in menu order."""
    groups: list[tuple[str, list[tuple[str, str]]]] = []

    def walk(menu: QMenu, title: str) -> list[tuple[str, str]]:
        rows: list[tuple[str, str]] = []
        for action in menu.actions():
            submenu = action.menu()  # typed QObject: QAction.menu() is a template in C++
            if isinstance(submenu, QMenu):
                rows.extend(walk(submenu, title))
                continue
            keys = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts() if not s.isEmpty()]
            if keys and action.text():
                rows.append((action.text().replace("&&", "\x00").replace("&", "").replace("\x00", "&"),
                             QCoreApplication.translate("ShortcutsDialog", " eller ").join(keys)))
        return rows

    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            rows = walk(menu, action.text())
            if rows:
                groups.append((action.text().replace("&", ""), rows))
    return groups


class ShortcutsDialog(QDialog):
    """A searchable-by-eye table of keys, grouped like the menus."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Tastaturgenveje"))
        self.setAccessibleName(self.tr("Tastaturgenveje"))
        self.resize(640, 720)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Handling"), self.tr("Taster")])
        self.tree.setAccessibleName(self.tr("Tastaturgenveje"))
        self.tree.setAccessibleDescription(self.tr("Alle tastaturgenveje, grupperet som menuerne."))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setStyleSheet("QTreeView::item { padding-top: 3px; padding-bottom: 3px; }")
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for title, rows in [*menu_shortcuts(window), *fixed_keys()]:
            group = QTreeWidgetItem(self.tree, [title])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            for name, keys in rows:
                QTreeWidgetItem(group, [name, keys])
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Luk"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
