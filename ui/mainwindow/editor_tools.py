"""The main window's writing tools: File → Ny artikel, Rediger artikel, Importér dokument … and Papirkurv …"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from reader.articles import Library
from reader.settings import Settings
from ui.mainwindow.reading_tools import ActionMaker

if TYPE_CHECKING:  # types only: the editor itself is imported on first use
    from reader.docimport import ImportedDocument
    from reader.drafts import Draft
    from ui.editor.window import EditorWindow

ANNOUNCE_DRAFTS_MS = 1000  # reader.drafts (uuid, platform, the drafts folder) loads this long after the window opens


class EditorTools(QObject):
    """Opens the article editor (staff only: the kiosk has no main window) and the recycle folder.

    The editor package is imported on first use, never at start-up, so the window opens as fast as before.
    """

    def __init__(self, window: QMainWindow, settings: Settings, library: Callable[[], Library],
                 current_slug: Callable[[], str | None], clinic_folder: Callable[[], Path],
                 reload: Callable[[], None], open_article: Callable[[str], object], make_action: ActionMaker,
                 file_menu: QMenu, before: QAction) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self._library = library
        self._current_slug = current_slug
        self._clinic_folder = clinic_folder
        self._reload = reload
        self._open_article = open_article
        self.editors: list[EditorWindow] = []
        self._open_after_load: str | None = None
        self.new_action = make_action(QCoreApplication.translate("EditorTools", "&Ny artikel"), ["Ctrl+N"], None, QCoreApplication.translate("EditorTools", "Skriv en ny artikel til klinikkens mappe"))
        self.edit_action = make_action(QCoreApplication.translate("EditorTools", "&Rediger artikel"), ["Ctrl+E"], None, QCoreApplication.translate("EditorTools", "Ret den åbne artikel"))
        self.import_action = make_action(QCoreApplication.translate("EditorTools", "Importér &dokument …"), [], None,
                                         QCoreApplication.translate("EditorTools", "Læs et Word-dokument, OpenDocument, HTML eller tekst ind som en ny artikel"))
        self.recycle_action = make_action(QCoreApplication.translate("EditorTools", "&Papirkurv …"), [], None, QCoreApplication.translate("EditorTools", "Gendan en slettet artikel"))
        for action in (self.new_action, self.edit_action, self.import_action, self.recycle_action):
            file_menu.insertAction(before, action)
        file_menu.insertSeparator(before)
        self.new_action.triggered.connect(self.new_article)
        self.edit_action.triggered.connect(self.edit_article)
        self.import_action.triggered.connect(self.choose_document)
        self.recycle_action.triggered.connect(self.show_recycle_dialog)
        self.update_actions()
        # Well after the first paint and the reopened article: start-up shows the window and the article first.
        QTimer.singleShot(ANNOUNCE_DRAFTS_MS, self, self.announce_drafts)  # dropped if the window is gone

    def announce_drafts(self) -> None:
        """Say in the status bar that an unsaved draft is waiting (left by a crash); the editor offers it back."""
        from reader.drafts import load_drafts

        found = load_drafts()
        if found:
            title = found[0].form.title or QCoreApplication.translate("EditorTools", "Ny artikel")
            self.window.statusBar().showMessage(
                QCoreApplication.translate("EditorTools", "Der er en kladde, der ikke blev gemt: «%1». "
                                           "Filer → Ny artikel eller Rediger artikel tilbyder den igen.").replace("%1", title),
                20000)

    def update_actions(self) -> None:
        """Rediger artikel needs an open article."""
        self.edit_action.setEnabled(bool(self._current_slug()))

    # --- opening the editor ------------------------------------------------------------------

    def open_editor(self, *, slug: str | None = None, document: ImportedDocument | None = None,
                    draft: Draft | None = None) -> EditorWindow:
        """An editor window for a new article, the article `slug`, an imported document or a draft."""
        from ui.editor.window import EditorWindow  # start-up deferral: the editor loads on first use only

        article = self._library().get(slug) if slug else None
        editor = EditorWindow(self._library(), self._clinic_folder(), article=article, document=document, draft=draft,
                              lix_limit=self.settings.lix_limit, parent=self.window)
        editor.setWindowFlag(Qt.WindowType.Window, True)
        themes = getattr(getattr(self.window, "reading", None), "themes", None)
        if themes is not None:
            themes.add_view(editor)
        editor.saved.connect(self._on_editor_saved)
        editor.deleted.connect(self._on_editor_deleted)
        editor.destroyed.connect(lambda _=None, e=editor: self.editors.remove(e) if e in self.editors else None)
        self.editors.append(editor)
        editor.show()
        return editor

    def _offer_draft(self, editing: Path | None) -> Draft | None:
        """A draft left by a crash for this article (or for any new one): reopen it?"""
        from reader.drafts import discard_draft, load_drafts

        open_ids = {getattr(editor, "_draft_id", "") for editor in self.editors}
        found = [d for d in load_drafts() if d.id not in open_ids and (d.editing == editing if editing else True)]
        if not found:
            return None
        draft = found[0]
        answer = QMessageBox.question(
            self.window, QCoreApplication.translate("EditorTools", "Gendan kladde?"),
            QCoreApplication.translate("EditorTools", "Der er en kladde, der ikke blev gemt: «%1» (%2). Vil du fortsætte med den?")
            .replace("%1", draft.form.title or QCoreApplication.translate("EditorTools", "Ny artikel"))
            .replace("%2", f"{draft.saved_at:%d-%m-%Y %H:%M}" if draft.saved_at else ""),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            return draft
        if answer == QMessageBox.StandardButton.Discard:
            discard_draft(draft.id)
        return None

    def new_article(self) -> EditorWindow:
        """Filer → Ny artikel (Ctrl+N); a draft left by a crash is offered first."""
        return self.open_editor(draft=self._offer_draft(None))

    def edit_article(self) -> EditorWindow | None:
        """Filer → Rediger artikel (Ctrl+E) on the open article."""
        slug = self._current_slug()
        article = self._library().get(slug) if slug else None
        if article is None:
            return None
        draft = self._offer_draft(article.path)
        return self.open_editor(draft=draft) if draft is not None else self.open_editor(slug=article.slug)

    def choose_document(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window, QCoreApplication.translate("EditorTools", "Importér dokument"), str(Path.home()),
            QCoreApplication.translate("EditorTools", "Dokumenter (*.docx *.odt *.html *.htm *.txt)"))
        if name:
            self.import_document(Path(name))

    def import_document(self, path: Path) -> EditorWindow | None:
        """Read the document and open the result in the editor for review; nothing is saved until Gem."""
        from reader.docimport import DocumentError, import_document

        try:
            document = import_document(path)
        except DocumentError as error:
            box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("EditorTools", "Dokumentet kan ikke importeres"), str(error),
                              QMessageBox.StandardButton.Ok, self.window)
            box.setInformativeText(QCoreApplication.translate("EditorTools", "Intet er gemt."))
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            self.import_error = box
            return None
        return self.open_editor(document=document)

    def show_recycle_dialog(self) -> None:
        from ui.editor.recycle_dialog import RecycleDialog  # start-up deferral

        dialog = RecycleDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(lambda _path: self._reload())
        dialog.open()
        self.recycle_dialog = dialog

    # --- after saving -----------------------------------------------------------------------

    def _on_editor_saved(self, slug: str, _path: Path) -> None:
        """Reload at once (the watcher would within a second) and show the saved article."""
        self._open_after_load = slug
        self._reload()

    def _on_editor_deleted(self, _path: Path) -> None:
        self._reload()

    def library_loaded(self, library: Library) -> None:
        """The new library is in: open the article just saved."""
        slug = self._open_after_load
        if slug and slug in library:
            self._open_after_load = None
            self._open_article(slug)
        self.update_actions()
