"""Consultation mode (F5): full screen, large type, section by section, with a slim bar (the second screen: second_screen.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QWidget,
)

from reader.rendered import Section
from reader.settings import ZOOM_MAX, ZOOM_MIN, Settings
from ui.article.highlights import SearchHighlighter
from ui.article.sections import current_index, main_sections, pad_bottom, scroll_to
from ui.article.view import ArticleView
from ui.base.accessibility import announce

DEFAULT_PRESENT_ZOOM = 160
NEXT_KEYS = ("PgDown", "Right", "Down", "Space")
PREVIOUS_KEYS = ("PgUp", "Left", "Up", "Shift+Space")


def clamp_zoom(percent: int) -> int:
    return max(ZOOM_MIN, min(ZOOM_MAX, int(percent)))


class SectionStepper(QObject):
    """Steps an article view through its `##` sections, keeping the current one at the top.

    Position 0 is the start of the article (title and introduction); 1..n are the `##` sections.

    Signals:
        moved(position, count, title): the section shown changed (or the article did).
    """

    moved = Signal(int, int, str)

    def __init__(self, view: ArticleView, active: bool = True) -> None:
        super().__init__(view)
        self.view = view
        self._active = active
        self._sections: list[Section] = []
        self._position = 0
        self._focus_anchor = ""  # a heading below the current `##` (an FAQ question) that was asked for
        self._settle_timer = QTimer(self)
        self._settle_timer.setSingleShot(True)
        self._settle_timer.setInterval(0)
        self._settle_timer.timeout.connect(self.settle)
        view.article_opened.connect(self._on_view_article_opened)
        view.zoom_changed.connect(self._on_view_zoom_changed)
        view.textChanged.connect(self._settle_timer.start)
        view.verticalScrollBar().actionTriggered.connect(self._on_scroll_bar_action_triggered)
        view.installEventFilter(self)
        self.reload()

    @property
    def active(self) -> bool:
        return self._active

    def set_active(self, active: bool) -> None:
        """Only an active stepper pads the page and keeps sections at the top."""
        self._active = active
        if active:
            self.reload()
            self.settle()

    @property
    def position(self) -> int:
        return self._position

    @property
    def count(self) -> int:
        """How many `##` sections the article has."""
        return len(self._sections)

    @property
    def anchor(self) -> str:
        return self._sections[self._position - 1].anchor if self._position > 0 else ""

    def title(self) -> str:
        return self._sections[self._position - 1].title if self._position > 0 else ""

    def position_text(self) -> str:
        """ "Afsnit 3 af 9", or "Indledning" at the start of the article; "" with no article open."""
        if self.view.current_article is None:
            return ""
        if self._position == 0 or not self._sections:
            return self.tr("Indledning")
        return self.tr("Afsnit %1 af %2").replace("%1", str(self._position)).replace("%2", str(len(self._sections)))

    def reload(self) -> None:
        """Read the open article's sections; the position follows where the view is."""
        self._focus_anchor = ""
        article = self.view.current_article
        self._sections = main_sections(self.view.rendered(article)) if article else []
        self._position = current_index(self.view, [s.anchor for s in self._sections]) + 1
        self._announce()

    def step(self, delta: int) -> None:
        """Next (+1) or previous (-1) section; stays put at either end."""
        self.go_to_position(max(0, min(len(self._sections), self._position + delta)))

    def go_to_position(self, position: int) -> None:
        self._focus_anchor = ""
        self._position = max(0, min(len(self._sections), position))
        self.settle()
        self._announce()

    def go_to(self, anchor: str) -> None:
        """Show the `##` section holding anchor (a FAQ question goes to its own heading)."""
        article = self.view.current_article
        rendered = self.view.rendered(article) if article else None
        position = 0
        if rendered is not None:
            for section in rendered.sections:
                if section.level == 2:
                    position += 1
                if section.anchor == anchor:
                    break
            else:
                position = self._position
        if anchor and rendered is not None and any(s.anchor == anchor and s.level != 2 for s in rendered.sections):
            self._position = position
            self._focus_anchor = anchor  # settling (zoom, resize, the page shown) keeps the question at the top
            if self._active:
                pad_bottom(self.view)
            scroll_to(self.view, anchor)
            self._announce()
            return
        self.go_to_position(position)

    def settle(self) -> None:
        """Room below the text, and the current section back at the top (after zoom, resize or a new page)."""
        if not self._active:
            return
        pad_bottom(self.view)
        scroll_to(self.view, self._focus_anchor or self.anchor)

    def _announce(self) -> None:
        self.moved.emit(self._position, len(self._sections), self.title())

    def _on_view_article_opened(self, _slug: str) -> None:
        if not self._active or self.view.isVisible():
            self.reload()
        else:
            # Opened while the view is hidden (consultation mode begun on the start page): its layout is not
            # real yet, so every heading seems to be at the top and the scroll says "last section". A new
            # article starts at its top, or at the section it was opened at.
            article = self.view.current_article
            self._sections = main_sections(self.view.rendered(article)) if article else []
            self._position = 0
            self._focus_anchor = ""
            self._announce()
        if self._active:
            anchor = self.view.current_anchor
            if anchor:
                self.go_to(anchor)
            else:
                pad_bottom(self.view)
                scroll_to(self.view, self.anchor)
            self._settle_timer.start()  # once more when the view is shown and laid out

    def _on_view_zoom_changed(self, _percent: int) -> None:
        self.settle()

    def _on_scroll_bar_action_triggered(self, _action: int) -> None:
        # The reader scrolled by hand (wheel, scroll bar): the position follows, once the value has moved.
        QTimer.singleShot(0, self, self._follow_scroll)

    def _follow_scroll(self) -> None:
        position = current_index(self.view, [s.anchor for s in self._sections]) + 1
        if position != self._position:
            self._focus_anchor = ""
            self._position = position
            self._announce()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if watched is self.view and event.type() == QEvent.Type.Resize and self._active:
            self._settle_timer.start()
        return super().eventFilter(watched, event)


