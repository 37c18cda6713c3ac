"""The main window: layout, actions, menus and the wiring between sidebar, article view and settings."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QIcon, QKeySequence, QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QWidget,
)

from reader.articles import Library, Problem, Source
from reader.settings import Settings
from reader.settings import save as save_settings
from ui.article.highlights import SearchHighlighter
from ui.article.view import ArticleView
from ui.base.i18n import app_name, window_title
from ui.base.problem_text import translated
from ui.base.screen_fit import fit_on_screen
from ui.base.themes import ThemeManager
from ui.mainwindow.content_tools import ContentTools
from ui.mainwindow.editor_tools import EditorTools
from ui.mainwindow.problem_status import LEVEL_ORDER, article_count_text, level_icon, problems_summary
from ui.mainwindow.reading_tools import ReadingTools
from ui.sidebar.search_service import SearchService
from ui.sidebar.widget import Sidebar

if TYPE_CHECKING:  # loaded when first used: the watcher after the first paint, the dialog and the start page when shown
    from ui.library.watcher import LibraryWatcher
    from ui.mainwindow.problems_dialog import ProblemsDialog
    from ui.mainwindow.start_page import StartPage

FIRST_SIZE = QSize(1200, 800)


class MainWindow(QMainWindow):
    """Sidebar and article side by side, with toolbar, menus and a status bar.

    Its tools are composed objects: `reading` (contents, find, themes, favourites, consultation mode,
    second screen) and `content` (the watched folder, pack import, review marks, problems).
    """


    def __init__(
        self,
        library: Library,
        settings: Settings,
        persist: Callable[[Settings], None] | None = save_settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.settings = settings
        self._persist = persist
        self.setWindowTitle(window_title())
        self.setAccessibleName(app_name())
        themes = ThemeManager(settings.theme, self)
        themes.apply()  # the palette and focus style sheet before any widget: nothing to re-polish yet
        self.search = SearchService(library, self)
        self.sidebar = Sidebar(self.search, self)
        self.view = ArticleView(library, settings.zoom, self)
        self.pages = QStackedWidget(self)  # the start page while no article is open, else the article
        self.pages.addWidget(self.view)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setAccessibleName(self.tr("Sidepanel og artikel"))
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([300, 900])
        self.setCentralWidget(self.splitter)
        self.problems_dialog: ProblemsDialog | None = None
        self._restore_pending = False
        self.reading = ReadingTools(self, self.view, self.sidebar, settings, library, self._action, self._save,
                                    themes)
        self._start_page: StartPage | None = None  # built when first shown (a start that reopens an article never)
        self.search_marks = SearchHighlighter(self.view)
        self.reading.themes.add_view(self.search_marks)
        self._create_actions()
        self._create_menus()
        self._create_toolbar()
        self._create_status_bar()
        self.content = ContentTools(self, self.sidebar, self.search, settings, library, self._action, self._save,
                                    self.file_menu, self.quit_action)
        self.writing = EditorTools(self, settings, lambda: self.library, lambda: self.view.current_slug,
                                   self.content.clinic_folder, self._reload_library, self.open_article, self._action,
                                   self.file_menu, self.handout_action)
        self._connect_signals()
        self._nothing_open()  # the start page is put in front at the first show, unless an article is open by then
        self._restore_layout()
        self._update_history_actions()
        self._update_status()

    # --- construction --------------------------------------------------------------------

    def _action(self, text: str, shortcuts: list[QKeySequence | QKeySequence.StandardKey | str] | None = None, icon: QStyle.StandardPixmap | None = None,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcuts:
            # Duplicates (Alt+Left is also QKeySequence.Back) would make the shortcut ambiguous and dead.
            unique: list[QKeySequence] = []
            for shortcut in shortcuts:
                sequence = QKeySequence(shortcut)
                if not sequence.isEmpty() and sequence not in unique:
                    unique.append(sequence)
            action.setShortcuts(unique)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip or text.replace('&', '')}" + (f" ({shown})" if shown else ""))
        action.setStatusTip(tip or text.replace("&", ""))
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.back_action = self._action(self.tr("&Tilbage"), ["Alt+Left", QKeySequence.StandardKey.Back], None, self.tr("Gå tilbage"))
        self.forward_action = self._action(self.tr("&Frem"), ["Alt+Right", QKeySequence.StandardKey.Forward], None, self.tr("Gå frem"))
        self.home_action = self._action(self.tr("&Startside"), ["Alt+Home"], None,
                                        self.tr("Vis startsiden: emner, senest læst, senest opdateret og favoritter"))
        self.home_action.setIcon(QIcon.fromTheme("go-home"))  # the style's "home" is a folder: text only without a theme
        self.search_action = self._action(self.tr("&Søg i artikler"), ["Ctrl+K", "Ctrl+L"], None, self.tr("Gå til søgefeltet"))
        self.zoom_in_action = self._action(self.tr("&Forstør tekst"), ["Ctrl++", "Ctrl+="], None, self.tr("Større tekst"))
        self.zoom_out_action = self._action(self.tr("F&ormindsk tekst"), ["Ctrl+-"], None, self.tr("Mindre tekst"))
        self.zoom_reset_action = self._action(self.tr("&Normal tekststørrelse"), ["Ctrl+0"], None, self.tr("Normal tekststørrelse"))
        self.problems_action = self._action(self.tr("&Problemer med artikelfiler …"), [], sp.SP_MessageBoxWarning, self.tr("Vis problemer med artikelfiler"))
        self.quit_action = self._action(self.tr("&Afslut"), ["Ctrl+Q"], None, self.tr("Luk programmet"))
        self.handout_action = self._action(self.tr("&Udskriv vejledning …"), ["Ctrl+P"], None,
                                           self.tr("Udskriv eller gem en vejledning til patienten"))
        self.handout_action.setIcon(QIcon.fromTheme("document-print"))
        self.clinic_action = self._action(self.tr("&Klinikoplysninger …"), [], None,
                                          self.tr("Klinikkens navn, adresse og logo på vejledninger"))
        self.about_action = self._action(self.tr("&Om Patientlæser"), [], None, self.tr("Om programmet"))
        self.clear_marks_action = self._action(self.tr("Fjern &søgemarkeringer"), [], None,
                                               self.tr("Fjern markeringen af søgeordene i artiklen"))
        self.zoom_in_action.setIcon(QIcon.fromTheme("zoom-in"))
        self.zoom_out_action.setIcon(QIcon.fromTheme("zoom-out"))

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&Filer"))
        self.file_menu.addAction(self.handout_action)
        self.file_menu.addAction(self.clinic_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.go_menu = bar.addMenu(self.tr("&Gå"))
        for action in (self.home_action, self.back_action, self.forward_action, self.search_action):
            self.go_menu.addAction(action)
        self.view_menu = bar.addMenu(self.tr("&Vis"))
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            self.view_menu.addAction(action)
        self.view_menu.addAction(self.clear_marks_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.problems_action)
        self.help_menu = bar.addMenu(self.tr("&Hjælp"))
        self.help_menu.addAction(self.about_action)
        self.reading.add_menus(self.go_menu, self.view_menu, self.help_menu, before=self.problems_action,
                               about=self.about_action)

    def _create_toolbar(self) -> None:
        self.toolbar = QToolBar(self.tr("Værktøjslinje"), self)
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setAccessibleName(self.tr("Værktøjslinje"))
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(self.back_action)
        self.toolbar.addAction(self.forward_action)
        self.toolbar.addAction(self.home_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.zoom_out_action)
        self.zoom_label = QLabel(self)
        self.zoom_label.setAccessibleName(self.tr("Tekststørrelse"))
        self.zoom_label.setMinimumWidth(48)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.toolbar.addWidget(self.zoom_label)
        self.toolbar.addAction(self.zoom_in_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.handout_action)
        self.addToolBar(self.toolbar)
        for action, name in ((self.zoom_out_action, "A−"), (self.zoom_in_action, "A+")):
            if action.icon().isNull():
                action.setIconText(name)

    def _create_status_bar(self) -> None:
        status = self.statusBar()
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Antal artikler"))
        self.problems_button = QPushButton(self)
        self.problems_button.setFlat(True)
        self.problems_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        self.problems_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.problems_button.setAccessibleName(self.tr("Problemer med artikelfiler"))
        self.problems_button.setToolTip(self.tr("Vis de filer, der ikke kunne indlæses eller havde fejl"))
        status.addPermanentWidget(self.count_label)
        status.addPermanentWidget(self.problems_button)

    def _connect_signals(self) -> None:
        self.sidebar.article_activated.connect(self._on_sidebar_article_activated)
        self.view.article_opened.connect(self._on_view_article_opened)
        self.view.article_closed.connect(self._on_view_article_closed)
        self.home_action.triggered.connect(self.show_start_page)
        self.reading.consultation_toggled.connect(self._on_consultation_toggled)
        self.view.history_changed.connect(self._update_history_actions)
        self.view.zoom_changed.connect(self._on_view_zoom_changed)
        self.view.external_link_clicked.connect(self._on_view_external_link_clicked)
        self.view.missing_link_clicked.connect(self._on_view_missing_link_clicked)
        self.back_action.triggered.connect(self.view.go_back)
        self.forward_action.triggered.connect(self.view.go_forward)
        self.search_action.triggered.connect(self._on_search_action_triggered)
        self.clear_marks_action.triggered.connect(self.search_marks.clear)
        self.zoom_in_action.triggered.connect(self.view.zoom_in)
        self.zoom_out_action.triggered.connect(self.view.zoom_out)
        self.zoom_reset_action.triggered.connect(self._on_zoom_reset_action_triggered)
        self.problems_action.triggered.connect(self.show_problems)
        self.problems_button.clicked.connect(self.show_problems)
        self.quit_action.triggered.connect(self.close)
        self.about_action.triggered.connect(self._on_about_triggered)
        self.handout_action.triggered.connect(self.show_handout_dialog)
        self.clinic_action.triggered.connect(self.show_clinic_dialog)
        self.content.library_loaded.connect(self.apply_library)
        self.content.library_loaded.connect(self.writing.library_loaded)
        self.content.marks_changed.connect(self._update_status)
        self.content.message.connect(self.statusBar().showMessage)
        self.reading.connect_signals(self.back_action, self.forward_action)
        self.setTabOrder(self.sidebar.list_view, self.view)  # the start page's lists go between them when it is built

    @property
    def start_page(self) -> StartPage:
        """The start page, built on first use: behind a reopened article it costs the first paint about 15 ms."""
        if self._start_page is None:
            from ui.mainwindow.start_page import StartPage

            page = StartPage(self.library, self.reading.favourites, self.pages)
            self._start_page = page
            self.pages.insertWidget(0, page)
            self.reading.themes.add_view(page)
            page.set_scale(1.6 if self.reading.presenting else 1.0)
            page.set_library(self.library)  # filled now, or at its first show when it is still hidden
            page.article_chosen.connect(self._on_start_page_article_chosen)
            page.category_chosen.connect(self._on_start_page_category_chosen)
            chain = [self.sidebar.list_view, *page.lists(), self.view]  # hidden pages are skipped by Tab
            for before, after in pairwise(chain):
                self.setTabOrder(before, after)
            if self.view.current_slug is None and not self._restore_pending:  # nothing open: it is the page shown
                self.pages.setCurrentWidget(page)
        return self._start_page

    def _on_consultation_toggled(self, on: bool) -> None:
        if self._start_page is not None:  # else it is built at this size
            self._start_page.set_scale(1.6 if on else 1.0)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's API
        if self._start_page is None and self.view.current_slug is None:  # nothing reopened: the start page
            self.pages.setCurrentWidget(self.start_page)
        super().showEvent(event)
        if self.view.current_slug is not None and not event.spontaneous():
            # An article opened before the show (from the start-up shelf) is laid out now at its real width, to the
            # end: Qt would lay out the rest in steps after the first paint, and the scroll bar change with each.
            self.view.document().size()

    def _restore_layout(self) -> None:
        geometry = QByteArray.fromBase64(self.settings.window_geometry.encode("ascii", "ignore"))
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(FIRST_SIZE)
            fit_on_screen(self, centre=True)
        elif not self.isMaximized() and not self.isFullScreen():
            fit_on_screen(self)  # saved on a screen that is gone, or bigger than this one
        splitter = QByteArray.fromBase64(self.settings.splitter_state.encode("ascii", "ignore"))
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    # --- behaviour -----------------------------------------------------------------------

    def open_article(self, slug: str, anchor: str = "") -> bool:
        return self.view.open_article(slug, anchor)

    def show_start_page(self) -> None:
        """The start page (Alt+Home): the open article is left, and Back returns to it."""
        if self.reading.presenting:
            self.reading.consultation.leave()
        if self.view.current_slug is None:
            self._on_view_article_closed()
        else:
            self.view.leave_article()
        self.start_page.focus_first()

    def restore_last_article(self) -> None:
        """Reopen what was open when the app was last closed (after the first paint)."""
        slug = self.settings.last_article
        if slug and slug in self.library:
            self.view.open_article(slug, record=False)

    def show_shelf(self, shelf: Library) -> None:
        """Before the first paint: the article list and the last article from the start-up shelf (reader/shelf.py),
        until the watcher's first load replaces it in place. The search answers by the shelf's titles until then.
        The status bar counts the shelf's problems: when nothing changed on disk the real load changes nothing on screen."""
        self.library = shelf
        # Polished before its rows are made: filled unpolished, its rows miss the style sheet's padding until a
        # refresh (the real load's moved them 2 px, a change of the screen half a second after the first paint).
        self.reading.favourites_panel.ensurePolished()
        self.content.set_library(shelf)  # the rows' "Klinik" and review marks
        self.view.set_library(shelf)
        self.search.show_shelf(shelf)  # typed before the real load: found by title
        self.sidebar.show_items(self.search.all_items(), select_first=False)
        last = self.settings.last_article
        if last and shelf.get(last) is not None:  # read from its file now (None: gone since the last run)
            self.view.open_article(last, record=False)  # first: the start page behind it is not filled while hidden
        self.reading.set_library(shelf)
        if self._start_page is not None:  # else it is built with this library
            self._start_page.set_library(shelf)
        self._update_status()

    def set_library(self, library: Library) -> None:
        """Show a new library everywhere; the review marks first, since the sidebar's rows ask for them."""
        self.library = library
        self.content.set_library(library)
        self.search.set_library(library)
        self.view.set_library(library)
        self.reading.set_library(library)
        if self._start_page is not None:  # else it is built with this library
            self._start_page.set_library(library)
        dialog = self.problems_dialog
        if dialog is not None:
            try:
                if dialog.isVisible():
                    dialog.set_problems(self.content.visible_problems())
            except RuntimeError:  # the dialog was closed and deleted
                self.problems_dialog = None
        self._update_status()

    def watch_library(self, sources: Sequence[Source], restore_last: bool = False) -> LibraryWatcher:
        """Load the sources in the background and keep watching them; each new library is shown in place.

        restore_last reopens the article open at the last close once the first load is in (start-up).
        """
        self._restore_pending = restore_last and self.view.current_slug is None  # not when the shelf reopened it
        if not len(self.library):
            self.statusBar().showMessage(self._loading_message())
        return self.content.watch(sources)

    def _loading_message(self) -> str:
        return QCoreApplication.translate("ContentTools", "Indlæser artikler …")

    def apply_library(self, library: Library) -> None:
        """Show a reloaded library without losing the user's place: the open article, its scroll, the list's scroll."""
        bar = self.sidebar.list_view.verticalScrollBar()
        list_scroll = bar.value()
        last = self.settings.last_article
        if self._restore_pending and last and last in library and self.view.current_slug is None:
            # The start reopens the last article: the start page behind it is filled when first shown.
            self.pages.setCurrentWidget(self.view)
        self.set_library(library)
        current = self.view.current_slug
        if current:
            self.sidebar.select_slug(current)
        bar.setValue(list_scroll)
        status = self.statusBar()
        if status.currentMessage() == self._loading_message():
            status.clearMessage()  # only our own message: a settings warning stays
        if self._restore_pending:
            self._restore_pending = False
            self.restore_last_article()
            if self.view.current_slug is None:  # it could not be opened after all: the start page, filled now
                self.pages.setCurrentWidget(self.start_page)

    def _reload_library(self) -> None:
        """Read the watched folders again now (after the editor saved, deleted or restored an article)."""
        if self.content.watcher is not None:
            self.content.watcher.reload()

    def visible_problems(self) -> list[Problem]:
        """What the problems list and the status bar count show."""
        return self.content.visible_problems()

    def show_problems(self) -> None:
        from ui.mainwindow.problems_dialog import ProblemsDialog  # with the list, not at start-up

        dialog = ProblemsDialog(self.visible_problems(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.problems_dialog = dialog

    def show_handout_dialog(self) -> None:
        """The handout dialog, with the open article ticked."""
        from ui.handout.dialog import HandoutDialog

        dialog = HandoutDialog(self.library, self.settings, self.view.current_slug or "", self._save, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.handout_dialog = dialog

    def show_clinic_dialog(self) -> None:
        """Edit the clinic profile printed on handouts."""
        from ui.handout.clinic_dialog import ClinicDialog

        self.clinic_dialog = ClinicDialog(self.settings.clinic, self)
        self.clinic_dialog.accepted.connect(self._on_clinic_dialog_accepted)
        self.clinic_dialog.open()

    def _on_clinic_dialog_accepted(self) -> None:
        self.settings.clinic = self.clinic_dialog.profile()
        self._save()

    def _update_history_actions(self) -> None:
        self.back_action.setEnabled(self.view.can_go_back())
        self.forward_action.setEnabled(self.view.can_go_forward())

    def _update_status(self) -> None:
        count = len(self.library)
        self.count_label.setText(article_count_text(count))
        problems = self.visible_problems()
        self.problems_button.setText(problems_summary(problems))
        self.problems_button.setVisible(bool(problems))
        if problems:  # the icon of the worst level counted: a red cross when a file could not be loaded
            worst = min((p.level for p in problems), key=lambda level: LEVEL_ORDER.get(level, 3))
            self.problems_button.setIcon(level_icon(worst))
        self.zoom_label.setText(f"{self.view.zoom} %")

    def _save(self) -> None:
        if self._persist is None:
            return
        try:
            self._persist(self.settings)
        except OSError as error:
            self.statusBar().showMessage(self.tr("Indstillingerne kunne ikke gemmes: %1").replace("%1", error.strerror or str(error)), 8000)

    def _on_sidebar_article_activated(self, slug: str, anchor: str) -> None:
        query = self.sidebar.search_field.text()
        if slug != self.view.current_slug or anchor:
            self.view.open_article(slug, anchor)
        if query.strip() and slug == self.view.current_slug:
            self.search_marks.highlight(self.search.highlight_pattern(query), slug, anchor)
        self.view.setFocus()

    def _on_search_action_triggered(self) -> None:
        """Ctrl+K: the search field; in consultation mode it is shown first, never typed into blind."""
        if self.reading.presenting:
            self.reading.consultation.show_search(self.sidebar)
        self.sidebar.focus_search()

    def _on_view_article_opened(self, slug: str) -> None:
        article = self.library.get(slug)
        if article is not None:
            error = self.view.rendered(article).error
            if error:  # too slow or broken Markdown: shown as plain text, and the status bar says why
                self.statusBar().showMessage(translated(error), 15000)
        self.setWindowTitle(window_title(article.title if article else ""))
        self.pages.setCurrentWidget(self.view)
        self.sidebar.select_slug(slug)
        self.settings.last_article = slug
        self.writing.update_actions()

    def _on_view_article_closed(self) -> None:
        refocus = self.view.hasFocus()
        self.pages.setCurrentWidget(self.start_page)
        self._nothing_open()
        if refocus:
            self.start_page.focus_first()

    def _nothing_open(self) -> None:
        self.setWindowTitle(window_title())
        self.reading.start_page_shown()
        self.sidebar.select_slug("")
        self.writing.update_actions()

    def _on_start_page_article_chosen(self, slug: str) -> None:
        self.view.open_article(slug)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_start_page_category_chosen(self, name: str) -> None:
        """The sidebar shows the topic's articles (the chip says which); the list has the focus (in consultation
        mode the sidebar is shown for it, as for Ctrl+K: never a hidden list with the focus)."""
        if self.reading.presenting:
            self.reading.consultation.show_search(self.sidebar)
        self.sidebar.set_category(name)
        self.sidebar.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.sidebar.model.rowCount() and not self.sidebar.list_view.currentIndex().isValid():
            self.sidebar.list_view.setCurrentIndex(self.sidebar.model.index(0, 0))

    def _on_view_zoom_changed(self, percent: int) -> None:
        if self.reading.presenting:  # consultation mode has its own size; the reading size stays as it was
            self.settings.present_zoom = percent
            return
        self.settings.zoom = percent
        self.zoom_label.setText(f"{percent} %")
        self._save()

    def _on_view_external_link_clicked(self, url: QUrl) -> None:
        answer = QMessageBox.question(
            self, self.tr("Åbn link i browseren?"),
            self.tr("Linket fører ud af Patientlæser til:\n\n%1\n\nVil du åbne det i din browser?").replace("%1", url.toString()),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(url)

    def _on_view_missing_link_clicked(self, href: str) -> None:
        self.statusBar().showMessage(self.tr("Linket peger på en artikel, der ikke findes her: %1").replace("%1", href), 8000)

    def _on_zoom_reset_action_triggered(self) -> None:
        self.view.set_zoom(self.settings.default_zoom)

    def _on_about_triggered(self) -> None:
        from reader import __version__

        QMessageBox.about(
            self, self.tr("Om Patientlæser"),
            self.tr("<h3>Patientlæser %1</h3><p>Patientvejledninger til fysioterapi, uden netforbindelse.</p>")
            .replace("%1", __version__),
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's API
        if event.button() == Qt.MouseButton.BackButton:
            self.view.go_back()
        elif event.button() == Qt.MouseButton.ForwardButton:
            self.view.go_forward()
        else:
            super().mousePressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's API
        for editor in list(self.writing.editors):  # an editor with unsaved changes asks first, and may keep the app open
            if not editor.close():
                event.ignore()
                return
        self.settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self.settings.splitter_state = bytes(self.splitter.saveState().toBase64().data()).decode("ascii")
        self.settings.zoom = self.view.zoom
        self._save()
        if self._persist is not None:  # our own profile (not a test's window): the next start draws it at once
            self.view.keep_rendering()
        super().closeEvent(event)


def schedule_restore(window: MainWindow) -> None:
    """Open the last article once the window has painted, so start-up shows the window first."""
    QTimer.singleShot(0, window.restore_last_article)
