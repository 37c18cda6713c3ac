"""The patient's screen: a full-screen presentation window on the second monitor that follows the main window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QScreen, QShortcut
from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget

from reader.articles import Library
from reader.settings import Settings
from ui.article.consultation import DEFAULT_PRESENT_ZOOM, SectionStepper, SlimBar, bind_stepping, clamp_zoom
from ui.article.sections import scroll_to
from ui.article.view import ArticleView
from ui.base.i18n import window_title
from ui.base.themes import ThemeManager


def second_screen(window: QWidget) -> QScreen | None:
    """A screen other than the window's (the patient's), or None with only one screen."""
    own = window.screen()
    return next((s for s in QGuiApplication.screens() if s is not own), None)


class PresentationWindow(QWidget):
    """The patient-facing window on the second screen: the article, large, with its own slim bar.

    It follows the main window: open() and go_to() are called when the therapist chooses there.

    Signals:
        closed(): the window was closed (Esc, or the main window's action).
    """

    closed = Signal()

    def __init__(self, library: Library, zoom: int = DEFAULT_PRESENT_ZOOM, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(window_title(self.tr("Visning til patienten")))
        self.setAccessibleName(self.tr("Visning til patienten"))
        self.view = ArticleView(library, clamp_zoom(zoom), self)
        self.view.set_zoom_home(clamp_zoom(zoom))
        self.view.setAccessibleName(self.tr("Artikel til patienten"))
        self.stepper = SectionStepper(self.view, active=True)
        self.bar = SlimBar(False, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addWidget(self.view, 1)
        self._shortcuts = bind_stepping(self, self.stepper, self.close)
        self.bar.previous_clicked.connect(lambda: self.stepper.step(-1))
        self.bar.next_clicked.connect(lambda: self.stepper.step(1))
        self.stepper.moved.connect(self._on_stepper_moved)
        self.view.zoom_changed.connect(self.bar.show_zoom)
        self.bar.show_zoom(self.view.zoom)
        self._on_stepper_moved(0, 0, "")

    def show_on(self, screen: QScreen | None) -> None:
        """Full screen on the given screen (the patient's)."""
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()

    def open(self, slug: str, anchor: str = "") -> None:
        """Show an article (the main window chose it), at a section if given."""
        if slug != self.view.current_slug:
            self.view.open_article(slug, record=False)
        self.stepper.go_to(anchor)

    def go_to(self, anchor: str) -> None:
        self.stepper.go_to(anchor)

    def set_library(self, library: Library) -> None:
        self.view.set_library(library)
        self.stepper.reload()

    def _on_stepper_moved(self, position: int, count: int, title: str) -> None:
        article = self.view.current_article
        self.bar.show_place(article.title if article else self.tr("Ingen artikel valgt"), self.stepper.position_text(),
                            title, position == 0, position >= count)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's API
        super().closeEvent(event)
        self.closed.emit()


class SecondScreen(QObject):
    """Opens, follows and closes the presentation window for the main window.

    Signals:
        toggled(open): the patient's window opened (True) or closed (False).
    """

    toggled = Signal(bool)

    def __init__(self, window: QMainWindow, view: ArticleView, library: Library, settings: Settings,
                 themes: ThemeManager | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.view = view
        self.library = library
        self.settings = settings
        self.themes = themes  # the patient's screen follows the window's theme
        self.presentation: PresentationWindow | None = None
        self._shortcuts: list[QShortcut] = []
        for key, delta in (("PgDown", 1), ("PgUp", -1)):
            shortcut = QShortcut(QKeySequence(key), window)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.setEnabled(False)
            shortcut.activated.connect(lambda d=delta: self.step(d))
            self._shortcuts.append(shortcut)
        view.article_opened.connect(self._on_view_article_opened)
        window.installEventFilter(self)

    @property
    def is_open(self) -> bool:
        return self.presentation is not None

    def toggle(self) -> None:
        self.close() if self.is_open else self.open()

    def open(self, screen: QScreen | None = None) -> PresentationWindow:
        """Show the open article on the second screen (or on the given one); the main window keeps control."""
        if self.presentation is None:
            self.presentation = PresentationWindow(self.library, self.settings.present_zoom or DEFAULT_PRESENT_ZOOM)
            self.presentation.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.presentation.closed.connect(self._on_presentation_closed)
            self.presentation.stepper.moved.connect(self._on_presentation_moved)
            if self.themes is not None:
                self.themes.add_view(self.presentation.view)
            for shortcut in self._shortcuts:
                shortcut.setEnabled(True)
            self.presentation.show_on(screen or second_screen(self.window) or self.window.screen())
            if self.view.current_slug:
                self.presentation.open(self.view.current_slug)
            self.window.activateWindow()
            self.toggled.emit(True)
        return self.presentation

    def close(self) -> None:
        if self.presentation is not None:
            self.presentation.close()

    def go_to(self, anchor: str) -> None:
        """A section was chosen in the main window: show it to the patient too."""
        if self.presentation is not None and self.view.current_slug:
            self.presentation.open(self.view.current_slug, anchor)

    def step(self, delta: int) -> None:
        """PageDown/PageUp in the main window: next/previous section on the patient's screen, mirrored here."""
        if self.presentation is not None:
            self.presentation.stepper.step(delta)

    def set_library(self, library: Library) -> None:
        self.library = library
        if self.presentation is not None:
            self.presentation.set_library(library)

    def _on_view_article_opened(self, slug: str) -> None:
        # At the section it was opened at: a search hit, a link to a heading, as well as a list click.
        if self.presentation is not None:
            self.presentation.open(slug, self.view.current_anchor)

    def _on_presentation_moved(self, _position: int, _count: int, _title: str) -> None:
        if self.presentation is not None and self.presentation.view.current_slug == self.view.current_slug:
            scroll_to(self.view, self.presentation.stepper.anchor)

    def _on_presentation_closed(self) -> None:
        if self.presentation is not None:
            self.settings.present_zoom = self.presentation.view.zoom
        self.presentation = None
        for shortcut in self._shortcuts:
            shortcut.setEnabled(False)
        self.toggled.emit(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.close()
        return super().eventFilter(watched, event)