class SlimBar(QFrame):
    """The bar shown in consultation mode: article title, "Afsnit 3 af 9", the text size, Back and Next.

    Signals:
        previous_clicked(), next_clicked(), exit_clicked(), contents_clicked()
    """

    previous_clicked = Signal()
    next_clicked = Signal()
    exit_clicked = Signal()
    contents_clicked = Signal()

    def __init__(self, show_exit: bool = True, parent: QWidget | None = None, show_contents: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("slim-bar")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Konsultationslinje"))
        big = QFont(self.font())
        big.setPointSizeF(max(12.0, big.pointSizeF() * 1.35))
        self.title_label = QLabel(self)
        title_font = QFont(big)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.title_label.setAccessibleName(self.tr("Artikel"))
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.section_label = QLabel(self)
        self.section_label.setFont(big)
        self.section_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.section_label.setAccessibleName(self.tr("Afsnit"))
        self.position_label = QLabel(self)
        self.position_label.setFont(big)
        self.position_label.setAccessibleName(self.tr("Placering i artiklen"))
        self.zoom_label = QLabel(self)
        self.zoom_label.setFont(big)
        self.zoom_label.setAccessibleName(self.tr("Tekststørrelse"))
        self.zoom_label.setToolTip(self.tr("Tekststørrelse (Ctrl+plus, Ctrl+minus)"))
        self.contents_button = self._button(self.tr("Afsnit …"), self.tr("Vis afsnittene"),
                                            self.tr("Vis eller skjul afsnittene (Ctrl+Skift+O)"), big)
        self.contents_button.setVisible(show_contents)
        self.previous_button = self._button(self.tr("◀  Forrige"), self.tr("Forrige afsnit"), self.tr("Forrige afsnit (Page Up)"), big)
        self.next_button = self._button(self.tr("Næste  ▶"), self.tr("Næste afsnit"), self.tr("Næste afsnit (Page Down)"), big)
        self.exit_button = self._button(self.tr("Afslut"), self.tr("Afslut konsultationstilstand"), self.tr("Afslut (Esc)"), big)
        self.exit_button.setVisible(show_exit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 6, 16, 6)
        layout.setSpacing(14)
        layout.addWidget(self.title_label, 3)
        layout.addWidget(self.section_label, 4)
        layout.addWidget(self.position_label)
        layout.addWidget(self.zoom_label)
        layout.addWidget(self.contents_button)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.exit_button)
        self.previous_button.clicked.connect(self.previous_clicked)
        self.next_button.clicked.connect(self.next_clicked)
        self.exit_button.clicked.connect(self.exit_clicked)
        self.contents_button.clicked.connect(self.contents_clicked)

    def _button(self, text: str, name: str, tip: str, font: QFont) -> QPushButton:
        button = QPushButton(text, self)
        button.setFont(font)
        button.setAccessibleName(name)
        button.setToolTip(tip)
        button.setMinimumHeight(44)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button

    def show_zoom(self, percent: int) -> None:
        self.zoom_label.setText(f"{percent} %")

    def show_place(self, title: str, position_text: str, section: str, at_start: bool, at_end: bool) -> None:
        """Update the labels and which buttons can be pressed."""
        self.title_label.setText(title)
        self.title_label.setToolTip(title)
        self.section_label.setText(section)
        self.section_label.setToolTip(section)
        self.position_label.setText(position_text)
        # Empty labels give their room to the title ("Ingen artikel valgt" whole on a narrow screen).
        self.section_label.setVisible(bool(section))
        self.position_label.setVisible(bool(position_text))
        self.contents_button.setEnabled(bool(position_text))  # no article, no sections to list
        announce(self.position_label, f"{position_text}: {section}" if section else position_text)
        self.previous_button.setEnabled(not at_start)
        self.next_button.setEnabled(not at_end)


