"""The editor window: the front-matter form, the Markdown text with its toolbar, the live preview, problems and LIX."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
import uuid
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFontDatabase, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader import drafts, frontmatter
from reader.article_images import IMAGE_FOLDER, MAX_IMAGE_BYTES, ImageError, add_image, place_image, safe_image_name
from reader.article_import import relink_images
from reader.articles import Article, Library, load_article
from reader.authoring import (
    ArticleForm,
    FormError,
    choose_path,
    compose_article,
    form_from_article,
    merge_missing,
    same_title,
    save_article,
)
from reader.authoring import problems as form_problems
from reader.categories import category_of
from reader.docimport import ImportedDocument
from reader.lix import Band, lix
from reader.recycle import delete_article
from reader.render import article_html
from reader.render_guard import render_guarded
from reader.slug import slugify
from reader.structure import structure
from ui.base.i18n import current_language
from ui.base.screen_fit import fit_on_screen
from ui.base.styles import LIGHT, Colours
from ui.editor import markup
from ui.editor.duplicate_bar import DuplicateBar
from ui.editor.form import FrontMatterForm
from ui.editor.highlighter import MarkdownHighlighter
from ui.editor.preview import Preview
from ui.editor.text_edit import MarkdownEdit

FIRST_SIZE = QSize(1280, 860)  # before it is fitted to the screen
PREVIEW_DELAY_MS = 250  # the preview follows typing after this pause
DRAFT_DELAY_MS = 1500  # the draft is saved after this pause


def band_label(band: Band) -> str:
    """The LIX band in the interface's language ("let", "middel", "svær")."""
    from PySide6.QtCore import QCoreApplication

    return {"let": QCoreApplication.translate("EditorWindow", "let"),
            "middel": QCoreApplication.translate("EditorWindow", "middel"),
            "svær": QCoreApplication.translate("EditorWindow", "svær")}[band]


def _file_extra(path: Path) -> dict[str, str]:
    """The file's other front-matter keys (metaTitle …), kept when it is saved again."""
    try:
        data = frontmatter.split(path.read_text(encoding="utf-8")).data
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return {}
    return {str(key): str(value) for key, value in data.items()
            if isinstance(value, (str, int, float)) and not isinstance(value, bool)}


