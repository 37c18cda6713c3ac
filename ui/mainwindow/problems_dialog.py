"""The problems list: every file that failed to load or loaded with a fallback, and why."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.articles import Level, Problem
from ui.base.problem_text import problem_texts
from ui.mainwindow.problem_status import LEVEL_ORDER, article_count_text, level_icon, problems_summary

__all__ = ["LEVEL_ORDER", "ProblemsDialog", "article_count_text", "folder_of", "level_icon", "level_text", "problems_summary"]


def level_text(level: Level) -> str:
    """The level as shown in the interface language: "Fejl", "Advarsel", "Bør gennemgås"."""
    names = {
        Level.ERROR: QCoreApplication.translate("ProblemsDialog", "Fejl"),
        Level.WARNING: QCoreApplication.translate("ProblemsDialog", "Advarsel"),
        Level.REVIEW: QCoreApplication.translate("ProblemsDialog", "Bør gennemgås"),
    }
    return names.get(level, level.danish)


def folder_of(path: Path) -> Path:
    """The folder to show for a problem: the file's own folder, or the folder itself when the problem is one."""
    try:
        return path if path.is_dir() else path.parent
    except (OSError, ValueError):
        return path.parent


class ProblemsDialog(QDialog):
    """A table of problems: level, file and reason; the file path can be copied."""

    def __init__(self, problems: Sequence[Problem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Problemer med artikelfiler"))
        self.setAccessibleName(self.tr("Problemer med artikelfiler"))
        self.resize(1000, 480)
        self.intro = QLabel(
            self.tr("Disse filer kunne ikke indlæses, eller blev indlæst med en nødløsning. "
                    "Ret filen, så opdateres listen af sig selv. Dobbeltklik for at åbne filens mappe."),
            self,
        )
        self.intro.setWordWrap(True)
        # With nothing wrong: a plain message instead of an introduction to an empty table.
        self.empty_label = QLabel(self.tr("Ingen problemer"), self)
        empty_font = QFont(self.empty_label.font())
        empty_font.setPointSizeF(empty_font.pointSizeF() * 1.4)
        empty_font.setBold(True)
        self.empty_label.setFont(empty_font)
        self.empty_label.setAccessibleName(self.tr("Ingen problemer"))
        self.empty_text = QLabel(self.tr("Alle artikler blev indlæst uden problemer."), self)
        self.empty_text.setWordWrap(True)
        self.empty_box = QWidget(self)
        empty_layout = QVBoxLayout(self.empty_box)
        empty_layout.setContentsMargins(0, 24, 0, 24)
        empty_layout.setSpacing(8)
        empty_layout.addStretch(1)
        for label in (self.empty_label, self.empty_text):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            empty_layout.addWidget(label)
        empty_layout.addStretch(2)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Problemer"))
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Niveau"), self.tr("Fil"), self.tr("Hvad er der galt"), self.tr("Gør")])
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.tree.setColumnWidth(1, 220)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("Det valgte problem"))
        self.details.setMinimumHeight(72)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.tree.currentItemChanged.connect(self._show_details)
        self.tree.currentItemChanged.connect(self._update_buttons)
        self.tree.itemActivated.connect(self._on_tree_item_activated)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Luk"))
        self.copy_button = QPushButton(self.tr("Kopiér filsti"), self)
        self.copy_button.setAccessibleName(self.tr("Kopiér filsti"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.open_folder_button = QPushButton(self.tr("Åbn mappe"), self)
        self.open_folder_button.setAccessibleName(self.tr("Åbn filens mappe"))
        self.open_folder_button.setToolTip(self.tr("Åbn den mappe, filen ligger i, så du kan rette eller fjerne den"))
        buttons.addButton(self.open_folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder_button.clicked.connect(self.open_current_folder)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty_box, 1)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.set_problems(problems)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        else:
            self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_problems(self, problems: Sequence[Problem]) -> None:
        """Show these problems (the list follows the folder while it is open)."""
        order = LEVEL_ORDER
        current = self.tree.currentItem()
        chosen = current.data(1, Qt.ItemDataRole.UserRole) if current is not None else None
        self.tree.clear()
        for problem in sorted(problems, key=lambda p: (order.get(p.level, 3), str(p.path))):
            texts = problem_texts(problem)  # reader says it in Danish; shown in the interface language
            item = QTreeWidgetItem([level_text(problem.level), Path(problem.path).name, texts["message"], texts["advice"]])
            item.setToolTip(1, str(problem.path))
            item.setToolTip(2, texts["message"])
            item.setToolTip(3, texts["advice"])
            item.setData(1, Qt.ItemDataRole.UserRole, str(problem.path))
            item.setIcon(0, level_icon(problem.level))
            self.tree.addTopLevelItem(item)
        empty = not problems
        self.empty_box.setVisible(empty)
        for widget in (self.intro, self.tree, self.details):
            widget.setVisible(not empty)
        for row in range(self.tree.topLevelItemCount()):
            candidate = self.tree.topLevelItem(row)
            if chosen and candidate is not None and candidate.data(1, Qt.ItemDataRole.UserRole) == chosen:
                self.tree.setCurrentItem(candidate)
                break
        self._update_buttons()

    def _update_buttons(self, *_items: QTreeWidgetItem | None) -> None:
        """The file buttons only when a file is chosen (none on a fresh install)."""
        item = self.tree.currentItem()
        chosen = item is not None and bool(item.data(1, Qt.ItemDataRole.UserRole))
        self.copy_button.setEnabled(chosen)
        self.open_folder_button.setEnabled(chosen)

    def _show_details(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None = None) -> None:
        """The whole text of the chosen row below the table: the path, what happened and what to do."""
        if item is None or not item.data(1, Qt.ItemDataRole.UserRole):
            self.details.setText("")
            return
        import html

        todo = self.tr("Gør:")
        advice = f"<br><b>{html.escape(todo)}</b> {html.escape(item.text(3))}" if item.text(3) else ""
        self.details.setText(f"<b>{html.escape(item.text(0))}:</b> {html.escape(str(item.data(1, Qt.ItemDataRole.UserRole)))}"
                             f"<br>{html.escape(item.text(2))}{advice}")

    def open_current_folder(self) -> bool:
        """Open the chosen file's folder in the system's file manager; False (and a note below) when it cannot."""
        item = self.tree.currentItem()
        if item is None or not item.data(1, Qt.ItemDataRole.UserRole):
            return False
        folder = folder_of(Path(str(item.data(1, Qt.ItemDataRole.UserRole))))
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            return True
        self.details.setText(self.tr("Mappen %1 kunne ikke åbnes.").replace("%1", str(folder)))
        return False

    def _on_tree_item_activated(self, _item: QTreeWidgetItem, _column: int) -> None:
        self.open_current_folder()

    def _on_copy_clicked(self) -> None:
        item = self.tree.currentItem()
        if item is not None and item.data(1, Qt.ItemDataRole.UserRole):
            QGuiApplication.clipboard().setText(str(item.data(1, Qt.ItemDataRole.UserRole)))