def bind_stepping(owner: QWidget, stepper: SectionStepper, leave: Callable[[], object] | None) -> list[QShortcut]:
    """Window-wide keys (presenter remotes send PageDown/PageUp): next, previous, start, end, Esc."""
    shortcuts: list[QShortcut] = []

    def bind(keys: tuple[str, ...], slot: Callable[[], object]) -> None:
        for key in keys:
            shortcut = QShortcut(QKeySequence(key), owner)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
            shortcuts.append(shortcut)

    bind(NEXT_KEYS, lambda: stepper.step(1))
    bind(PREVIOUS_KEYS, lambda: stepper.step(-1))
    bind(("Home", "Ctrl+Home"), lambda: stepper.go_to_position(0))
    bind(("End", "Ctrl+End"), lambda: stepper.go_to_position(stepper.count))
    if leave is not None:
        bind(("Esc",), leave)
    return shortcuts


class _Snapshot:  # not a dataclass: a start-up deferral (made only on entering the mode)
    """Everything consultation mode changes, to put back exactly on leaving."""

    def __init__(self, *, geometry: QByteArray, rect: QRect, state: QByteArray, window_state: Qt.WindowState, zoom: int,
                 scroll: int = 0, zoom_home: int = 100, focus: QWidget | None = None) -> None:
        self.geometry = geometry
        self.rect = rect
        self.state = state
        self.window_state = window_state
        self.zoom = zoom
        self.hidden: list[QWidget] = []
        self.scroll = scroll
        self.zoom_home = zoom_home
        self.focus = focus


