"""The clinic folder dialog: where the clinic's own articles live (a network share works) and the review age."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


class FolderDialog(QDialog):
    """Edit the clinic folder and the review age; values() gives (folder or "" for the default, months)."""

    def __init__(self, chosen: str, current: Path, months: int, parent: QWidget | None = None, lix_limit: int = 0) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Klinikkens artikler"))
        self.setAccessibleName(self.tr("Klinikkens artikler"))
        self._default = str(current) if not chosen else ""
        self.folder_edit = QLineEdit(chosen, self)
        self.folder_edit.setAccessibleName(self.tr("Artikelmappe"))
        self.folder_edit.setPlaceholderText(self._default or self.tr("Standardmappen"))
        self.choose_button = QPushButton(self.tr("Vælg …"), self)
        self.choose_button.setAccessibleName(self.tr("Vælg artikelmappe"))
        self.default_button = QPushButton(self.tr("Standard"), self)
        self.default_button.setAccessibleName(self.tr("Brug standardmappen"))
        self.months_spin = QSpinBox(self)
        self.months_spin.setRange(1, 240)
        self.months_spin.setValue(months)
        self.months_spin.setSuffix(self.tr(" måneder"))
        self.months_spin.setAccessibleName(self.tr("Bør gennemgås efter"))
        self.lix_spin = QSpinBox(self)
        self.lix_spin.setRange(0, 100)
        self.lix_spin.setValue(lix_limit)
        self.lix_spin.setSpecialValueText(self.tr("Fra"))
        self.lix_spin.setAccessibleName(self.tr("Marker artikler med LIX over"))
        self.lix_spin.setToolTip(self.tr("Artikler med en LIX over dette tal vises i listen over problemer. "
                                         "Under 35 er let, 35-44 middel, 45 og derover svær. Fra: ingen markering."))
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Mappens status"))
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.default_button)
        form = QFormLayout()
        folder_label = QLabel(self.tr("&Mappe:"), self)
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, row)
        form.addRow("", self.status_label)
        months_label = QLabel(self.tr("&Bør gennemgås efter:"), self)
        months_label.setBuddy(self.months_spin)
        form.addRow(months_label, self.months_spin)
        lix_label = QLabel(self.tr("Marker artikler med &LIX over:"), self)
        lix_label.setBuddy(self.lix_spin)
        form.addRow(lix_label, self.lix_spin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Gem"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annullér"))
        intro = QLabel(self.tr("Læg klinikkens egne artikler (Markdown-filer) i mappen; de vises med det samme. "
                               "En artikel med samme filnavn som en medfølgende erstatter den. "
                               "Et netværksdrev virker også."), self)
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.default_button.clicked.connect(self.folder_edit.clear)
        self.folder_edit.textChanged.connect(self._show_status)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._show_status()

    def values(self) -> tuple[str, int]:
        """(the chosen folder as an absolute path, or "" for the default; months before review)."""
        text = self.folder_edit.text().strip().replace("\x00", "")
        try:
            folder = str(Path(text).expanduser().absolute()) if text else ""
        except (RuntimeError, OSError, ValueError):  # "~nobody/x": an unknown user's home
            folder = str(Path(text).absolute())
        return folder, self.months_spin.value()

    def lix_limit(self) -> int:
        """The LIX above which the problems list notes an article (0: off)."""
        return self.lix_spin.value()

    def _show_status(self) -> None:
        text = self.folder_edit.text().strip()
        if not text:
            self.status_label.setText(self.tr("Standardmappen bruges: {0}").format(self._default))
            return
        try:
            exists = Path(text).expanduser().is_dir()
        except (OSError, ValueError, RuntimeError):
            exists = False
        self.status_label.setText(self.tr("Mappen findes.") if exists else
                                  self.tr("Mappen findes ikke (endnu); den vises som et problem, til den findes."))

    def _on_choose_button_clicked(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Vælg artikelmappe"), self.folder_edit.text() or self._default)
        if name:
            self.folder_edit.setText(name)
