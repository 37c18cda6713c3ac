"""The recycle folder (Papirkurv): deleted clinic articles, newest first, each restorable to where it lay."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.recycle import RecycledEntry, list_recycled, restore


class RecycleDialog(QDialog):
    """List the deleted articles; Gendan puts the chosen one back.

    Signals:
        restored(path): an article was put back (the library reloads).
    """

    restored = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Papirkurv"))
        self.setAccessibleName(self.tr("Papirkurv"))
        self.entries: list[RecycledEntry] = []
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Slettede artikler"))
        self.empty_label = QLabel(self.tr("Papirkurven er tom."), self)
        self.restore_button = QPushButton(self.tr("&Gendan"), self)
        self.restore_button.setAccessibleName(self.tr("Gendan"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setText(self.tr("Luk"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Slettede artikler fra klinikkens mappe. Vælg en, og tryk Gendan."), self))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.list.itemActivated.connect(lambda _item: self.restore_selected())
        self.resize(560, 360)
        self.refresh()

    def refresh(self) -> None:
        self.entries = list_recycled()
        self.list.clear()
        for entry in self.entries:
            item = QListWidgetItem(f"{entry.original.name}  ·  {entry.deleted_at:%d-%m-%Y %H:%M}")
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setToolTip(str(entry.original))
            self.list.addItem(item)
        if self.entries:
            self.list.setCurrentRow(0)
        self.empty_label.setVisible(not self.entries)
        self.restore_button.setEnabled(bool(self.entries))

    def restore_selected(self) -> Path | None:
        """Put the selected article back (beside it as name-2.md when its name is taken) and list the rest."""
        row = self.list.currentRow()
        if not 0 <= row < len(self.entries):
            return None
        path = restore(self.entries[row])
        self.refresh()
        self.restored.emit(path)
        return path
