"""The article pane: a QTextBrowser that shows articles, follows links, keeps history and zoom."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QResizeEvent,
    QShowEvent,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QWheelEvent,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from reader import render_cache
from reader.articles import Article, Library
from reader.rendered import Rendered, article_html
from reader.settings import ZOOM_MAX, ZOOM_MIN
from ui.article.sections import position_top
from ui.base.i18n import current_language
from ui.base.styles import BASE_POINT_SIZE, LIGHT, Colours, article_css

ZOOM_STEPS = (80, 90, 100, 110, 125, 150, 175, 200, 250, 300)
READING_WIDTH_CHARS = 72
_IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".bmp"}
WARM_RENDERER_MS = 1500  # after a start drawn from the kept rendering, the Markdown converter loads in idle time


def _load_renderer() -> None:
    import reader.render_guard  # noqa: F401 - loaded now so that the first click on another article waits for nothing


class HistoryEntry:  # not a dataclass: a start-up deferral (nothing compares or prints entries)
    """A visited place: the article, the section, and how far down the reader was."""

    __slots__ = ("anchor", "scroll", "slug")

    def __init__(self, slug: str, anchor: str = "", scroll: int = 0) -> None:
        self.slug = slug
        self.anchor = anchor
        self.scroll = scroll


class ArticleView(QTextBrowser):
    """Shows one article at a time.

    Signals:
        article_opened(slug): an article is now shown.
        article_closed(): no article is shown any more (the start page, the kiosk's reset).
        history_changed(): back/forward availability may have changed.
        zoom_changed(percent): the text size changed.
        external_link_clicked(url): a link that leaves the app; the window decides what to do.
        missing_link_clicked(href): a link to an article that is not in the library.
    """

    article_opened = Signal(str)
    article_closed = Signal()
    history_changed = Signal()
    zoom_changed = Signal(int)
    external_link_clicked = Signal(QUrl)
    missing_link_clicked = Signal(str)

    def __init__(self, library: Library, zoom: int = 100, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._zoom = max(ZOOM_MIN, min(ZOOM_MAX, zoom))
        self._zoom_home = 100  # a size Ctrl +/− always pass through (consultation mode's 160 %)
        self._shown_zoom = self._zoom  # the size the page on screen was rendered at
        self._colours: Colours = LIGHT
        self._rendered: dict[str, Rendered] = {}
        self._back: list[HistoryEntry] = []
        self._forward: list[HistoryEntry] = []
        self._current: HistoryEntry | None = None
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(self.tr("Artikel"))
        self.setAccessibleDescription(self.tr("Den åbne artikel. Alt+venstre går tilbage, Ctrl+plus forstørrer teksten."))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.anchorClicked.connect(self._on_anchor_clicked)
        # "Vælg en artikel" is laid out when the view is first shown with nothing open: a start that reopens the
        # last article (or shows the start page in front of the view) never needs it (a start-up deferral).
        self._placeholder_due = True

    # --- content -------------------------------------------------------------------------

    @property
    def current_slug(self) -> str | None:
        return self._current.slug if self._current else None

    @property
    def current_anchor(self) -> str:
        """The section the open article was opened at ("" for its top)."""
        return self._current.anchor if self._current else ""

    @property
    def current_article(self) -> Article | None:
        return self._library.get(self._current.slug) if self._current else None

    def set_library(self, library: Library) -> None:
        """Use a reloaded library; the open article is shown again (unless it is unchanged: the page on screen is
        kept, not laid out again), or a message if it is gone."""
        before = self.current_article
        kept = self._rendered.get(before.slug) if before is not None else None
        self._library = library
        self._rendered.clear()
        if self._current is not None:
            if self._current.slug in library:
                after = library.get(self._current.slug)
                if kept is not None and after is not None and after == before:
                    self._rendered[after.slug] = kept
                    return
                self._show(self._current.slug, "", keep_scroll=True)
            else:
                self.show_message(self.tr("Artiklen findes ikke længere"), self.tr("Artiklen er blevet slettet eller flyttet."))

    def rendered(self, article: Article) -> Rendered:
        """The article rendered once and kept (Markdown is converted when first opened, unless the rendering kept
        at the last close is of this very text: reader/render_cache.py)."""
        cached = self._rendered.get(article.slug)
        if cached is None:
            cached = render_cache.load(article.body, article.base_dir, article.title)
            if cached is not None:
                QTimer.singleShot(WARM_RENDERER_MS, _load_renderer)
            else:
                from reader.render_guard import render_guarded  # Markdown: loaded with the first article rendered

                cached = render_guarded(article.body, article.base_dir, article.title)  # time-limited for odd files
            self._rendered[article.slug] = cached
        return cached

    def keep_rendering(self) -> None:
        """Keep the open article's rendering on disk for the next start (the window does this when it closes)."""
        article = self.current_article
        if article is not None:
            render_cache.save(article.body, article.base_dir, article.title, self.rendered(article))

    def open_article(self, slug: str, anchor: str = "", record: bool = True) -> bool:
        """Show an article (and scroll to anchor); recorded in history unless record is False."""
        if slug not in self._library:
            return False
        if record and self._current is not None:
            self._current.scroll = self.verticalScrollBar().value()
            self._back.append(self._current)
            self._forward.clear()
        self._current = HistoryEntry(slug, anchor)
        self._show(slug, anchor)
        self.history_changed.emit()
        self.article_opened.emit(slug)
        return True

    def show_message(self, title: str, text: str) -> None:
        """A calm placeholder page (nothing open, or the open article went away)."""
        import html

        self._placeholder_due = False
        self.document().setDefaultStyleSheet(article_css(self._zoom, self._colours))
        self._apply_page_font()
        self.setHtml(f'<h1 class="title">{html.escape(title)}</h1><p class="updated">{html.escape(text)}</p>')
        self._apply_reading_width()

    def _show(self, slug: str, anchor: str, keep_scroll: bool = False) -> None:
        article = self._library.get(slug)
        if article is None:
            return
        scroll = self.verticalScrollBar().value()
        self._placeholder_due = False
        self.document().setDefaultStyleSheet(article_css(self._zoom, self._colours))
        self._apply_page_font()
        self.setHtml(article_html(article, self.rendered(article), current_language()))
        self._shown_zoom = self._zoom
        self.document().setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, article.title)
        self._apply_reading_width()
        if keep_scroll:
            self.verticalScrollBar().setValue(scroll)
        elif anchor:
            self.scrollToAnchor(anchor)
        else:
            self.verticalScrollBar().setValue(0)

    def set_colours(self, colours: Colours) -> None:
        """Restyle the page for a theme (the same colours again change nothing: no second layout of the page)."""
        if colours == self._colours:
            return
        self._colours = colours
        self._refresh()

    def _refresh(self) -> None:
        if self._current is None:
            if self._placeholder_due:  # not laid out yet: it is, at the first show, in these colours and size
                return
            self.show_message(self.tr("Vælg en artikel"), self.tr("Vælg en artikel i listen, eller søg med Ctrl+K."))
            return
        # The same words stay at the top of the view (a new theme or text size re-renders the whole page).
        bar = self.verticalScrollBar()
        position, offset = self.top_position()
        old_zoom = self._shown_zoom
        self._show(self._current.slug, "", keep_scroll=True)
        if bar.value() or position:
            self.scroll_to_position(position, offset * self._zoom / old_zoom if old_zoom else offset)

    def top_position(self) -> tuple[int, float]:
        """The document position of the first line at the top of the view, and how far (px) above the top it starts."""
        bar = self.verticalScrollBar()
        if bar.value() <= 0:
            return 0, 0.0
        position = self.cursorForPosition(QPoint(self.viewport().width() // 2, 0)).position()
        return position, bar.value() - position_top(self.document(), position)

    def scroll_to_position(self, position: int, offset: float = 0.0) -> None:
        """Scroll so the line holding a document position is at the top (offset px further down)."""
        self.verticalScrollBar().setValue(round(position_top(self.document(), position) + offset))

    # --- history -------------------------------------------------------------------------

    def can_go_back(self) -> bool:
        return bool(self._back)

    def can_go_forward(self) -> bool:
        return bool(self._forward)

    def go_back(self) -> None:
        self._step(self._back, self._forward)

    def go_forward(self) -> None:
        self._step(self._forward, self._back)

    def clear_history(self) -> None:
        self._back.clear()
        self._forward.clear()
        self.history_changed.emit()

    def close_article(self, title: str = "", text: str = "") -> None:
        """Forget the open article and all history, and show a blank (or message) page (the kiosk's reset)."""
        self._current = None
        self.clear_history()
        self.show_message(title, text)
        self.article_closed.emit()

    def leave_article(self) -> None:
        """No article open any more (the window's start page); Back returns to the place that was open."""
        if self._current is None:
            return
        self._current.scroll = self.verticalScrollBar().value()
        self._back.append(self._current)
        self._forward.clear()
        self._current = None
        self.show_message(self.tr("Vælg en artikel"), self.tr("Vælg en artikel i listen, eller søg med Ctrl+K."))
        self.history_changed.emit()
        self.article_closed.emit()

    def _step(self, source: list[HistoryEntry], target: list[HistoryEntry]) -> None:
        while source:
            entry = source.pop()
            if entry.slug not in self._library:
                continue
            if self._current is not None:
                self._current.scroll = self.verticalScrollBar().value()
                target.append(self._current)
            self._current = entry
            self._show(entry.slug, "")
            self.verticalScrollBar().setValue(entry.scroll)
            self.history_changed.emit()
            self.article_opened.emit(entry.slug)
            return

    # --- zoom ----------------------------------------------------------------------------

    @property
    def zoom(self) -> int:
        return self._zoom

    def set_zoom(self, percent: int) -> None:
        percent = max(ZOOM_MIN, min(ZOOM_MAX, int(percent)))
        if percent == self._zoom:
            return
        self._zoom = percent
        self._refresh()
        self.zoom_changed.emit(percent)

    @property
    def zoom_home(self) -> int:
        return self._zoom_home

    def set_zoom_home(self, percent: int) -> None:
        """A size the zoom steps always include, so Ctrl+ then Ctrl− comes back to it (160 % in consultation mode)."""
        self._zoom_home = max(ZOOM_MIN, min(ZOOM_MAX, int(percent)))

    def _zoom_steps(self) -> list[int]:
        return sorted({*ZOOM_STEPS, self._zoom_home})

    def zoom_in(self) -> None:
        self.set_zoom(next((step for step in self._zoom_steps() if step > self._zoom), ZOOM_MAX))

    def zoom_out(self) -> None:
        self.set_zoom(next((step for step in reversed(self._zoom_steps()) if step < self._zoom), ZOOM_MIN))

    def reset_zoom(self) -> None:
        self.set_zoom(100)

    # --- layout and events ---------------------------------------------------------------

    def _apply_page_font(self) -> None:
        """The zoomed base size as the document font: Qt sizes h1–h6 from it and ignores their CSS font-size."""
        font = QFont(self.font())
        font.setPointSizeF(BASE_POINT_SIZE * self._zoom / 100)
        self.document().setDefaultFont(font)

    def _apply_reading_width(self) -> None:
        """Centre a column of comfortable line length; narrow windows use the whole width."""
        font = QFont(self.font())
        font.setPointSizeF(BASE_POINT_SIZE * self._zoom / 100)
        chars = QFontMetrics(font).averageCharWidth() * READING_WIDTH_CHARS
        spare = self.viewport().width() - chars
        side = max(24, int(spare / 2))
        root = self.document().rootFrame()
        frame: QTextFrameFormat = root.frameFormat()
        if frame.leftMargin() != side or frame.rightMargin() != side:
            frame.setLeftMargin(side)
            frame.setRightMargin(side)
            frame.setTopMargin(24)
            frame.setBottomMargin(48)
            root.setFrameFormat(frame)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's API
        if self._placeholder_due and self._current is None:
            self.show_message(self.tr("Vælg en artikel"), self.tr("Vælg en artikel i listen, eller søg med Ctrl+K."))
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's API
        super().resizeEvent(event)
        self._apply_reading_width()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's API
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.angleDelta().y() > 0:
                self.zoom_in()
            elif event.angleDelta().y() < 0:
                self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's API
        # QTextBrowser handles Alt+Left/Right with its own (unused) history; ours is the one that counts.
        if event.modifiers() == Qt.KeyboardModifier.AltModifier and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.go_back() if event.key() == Qt.Key.Key_Left else self.go_forward()
            event.accept()
            return
        # A read-only browser has no caret to move: Ctrl+Home / Ctrl+End scroll to the top and the end.
        if event.modifiers() == Qt.KeyboardModifier.ControlModifier and event.key() in (Qt.Key.Key_Home, Qt.Key.Key_End):
            bar = self.verticalScrollBar()
            bar.setValue(bar.minimum() if event.key() == Qt.Key.Key_Home else bar.maximum())
            self.moveCursor(QTextCursor.MoveOperation.Start if event.key() == Qt.Key.Key_Home else QTextCursor.MoveOperation.End)
            bar.setValue(bar.minimum() if event.key() == Qt.Key.Key_Home else bar.maximum())
            event.accept()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's API
        if event.button() == Qt.MouseButton.BackButton:
            self.go_back()
            event.accept()
            return
        if event.button() == Qt.MouseButton.ForwardButton:
            self.go_forward()
            event.accept()
            return
        super().mousePressEvent(event)

    def loadResource(self, kind: int, url: QUrl | str) -> object:  # noqa: N802 - Qt's API
        """Only local image files next to an article; never the network, never other files."""
        url = QUrl(url) if isinstance(url, str) else url
        if kind != 2 or url.scheme() not in ("", "file"):  # 2 == QTextDocument.ImageResource
            return None
        path = Path(url.toLocalFile() or url.path())
        article = self.current_article
        if article is None or path.suffix.lower() not in _IMAGE_SUFFIXES:
            return None
        try:
            if not path.resolve().is_relative_to(article.base_dir.resolve()):
                return None
        except OSError:
            return None
        from PySide6.QtGui import QImage  # with the first picture, not at start-up

        image = QImage(str(path))
        if image.isNull():
            return None
        limit = max(200, self.viewport().width() - 80)
        if image.width() > limit:
            image = image.scaledToWidth(limit, Qt.TransformationMode.SmoothTransformation)
        return image

    def _on_anchor_clicked(self, url: QUrl) -> None:
        href = url.toString()
        if href.startswith("#"):
            self.scrollToAnchor(url.fragment())
            return
        if url.scheme() in ("http", "https", "mailto", "tel"):
            self.external_link_clicked.emit(url)
            return
        article = self.current_article
        target = self._library.resolve_link(href, article.base_dir if article is not None else None)
        if target is None:
            self.missing_link_clicked.emit(href)
            return
        slug, anchor = target
        if slug == self.current_slug and anchor:
            self.scrollToAnchor(anchor)
        else:
            self.open_article(slug, anchor)
