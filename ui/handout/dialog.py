"""The handout dialog: choose articles and sections, order them, add patient and note, preview, print or save PDF."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QIcon, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.articles import Library
from reader.handout import (
    MAX_PATIENT,
    PAPER_SIZES,
    Handout,
    HandoutError,
    HandoutItem,
    HandoutOptions,
    HandoutTemplate,
    article_sections,
    check_note_for_patient,
    delete_template,
    load_templates,
    put_template,
    rename_template,
    section_label,
)
from reader.settings import Settings
from ui.base.i18n import current_language
from ui.base.problem_text import translated
from ui.handout.printing import HandoutLayout, prepare, prepare_device, write_pdf

KEY_ROLE = Qt.ItemDataRole.UserRole


class HandoutDialog(QDialog):
    """Compose a handout with a live preview of the real pages.

    Signals:
        preview_updated(pages): the preview shows the current choices (pages = 0 when nothing is chosen).
        pdf_saved(path): a PDF was written.
        printed(): the handout went to the printer.
    """

    preview_updated = Signal(int)
    pdf_saved = Signal(str)
    printed = Signal()

    def __init__(self, library: Library, settings: Settings, current_slug: str = "",
                 persist: Callable[[], None] | None = None, parent: QWidget | None = None, debounce_ms: int = 60) -> None:
        super().__init__(parent)
        self.library = library
        self.settings = settings
        self._persist = persist
        self._order: list[str] = []
        self.layout_result: HandoutLayout | None = None
        self.last_update_ms = 0.0
        self.setWindowTitle(self.tr("Udskriv vejledning"))
        self.setAccessibleName(self.tr("Udskriv vejledning"))
        screen = self.screen().availableGeometry()  # fits a 1366 × 768 clinic laptop too
        self.resize(min(1280, int(screen.width() * 0.92)), min(860, int(screen.height() * 0.9)))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._create_widgets()
        self._create_layout()
        self._fill_tree(current_slug)
        self._fill_templates()
        self._connect_signals()
        self._sync_order_from_tree()

    # --- construction --------------------------------------------------------------------

    def _create_widgets(self) -> None:
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Artikler og afsnit"))
        self.tree.setToolTip(self.tr("Sæt flueben ved hele artikler eller enkelte afsnit"))
        self.order_list = QListWidget(self)
        self.order_list.setAccessibleName(self.tr("Rækkefølge i vejledningen"))
        self.order_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.up_button = self._button(self.tr("Flyt op"), self.tr("Flyt det valgte punkt op"), "go-up", "Ctrl+Up")
        self.down_button = self._button(self.tr("Flyt ned"), self.tr("Flyt det valgte punkt ned"), "go-down", "Ctrl+Down")
        self.remove_button = self._button(self.tr("Fjern"), self.tr("Fjern det valgte punkt fra vejledningen"), "list-remove")
        self.patient_edit = QLineEdit(self)
        self.patient_edit.setMaxLength(MAX_PATIENT)
        self.patient_edit.setAccessibleName(self.tr("Patientens navn"))
        self.patient_edit.setPlaceholderText(self.tr("Gemmes ingen steder"))
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setAccessibleName(self.tr("Dato"))
        self.date_edit.setCalendarPopup(True)
        if current_language() == "en":
            self.date_edit.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
            self.date_edit.setDisplayFormat("d MMMM yyyy")
        else:
            self.date_edit.setLocale(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
            self.date_edit.setDisplayFormat("d. MMMM yyyy")
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setAccessibleName(self.tr("Note til patienten"))
        self.note_edit.setPlaceholderText(self.tr("Fx: Lav nerveglidningerne tre gange dagligt."))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(84)
        self.name_check = QCheckBox(self.tr("Navnet småt øverst på side 2 og frem"), self)
        self.name_check.setAccessibleName(self.tr("Patientens navn også øverst på de næste sider"))
        self.name_check.setChecked(True)
        self.large_check = QCheckBox(self.tr("Stor skrift"), self)
        self.large_check.setAccessibleName(self.tr("Stor skrift"))
        self.qr_check = QCheckBox(self.tr("QR-kode til hjemmeside"), self)
        self.qr_check.setAccessibleName(self.tr("QR-kode til hjemmeside"))
        self.paper_combo = QComboBox(self)
        self.paper_combo.addItems(list(PAPER_SIZES))
        self.paper_combo.setAccessibleName(self.tr("Papirstørrelse"))
        self.template_combo = QComboBox(self)
        self.template_combo.setAccessibleName(self.tr("Skabeloner"))
        self.save_template_button = self._button(self.tr("Gem som skabelon …"), self.tr("Gem valg, rækkefølge, note og indstillinger"))
        self.rename_template_button = self._button(self.tr("Omdøb …"), self.tr("Omdøb den valgte skabelon"))
        self.delete_template_button = self._button(self.tr("Slet"), self.tr("Slet den valgte skabelon"))
        self.printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        self.printer.setFullPage(True)
        self.preview = QPrintPreviewWidget(self.printer, self)
        self.preview.setAccessibleName(self.tr("Forhåndsvisning"))
        self.preview.setViewMode(QPrintPreviewWidget.ViewMode.SinglePageView)
        self.preview.setZoomMode(QPrintPreviewWidget.ZoomMode.FitToWidth)
        # After "Gem som PDF": open what was saved (shown beside the status line, no extra window to close)
        self.saved_path: Path | None = None
        self.open_pdf_button = self._button(self.tr("Åbn PDF"), self.tr("Åbn den gemte vejledning"))
        self.open_folder_button = self._button(self.tr("Åbn mappe"), self.tr("Åbn mappen, vejledningen er gemt i"))
        self.open_pdf_button.hide()
        self.open_folder_button.hide()
        self.status_label = QLabel(self)
        self.status_label.setAccessibleName(self.tr("Status for vejledningen"))
        self.status_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.print_button = self.buttons.addButton(self.tr("Udskriv …"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setAccessibleName(self.tr("Udskriv"))
        self.print_button.setIcon(QIcon.fromTheme("document-print"))
        self.pdf_button = self.buttons.addButton(self.tr("Gem som PDF …"), QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button.setAccessibleName(self.tr("Gem som PDF"))
        self.close_button = self.buttons.addButton(self.tr("Luk"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setAccessibleName(self.tr("Luk"))

    def _button(self, text: str, tip: str, icon: str = "", shortcut: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace(" …", ""))
        button.setToolTip(tip)
        if icon:
            button.setIcon(QIcon.fromTheme(icon))
        if shortcut:
            button.setShortcut(QKeySequence(shortcut))
        return button

    def _create_layout(self) -> None:
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 6, 0)
        column.addWidget(QLabel(self.tr("<b>Artikler og afsnit</b>"), self))
        column.addWidget(self.tree, 5)
        column.addWidget(QLabel(self.tr("<b>Rækkefølge</b>"), self))
        column.addWidget(self.order_list, 2)
        moves = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            moves.addWidget(button)
        moves.addStretch(1)
        column.addLayout(moves)
        patient = QGroupBox(self.tr("Patient"), self)
        form = QFormLayout(patient)
        form.addRow(self.tr("&Navn:"), self.patient_edit)
        form.addRow(self.tr("&Dato:"), self.date_edit)
        form.addRow(self.tr("N&ote:"), self.note_edit)
        form.addRow("", self.name_check)
        column.addWidget(patient)
        options = QGroupBox(self.tr("Udseende"), self)
        row = QHBoxLayout(options)
        row.addWidget(self.large_check)
        row.addWidget(self.qr_check)
        row.addStretch(1)
        paper_label = QLabel(self.tr("&Papir:"), self)
        paper_label.setBuddy(self.paper_combo)
        row.addWidget(paper_label)
        row.addWidget(self.paper_combo)
        column.addWidget(options)
        templates = QGroupBox(self.tr("Skabeloner"), self)
        template_column = QVBoxLayout(templates)
        template_column.addWidget(self.template_combo)
        template_row = QHBoxLayout()
        for button in (self.save_template_button, self.rename_template_button, self.delete_template_button):
            template_row.addWidget(button)
        template_column.addLayout(template_row)
        column.addWidget(templates)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setAccessibleName(self.tr("Valg og forhåndsvisning"))
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([430, 850])
        splitter.setChildrenCollapsible(False)
        outer = QVBoxLayout(self)
        outer.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.open_pdf_button)
        bottom.addWidget(self.open_folder_button)
        bottom.addWidget(self.buttons)
        outer.addLayout(bottom)

    def _fill_tree(self, current_slug: str) -> None:
        self.tree.blockSignals(True)
        for article in self.library.sorted():
            top = QTreeWidgetItem(self.tree, [article.title])
            top.setData(0, KEY_ROLE, article.slug)
            top.setFlags(top.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate)
            top.setCheckState(0, Qt.CheckState.Unchecked)
            for section in article_sections(article):
                child = QTreeWidgetItem(top, [section_label(section)])
                child.setData(0, KEY_ROLE, HandoutItem(article.slug, section.anchor).key)
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(0, Qt.CheckState.Unchecked)
            if article.slug == current_slug:
                top.setCheckState(0, Qt.CheckState.Checked)
                top.setExpanded(True)
                self.tree.setCurrentItem(top)
        self.tree.blockSignals(False)

    def _fill_templates(self, select: str = "") -> None:
        self.template_combo.blockSignals(True)
        self.template_combo.clear()
        self.template_combo.addItem(self.tr("Vælg en skabelon …"), "")
        for template in load_templates(self.settings.handout_templates):
            self.template_combo.addItem(template.name, template.name)
        index = self.template_combo.findData(select) if select else 0
        self.template_combo.setCurrentIndex(max(0, index))
        self.template_combo.blockSignals(False)
        self._update_buttons()

    def _connect_signals(self) -> None:
        self.tree.itemChanged.connect(self._on_tree_item_changed)
        self.order_list.currentRowChanged.connect(self._update_buttons)
        self.up_button.clicked.connect(self._on_up_button_clicked)
        self.down_button.clicked.connect(self._on_down_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.open_pdf_button.clicked.connect(self._on_open_pdf_button_clicked)
        self.open_folder_button.clicked.connect(self._on_open_folder_button_clicked)
        self.patient_edit.textChanged.connect(self.schedule_update)
        self.date_edit.dateChanged.connect(self.schedule_update)
        self.note_edit.textChanged.connect(self.schedule_update)
        self.large_check.toggled.connect(self.schedule_update)
        self.qr_check.toggled.connect(self.schedule_update)
        self.name_check.toggled.connect(self.schedule_update)
        self.paper_combo.currentIndexChanged.connect(self.schedule_update)
        self.template_combo.activated.connect(self._on_template_combo_activated)
        self.save_template_button.clicked.connect(self._on_save_template_button_clicked)
        self.rename_template_button.clicked.connect(self._on_rename_template_button_clicked)
        self.delete_template_button.clicked.connect(self._on_delete_template_button_clicked)
        self._timer.timeout.connect(self.update_preview)
        self.preview.paintRequested.connect(self._on_preview_paint_requested)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.close_button.clicked.connect(self.reject)

    # --- state ---------------------------------------------------------------------------

    @property
    def order(self) -> list[str]:
        """The chosen items' keys, in handout order."""
        return list(self._order)

    def handout(self) -> Handout:
        """The handout the dialog shows now (the patient's name and note only in memory)."""
        qdate = self.date_edit.date()
        return Handout(
            tuple(HandoutItem.parse(key) for key in self._order),
            self.patient_edit.text(),
            dt.date(qdate.year(), qdate.month(), qdate.day()),
            self.note_edit.toPlainText(),
            self._options(),
            self.settings.clinic,
        )

    def _options(self) -> HandoutOptions:
        return HandoutOptions(self.large_check.isChecked(), self.qr_check.isChecked(), self.paper_combo.currentText(),
                              self.name_check.isChecked())

    def _articles(self) -> list[QTreeWidgetItem]:
        items = (self.tree.topLevelItem(index) for index in range(self.tree.topLevelItemCount()))
        return [item for item in items if item is not None]

    @staticmethod
    def _sections(article: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        items = (article.child(row) for row in range(article.childCount()))
        return [item for item in items if item is not None]

    def _chosen_in_tree(self) -> list[str]:
        chosen: list[str] = []
        for top in self._articles():
            state = top.checkState(0)
            if state == Qt.CheckState.Checked:
                chosen.append(str(top.data(0, KEY_ROLE)))
            elif state == Qt.CheckState.PartiallyChecked:
                for child in self._sections(top):
                    if child.checkState(0) == Qt.CheckState.Checked:
                        chosen.append(str(child.data(0, KEY_ROLE)))
        return chosen

    def _sync_order_from_tree(self) -> None:
        """Keep the order of what stays chosen; new items of an article take the place of its removed ones."""
        chosen = self._chosen_in_tree()
        old = self._order
        result: list[str] = []
        placed: set[str] = set()
        for key in old:
            if key in chosen:
                result.append(key)
                placed.add(key)
                continue
            slug = HandoutItem.parse(key).slug
            for new in chosen:
                if new not in old and new not in placed and HandoutItem.parse(new).slug == slug:
                    result.append(new)
                    placed.add(new)
        result.extend(key for key in chosen if key not in placed)
        self._set_order(result)

    def _set_order(self, keys: list[str], current: int = -1) -> None:
        self._order = keys
        self.order_list.blockSignals(True)
        self.order_list.clear()
        for key in keys:
            self.order_list.addItem(QListWidgetItem(self._label(key)))
        self.order_list.blockSignals(False)
        if 0 <= current < len(keys):
            self.order_list.setCurrentRow(current)
        self._update_buttons()
        self.schedule_update()

    def _label(self, key: str) -> str:
        item = HandoutItem.parse(key)
        article = self.library.get(item.slug)
        title = article.title if article else item.slug
        if item.anchor is None:
            return self.tr("%1 (hele artiklen)").replace("%1", title)
        if article is None:
            return f"{title} › {item.anchor}"
        section = next((s for s in article_sections(article) if s.anchor == item.anchor), None)
        return f"{title} › {section_label(section) if section else item.anchor}"

    def _update_buttons(self) -> None:
        row = self.order_list.currentRow()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.order_list.count() - 1)
        self.remove_button.setEnabled(row >= 0)
        has_template = bool(self.template_combo.currentData())
        self.rename_template_button.setEnabled(has_template)
        self.delete_template_button.setEnabled(has_template)
        self.print_button.setEnabled(bool(self._order))
        self.pdf_button.setEnabled(bool(self._order))

    def schedule_update(self) -> None:
        """Refresh the preview shortly (changes in quick succession cost one layout)."""
        self._timer.start()

    def update_preview(self) -> None:
        """Lay the handout out now and repaint the preview."""
        started = time.perf_counter()
        self._timer.stop()
        self.layout_result = None
        self.open_pdf_button.hide()  # they open the last saved PDF: a changed handout is another one
        self.open_folder_button.hide()
        if not self._order:
            self.status_label.setText(self.tr("Vælg mindst én artikel eller ét afsnit."))
        else:
            try:
                self.layout_result = prepare(self.handout(), self.library)
                pages = self.layout_result.page_count
                count = self.tr("1 side.") if pages == 1 else self.tr("%1 sider.").replace("%1", str(pages))
                self.status_label.setText(" ".join([count, *map(translated, self.layout_result.warnings)]))
            except HandoutError as error:
                self.status_label.setText(translated(str(error)))
        prepare_device(self.printer, self._options().paper)
        self.printer.setFullPage(True)
        self.preview.updatePreview()
        self.last_update_ms = (time.perf_counter() - started) * 1000
        self.preview_updated.emit(self.layout_result.page_count if self.layout_result else 0)

    # --- slots ---------------------------------------------------------------------------

    def _on_tree_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        self._sync_order_from_tree()

    def _move(self, step: int) -> None:
        row = self.order_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < len(self._order):
            return
        keys = list(self._order)
        keys[row], keys[target] = keys[target], keys[row]
        self._set_order(keys, target)

    def _on_up_button_clicked(self) -> None:
        self._move(-1)
        self._keep_focus_safe()

    def _on_down_button_clicked(self) -> None:
        self._move(1)
        self._keep_focus_safe()

    def _keep_focus_safe(self) -> None:
        """A move button that just got disabled (top or bottom reached) hands the focus to the list, never to "Fjern"."""
        focused = self.focusWidget()  # (hasFocus() is False while another window is active)
        for button in (self.up_button, self.down_button):
            if not button.isEnabled() and focused in (button, self.remove_button):
                self.order_list.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def _on_remove_button_clicked(self) -> None:
        row = self.order_list.currentRow()
        if row < 0:
            return
        self._check_only(self._order[:row] + self._order[row + 1:])

    def _check_only(self, keys: list[str]) -> None:
        """Tick exactly keys in the tree and make them the order."""
        wanted = set(keys)
        self.tree.blockSignals(True)
        for top in self._articles():
            whole = str(top.data(0, KEY_ROLE)) in wanted
            for child in self._sections(top):
                checked = whole or str(child.data(0, KEY_ROLE)) in wanted
                child.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            if whole:
                top.setCheckState(0, Qt.CheckState.Checked)
            top.setExpanded(top.isExpanded() or (not whole and top.checkState(0) != Qt.CheckState.Unchecked))
        self.tree.blockSignals(False)
        self._order = [key for key in keys if key in self._chosen_in_tree()]
        self._sync_order_from_tree()

    def _on_preview_paint_requested(self, printer: QPrinter) -> None:
        if self.layout_result is not None:
            self.layout_result.paint(printer)

    def _on_print_button_clicked(self) -> None:
        if self.layout_result is None or self._timer.isActive():
            self.update_preview()
        if self.layout_result is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_device(printer, self.layout_result.job.page.paper)
        printer.setFullPage(True)
        if not self._ask_printer(printer):
            return
        try:
            self.layout_result.paint(printer)
        except OSError as error:
            self._warn(self.tr("Udskrivning mislykkedes"), str(error))
            return
        self.status_label.setText(self.tr("Sendt til printeren."))
        self.printed.emit()

    def _on_pdf_button_clicked(self) -> None:
        if self.layout_result is None or self._timer.isActive():
            self.update_preview()
        if self.layout_result is None:
            return
        path = self._ask_pdf_path()
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_pdf(self.layout_result, path)
        except OSError as error:
            self._warn(self.tr("PDF-filen kunne ikke gemmes"), f"{path}\n\n{error.strerror or error}")
            return
        self.status_label.setText(self.tr("Gemt: %1").replace("%1", path.name))
        self.settings.handout_folder = str(path.parent)  # the folder only: the file name may name the patient
        self._save_settings()
        self.saved_path = path
        self.open_pdf_button.show()
        self.open_folder_button.show()
        self.pdf_saved.emit(str(path))

    def _on_open_pdf_button_clicked(self) -> None:
        if self.saved_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_path)))

    def _on_open_folder_button_clicked(self) -> None:
        if self.saved_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_path.parent)))

    def suggested_pdf_path(self) -> Path:
        """Where "Gem som PDF" starts: the last folder used (else home), with a name no file has yet.

        vejledning-2026-12-01.pdf, then vejledning-2026-12-01-2.pdf, -3 … for the next patients that day.
        """
        folder = Path(self.settings.handout_folder) if self.settings.handout_folder else Path.home()
        try:
            if not folder.is_dir():
                folder = Path.home()
        except (OSError, ValueError):
            folder = Path.home()
        stem = f"vejledning-{self.handout().date}"
        candidate = folder / f"{stem}.pdf"
        number = 2
        while candidate.exists() and number < 10_000:
            candidate = folder / f"{stem}-{number}.pdf"
            number += 1
        return candidate

    def _on_template_combo_activated(self, index: int) -> None:
        name = self.template_combo.itemData(index)
        template = next((t for t in load_templates(self.settings.handout_templates) if t.name == name), None)
        self._update_buttons()
        if template is None:
            return
        self.large_check.setChecked(template.options.large_print)
        self.qr_check.setChecked(template.options.qr)
        self.name_check.setChecked(template.options.name_on_every_page)
        self.paper_combo.setCurrentText(template.options.paper)
        self.note_edit.setPlainText(template.note)
        known = [item.key for item in template.items if item.slug in self.library]
        self._check_only(known)
        missing = len(template.items) - len(known)
        if missing:
            skipped = self.tr("%1 punkt(er) i skabelonen findes ikke længere og er sprunget over.")
            self.status_label.setText(skipped.replace("%1", str(missing)))

    def _on_save_template_button_clicked(self) -> None:
        if not self._order:
            self._warn(self.tr("Gem skabelon"), self.tr("Vælg mindst én artikel eller ét afsnit først."))
            return
        note = self.note_edit.toPlainText()
        try:
            check_note_for_patient(note, self.patient_edit.text())
        except HandoutError as error:
            self._warn(self.tr("Gem skabelon"), translated(str(error)))
            return
        name = self._ask_text(self.tr("Gem skabelon"), self.tr("Navn på skabelonen:"), str(self.template_combo.currentData() or ""))
        if name is None:
            return
        template = HandoutTemplate(name.strip(), tuple(HandoutItem.parse(k) for k in self._order), note, self._options())
        try:
            check_note_for_patient(note, self.patient_edit.text(), template.name)
            self.settings.handout_templates = put_template(self.settings.handout_templates, template)
        except HandoutError as error:
            self._warn(self.tr("Gem skabelon"), translated(str(error)))
            return
        self._save_settings()
        self._fill_templates(name.strip())

    def _on_rename_template_button_clicked(self) -> None:
        old = str(self.template_combo.currentData() or "")
        if not old:
            return
        new = self._ask_text(self.tr("Omdøb skabelon"), self.tr("Nyt navn:"), old)
        if new is None:
            return
        try:
            check_note_for_patient("", self.patient_edit.text(), new)
            self.settings.handout_templates = rename_template(self.settings.handout_templates, old, new)
        except HandoutError as error:
            self._warn(self.tr("Omdøb skabelon"), translated(str(error)))
            return
        self._save_settings()
        self._fill_templates(new.strip())

    def _on_delete_template_button_clicked(self) -> None:
        name = str(self.template_combo.currentData() or "")
        if not name or not self._confirm(self.tr("Slet skabelon"), self.tr("Slet skabelonen \"%1\"?").replace("%1", name)):
            return
        self.settings.handout_templates = delete_template(self.settings.handout_templates, name)
        self._save_settings()
        self._fill_templates()

    def _save_settings(self) -> None:
        if self._persist is not None:
            self._persist()

    # --- questions to the user (tests replace these) -------------------------------------

    def _ask_pdf_path(self) -> Path | None:
        suggested = str(self.suggested_pdf_path())
        # Qt's own dialog: the platform one may record the file name (and so the patient's) in recent files.
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Gem vejledning som PDF"), suggested, "PDF (*.pdf)",
                                              options=QFileDialog.Option.DontUseNativeDialog)
        return Path(name) if name else None

    def _ask_printer(self, printer: QPrinter) -> bool:
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Udskriv vejledning"))
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _ask_text(self, title: str, label: str, text: str) -> str | None:
        value, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, text)
        return value if ok and value.strip() else None

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)
