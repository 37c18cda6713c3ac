"""The main window's reading tools: contents, find in page, themes, favourites, consultation mode, shortcuts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from reader.articles import Library
from ui.article.consultation import ConsultationMode
from ui.article.contents import TocPanel
from ui.article.find_bar import FindBar
from ui.article.second_screen import SecondScreen
from ui.article.sections import scroll_to
from ui.base.accessibility import name_clear_buttons
from ui.base.themes import THEMES, ThemeManager, theme_label, tinted
from ui.mainwindow.favourites import Favourites, FavouritesMenu, FavouritesPanel
from ui.mainwindow.shortcuts_dialog import ShortcutsDialog


class ReadingTools:
    """Mixed into MainWindow: builds, wires and runs the reading tools (its strings use the MainWindow context).

    MainWindow provides view, sidebar, settings, library, the menus, _action() and _save().
    """

    # Provided by MainWindow (declared for readers and type checkers).
    view: Any
    sidebar: Any
    settings: Any
    library: Library
    go_menu: Any
    view_menu: Any
    help_menu: Any
    problems_action: QAction
    about_action: QAction
    back_action: QAction
    forward_action: QAction

    def _create_reading_tools(self) -> None:
        """The "På denne side" dock, find bar, theme manager, favourites and consultation mode."""
        self.toc = TocPanel(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.toc)
        self.find_bar = FindBar(self.view, self)
        self.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self.find_bar)
        self.find_bar.hide()
        self.themes = ThemeManager(self.settings.theme, self)
        self.themes.add_view(self.view)
        self.themes.add_view(self.find_bar)
        self.themes.apply()
        self.favourites = Favourites(self.settings, self._save, parent=self)
        self.favourites_panel = FavouritesPanel(self.favourites, self.library, self.sidebar)
        sidebar_layout = self.sidebar.layout()
        if sidebar_layout is not None:
            sidebar_layout.insertWidget(1, self.favourites_panel)  # type: ignore[attr-defined]
        self.consultation = ConsultationMode(self, self.view, self.settings, [self.sidebar])
        self.second_screen = SecondScreen(self, self.view, self.library, self.settings)

    def _create_reading_actions(self) -> None:
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
        self.addAction(self.toc_action)
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

    def _add_reading_menus(self) -> None:
        for action in (None, self.find_action, self.find_next_action, self.find_previous_action):
            self.go_menu.addSeparator() if action is None else self.go_menu.addAction(action)
        before = self.problems_action
        self.view_menu.insertAction(before, self.default_zoom_action)
        self.view_menu.insertSeparator(before)
        self.theme_menu = self.view_menu.addMenu(QCoreApplication.translate("MainWindow", "&Tema"))
        self.theme_menu.addActions(list(self.theme_actions.values()))
        self.view_menu.insertMenu(before, self.theme_menu)
        self.language_menu = self.view_menu.addMenu(QCoreApplication.translate("MainWindow", "&Sprog"))
        self.language_menu.addActions(list(self.language_actions.values()))
        self.view_menu.insertMenu(before, self.language_menu)
        self.view_menu.insertAction(before, self.toc_action)
        self.view_menu.insertSeparator(before)
        self.view_menu.insertAction(before, self.present_action)
        self.view_menu.insertAction(before, self.second_screen_action)
        self.view_menu.insertSeparator(before)
        self.favourites_menu = FavouritesMenu(self.favourites, self.library, self.favourite_action, self)
        self.menuBar().insertMenu(self.help_menu.menuAction(), self.favourites_menu)
        self.help_menu.insertAction(self.about_action, self.shortcuts_action)
        self.help_menu.insertSeparator(self.about_action)

    def _connect_reading_signals(self) -> None:
        self.view.article_opened.connect(self._update_reading_tools)
        self.view.verticalScrollBar().valueChanged.connect(self._on_view_scrolled)
        self.toc.section_chosen.connect(self._on_toc_section_chosen)
        self.find_action.triggered.connect(self.find_bar.open_bar)
        self.find_next_action.triggered.connect(self.find_bar.find_next)
        self.find_previous_action.triggered.connect(self.find_bar.find_previous)
        self.present_action.triggered.connect(self.consultation.toggle)
        self.consultation.toggled.connect(self._on_consultation_toggled)
        self.second_screen_action.triggered.connect(self.second_screen.toggle)
        self.second_screen.toggled.connect(self.second_screen_action.setChecked)
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
        QGuiApplication.instance().screenAdded.connect(self._update_second_screen_action)  # type: ignore[union-attr]
        QGuiApplication.instance().screenRemoved.connect(self._update_second_screen_action)  # type: ignore[union-attr]
        self.setTabOrder(self.sidebar.search_field, self.favourites_panel)
        self.setTabOrder(self.favourites_panel, self.sidebar.list_view)
        self.setTabOrder(self.sidebar.list_view, self.view)
        self.setTabOrder(self.view, self.toc.tree)
        name_clear_buttons(self)

    def _set_reading_library(self, library: Library) -> None:
        self.favourites_panel.set_library(library)
        self.favourites_menu.set_library(library)
        self.second_screen.set_library(library)
        self._update_reading_tools(self.view.current_slug or "")

    def show_shortcuts(self) -> None:
        """Help → Tastaturgenveje."""
        dialog = ShortcutsDialog(self)
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

    def _update_favourite_action(self) -> None:
        slug = self.view.current_slug
        self.favourite_action.setEnabled(bool(slug) and self.favourites.enabled)
        self.favourite_action.setChecked(self.favourites.is_favourite(slug))

    def _update_second_screen_action(self) -> None:
        self.second_screen_action.setEnabled(len(QGuiApplication.screens()) > 1 or self.second_screen.is_open)

    def _on_view_scrolled(self, _value: int) -> None:
        self.toc.follow(self.view)

    def _on_toc_section_chosen(self, anchor: str) -> None:
        if self.consultation.active:
            self.consultation.stepper.go_to(anchor)
        else:
            scroll_to(self.view, anchor)
        self.second_screen.go_to(anchor)
        self.toc.mark_current(anchor)

    def _on_consultation_toggled(self, active: bool) -> None:
        self.present_action.setChecked(active)
        if active:
            self.second_screen.close()

    def _on_themes_theme_changed(self, _theme: str) -> None:
        # The style's arrow icons are dark pixmaps: redraw them in the theme's text colour.
        text = QApplication.palette().color(QPalette.ColorRole.ButtonText)
        for action, pixmap in ((self.back_action, QStyle.StandardPixmap.SP_ArrowBack),
                               (self.forward_action, QStyle.StandardPixmap.SP_ArrowForward)):
            action.setIcon(tinted(self.style().standardIcon(pixmap), text))  # type: ignore[attr-defined]

    def _on_zoom_reset_action_triggered(self) -> None:
        self.view.set_zoom(self.settings.default_zoom)

    def _on_default_zoom_action_triggered(self) -> None:
        self.settings.default_zoom = self.view.zoom
        self._save()
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Standardtekststørrelsen er nu %1 %.").replace("%1", str(self.view.zoom)), 5000)

    def _on_theme_group_triggered(self, action: QAction) -> None:
        self.settings.theme = str(action.data())
        self.themes.set_theme(self.settings.theme)
        self._save()

    def _on_language_group_triggered(self, action: QAction) -> None:
        self.settings.language = str(action.data())
        self._save()
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Sproget skiftes, næste gang programmet startes."), 8000)

    def _on_favourite_action_triggered(self) -> None:
        self.favourites.toggle(self.view.current_slug)
        self._update_favourite_action()