class EditorWindow(QMainWindow):
    """Write a new article, edit one, or review an imported document before it is saved in the clinic folder.

    Signals:
        saved(slug, path): the article was written (the main window reloads and shows it).
        deleted(path): the article was moved to the recycle folder.
    """

    saved = Signal(str, object)
    deleted = Signal(object)

    def __init__(self, library: Library, clinic_folder: Path, *, article: Article | None = None,
                 document: ImportedDocument | None = None, draft: drafts.Draft | None = None, lix_limit: int = 0,
                 colours: Colours = LIGHT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.library = library
        self.clinic_folder = clinic_folder
        self.lix_limit = lix_limit
        self._colours = colours
        self._editing: Path | None = None  # the file being edited (bundled or the clinic's)
        self._target: Path | None = None  # where saves go once known
        self._pending: dict[str, bytes] = {}  # an imported document's images, written on the first save
        self._draft_id = draft.id if draft else uuid.uuid4().hex
        self._modified = False
        self._section = ""
        self._duplicate: Article | None = None  # another article with this title, while the choice is open
        self._replacing = False  # the person chose to save over that article
        # A scratch folder for the loader's check and an import's images; removed with the window.
        self._preview_dir = tempfile.mkdtemp(prefix="patient-reader-editor-")
        scratch = self._preview_dir
        self.destroyed.connect(lambda _=None: shutil.rmtree(scratch, ignore_errors=True))
        self.message_box: QMessageBox | None = None
        self.problem_lines: list[str] = []
        self.lix = lix("")  # the figure shown, as of the last preview

        categories = {category_of(a) for a in library.sorted() if a.category}
        self.form = FrontMatterForm(categories, self)
        self.duplicate_bar = DuplicateBar(self)
        self.duplicate_bar.set_colours(colours)
        self.duplicate_bar.replace_requested.connect(self.replace_existing)
        self.duplicate_bar.rename_requested.connect(self.keep_both)
        self.editor = MarkdownEdit(self)
        self.editor.setAccessibleName(self.tr("Artiklens tekst (Markdown)"))
        self.editor.setPlaceholderText(self.tr("Skriv artiklen her. ## giver en overskrift, - en punktliste."))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), 11.0))
        self.editor.setFont(mono)
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.highlighter = MarkdownHighlighter(self.editor.document(), colours)
        self.preview = Preview(self)
        self.preview.setAccessibleName(self.tr("Forhåndsvisning"))
        self.lix_label = QLabel(self)
        self.lix_label.setAccessibleName(self.tr("Læsbarhed (LIX)"))
        self.lix_label.setToolTip(self.tr("LIX: ord pr. sætning plus procent lange ord (over seks bogstaver). "
                                          "Under 35 er let, 35-44 middel, 45 og derover svær."))
        self.problems_list = QListWidget(self)
        self.problems_list.setAccessibleName(self.tr("Problemer i artiklen"))
        self.problems_list.setMaximumHeight(self.problems_list.fontMetrics().lineSpacing() * 3 + 12)  # three rows, then it scrolls
        self._build_layout()
        self._create_actions()
        self._create_toolbar()

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)

        self._fill(article, document, draft)
        self.editor.textChanged.connect(self._on_changed)
        self.form.changed.connect(self._on_changed)
        self.editor.image_dropped.connect(self.insert_image)
        self.editor.cursorPositionChanged.connect(self._on_editor_cursor_position_changed)
        self.editor.undoAvailable.connect(self.undo_action.setEnabled)
        self.editor.redoAvailable.connect(self.redo_action.setEnabled)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.resize(FIRST_SIZE)
        fit_on_screen(self, centre=True)  # a 1280×800 laptop shows the problems strip too
        self.refresh_preview()

    # --- construction --------------------------------------------------------------------

    def _build_layout(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setAccessibleName(self.tr("Tekst og forhåndsvisning"))
        self.splitter.addWidget(self.editor)
        self.splitter.addWidget(self.preview)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([620, 620])
        bottom = QHBoxLayout()
        problems_title = QLabel(self.tr("Problemer:"), self)
        problems_title.setBuddy(self.problems_list)
        problems_title.setAlignment(Qt.AlignmentFlag.AlignTop)
        bottom.addWidget(problems_title)
        bottom.addWidget(self.problems_list, 1)
        bottom.addWidget(self.lix_label, 0, Qt.AlignmentFlag.AlignTop)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.form)
        layout.addWidget(self.duplicate_bar)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        self.setCentralWidget(central)

    def _action(self, text: str, shortcuts: list[str | QKeySequence.StandardKey], tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip((tip or text.replace("&", "")) + (f" ({shown})" if shown else ""))
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        self.save_action = self._action(self.tr("&Gem"), [QKeySequence.StandardKey.Save], self.tr("Gem artiklen i klinikkens mappe"))
        self.undo_action = self._action(self.tr("&Fortryd"), [QKeySequence.StandardKey.Undo])
        self.redo_action = self._action(self.tr("&Annullér fortryd"), [QKeySequence.StandardKey.Redo, "Ctrl+Y"])
        self.heading_action = self._action(self.tr("Overskrift"), ["Ctrl+2"], self.tr("Gør linjen til en overskrift (##)"))
        self.bold_action = self._action(self.tr("Fed"), [QKeySequence.StandardKey.Bold], self.tr("Fed skrift"))
        self.bullet_action = self._action(self.tr("Punktliste"), ["Ctrl+Shift+8"])
        self.number_action = self._action(self.tr("Nummereret liste"), ["Ctrl+Shift+7"])
        self.table_action = self._action(self.tr("Tabel"), ["Ctrl+Alt+T"], self.tr("Indsæt en tabel med en overskriftsrække"))
        self.link_action = self._action(self.tr("Link til artikel …"), ["Ctrl+K"], self.tr("Indsæt et link til en anden artikel"))
        self.image_action = self._action(self.tr("Billede …"), ["Ctrl+Shift+I"],
                                         self.tr("Indsæt et billede (det kopieres til klinikkens mappe)"))
        self.red_flag_action = self._action(self.tr("Hvornår skal du søge læge"), ["Ctrl+Shift+R"],
                                            self.tr("Indsæt afsnittet om, hvornår man skal søge læge (vises som en markeret boks)"))
        self.delete_action = self._action(self.tr("&Slet artikel …"), [], self.tr("Flyt artiklen til papirkurven"))
        self.close_action = self._action(self.tr("&Luk"), [QKeySequence.StandardKey.Close])
        self.save_action.triggered.connect(self.save)
        self.undo_action.triggered.connect(self.editor.undo)
        self.redo_action.triggered.connect(self.editor.redo)
        self.heading_action.triggered.connect(lambda: self._prefix("heading"))
        self.bullet_action.triggered.connect(lambda: self._prefix("bullet"))
        self.number_action.triggered.connect(lambda: self._prefix("number"))
        self.bold_action.triggered.connect(self._on_bold_action_triggered)
        self.table_action.triggered.connect(lambda: self._insert_block(markup.table_markdown()))
        self.red_flag_action.triggered.connect(lambda: self._insert_block(markup.red_flag_markdown()))
        self.link_action.triggered.connect(self.choose_article_link)
        self.image_action.triggered.connect(self.choose_image)
        self.delete_action.triggered.connect(self.delete)
        self.close_action.triggered.connect(self.close)

    def _create_toolbar(self) -> None:
        self.toolbar = QToolBar(self.tr("Redigering"), self)
        self.toolbar.setObjectName("editor-toolbar")
        self.toolbar.setAccessibleName(self.tr("Redigering"))
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.save_action, self.undo_action, self.redo_action, None, self.heading_action, self.bold_action,
                       self.bullet_action, self.number_action, self.table_action, self.link_action, self.image_action,
                       self.red_flag_action, None, self.delete_action):
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)
        self.addToolBar(self.toolbar)
        for more in self.toolbar.findChildren(QToolButton, "qt_toolbar_ext_button"):  # » on a narrow screen
            more.setAccessibleName(self.tr("Flere redigeringsknapper"))
            more.setToolTip(self.tr("Flere redigeringsknapper"))

    def _fill(self, article: Article | None, document: ImportedDocument | None, draft: drafts.Draft | None) -> None:
        if draft is not None:
            self._editing = draft.editing
            self.form.set_form(draft.form)
            self.editor.setPlainText(draft.body)
            self._modified = True
        elif article is not None:
            self._editing = article.path
            self.form.set_form(form_from_article(article, _file_extra(article.path)))
            self.editor.setPlainText(article.body.lstrip("\n"))
        elif document is not None:
            self.form.set_form(ArticleForm(title=document.title))
            self.editor.setPlainText(document.markdown)
            self._pending = {image.name: image.data for image in document.images}
            self._modified = True
            if document.not_carried_over:
                self.statusBar().showMessage(self.tr("Ikke alt kom med fra dokumentet; se problemerne nederst."), 15000)
        if self._editing is not None and self._inside_clinic(self._editing):
            self._target = self._editing
        self.editor.document().clearUndoRedoStacks()
        self.editor.document().setModified(False)
        self._imported_notes = tuple(document.not_carried_over) if document is not None else ()
        self._update_title()
        self._update_duplicate()

    # --- state ---------------------------------------------------------------------------

    def _inside_clinic(self, path: Path) -> bool:
        try:
            return path.resolve().is_relative_to(self.clinic_folder.resolve())
        except OSError:
            return False

    @property
    def target(self) -> Path | None:
        """The file saves go to (None until the first save of a new article or a bundled one)."""
        return self._target

    def is_modified(self) -> bool:
        """Unsaved changes in the form or the text."""
        return self._modified

    def planned_path(self) -> Path:
        """Where the next save writes: the file itself, or a new name that overwrites nothing."""
        if self._target is not None:
            return self._target
        title = self.form.form().normalised().title or self.tr("Ny artikel")
        return choose_path(title, self.clinic_folder, self._taken_slugs(), editing=self._editing)

    def _taken_slugs(self) -> set[str]:
        own = {self._editing.stem} if self._editing is not None else set()
        return {a.slug for a in self.library.sorted()} - own

    def _update_title(self) -> None:
        title = self.form.title_edit.text().strip() or self.tr("Ny artikel")
        self.setWindowTitle(("* " if self._modified else "") + title + " – " + self.tr("Artikeleditor"))
        self.delete_action.setEnabled(self._target is not None)  # only the clinic's own, saved articles

    def _on_changed(self) -> None:
        self._modified = True
        self._update_title()
        self._update_duplicate()
        self._preview_timer.start()
        self._draft_timer.start()

    # --- another article with the same title ----------------------------------------------

    def _update_duplicate(self) -> None:
        """Show the notice while a new or imported article has the title of one in the library."""
        found = None
        if self._editing is None and self._target is None:
            found = same_title(self.library.sorted(), self.form.title_edit.text())
        if found is self._duplicate and self.duplicate_bar.isVisibleTo(self) == (found is not None):
            return  # typing in the text: nothing changed
        self._duplicate = found
        if found is None:
            self.duplicate_bar.hide()
        else:
            bundled = not self._inside_clinic(found.path)
            name = choose_path(found.title, self.clinic_folder, editing=found.path).name if bundled else found.path.name
            self.duplicate_bar.show_for(found.title, name, bundled)
        self._show_file_name(self.planned_path())

    @property
    def duplicate(self) -> Article | None:
        """The article with the same title, while the person has not chosen between replacing it and keeping both."""
        return self._duplicate

    def replace_existing(self) -> None:
        """Save over the article with the same title (a bundled one: as the clinic's copy with its slug, which
        overrides it); its category, tags, summary, address and dates stay where this text has none."""
        existing = self._duplicate
        if existing is None:
            return
        self.form.set_form(merge_missing(self.form.form(), form_from_article(existing, _file_extra(existing.path))))
        self._editing = existing.path
        if self._inside_clinic(existing.path):
            self._target = existing.path
        self._replacing = True
        self._on_changed()
        self.statusBar().showMessage(self.tr("Gem erstatter «%1».").replace("%1", existing.title), 15000)
        self.refresh_preview()
        self.editor.setFocus()

    def keep_both(self) -> None:
        """Keep both articles: the title field gets the focus, its text selected, for a title of its own."""
        self.form.title_edit.setFocus()
        self.form.title_edit.selectAll()

    # --- preview, problems, LIX ------------------------------------------------------------

    def refresh_preview(self) -> None:
        """Render the article as the article view would, list the file's problems and show its LIX."""
        self._preview_timer.stop()
        form = replace(self.form.form(), last_updated=dt.date.today())
        body = self.editor.toPlainText()
        lines = form_problems(form)
        if self._duplicate is not None:
            lines.insert(0, self.tr("En anden artikel har samme titel: vælg ovenfor, om den skal erstattes, eller giv "
                                    "denne en anden titel."))
        try:
            text = compose_article(form, body)
        except FormError:
            text = compose_article(ArticleForm(title=form.normalised().title[:300] or self.tr("Ny artikel")), body)
        planned = self.planned_path()
        scratch = Path(self._preview_dir) / (planned.stem + ".md")
        article: Article | None = None
        try:
            scratch.write_text(text, encoding="utf-8")
            result = load_article(scratch, "clinic")
            lines += [problem.message for problem in result.problems]
            article = result.article
        except OSError as error:
            lines.append(self.tr("Forhåndsvisningen kunne ikke laves: %1").replace("%1", error.strerror or str(error)))
        lines += [self.tr("Ikke taget med fra dokumentet: %1").replace("%1", note) for note in self._imported_notes]
        score = lix(body)
        self.lix = score
        self.lix_label.setText(self.tr("LIX %1 · %2").replace("%1", str(score.score)).replace("%2", band_label(score.band)))
        if self.lix_limit and score.score > self.lix_limit:
            lines.append(self.tr("LIX er %1, over klinikkens grænse på %2: skriv kortere sætninger og kortere ord.")
                         .replace("%1", str(score.score)).replace("%2", str(self.lix_limit)))
        self.problem_lines = lines
        self.problems_list.clear()
        self.problems_list.addItems(lines or [self.tr("Ingen problemer")])
        self._show_file_name(planned)
        if article is not None:
            base = Path(self._preview_dir) if self._pending else planned.parent
            if self._pending:
                self._write_pending_for_preview()
            shown = replace(article, path=base / scratch.name)
            self.preview.base_dir = base
            self.preview.set_page(article_html(shown, render_guarded(shown.body, base, shown.title), current_language()),
                                  self._colours)
            self._section = ""
            self._on_editor_cursor_position_changed()

    def _write_pending_for_preview(self) -> None:
        folder = Path(self._preview_dir) / IMAGE_FOLDER
        for name, data in self._pending.items():
            path = folder / name
            if not path.exists():
                folder.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)

    def _show_file_name(self, planned: Path) -> None:
        shown = planned.name
        if self._duplicate is not None:
            text = self.tr("afhænger af dit valg herunder")
        elif self._replacing and self._target is not None:
            text = self.tr("%1 (opdaterer den eksisterende artikel)").replace("%1", shown)
        elif self._target is None and self._editing is not None and not self._inside_clinic(self._editing):
            text = self.tr("%1 (klinikkens kopi af en medfølgende artikel)").replace("%1", shown)
        elif self._target is None and planned.stem != slugify(self.form.form().normalised().title or self.tr("Ny artikel")):
            text = self.tr("%1 (navnet er optaget af en anden artikel)").replace("%1", shown)
        else:
            text = shown
        self.form.file_label.setText(text)

    def _on_editor_cursor_position_changed(self) -> None:
        """The preview shows the section the cursor is in."""
        line = self.editor.textCursor().blockNumber()
        anchor = ""
        for heading in structure(self.editor.toPlainText()).headings:
            if heading.start > line:
                break
            anchor = heading.anchor
        if anchor == self._section:
            return
        self._section = anchor
        if anchor:
            self.preview.scrollToAnchor(anchor)
        else:
            self.preview.verticalScrollBar().setValue(0)

    def set_colours(self, colours: Colours) -> None:
        """Follow the theme: the preview's page and the highlighting."""
        self._colours = colours
        self.highlighter.set_colours(colours)
        self.duplicate_bar.set_colours(colours)
        self.refresh_preview()

    # --- toolbar ---------------------------------------------------------------------------

    def _prefix(self, kind: str) -> None:
        cursor = self.editor.textCursor()
        markup.prefix_lines(cursor, kind)
        self.editor.setFocus()

    def _on_bold_action_triggered(self) -> None:
        cursor = self.editor.textCursor()
        markup.wrap(cursor, "**", self.tr("fed tekst"))
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()

    def _insert_block(self, block: str) -> None:
        cursor = self.editor.textCursor()
        markup.insert_block(cursor, block)
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()

    def insert_article_link(self, slug: str) -> None:
        """A link to another article of the library, with its title as the text."""
        article = self.library.get(slug)
        if article is None:
            return
        self.editor.textCursor().insertText(markup.link_markdown(self.editor.textCursor().selectedText() or article.title,
                                                                 f"{slug}.md"))
        self.editor.setFocus()

    def choose_article_link(self) -> None:
        articles = self.library.sorted()
        if not articles:
            return
        titles = [a.title for a in articles]
        title, ok = QInputDialog.getItem(self, self.tr("Link til artikel"), self.tr("Artikel:"), titles, 0, False)
        if ok and title in titles:
            self.insert_article_link(articles[titles.index(title)].slug)

    def choose_image(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Indsæt billede"), str(Path.home()),
                                              self.tr("Billeder (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.svg)"))
        if name:
            self.insert_image(Path(name))

    def insert_image(self, source: Path) -> bool:
        """Copy the image into the clinic folder's billeder/ and link it relatively at the cursor."""
        try:
            if self._pending:  # an import under review: its images, and this one, are written on save
                name = self._pending_name(source)
                link = f"{IMAGE_FOLDER}/{name}"
            else:
                stored = add_image(source, self.clinic_folder)
                link = Path(os.path.relpath(self.clinic_folder / stored, self.planned_path().parent)).as_posix()
        except (ImageError, OSError) as error:
            self._show_message(QMessageBox.Icon.Warning, self.tr("Billedet kan ikke indsættes"), str(error))
            return False
        alt = source.stem.replace("-", " ").replace("_", " ")
        self._insert_block(markup.image_markdown(alt, link))
        return True

    def _pending_name(self, source: Path) -> str:
        """Keep an image for the import under review under a safe name no other of its images has."""
        safe = safe_image_name(source.name)
        if source.stat().st_size > MAX_IMAGE_BYTES:
            raise ImageError(f"Billedet er for stort (højst {MAX_IMAGE_BYTES // (1024 * 1024)} MB).")
        data = source.read_bytes()
        stem, suffix = safe.rsplit(".", 1)
        name, number = safe, 2
        while name in self._pending and self._pending[name] != data:
            name, number = f"{stem}-{number}.{suffix}", number + 1
        self._pending[name] = data
        return name

    # --- saving, drafts, deleting ----------------------------------------------------------

    def save(self) -> bool:
        """Write the article atomically into the clinic folder; say where when it is not the obvious place."""
        form = self.form.form()
        found = form_problems(form)
        if found:
            self._show_message(QMessageBox.Icon.Warning, self.tr("Artiklen kan ikke gemmes endnu"), "\n".join(found))
            return False
        self._update_duplicate()
        if self._duplicate is not None:
            self._show_message(QMessageBox.Icon.Warning, self.tr("Der findes allerede en artikel med denne titel"),
                               self.tr("Vælg i feltet over teksten, om «%1» skal erstattes, eller giv artiklen en "
                                       "anden titel. Intet er gemt.").replace("%1", self._duplicate.title))
            return False
        replacing = self._replacing and self._target is not None and self._target.exists()
        first = self._target is None
        target = self.planned_path()
        body = self.editor.toPlainText()
        try:
            if self._pending:
                body = self._store_pending(target, body)
            save_article(form, body, target)
        except OSError as error:
            self._show_message(QMessageBox.Icon.Critical, self.tr("Artiklen kunne ikke gemmes"),
                               self.tr("%1\n\nIntet er ændret i mappen %2.").replace("%1", error.strerror or str(error))
                               .replace("%2", str(target.parent)))
            return False
        if body != self.editor.toPlainText():
            cursor = self.editor.textCursor()
            cursor.select(cursor.SelectionType.Document)
            cursor.insertText(body)  # image links now point at the saved files (one undo step)
        self._target = target
        self._modified = False
        self._draft_timer.stop()
        drafts.discard_draft(self._draft_id)
        self._update_title()
        if replacing:
            message = self.tr("«%1» er opdateret (%2).").replace("%1", form.normalised().title).replace("%2", target.name)
        elif first and self._editing is not None and not self._inside_clinic(self._editing):
            message = self.tr("Gemt som klinikkens egen kopi (%1). Den bruges i stedet for den medfølgende artikel.") \
                .replace("%1", target.name)
        elif first and self._editing is None and target.stem != slugify(form.normalised().title):
            message = self.tr("Gemt som %1: der findes allerede en artikel med det navn.").replace("%1", target.name)
        else:
            message = self.tr("Gemt i %1").replace("%1", str(target))
        self.saved_message = message
        self.statusBar().showMessage(message, 15000)
        self.refresh_preview()
        self.saved.emit(target.stem, target)
        return True

    def _store_pending(self, target: Path, body: str) -> str:
        links: dict[str, str] = {}
        for name, data in self._pending.items():
            links[name] = place_image(data, f"{target.stem}-{name}", self.clinic_folder)[0]
        self._pending = {}
        return relink_images(body, links)

    def save_draft(self) -> None:
        """Keep the unsaved text as a draft (article text only), so a crash loses nothing."""
        self._draft_timer.stop()
        if not self._modified:
            return
        draft = drafts.Draft(self.form.form(), self.editor.toPlainText(), self._target or self._editing, self._draft_id)
        try:
            drafts.save_draft(draft)
        except OSError as error:
            self.statusBar().showMessage(self.tr("Kladden kunne ikke gemmes: %1").replace("%1", error.strerror or str(error)), 8000)

    def delete(self) -> bool:
        """Move the clinic's article to the recycle folder (after asking); it can be restored from there."""
        target = self._target
        if target is None or not target.exists():
            self._show_message(QMessageBox.Icon.Information, self.tr("Intet at slette"),
                               self.tr("Kun klinikkens egne, gemte artikler kan slettes."))
            return False
        answer = QMessageBox.question(
            self, self.tr("Slet artiklen?"),
            self.tr("«%1» flyttes til papirkurven. Du kan gendanne den under Filer → Papirkurv.")
            .replace("%1", self.form.title_edit.text()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            delete_article(target)
        except OSError as error:
            self._show_message(QMessageBox.Icon.Critical, self.tr("Artiklen kunne ikke slettes"), error.strerror or str(error))
            return False
        drafts.discard_draft(self._draft_id)
        self._modified = False
        self.deleted.emit(target)
        self.close()
        return True

    def _show_message(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.message_box = box

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's API
        if self._modified:
            answer = QMessageBox.question(
                self, self.tr("Gem ændringerne?"),
                self.tr("Artiklen har ændringer, der ikke er gemt."),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Cancel or (answer == QMessageBox.StandardButton.Save and not self.save()):
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Discard:
                drafts.discard_draft(self._draft_id)
        self._draft_timer.stop()
        self._preview_timer.stop()
        shutil.rmtree(self._preview_dir, ignore_errors=True)
        super().closeEvent(event)
