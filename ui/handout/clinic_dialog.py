"""The clinic profile dialog: name, address, phone, email, website and logo for handout headers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.clinic_logo import keep_logo
from reader.settings import ClinicProfile
from ui.handout.printing import read_logo


def _absolute(path: str) -> str:
    """A typed relative path made absolute, so the logo is found whatever folder the app starts in."""
    return str(Path(path).expanduser().absolute()) if path else ""


class ClinicDialog(QDialog):
    """Edit the clinic profile; profile() gives the edited values (the caller stores them)."""

    def __init__(self, clinic: ClinicProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Klinikoplysninger"))
        self.setAccessibleName(self.tr("Klinikoplysninger"))
        self.name_edit = self._line(clinic.name, self.tr("Klinikkens navn"))
        self.address_edit = QPlainTextEdit(clinic.address, self)
        self.address_edit.setAccessibleName(self.tr("Adresse"))
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setFixedHeight(64)
        self.phone_edit = self._line(clinic.phone, self.tr("Telefon"))
        self.email_edit = self._line(clinic.email, self.tr("E-mail"))
        self.website_edit = self._line(clinic.website, self.tr("Hjemmeside"))
        self.logo_edit = self._line(clinic.logo, self.tr("Logofil"))
        self.logo_edit.setPlaceholderText(self.tr("PNG, JPEG eller SVG"))
        self.choose_button = QPushButton(self.tr("Vælg …"), self)
        self.choose_button.setAccessibleName(self.tr("Vælg logofil"))
        self.clear_button = QPushButton(self.tr("Fjern"), self)
        self.clear_button.setAccessibleName(self.tr("Fjern logo"))
        self.logo_preview = QLabel(self)
        self.logo_preview.setAccessibleName(self.tr("Logo"))
        self.logo_preview.setMinimumHeight(90)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Gem"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("Gem"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annullér"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Annullér"))
        form = QFormLayout()
        form.addRow(self.tr("&Navn:"), self.name_edit)
        form.addRow(self.tr("&Adresse:"), self.address_edit)
        form.addRow(self.tr("&Telefon:"), self.phone_edit)
        form.addRow(self.tr("&E-mail:"), self.email_edit)
        form.addRow(self.tr("&Hjemmeside:"), self.website_edit)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_edit, 1)
        logo_row.addWidget(self.choose_button)
        logo_row.addWidget(self.clear_button)
        logo_label = QLabel(self.tr("&Logo:"), self)
        logo_label.setBuddy(self.logo_edit)
        form.addRow(logo_label, logo_row)
        form.addRow("", self.logo_preview)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Oplysningerne står øverst på de vejledninger, I udleverer."), self))
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.clear_button.clicked.connect(self.logo_edit.clear)
        self.logo_edit.textChanged.connect(self._show_logo)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._show_logo()

    def _line(self, text: str, name: str) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setAccessibleName(name)
        return edit

    def profile(self) -> ClinicProfile:
        """The clinic profile as edited."""
        return ClinicProfile(
            name=self.name_edit.text().strip(),
            address=self.address_edit.toPlainText().strip(),
            phone=self.phone_edit.text().strip(),
            email=self.email_edit.text().strip(),
            website=self.website_edit.text().strip(),
            logo=keep_logo(_absolute(self.logo_edit.text().strip())),  # a copy in the data folder
        )

    def _show_logo(self) -> None:
        path = self.logo_edit.text().strip()
        image = read_logo(path, scale=1) if path else None
        if image is None:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("Logoet kan ikke læses.") if path else self.tr("Intet logo."))
        else:
            self.logo_preview.setText("")
            self.logo_preview.setPixmap(QPixmap.fromImage(image))

    def _on_choose_button_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Vælg logo"), self.logo_edit.text(), self.tr("Billeder (*.png *.jpg *.jpeg *.svg)"))
        if name:
            self.logo_edit.setText(name)
