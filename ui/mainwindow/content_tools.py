"""The main window's content tools: the watched clinic folder, content-pack import, review marks and problems."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from reader.articles import Library, Problem, Source
from reader.review import due_for_review, review_problems
from ui.library.watcher import LibraryWatcher
from ui.sidebar.model import ListItem


class ContentTools:
    """Mixed into MainWindow: the clinic folder's watcher, File → Importér artikelpakke…, review marks, problems.

    MainWindow provides view, sidebar, settings, library, file_menu, _action(), _save() and set_library().
    show_review_marks is True for staff; the kiosk sets it False (no "Bør gennemgås" anywhere).
    """

    view: Any
    sidebar: Any
    settings: Any
    library: Library
    file_menu: Any
    quit_action: QAction
    watcher: LibraryWatcher | None = None
    show_review_marks: bool = True
    problems_dialog: Any = None

    def _create_content_tools(self) -> None:
        """The import and folder actions in the File menu, and the sidebar's clinic and review marks."""
        self._due: dict[str, str] = {}
        self.import_action = self._action(QCoreApplication.translate("ContentTools", "&Importér artikelpakke …"), [], None,  # type: ignore[attr-defined]
                                          QCoreApplication.translate("ContentTools", "Pak artikler og billeder fra en zip-fil ud i klinikkens mappe"))
        self.folder_action = self._action(QCoreApplication.translate("ContentTools", "&Artikelmappe …"), [], None,  # type: ignore[attr-defined]
                                          QCoreApplication.translate("ContentTools", "Vælg klinikkens mappe med egne artikler"))
        self.file_menu.insertAction(self.quit_action, self.import_action)
        self.file_menu.insertAction(self.quit_action, self.folder_action)
        self.file_menu.insertSeparator(self.quit_action)
        self.import_action.triggered.connect(self.show_import_dialog)
        self.folder_action.triggered.connect(self.show_folder_dialog)
        self.sidebar.row_decorators.append(self._decorate_row)
        self.view.article_opened.connect(self._on_content_article_opened)
        self._refresh_review()
        self.sidebar.refresh()

    def _on_content_article_opened(self, slug: str) -> None:
        """Say so when an article could not be formatted (too slow or broken Markdown) and is shown as plain text."""
        article = self.library.get(slug)
        if article is not None:
            error = self.view.rendered(article).error
            if error:
                self.statusBar().showMessage(error, 15000)  # type: ignore[attr-defined]

    # --- marks and problems ----------------------------------------------------------------

    def set_review_marks(self, shown: bool) -> None:
        """Show or hide "Bør gennemgås" (the kiosk hides it)."""
        self.show_review_marks = shown
        self._refresh_review()
        self.sidebar.refresh()
        self._update_status()  # type: ignore[attr-defined]

    def _refresh_review(self) -> None:
        """The marks per slug for the current library: "Klinik" and/or "Bør gennemgås" (computed once per library)."""
        self._due_for = self.library
        self._due = due_for_review(self.library, dt.date.today(), self.settings.review_months) if self.show_review_marks else {}
        clinic = QCoreApplication.translate("ContentTools", "Klinik")
        review = QCoreApplication.translate("ContentTools", "Bør gennemgås")
        self._marks: dict[str, str] = {}
        for article in self.library.sorted():
            parts = ([clinic] if article.source == "clinic" else []) + ([review] if article.slug in self._due else [])
            if parts:
                self._marks[article.slug] = " · ".join(parts)

    def visible_problems(self) -> list[Problem]:
        """The library's problems, plus the review marks for staff."""
        if getattr(self, "_due_for", None) is not self.library:
            self._refresh_review()
        rows = list(self.library.problems)
        if self.show_review_marks:
            rows += review_problems(self.library, due=self._due)
        return rows

    def _decorate_row(self, item: ListItem) -> ListItem:
        """A row gets "Klinik" when it is the clinic's own article and "Bør gennemgås" when due for review."""
        if getattr(self, "_due_for", None) is not self.library:  # the sidebar may refresh before set_library ends
            self._refresh_review()
        mark = self._marks.get(item.slug)
        if not mark:
            return item
        badge = f"{item.badge} · {mark}" if item.badge else mark
        spoken = item.accessible or ", ".join(part for part in (item.title, item.detail) if part)
        return ListItem(item.slug, item.title, item.detail, item.snippet_html, item.anchor, badge, f"{spoken}, {mark}")

    def _content_library_changed(self) -> None:
        """After set_library: review marks, the open problems list and the sidebar rows follow the new library."""
        if getattr(self, "_due_for", None) is not self.library:
            self._refresh_review()
        dialog = self.problems_dialog
        if dialog is not None:
            try:
                if dialog.isVisible():
                    dialog.set_problems(self.visible_problems())
            except RuntimeError:  # the dialog was closed and deleted
                self.problems_dialog = None

    # --- the watched folder ----------------------------------------------------------------

    def watch_library(self, sources: Sequence[Source], restore_last: bool = False) -> LibraryWatcher:
        """Load the sources in the background and keep watching them; each new library is shown in place.

        restore_last reopens the article open at the last close once the first load is in (start-up).
        """
        self._restore_pending = restore_last
        if self.watcher is not None:
            self.watcher.set_sources(sources)
            return self.watcher
        self.watcher = LibraryWatcher(sources, self)  # type: ignore[arg-type]
        self.watcher.library_loaded.connect(self.apply_library)
        # A search index build and a reload in two threads slow each other badly (each file's stat waits for
        # the interpreter): the build waits while the reload runs.
        self.watcher.reload_started.connect(self.search.pause_build)  # type: ignore[attr-defined]
        self.watcher.reload_finished.connect(self.search.resume_build)  # type: ignore[attr-defined]
        if not len(self.library):
            self.statusBar().showMessage(QCoreApplication.translate("ContentTools", "Indlæser artikler …"))  # type: ignore[attr-defined]
        self.watcher.start()
        return self.watcher

    def apply_library(self, library: Library) -> None:
        """Show a reloaded library without losing the user's place: the open article, its scroll, the list's scroll."""
        bar = self.sidebar.list_view.verticalScrollBar()
        list_scroll = bar.value()
        self.set_library(library)  # type: ignore[attr-defined]
        current = self.view.current_slug
        if current:
            self.sidebar.select_slug(current)
        bar.setValue(list_scroll)
        status = self.statusBar()  # type: ignore[attr-defined]
        if status.currentMessage() == QCoreApplication.translate("ContentTools", "Indlæser artikler …"):
            status.clearMessage()  # only our own message: a settings warning stays
        if getattr(self, "_restore_pending", False):
            self._restore_pending = False
            self.restore_last_article()  # type: ignore[attr-defined]

    # --- import and folder -----------------------------------------------------------------

    def clinic_folder(self) -> Path:
        from reader.sources import ensure_clinic_folder

        return ensure_clinic_folder(self.settings)

    def show_import_dialog(self) -> None:
        """Choose a .zip and import it into the clinic folder; the watcher shows the new articles."""
        name, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("ContentTools", "Importér artikelpakke"), str(Path.home()),  # type: ignore[arg-type]
                                              QCoreApplication.translate("ContentTools", "Artikelpakker (*.zip)"))
        if name:
            self.import_pack(Path(name))

    def import_pack(self, pack: Path) -> None:
        """Import a pack and say what happened in a message box (refusals included)."""
        from reader.content_pack import PackRefusedError, import_pack

        target = self.clinic_folder()
        try:
            summary = import_pack(pack, target)
        except PackRefusedError as error:
            self.import_result = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("ContentTools", "Artikelpakken er afvist"), str(error),
                                             QMessageBox.StandardButton.Ok, self)  # type: ignore[arg-type]
            self.import_result.setInformativeText(QCoreApplication.translate("ContentTools", "Intet er ændret i artikelmappen."))
        else:
            lines = summary.lines()
            self.import_result = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("ContentTools", "Artikelpakken er importeret"), lines[0],
                                             QMessageBox.StandardButton.Ok, self)  # type: ignore[arg-type]
            self.import_result.setInformativeText(QCoreApplication.translate("ContentTools", "Importeret til {0}").format(target))
            self.import_result.setDetailedText("\n".join(lines[1:]))
            if self.watcher is not None:
                self.watcher.reload()
        self.import_result.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.import_result.open()

    def show_folder_dialog(self) -> None:
        """Choose the clinic folder (a network share works); the library reloads from it."""
        from ui.mainwindow.folder_dialog import FolderDialog

        self.folder_dialog = FolderDialog(self.settings.clinic_folder, self.clinic_folder(), self.settings.review_months,
                                          self)  # type: ignore[arg-type]
        self.folder_dialog.accepted.connect(self._on_folder_dialog_accepted)
        self.folder_dialog.open()

    def _on_folder_dialog_accepted(self) -> None:
        from reader.sources import library_sources

        folder, months = self.folder_dialog.values()
        changed = folder != self.settings.clinic_folder
        self.settings.clinic_folder = folder
        self.settings.review_months = months
        self._save()  # type: ignore[attr-defined]
        if changed and self.watcher is not None and any(s.name == "clinic" for s in self.watcher.sources):
            self.watch_library(library_sources(self.settings))
        else:
            self._refresh_review()
            self.sidebar.refresh()
            self._update_status()  # type: ignore[attr-defined]
