"""The kiosk window for the waiting-room touch screen: full screen, frameless, locked, resets when idle."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QColor, QHideEvent, QResizeEvent, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from reader.articles import Library, Source
from reader.settings import Settings
from reader.settings import load as load_settings
from reader.settings import save as save_settings
from ui.article.find_bar import FoldedText
from ui.article.view import ArticleView
from ui.base.i18n import window_title
from ui.base.styles import LIGHT
from ui.kiosk import x11
from ui.kiosk.dialogs import IdleDialog, KioskSettingsDialog, PinDialog, PinGate, StaffMenu
from ui.kiosk.forget import forget_selections
from ui.kiosk.guard import KioskGuard
from ui.kiosk.home import KioskHome, enable_finger_scrolling
from ui.kiosk.keyboard import OnscreenKeyboard
from ui.kiosk.style import CORNER, KIOSK_ZOOM, STYLE_SHEET
from ui.kiosk.supervisor import HEARTBEAT_ENV, HEARTBEAT_SECONDS
from ui.library.watcher import LibraryWatcher
from ui.sidebar.search_service import SearchService

FRONT_CHECK_MS = 250  # how often the kiosk checks it is still in front (it must be back within 1 s)
EXTERNAL_SCHEMES = ("http", "https", "mailto", "tel", "ftp", "file")


def default_printer() -> QPrinter | None:
    """The system's default printer, or None when there is none."""
    info = QPrinterInfo.defaultPrinter()
    if info.isNull():
        return None
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


def unlink_external(document: QTextDocument, colour: str = LIGHT.text) -> int:
    """Turn links that leave the app into plain text in the shown page; returns how many were turned."""
    count = 0
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            iterator += 1
            if not fragment.isValid():
                continue
            fmt = fragment.charFormat()
            href = fmt.anchorHref()
            if fmt.isAnchor() and QUrl(href).scheme().lower() in EXTERNAL_SCHEMES:
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position())
                cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                plain = QTextCharFormat()
                plain.setAnchor(False)
                plain.setAnchorHref("")
                plain.setFontUnderline(False)
                plain.setForeground(QColor(colour))
                cursor.mergeCharFormat(plain)
                count += 1
        block = block.next()
    return count


