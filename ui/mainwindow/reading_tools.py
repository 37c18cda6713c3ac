"""The main window's reading tools: contents, find in page, themes, favourites, consultation mode, shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QBoxLayout, QMainWindow, QMenu, QStyle

from reader.articles import Library
from reader.settings import Settings
from ui.article.contents import TocPanel
from ui.article.sections import scroll_to
from ui.article.view import ArticleView
from ui.base.accessibility import name_clear_buttons
from ui.base.themes import THEMES, ThemeManager, theme_label, tinted
from ui.mainwindow.favourites import Favourites, FavouritesMenu, FavouritesPanel
from ui.sidebar.widget import Sidebar

if TYPE_CHECKING:  # built on first use (Ctrl+F, F3): nobody sees the find bar at start-up
    from ui.article.consultation import ConsultationMode
    from ui.article.find_bar import FindBar
    from ui.article.second_screen import SecondScreen
    from ui.mainwindow.shortcuts_dialog import ShortcutsDialog

# Makes a window action: (text, shortcuts, standard icon, tip) -> QAction added to the window.
ActionMaker = Callable[[str, list[QKeySequence | QKeySequence.StandardKey | str] | None, QStyle.StandardPixmap | None, str], QAction]


class ReadingTools(QObject):
    """The "På denne side" dock, find bar, themes, favourites, consultation mode and second screen of one window.

    Built in three steps by the window, because its menus must exist in between: the constructor makes the
    tools and their actions, add_menus() puts the actions in the window's menus, connect_signals() wires them.
    Its strings keep the "MainWindow" translation context they had when these tools were part of the window.

    Signals:
        consultation_toggled(active): consultation mode started or ended (the mode itself is built on first use).
    """

    consultation_toggled = Signal(bool)

    def __init__(self, window: QMainWindow, view: ArticleView, sidebar: Sidebar, settings: Settings,
                 library: Library, make_action: ActionMaker, save: Callable[[], None],
                 themes: ThemeManager | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.view = view
        self.sidebar = sidebar
        self.settings = settings
        self.library = library
        self._action = make_action
        self._save = save
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self._find_bar: FindBar | None = None
        self._consultation: ConsultationMode | None = None  # built on first use (F5, --present)
        self._second_screen: SecondScreen | None = None  # built on first use (Shift+F5): most starts have one screen
        self._toc_away = False  # hidden while the start page shows, back with the next article
        self._create_tools(themes)
        self._create_actions()

    def _create_tools(self, themes: ThemeManager | None) -> None:
        """The "På denne side" dock, find bar, theme manager (the window's, when it applied one before its widgets
        existed: a palette and style sheet set then re-polish nothing), favourites and consultation mode."""
        self.toc = TocPanel(self.window)
        self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.toc)
        self.themes = themes if themes is not None else ThemeManager(self.settings.theme, self)
        self.themes.setParent(self)
        self.themes.add_view(self.view)
        if themes is None:
            self.themes.apply()
        self.favourites = Favourites(self.settings, self._save, parent=self)
        self.favourites_panel = FavouritesPanel(self.favourites, self.library, self.sidebar)
        sidebar_layout = self.sidebar.layout()
        if isinstance(sidebar_layout, QBoxLayout):
            sidebar_layout.insertWidget(1, self.favourites_panel)

    @property
    def find_bar(self) -> FindBar:
        """The find bar at the window's foot, built on first use (its shortcuts, the Go menu, consultation mode)."""
        if self._find_bar is None:
            from ui.article.find_bar import FindBar

            bar = FindBar(self.view, self.window)
            self.window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, bar)
            bar.hide()
            self.themes.add_view(bar)
            name_clear_buttons(bar)
            self._find_bar = bar
        return self._find_bar

    @property
    def consultation(self) -> ConsultationMode:
        """Consultation mode (F5), built on first use: a start that never presents loads none of it, and the window
        and the article view have no event filter of it to pass through meanwhile."""
        if self._consultation is None:
            from ui.article.consultation import ConsultationMode

            mode = ConsultationMode(self.window, self.view, self.settings, [self.sidebar])
            self._consultation = mode
            mode.toggled.connect(self.consultation_toggled)  # the window's handler first, as when it connected itself
            mode.toggled.connect(self._on_consultation_toggled)
            self.sidebar.article_activated.connect(mode.end_search)  # a hit opened: back to the article
            mode.contents_requested.connect(self.toc_action.trigger)
        return self._consultation

    @property
    def presenting(self) -> bool:
        """Whether consultation mode is on (False, and nothing built, when it was never used)."""
        return self._consultation is not None and self._consultation.active

    @property
    def second_screen(self) -> SecondScreen:
        """The patient's screen (Vis på anden skærm, Shift+F5), built on first use: until then it has no window to
        follow, to step or to close, so a start (on one screen, or never presenting) leaves it out."""
        if self._second_screen is None:
            from ui.article.second_screen import SecondScreen

            screen = SecondScreen(self.window, self.view, self.library, self.settings, self.themes)
            screen.toggled.connect(self.second_screen_action.setChecked)
            self._second_screen = screen
        return self._second_screen

    def _create_actions(self) -> None:
        self.find_action = self._action(QCoreApplication.translate("MainWindow", "&Find på siden …"), ["Ctrl+F", QKeySequence.StandardKey.Find], None,
                                        QCoreApplication.translate("MainWindow", "Find tekst i artiklen"))
        self.find_next_action = self._action(QCoreApplication.translate("MainWindow", "Find &næste"), ["F3", QKeySequence.StandardKey.FindNext], None,
                                             QCoreApplication.translate("MainWindow", "Næste fund på siden"))
        self.find_previous_action = self._action(QCoreApplication.translate("MainWindow", "Find &forrige"), ["Shift+F3", QKeySequence.StandardKey.FindPrevious],
                                                 None, QCoreApplication.translate("MainWindow", "Forrige fund på siden"))
        self.toc_action = self.toc.toggleViewAction()
        self.toc_action.setText(QCoreApplication.translate("MainWindow", "&På denne side"))
        self.toc_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.toc_action.setStatusTip(QCoreApplication.translate("MainWindow", "Vis eller skjul afsnittene i artiklen"))
        self.window.addAction(self.toc_action)
        self.present_action = self._action(QCoreApplication.translate("MainWindow", "&Konsultationstilstand"), ["F5"], None,
                                           QCoreApplication.translate("MainWindow", "Fuld skærm med stor tekst, afsnit for afsnit"))
        self.present_action.setCheckable(True)
        self.second_screen_action = self._action(QCoreApplication.translate("MainWindow", "Vis på &anden skærm"), ["Shift+F5"], None,
                                                 QCoreApplication.translate("MainWindow", "Vis artiklen stort på den anden skærm (patientens)"))
        self.second_screen_action.setCheckable(True)
        self.default_zoom_action = self._action(QCoreApplication.translate("MainWindow", "Brug som &standardstørrelse"), [], None,
                                                QCoreApplication.translate("MainWindow", "Den nuværende tekststørrelse bliver den normale (Ctrl+0)"))
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for theme in THEMES:
            action = QAction(theme_label(theme), self.theme_group)
            action.setCheckable(True)
            action.setData(theme)
            action.setChecked(theme == self.themes.choice)
            self.theme_actions[theme] = action
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in (("", QCoreApplication.translate("MainWindow", "Følg &systemet")), ("da", "&Dansk"), ("en", "&English")):
            action = QAction(name, self.language_group)
            action.setCheckable(True)
            action.setData(code)
            action.setChecked(code == self.settings.language)
            self.language_actions[code] = action
        self.favourite_action = self._action(QCoreApplication.translate("MainWindow", "&Favorit"), ["Ctrl+D"], None, QCoreApplication.translate("MainWindow", "Markér artiklen som favorit"))
        self.favourite_action.setCheckable(True)
        self.favourite_action.setEnabled(False)
        self.shortcuts_action = self._action(QCoreApplication.translate("MainWindow", "&Tastaturgenveje"), ["F1"], None, QCoreApplication.translate("MainWindow", "Vis alle tastaturgenveje"))
        self._update_second_screen_action()

    def add_menus(self, go_menu: QMenu, view_menu: QMenu, help_menu: QMenu, *, before: QAction, about: QAction) -> None:
        """Find in the Go menu; zoom default, theme, language, contents and presenting in the View menu (before
        `before`); Favourites before Help; shortcuts before `about` in Help."""
        for action in (None, self.find_action, self.find_next_action, self.find_previous_action):
            go_menu.addSeparator() if action is None else go_menu.addAction(action)
        view_menu.insertAction(before, self.default_zoom_action)
        view_menu.insertSeparator(before)
        self.theme_menu = view_menu.addMenu(QCoreApplication.translate("MainWindow", "&Tema"))
        self.theme_menu.addActions(list(self.theme_actions.values()))
        view_menu.insertMenu(before, self.theme_menu)
        self.language_menu = view_menu.addMenu(QCoreApplication.translate("MainWindow", "&Sprog"))
        self.language_menu.addActions(list(self.language_actions.values()))
        view_menu.insertMenu(before, self.language_menu)
        view_menu.insertAction(before, self.toc_action)
        view_menu.insertSeparator(before)
        view_menu.insertAction(before, self.present_action)
        view_menu.insertAction(before, self.second_screen_action)
        view_menu.insertSeparator(before)
        self.favourites_menu = FavouritesMenu(self.favourites, self.library, self.favourite_action, self.window)
        self.window.menuBar().insertMenu(help_menu.menuAction(), self.favourites_menu)
        help_menu.insertAction(about, self.shortcuts_action)
        help_menu.insertSeparator(about)

    def connect_signals(self, back_action: QAction, forward_action: QAction) -> None:
        """Wire the tools to the view, the sidebar and each other; back/forward get icons in the theme's colour."""
        self._arrows = ((back_action, QStyle.StandardPixmap.SP_ArrowBack),
                        (forward_action, QStyle.StandardPixmap.SP_ArrowForward))
        self.view.article_opened.connect(self._update_reading_tools)
        self.view.article_opened.connect(self._on_view_article_opened)
        self.view.verticalScrollBar().valueChanged.connect(self._on_view_scrolled)
        self.toc.section_chosen.connect(self._on_toc_section_chosen)
        self.find_action.triggered.connect(lambda: self.find_bar.open_bar())
        self.find_next_action.triggered.connect(lambda: self.find_bar.find_next())
        self.find_previous_action.triggered.connect(lambda: self.find_bar.find_previous())
        self.present_action.triggered.connect(lambda: self.consultation.toggle())
        self.second_screen_action.triggered.connect(lambda: self.second_screen.toggle())
        self.default_zoom_action.triggered.connect(self._on_default_zoom_action_triggered)
        self.theme_group.triggered.connect(self._on_theme_group_triggered)
        self.language_group.triggered.connect(self._on_language_group_triggered)
        self.favourite_action.triggered.connect(self._on_favourite_action_triggered)
        self.favourites.changed.connect(self._update_favourite_action)
        self.favourites_panel.article_chosen.connect(self.view.open_article)
        self.favourites_menu.article_chosen.connect(self.view.open_article)
        self.sidebar.query_changed.connect(self.favourites_panel.set_query)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.themes.theme_changed.connect(self._on_themes_theme_changed)
        self._on_themes_theme_changed(self.themes.current)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):  # instance() is typed QCoreApplication | None
            app.screenAdded.connect(self._update_second_screen_action)
            app.screenRemoved.connect(self._update_second_screen_action)
        self.window.setTabOrder(self.sidebar.search_field, self.favourites_panel)
        self.window.setTabOrder(self.favourites_panel, self.sidebar.list_view)
        self.window.setTabOrder(self.sidebar.list_view, self.view)
        self.window.setTabOrder(self.view, self.toc.tree)
        name_clear_buttons(self.window)

    def set_library(self, library: Library) -> None:
        """Follow a new library (favourites, menus, the patient's screen)."""
        self.library = library
        self.favourites_panel.set_library(library)
        self.favourites_menu.set_library(library)
        if self._second_screen is not None:
            self._second_screen.set_library(library)
        self._update_reading_tools(self.view.current_slug or "")

    def show_shortcuts(self) -> None:
        """Help → Tastaturgenveje."""
        from ui.mainwindow.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.shortcuts_dialog = dialog

    def _update_reading_tools(self, slug: str) -> None:
        article = self.library.get(slug) if slug else None
        self.toc.set_sections(self.view.rendered(article).sections if article else ())
        self.toc.follow(self.view)
        if article is not None:
            self.favourites.record(slug)
        self._update_favourite_action()

    def start_page_shown(self) -> None:
        """No article is open (the window shows its start page): no contents, no favourite to star."""
        self._update_reading_tools("")
        # An empty "På denne side" beside the start page is only clutter: away until an article opens.
        if self.toc.isVisibleTo(self.window):
            self.toc.hide()
            self._toc_away = True

    def _on_view_article_opened(self, _slug: str) -> None:
        # In consultation mode the contents stay away (on request only); they come back when it ends.
        if self._toc_away and not self.presenting:
            self._toc_away = False
            self.toc.show()

    def _update_favourite_action(self) -> None:
        slug = self.view.current_slug
        self.favourite_action.setEnabled(bool(slug) and self.favourites.enabled)
        self.favourite_action.setChecked(self.favourites.is_favourite(slug))

    def _update_second_screen_action(self) -> None:
        opened = self._second_screen is not None and self._second_screen.is_open
        self.second_screen_action.setEnabled(len(QGuiApplication.screens()) > 1 or opened)

    def _on_view_scrolled(self, _value: int) -> None:
        self.toc.follow(self.view)

    def _on_toc_section_chosen(self, anchor: str) -> None:
        if self.presenting:
            self.consultation.stepper.go_to(anchor)
        else:
            scroll_to(self.view, anchor)
        if self._second_screen is not None:
            self._second_screen.go_to(anchor)
        self.toc.mark_current(anchor)

    def _on_consultation_toggled(self, active: bool) -> None:
        self.present_action.setChecked(active)
        self.toc.set_large(active)  # shown in consultation mode only on request: readable from the patient's chair
        if active:
            if self._second_screen is not None:
                self._second_screen.close()
        else:
            if self._toc_away and self.view.current_slug:  # begun on the start page, an article opened since
                self._toc_away = False
                self.toc.show()
            self.toc.follow(self.view)

    def _on_themes_theme_changed(self, _theme: str) -> None:
        # The style's arrow icons are dark pixmaps: redraw them in the theme's text colour.
        text = QApplication.palette().color(QPalette.ColorRole.ButtonText)
        for action, pixmap in self._arrows:
            action.setIcon(tinted(self.window.style().standardIcon(pixmap), text))

    def _on_default_zoom_action_triggered(self) -> None:
        self.settings.default_zoom = self.view.zoom
        self._save()
        self.window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Standardtekststørrelsen er nu %1 %.").replace("%1", str(self.view.zoom)), 5000)

    def _on_theme_group_triggered(self, action: QAction) -> None:
        self.settings.theme = str(action.data())
        self.themes.set_theme(self.settings.theme)
        self._save()

    def _on_language_group_triggered(self, action: QAction) -> None:
        self.settings.language = str(action.data())
        self._save()
        self.window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Sproget skiftes, næste gang programmet startes."), 8000)

    def _on_favourite_action_triggered(self) -> None:
        self.favourites.toggle(self.view.current_slug)
        self._update_favourite_action()
