"""The editor's front-matter form: title, category, tags, summary, public address and review date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from reader.authoring import ArticleForm


class FrontMatterForm(QWidget):
    """The fields of an article's front matter; form() reads them, set_form() fills them in.

    Signals:
        changed(): any field was edited.
    """

    changed = Signal()

    def __init__(self, categories: Iterable[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._extra: dict[str, str] = {}
        self._published: dt.date | None = None
        self._last_updated: dt.date | None = None
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(self.tr("Titel"))
        self.title_edit.setPlaceholderText(self.tr("Fx Ondt i knæet"))
        self.category_box = QComboBox(self)
        self.category_box.setEditable(True)
        self.category_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.category_box.setAccessibleName(self.tr("Kategori"))
        self.category_box.addItem("")
        self.category_box.addItems(sorted(set(categories)))
        line_edit = self.category_box.lineEdit()
        if line_edit is not None:
            line_edit.setPlaceholderText(self.tr("Vælg en kategori, eller skriv en ny"))
        self.tags_edit = QLineEdit(self)
        self.tags_edit.setAccessibleName(self.tr("Emneord"))
        self.tags_edit.setPlaceholderText(self.tr("Adskil med komma, fx knæ, løb, træning"))
        self.summary_edit = QLineEdit(self)
        self.summary_edit.setAccessibleName(self.tr("Resumé"))
        self.summary_edit.setPlaceholderText(self.tr("Én eller to sætninger om, hvad artiklen handler om"))
        self.url_edit = QLineEdit(self)
        self.url_edit.setAccessibleName(self.tr("Offentlig webadresse"))
        self.url_edit.setPlaceholderText("https://")
        self.review_check = QCheckBox(self.tr("Gennemgås senest"), self)
        self.review_check.setAccessibleName(self.tr("Gennemgås senest"))
        self.review_date = QDateEdit(self)
        self.review_date.setCalendarPopup(True)
        self.review_date.setDisplayFormat("dd-MM-yyyy")
        self.review_date.setAccessibleName(self.tr("Dato for gennemgang"))
        self.review_date.setDate(QDate.currentDate().addYears(2))
        self.review_date.setEnabled(False)
        for compound in (self.category_box, self.review_date):  # their inner line edit is what a screen reader meets
            for inner in compound.findChildren(QLineEdit):
                inner.setAccessibleName(compound.accessibleName())
        self.file_label = QLabel(self)
        self.file_label.setAccessibleName(self.tr("Filnavn"))
        self.file_label.setWordWrap(True)

        # Two columns of fields, so the text and its preview keep most of the window's height.
        left, right = QFormLayout(), QFormLayout()
        for column in (left, right):
            column.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for column, label, field in ((left, self.tr("&Titel:"), self.title_edit), (left, self.tr("&Kategori:"), self.category_box),
                                     (left, self.tr("&Emneord:"), self.tags_edit), (right, self.tr("&Resumé:"), self.summary_edit),
                                     (right, self.tr("&Webadresse:"), self.url_edit)):
            buddy = QLabel(label, self)
            buddy.setBuddy(field)
            column.addRow(buddy, field)
        review = QHBoxLayout()
        review.addWidget(self.review_check)
        review.addWidget(self.review_date)
        review.addStretch(1)
        right.addRow(self.tr("Gennemgang:"), review)
        left.addRow(self.tr("Fil:"), self.file_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addSpacing(16)
        layout.addLayout(right, 1)

        for edit in (self.title_edit, self.tags_edit, self.summary_edit, self.url_edit):
            edit.textEdited.connect(self.changed)
        self.category_box.editTextChanged.connect(self._on_category_box_edit_text_changed)
        self.review_check.toggled.connect(self._on_review_check_toggled)
        self.review_date.dateChanged.connect(self.changed)
        self._filling = False

    def set_form(self, form: ArticleForm) -> None:
        """Fill the fields in (no changed signal)."""
        self._filling = True
        try:
            self.title_edit.setText(form.title)
            self.category_box.setEditText(form.category)
            self.tags_edit.setText(", ".join(form.tags))
            self.summary_edit.setText(form.summary)
            self.url_edit.setText(form.url)
            self.review_check.setChecked(form.review_by is not None)
            if form.review_by is not None:
                self.review_date.setDate(QDate(form.review_by.year, form.review_by.month, form.review_by.day))
        finally:
            self._filling = False
        self._extra = dict(form.extra)
        self._published = form.published
        self._last_updated = form.last_updated

    def form(self) -> ArticleForm:
        """The fields as an ArticleForm (the file's other front-matter keys kept)."""
        review: dt.date | None = None
        if self.review_check.isChecked():
            date = self.review_date.date()
            review = dt.date(date.year(), date.month(), date.day())
        tags = tuple(part.strip() for part in self.tags_edit.text().split(",") if part.strip())
        return ArticleForm(title=self.title_edit.text(), category=self.category_box.currentText(), tags=tags,
                           summary=self.summary_edit.text(), url=self.url_edit.text(), review_by=review,
                           last_updated=self._last_updated, published=self._published, extra=dict(self._extra))

    def _on_category_box_edit_text_changed(self, _text: str) -> None:
        if not self._filling:
            self.changed.emit()

    def _on_review_check_toggled(self, checked: bool) -> None:
        self.review_date.setEnabled(checked)
        if not self._filling:
            self.changed.emit()