class ConsultationMode(QObject):
    """Consultation mode in the main window: full screen, large text, only the article and a slim bar.

    The patient-facing screen shows the article and the slim bar only: docks (the contents), the search
    marks and their "Fjern markeringer" strip are away until it ends; the contents come back on request
    (contents_requested), large.

    Signals:
        toggled(active): consultation mode started (True) or ended (False).
        contents_requested(): the bar's "Afsnit …" button was pressed.
    """

    toggled = Signal(bool)
    contents_requested = Signal()

    def __init__(self, window: QMainWindow, view: ArticleView, settings: Settings, hide: list[QWidget]) -> None:
        super().__init__(window)
        self.window = window
        self.view = view
        self.settings = settings
        self._hide = hide
        self._snapshot: _Snapshot | None = None
        self._search_panel: QWidget | None = None  # the sidebar, shown for a search (Ctrl+K) in consultation mode
        self.stepper = SectionStepper(view, active=False)
        # Start-up deferral: the slim bar, its toolbar and the stepping keys are built the first time they are
        # needed (entering the mode, or a look at `bar` / `toolbar`), not at every start that never presents.
        self._bar: SlimBar | None = None
        self._toolbar: QToolBar | None = None
        self._shortcuts: list[QShortcut] = []
        self.stepper.moved.connect(self._on_stepper_moved)
        view.zoom_changed.connect(self._on_view_zoom_changed)
        window.installEventFilter(self)

    @property
    def bar(self) -> SlimBar:
        """The slim bar (title, section, text size, Back and Next), built on first use."""
        self._build()
        assert self._bar is not None
        return self._bar

    @property
    def toolbar(self) -> QToolBar:
        """The toolbar that holds the slim bar at the top of the window, built on first use (hidden until entered)."""
        self._build()
        assert self._toolbar is not None
        return self._toolbar

    def _build(self) -> None:
        if self._bar is not None:
            return
        bar = self._bar = SlimBar(True, self.window, show_contents=True)
        toolbar = self._toolbar = QToolBar(self.tr("Konsultation"), self.window)
        toolbar.setObjectName("consultation-bar")
        toolbar.setAccessibleName(self.tr("Konsultationslinje"))
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        toolbar.toggleViewAction().setVisible(False)
        toolbar.addWidget(bar)
        self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        toolbar.hide()
        self._shortcuts = bind_stepping(self.window, self.stepper, self._on_escape)
        for shortcut in self._shortcuts:
            shortcut.setEnabled(False)
        bar.previous_clicked.connect(lambda: self.stepper.step(-1))
        bar.next_clicked.connect(lambda: self.stepper.step(1))
        bar.exit_clicked.connect(self.leave)
        bar.contents_clicked.connect(self.contents_requested)
        bar.show_zoom(self.view.zoom)  # as it is now (this mode itself is built on first use, as is the bar)
        self._on_stepper_moved(self.stepper.position, self.stepper.count, self.stepper.title())

    def _on_view_zoom_changed(self, percent: int) -> None:
        if self._bar is not None:
            self._bar.show_zoom(percent)

    @property
    def active(self) -> bool:
        return self._snapshot is not None

    def toggle(self) -> None:
        self.leave() if self.active else self.enter()

    def enter(self) -> None:
        """Full screen, toolbars and sidebar hidden, large text, the current section at the top."""
        if self.active:
            return
        from ui.article.find_bar import FindBar

        for bar in self.window.findChildren(FindBar):
            bar.close_bar()
        self._build()  # before the snapshot: the window state it keeps has the slim bar's toolbar in it
        snapshot = _Snapshot(
            geometry=self.window.saveGeometry(), rect=self.window.geometry(), state=self.window.saveState(),
            window_state=self.window.windowState(), zoom=self.view.zoom, focus=self.window.focusWidget(),
            scroll=self.view.verticalScrollBar().value(), zoom_home=self.view.zoom_home,
        )
        self._snapshot = snapshot
        self.stepper.reload()
        hide = [*self._hide, *self.window.findChildren(QToolBar), *self.window.findChildren(QDockWidget),
                self.window.menuBar(), self.window.statusBar()]
        for widget in hide:
            if widget is not self.toolbar and widget.isVisible() and widget.parent() is not None:
                widget.hide()
                snapshot.hidden.append(widget)
        for marks in self.view.findChildren(SearchHighlighter):
            marks.set_suspended(True)
        self.toolbar.show()
        self.stepper.set_active(True)
        present = clamp_zoom(self.settings.present_zoom or DEFAULT_PRESENT_ZOOM)
        self.view.set_zoom_home(present)
        self.view.set_zoom(present)
        self.bar.show_zoom(self.view.zoom)
        for shortcut in self._shortcuts:
            shortcut.setEnabled(True)
        self.window.showFullScreen()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.stepper.settle()
        self._on_stepper_moved(self.stepper.position, self.stepper.count, self.stepper.title())
        self.toggled.emit(True)

    @property
    def searching(self) -> bool:
        return self._search_panel is not None

    def show_search(self, panel: QWidget) -> None:
        """Ctrl+K in consultation mode: the search panel (the sidebar) shows beside the article, so the therapist
        sees what is typed; opening a hit (end_search) or Esc puts it away again, and consultation mode goes on.
        The stepping keys rest meanwhile: arrows, Space and Page keys belong to the field and the list."""
        if not self.active:
            return
        self._search_panel = panel
        panel.show()
        for shortcut in self._shortcuts:
            shortcut.setEnabled(shortcut.key() == QKeySequence("Esc"))

    def end_search(self) -> None:
        """The search panel away again; the article has the keys."""
        panel = self._search_panel
        if panel is None:
            return
        self._search_panel = None
        if self.active:
            panel.hide()
            for shortcut in self._shortcuts:
                shortcut.setEnabled(True)
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_escape(self) -> None:
        """Esc: while searching, clears the typed text, then closes the search; otherwise ends consultation mode."""
        if self._search_panel is not None:
            from PySide6.QtWidgets import QApplication, QLineEdit

            field = QApplication.focusWidget()
            if isinstance(field, QLineEdit) and field.text():
                field.clear()
            else:
                self.end_search()
            return
        self.leave()

    def leave(self) -> None:
        """Back to the window exactly as it was: size, position, panels, toolbars and text size."""
        snapshot = self._snapshot
        if snapshot is None:
            return
        self._snapshot = None
        self._search_panel = None
        for shortcut in self._shortcuts:
            shortcut.setEnabled(False)
        self.stepper.set_active(False)
        if self.view.zoom != snapshot.zoom:
            self.settings.present_zoom = self.view.zoom
        self.toolbar.hide()
        for widget in snapshot.hidden:
            widget.show()
        self.window.setWindowState(snapshot.window_state)
        self.window.restoreGeometry(snapshot.geometry)
        if not snapshot.window_state & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
            self.window.setGeometry(snapshot.rect)  # restoreGeometry may nudge a window that overhangs the screen
        self.window.restoreState(snapshot.state)
        self.view.set_zoom_home(snapshot.zoom_home)
        self.view.set_zoom(snapshot.zoom)
        pad_bottom_reset(self.view)
        self.view.verticalScrollBar().setValue(snapshot.scroll)  # exactly where the reader was before F5
        for marks in self.view.findChildren(SearchHighlighter):
            marks.set_suspended(False)
        if snapshot.focus is not None and snapshot.focus.isVisible():
            snapshot.focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.toggled.emit(False)

    def _on_stepper_moved(self, position: int, count: int, title: str) -> None:
        if self._bar is None:  # not built yet: it shows the place when it is
            return
        article = self.view.current_article
        self._bar.show_place(article.title if article else self.tr("Ingen artikel valgt"), self.stepper.position_text(),
                            title, position == 0, position >= count)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        # Closing the app mid-consultation must save the normal window, not the full-screen one.
        if watched is self.window and event.type() == QEvent.Type.Close and self.active:
            self.leave()
        return super().eventFilter(watched, event)


def pad_bottom_reset(view: ArticleView) -> None:
    """The normal bottom margin again after consultation mode."""
    root = view.document().rootFrame()
    frame = root.frameFormat()
    if frame.bottomMargin() != 48:
        frame.setBottomMargin(48)
        root.setFrameFormat(frame)
