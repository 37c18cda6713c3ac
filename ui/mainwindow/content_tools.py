"""The main window's content tools: the watched clinic folder, content-pack import, review marks and problems."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from reader.articles import Library, Problem, Source
from reader.review import due_for_review, review_problems
from reader.settings import Settings
from ui.base.problem_text import translated
from ui.mainwindow.reading_tools import ActionMaker
from ui.sidebar.search_service import SearchService
from ui.sidebar.widget import Sidebar

if TYPE_CHECKING:  # the folder dialog loads when it is first opened; the watcher when it starts (after the first paint)
    from ui.library.watcher import LibraryWatcher
    from ui.mainwindow.folder_dialog import FolderDialog


class ContentTools(QObject):
    """The clinic folder's watcher, File → Importér artikelpakke … / Artikelmappe …, review marks and problems.

    show_review_marks is True for staff; with False there is no "Bør gennemgås" anywhere. Its strings keep
    the "ContentTools" translation context.

    Signals:
        library_loaded(Library): the watcher read the sources (again); the window shows it in place.
        marks_changed(): the review marks or the problems changed without a new library (status bar, list rows).
        message(str, int): a status-bar message and how long to show it (ms).
    """

    library_loaded = Signal(object)
    marks_changed = Signal()
    message = Signal(str, int)

    def __init__(self, window: QMainWindow, sidebar: Sidebar, search: SearchService, settings: Settings,
                 library: Library, make_action: ActionMaker, save: Callable[[], None], file_menu: QMenu,
                 before: QAction) -> None:
        super().__init__(window)
        self.window = window
        self.sidebar = sidebar
        self.search = search
        self.settings = settings
        self.library = library
        self._save = save
        self.watcher: LibraryWatcher | None = None
        self.show_review_marks = True
        self.import_result: QMessageBox | None = None
        self.folder_dialog: FolderDialog | None = None
        self._due: dict[str, str] = {}
        self._marks: dict[str, str] = {}
        self._due_for: Library | None = None
        self._lix_notes: tuple[Library, int, list[Problem]] | None = None
        self.import_action = make_action(
            QCoreApplication.translate("ContentTools", "&Importér artikelpakke …"), [], None,
            QCoreApplication.translate("ContentTools", "Pak artikler og billeder fra en zip-fil ud i klinikkens mappe"))
        self.folder_action = make_action(
            QCoreApplication.translate("ContentTools", "&Artikelmappe …"), [], None,
            QCoreApplication.translate("ContentTools", "Vælg klinikkens mappe med egne artikler"))
        file_menu.insertAction(before, self.import_action)
        file_menu.insertAction(before, self.folder_action)
        file_menu.insertSeparator(before)
        self.import_action.triggered.connect(self.show_import_dialog)
        self.folder_action.triggered.connect(self.show_folder_dialog)
        self.sidebar.set_row_mark(self._row_mark)
        self._refresh_review()
        self.sidebar.refresh()

    # --- marks and problems ----------------------------------------------------------------

    def set_library(self, library: Library) -> None:
        """Follow a new library: its review marks (computed once per library)."""
        self.library = library
        self._refresh_review()

    def set_review_marks(self, shown: bool) -> None:
        """Show or hide "Bør gennemgås"."""
        self.show_review_marks = shown
        self._refresh_review()
        self.sidebar.refresh()
        self.marks_changed.emit()

    def _refresh_review(self) -> None:
        """The marks per slug for the current library: "Klinik" and/or "Bør gennemgås"."""
        self._due_for = self.library
        self._due = due_for_review(self.library, dt.date.today(), self.settings.review_months) if self.show_review_marks else {}
        clinic = QCoreApplication.translate("ContentTools", "Klinik")
        review = QCoreApplication.translate("ContentTools", "Bør gennemgås")
        listing = self.library.listing()  # the list fields only: the start-up shelf makes no Article for this
        self._marks = {slug: clinic for slug, source in zip(listing.slugs, listing.sources, strict=True)
                       if source == "clinic"}
        for slug in self._due:
            self._marks[slug] = f"{clinic} · {review}" if slug in self._marks else review

    def visible_problems(self) -> list[Problem]:
        """The library's problems, plus the review marks for staff."""
        if self._due_for is not self.library:
            self._refresh_review()
        rows = list(self.library.problems)
        if self.show_review_marks:
            rows += review_problems(self.library, due=self._due)
            rows += self._lix_problems()
        return rows

    def _lix_problems(self) -> list[Problem]:
        """A note for each article whose LIX is above the clinic's level (settings.lix_limit; 0 is off), once per library."""
        limit = self.settings.lix_limit
        if limit <= 0:
            return []
        cached = self._lix_notes
        if cached is not None and cached[0] is self.library and cached[1] == limit:
            return cached[2]
        from reader.lix import lix_problems

        rows = lix_problems(self.library, limit)
        self._lix_notes = (self.library, limit, rows)
        return rows

    def _row_mark(self, slug: str) -> str:
        """A row's "Klinik" when it is the clinic's own article and "Bør gennemgås" when due for review ("": none)."""
        if self._due_for is not self.library:  # the sidebar may draw before set_library ends
            self._refresh_review()
        return self._marks.get(slug, "")

    # --- the watched folder ----------------------------------------------------------------

    def watch(self, sources: Sequence[Source]) -> LibraryWatcher:
        """Load the sources in the background and keep watching them; each load is sent as library_loaded."""
        if self.watcher is not None:
            self.watcher.set_sources(sources)
            return self.watcher
        from ui.library.watcher import LibraryWatcher

        self.watcher = LibraryWatcher(sources, self)
        self.watcher.library_loaded.connect(self.library_loaded)
        # A search index build and a reload in two threads slow each other badly (each file's stat waits for
        # the interpreter): the build waits while the reload runs.
        self.watcher.reload_started.connect(self.search.pause_build)
        self.watcher.reload_finished.connect(self.search.resume_build)
        self.watcher.start()
        return self.watcher

    # --- import and folder -----------------------------------------------------------------

    def clinic_folder(self) -> Path:
        """The clinic's article folder (made when missing)."""
        from reader.sources import ensure_clinic_folder

        return ensure_clinic_folder(self.settings)

    def show_import_dialog(self) -> None:
        """Choose a .zip and import it into the clinic folder; the watcher shows the new articles."""
        name, _ = QFileDialog.getOpenFileName(self.window, QCoreApplication.translate("ContentTools", "Importér artikelpakke"),
                                              str(Path.home()),
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
            result = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("ContentTools", "Artikelpakken er afvist"),
                                 translated(str(error)), QMessageBox.StandardButton.Ok, self.window)
            result.setInformativeText(QCoreApplication.translate("ContentTools", "Intet er ændret i artikelmappen."))
        else:
            lines = [translated(line) for line in summary.lines()]
            result = QMessageBox(QMessageBox.Icon.Information,
                                 QCoreApplication.translate("ContentTools", "Artikelpakken er importeret"), lines[0],
                                 QMessageBox.StandardButton.Ok, self.window)
            result.setInformativeText(QCoreApplication.translate("ContentTools", "Importeret til {0}").format(target))
            result.setDetailedText("\n".join(lines[1:]))
            if self.watcher is not None:
                self.watcher.reload()
        result.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        result.open()
        self.import_result = result

    def show_folder_dialog(self) -> None:
        """Choose the clinic folder (a network share works); the library reloads from it."""
        from ui.mainwindow.folder_dialog import FolderDialog

        self.folder_dialog = FolderDialog(self.settings.clinic_folder, self.clinic_folder(), self.settings.review_months,
                                          self.window, lix_limit=self.settings.lix_limit)
        self.folder_dialog.accepted.connect(self._on_folder_dialog_accepted)
        self.folder_dialog.open()

    def _on_folder_dialog_accepted(self) -> None:
        from reader.sources import library_sources

        assert self.folder_dialog is not None
        folder, months = self.folder_dialog.values()
        changed = folder != self.settings.clinic_folder
        self.settings.clinic_folder = folder
        self.settings.review_months = months
        self.settings.lix_limit = self.folder_dialog.lix_limit()
        self._save()
        if changed and self.watcher is not None and any(s.name == "clinic" for s in self.watcher.sources):
            self.watch(library_sources(self.settings))
        else:
            self._refresh_review()
            self.sidebar.refresh()
            self.marks_changed.emit()