def highlight_terms(view: QTextEdit, terms: list[str], colour: str = LIGHT.highlight) -> list[tuple[int, int]]:
    """Mark every place the search words occur (case- and accent-insensitive); returns the spans, in order."""
    if not terms:
        view.setExtraSelections([])
        return []
    folded = FoldedText.of(view.document().toRawText())
    spans = sorted({span for term in terms for span in folded.find_all(term)})
    marked = QTextCharFormat()
    marked.setBackground(QColor(colour))
    selections: list[QTextEdit.ExtraSelection] = []
    for start, end in spans:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(view.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = marked
        selections.append(selection)
    view.setExtraSelections(selections)
    return spans


class KioskArticlePage(QWidget):
    """Big Back and Home buttons (and text size, optional print) above the article."""

    def __init__(self, library: Library, printing: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KioskArticlePage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        bar = QHBoxLayout()
        bar.setContentsMargins(CORNER + 24, 20, 32, 16)
        bar.setSpacing(20)
        self.back = self._button("‹  " + self.tr("Tilbage"), self.tr("Tilbage"), bar)
        self.home = self._button("⌂  " + self.tr("Forside"), self.tr("Til forsiden"), bar)
        self.home.setObjectName("KioskPrimary")
        bar.addStretch(1)
        self.smaller = self._button("A−", self.tr("Mindre tekst"), bar)
        self.larger = self._button("A+", self.tr("Større tekst"), bar)
        self.print_button = self._button(self.tr("Print denne side"), self.tr("Print denne side"), bar)
        self.print_button.setVisible(printing)
        layout.addLayout(bar)
        self.notice = QLabel(self)
        self.notice.setObjectName("KioskNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        notice_row = QHBoxLayout()
        notice_row.setContentsMargins(CORNER + 24, 0, 32, 12)
        notice_row.addWidget(self.notice)
        layout.addLayout(notice_row)
        self.view = ArticleView(library, KIOSK_ZOOM, self)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.view.setAcceptDrops(False)
        self.view.viewport().setAcceptDrops(False)
        # Links can be followed, text can not be selected (so nothing can be dragged out, and a finger scrolls).
        self.view.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                          | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.view.setAccessibleDescription(self.tr("Artiklen. Træk med fingeren for at rulle."))
        enable_finger_scrolling(self.view)
        layout.addWidget(self.view, 1)
        self.notice_timer = QTimer(self)
        self.notice_timer.setSingleShot(True)
        self.notice_timer.setInterval(6000)
        self.notice_timer.timeout.connect(self.notice.hide)

    def _button(self, text: str, name: str, bar: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        bar.addWidget(button)
        return button

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()
        self.notice_timer.start()


class KioskWindow(QWidget):
    """Home and article pages, the on-screen keyboard, and the overlays; closes only after the staff PIN.

    Signals:
        leave_requested(): staff chose to leave the kiosk for the normal window.
        quit_requested(): staff chose to quit the program.
        reset_done(): the kiosk went back to a clean home screen.
    """

    leave_requested = Signal()
    quit_requested = Signal()
    reset_done = Signal()

    def __init__(self, library: Library, settings: Settings, idle_ms: int | None = None, countdown_s: int = 10,
                 tick_ms: int = 1000, hold_ms: int = 3000, lockout_base: float = 1.0,
                 printer_factory: Callable[[], QPrinter | None] = default_printer,
                 persist: Callable[[Settings], None] | None = save_settings,
                 pin_hash: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("KioskWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(window_title(self.tr("Kiosk")))
        self.setStyleSheet(STYLE_SHEET)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setAcceptDrops(False)
        self.library = library
        self.settings = settings
        self._persist = persist
        self._printer_factory = printer_factory
        self._allow_close = False
        self._keep_full_screen = False
        self._terms: list[str] = []
        self._terms_slug = ""
        self.matches: list[tuple[int, int]] = []
        self.search = SearchService(library, self)
        self.home = KioskHome(library, self.search, settings.clinic.name, self)
        self.article = KioskArticlePage(library, settings.kiosk_printing, self)
        self.view = self.article.view
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.home)
        self.stack.addWidget(self.article)
        self.keyboard = OnscreenKeyboard(self)
        self.keyboard.set_target(self.home.search_field)
        self.keyboard.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # The screen decides the size; a page that wants more never makes the window outgrow the screen.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.keyboard)
        self.idle_dialog = IdleDialog(self, countdown_s, tick_ms)
        # The PIN is the one the kiosk started with (settings, or pin_hash); see PinGate.
        self.pin_gate = PinGate(settings.kiosk_pin_hash if pin_hash is None else pin_hash, lockout_base,
                                later=lambda: load_settings().settings.kiosk_pin_hash)
        self.pin_dialog = PinDialog(self, self.pin_gate)
        self.staff_menu = StaffMenu(self)
        self.settings_dialog = KioskSettingsDialog(self, settings)
        self.overlays = (self.idle_dialog, self.pin_dialog, self.staff_menu, self.settings_dialog)
        timeout_ms = idle_ms if idle_ms is not None else settings.kiosk_idle_timeout * 1000
        self.guard = KioskGuard(self, timeout_ms, hold_ms)
        # Watches that the window manager has not minimised, hidden or moved the kiosk to another desktop.
        self.front_timer = QTimer(self)
        self.front_timer.setInterval(FRONT_CHECK_MS)
        self.front_timer.timeout.connect(self._hold_front)
        self.recoveries = 0
        self._connect()

    def _connect(self) -> None:
        self.home.article_chosen.connect(
            lambda slug, anchor: self.open_article(slug, anchor, self.home.search_terms()))
        self.home.search_touched.connect(self.show_keyboard)
        self.keyboard.close_requested.connect(self.hide_keyboard)
        self.article.back.clicked.connect(self.go_back)
        self.article.home.clicked.connect(self.go_home)
        self.article.smaller.clicked.connect(self.view.zoom_out)
        self.article.larger.clicked.connect(self.view.zoom_in)
        self.article.print_button.clicked.connect(self.print_page)
        self.view.external_link_clicked.connect(self._on_external_link)
        self.view.missing_link_clicked.connect(
            lambda _href: self.article.show_notice(self.tr("Den artikel findes ikke her.")))
        self.view.article_opened.connect(self._after_render)
        self.view.zoom_changed.connect(self._after_render)
        self.guard.idle.connect(self._on_idle)
        self.guard.activity.connect(self.idle_dialog.keep)
        self.guard.staff_requested.connect(self.open_pin_dialog)
        self.idle_dialog.expired.connect(self.reset)
        self.pin_dialog.accepted.connect(self.staff_menu.open)
        self.staff_menu.leave.connect(self._leave)
        self.staff_menu.quit.connect(self._quit)
        self.staff_menu.settings.connect(self.settings_dialog.open)
        self.settings_dialog.saved.connect(self._save_settings)

    # --- pages ---------------------------------------------------------------------------

    def start(self) -> None:
        """Show full screen and start watching for idleness."""
        self._keep_full_screen = True
        self.showFullScreen()
        x11.hold(int(self.winId()))
        self.front_timer.start()
        self.guard.start()

    def out_of_front(self) -> bool:
        """True when the kiosk is not what the screen shows: minimised, hidden, not full screen, or unmapped."""
        return (not self.isVisible() or self.isMinimized() or not self.isFullScreen()
                or x11.is_viewable(int(self.winId())) is False)

    def _hold_front(self) -> None:
        if self._keep_full_screen and not self._allow_close and self.out_of_front():
            self.come_back()

    def come_back(self) -> None:
        """Full screen again, on top, on the current desktop (sticky), and active."""
        self.recoveries += 1
        self.setWindowState(Qt.WindowState.WindowFullScreen)
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        x11.hold(int(self.winId()))

    def open_article(self, slug: str, anchor: str = "", terms: list[str] | None = None) -> None:
        """Open from the home screen: a fresh history, so Back never reaches another patient's pages.

        The search words (terms) are marked in the page, and the first one is scrolled into view.
        """
        self.hide_keyboard()
        self.view.clear_history()
        self.view.set_zoom(KIOSK_ZOOM)
        self._terms, self._terms_slug = [t for t in (terms or []) if t.strip()], slug
        if self.view.open_article(slug, anchor, record=False):
            self.article.notice.hide()
            self.stack.setCurrentWidget(self.article)
            if self.matches and not anchor:
                cursor = QTextCursor(self.view.document())
                cursor.setPosition(self.matches[0][0])
                self.view.setTextCursor(cursor)
                self.view.ensureCursorVisible()

    def set_library(self, library: Library) -> None:
        """A reloaded library (the clinic folder changed): new tiles and search; a deleted open article goes home."""
        open_slug = self.view.current_slug
        self.library = library
        self.search.set_library(library)
        self.home.set_library(library)
        self.view.set_library(library)
        if open_slug and open_slug not in library:
            self.go_home()

    def go_back(self) -> None:
        if self.view.can_go_back():
            self.view.go_back()
        else:
            self.go_home()

    def go_home(self) -> None:
        self.article.notice.hide()
        self.stack.setCurrentWidget(self.home)

    def show_keyboard(self) -> None:
        self.home.set_compact(True)
        self.keyboard.show()

    def hide_keyboard(self) -> None:
        self.keyboard.hide()
        self.keyboard.reset()
        self.home.set_compact(False)

    def _after_render(self, *_: object) -> None:
        unlink_external(self.view.document())
        terms = self._terms if self.view.current_slug == self._terms_slug else []
        self.matches = highlight_terms(self.view, terms)

    def _on_external_link(self, _url: QUrl) -> None:
        self.article.show_notice(self.tr("Links er slået fra her."))

    def print_page(self) -> None:
        """Straight to the default printer, no dialog; only when the clinic turned printing on."""
        if not self.settings.kiosk_printing:
            return
        printer = self._printer_factory()
        if printer is None:
            self.article.show_notice(self.tr("Der er ingen printer. Spørg i receptionen."))
            return
        self.view.document().print_(printer)
        self.article.show_notice(self.tr("Siden er sendt til printeren."))

    # --- idle and reset ------------------------------------------------------------------

    def _on_idle(self) -> None:
        if self.is_clean():
            self.guard.idle_timer.start()  # nothing to clear: no need to ask
            return
        self.idle_dialog.start()

    def is_clean(self) -> bool:
        """True when the screen already is what the next patient should see."""
        return (self.stack.currentWidget() is self.home and not self.home.search_field.text()
                and self.home.category is None and not self.keyboard.isVisible()
                and not any(o.isVisible() for o in self.overlays)
                and self.home.scroll.verticalScrollBar().value() == 0)

    def reset(self) -> None:
        """Everything back to a clean home screen: search (and its undo), history, scroll, zoom, dialogs, keyboard, selections."""
        for overlay in self.overlays:
            overlay.close_overlay()
        self.hide_keyboard()
        self._terms, self._terms_slug, self.matches = [], "", []
        self.view.setExtraSelections([])
        self.view.close_article()  # first, so the zoom change below re-renders a blank page, not the article
        self.view.set_zoom(KIOSK_ZOOM)
        self.view.verticalScrollBar().setValue(0)
        self.article.notice.hide()
        self.home.reset()
        forget_selections()  # a middle click must not paste the last patient's words
        self.stack.setCurrentWidget(self.home)
        self.guard.idle_timer.start()
        self.reset_done.emit()

    # --- staff ---------------------------------------------------------------------------

    def open_pin_dialog(self) -> None:
        if not self.staff_menu.isVisible() and not self.settings_dialog.isVisible():
            self.idle_dialog.close_overlay()
            self.pin_dialog.open()

    def _save_settings(self) -> None:
        self.article.print_button.setVisible(self.settings.kiosk_printing)
        self.guard.idle_timer.setInterval(self.settings.kiosk_idle_timeout * 1000)
        if self._persist is not None:
            stored = load_settings().settings  # the file's other settings stay as they are
            stored.kiosk_default = self.settings.kiosk_default
            stored.kiosk_idle_timeout = self.settings.kiosk_idle_timeout
            stored.kiosk_printing = self.settings.kiosk_printing
            self._persist(stored)

    def unlock(self) -> None:
        """Let the window close (after the right PIN)."""
        self._allow_close = True
        self.front_timer.stop()
        self.guard.stop()

    def _leave(self) -> None:
        self.unlock()
        self.leave_requested.emit()
        self.close()

    def _quit(self) -> None:
        self.unlock()
        self.quit_requested.emit()
        self.close()

    # --- events --------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's API
        if self._allow_close:
            self.guard.stop()
            event.accept()
        else:
            event.ignore()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's API
        super().changeEvent(event)
        if (event.type() == QEvent.Type.WindowStateChange and self._keep_full_screen and not self._allow_close
                and self.windowState() != Qt.WindowState.WindowFullScreen):
            # Minimised or un-maximised by the window manager (Win+D, a WM shortcut): straight back.
            QTimer.singleShot(0, self._hold_front)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's API
        super().hideEvent(event)
        if self._keep_full_screen and not self._allow_close and not event.spontaneous():
            QTimer.singleShot(0, self._hold_front)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's API
        super().resizeEvent(event)
        for overlay in self.overlays:
            overlay.setGeometry(self.rect())


def start_kiosk(library: Library, settings: Settings, idle_timeout: int | None = None,
                sources: Sequence[Source] = ()) -> tuple[KioskWindow, LibraryWatcher | None]:
    """The kiosk, shown full screen, and the watcher of its clinic folder (None without sources).

    With sources, the clinic folder is watched as in the normal window: new and changed articles reach
    the tiles and search without a restart. Leaving the kiosk is the caller's business: the window
    emits leave_requested after the staff PIN, and ui.app opens the normal window in its place.
    """
    idle_ms = idle_timeout * 1000 if idle_timeout else None
    window = KioskWindow(library, settings, idle_ms=idle_ms)
    watcher: LibraryWatcher | None = None
    if sources:
        watcher = LibraryWatcher(sources, window)
        watcher.library_loaded.connect(window.set_library)
        watcher.reload_started.connect(window.search.pause_build)
        watcher.reload_finished.connect(window.search.resume_build)
        watcher.start()
    start_heartbeat()
    window.start()
    return window, watcher


def start_heartbeat() -> QTimer | None:
    """Touch the supervisor's heartbeat file every few seconds, so a frozen kiosk gets restarted."""
    name = os.environ.get(HEARTBEAT_ENV)
    if not name:
        return None
    path = Path(name)

    def beat() -> None:
        with contextlib.suppress(OSError):
            path.touch()

    beat()
    timer = QTimer(QApplication.instance())  # keeps beating after staff leave the kiosk for the normal window
    timer.setInterval(HEARTBEAT_SECONDS * 1000)
    timer.timeout.connect(beat)
    timer.start()
    return timer
