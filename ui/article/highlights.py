"""Search hits marked in the open article (as Qt Assistant does), with a button and Esc to clear them."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QTextEdit, QToolButton

from ui.article.sections import HEADING_GAP, anchor_tops, position_top, scroll_to_y
from ui.base.styles import LIGHT, Colours

GROUP = "search"
MAX_MARKS = 2000


def set_selection_group(view: QTextEdit, name: str, selections: list[QTextEdit.ExtraSelection]) -> None:
    """Set one named group of extra selections on a view, keeping the other groups (search and find
    highlights both stay visible)."""
    groups: dict[str, list[QTextEdit.ExtraSelection]] = getattr(view, "_selection_groups", None) or {}
    groups[name] = list(selections)
    view._selection_groups = groups  # type: ignore[attr-defined]  # our own attribute on the Qt object, read with getattr
    # search marks first, so the find bar's current match is painted on top of them
    order = sorted(groups, key=lambda group: (group != GROUP, group))
    view.setExtraSelections([s for group in order for s in groups[group]])


def selection_group(view: QTextEdit, name: str) -> list[QTextEdit.ExtraSelection]:
    groups: dict[str, list[QTextEdit.ExtraSelection]] = getattr(view, "_selection_groups", None) or {}
    return list(groups.get(name, []))


class SearchHighlighter(QObject):
    """Marks the words of a search in the article view and scrolls to the first one.

    Signals:
        changed(count): the number of marked words (0 when cleared).
    """

    changed = Signal(int)

    def __init__(self, view: QTextEdit) -> None:
        super().__init__(view)
        self._view = view
        self._pattern: re.Pattern[str] | None = None
        self._slug: str | None = None
        self._colours: Colours = LIGHT
        self._spans: list[tuple[int, int]] = []
        self._suspended = False  # consultation mode: marks and strip away, kept for afterwards
        self.clear_button = QToolButton(view)
        self.clear_button.setText(self.tr("Fjern markeringer ✕"))
        self.clear_button.setAccessibleName(self.tr("Fjern søgemarkeringer"))
        self.clear_button.setToolTip(self.tr("Fjern markeringen af søgeordene (Esc)"))
        self.clear_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clear_button.hide()
        self.clear_button.clicked.connect(self.clear)
        view.textChanged.connect(self._on_view_text_changed)
        view.installEventFilter(self)

    @property
    def count(self) -> int:
        return len(self._spans)

    @property
    def spans(self) -> list[tuple[int, int]]:
        """(start, end) document positions of the marked words."""
        return list(self._spans)

    def set_colours(self, colours: Colours) -> None:
        self._colours = colours
        if self._spans:  # the marks again in the new colour; with none there is nothing on the page to repaint
            self._paint()

    def highlight(self, pattern: str, slug: str, anchor: str = "") -> int:
        """Mark every match of pattern (case-insensitive) in the page; scroll to the first one at or after
        the anchor's section. Returns how many words were marked."""
        try:
            self._pattern = re.compile(pattern, re.IGNORECASE) if pattern else None
        except re.error:
            self._pattern = None
        self._slug = slug
        self._mark()
        self._reveal(anchor)
        return len(self._spans)

    def set_suspended(self, suspended: bool) -> None:
        """Hide the marks and the strip without forgetting them (the patient-facing consultation mode)."""
        self._suspended = suspended
        self._paint()

    def clear(self) -> None:
        """Remove every search mark from the page."""
        had = bool(self._spans)
        self._pattern, self._slug, self._spans = None, None, []
        self._paint()
        if had:
            self.changed.emit(0)

    def _mark(self) -> None:
        self._spans = []
        if self._pattern is not None:
            raw = self._view.document().toRawText()
            for match in self._pattern.finditer(raw):
                if match.end() > match.start():
                    self._spans.append((match.start(), match.end()))
                if len(self._spans) >= MAX_MARKS:
                    break
        self._paint()
        self.changed.emit(len(self._spans))

    def _paint(self) -> None:
        from PySide6.QtGui import QTextCharFormat  # with the first marks: its enums cost the start about 1.3 ms

        document = self._view.document()
        mark = QTextCharFormat()
        mark.setBackground(QColor(self._colours.highlight))
        selections: list[QTextEdit.ExtraSelection] = []
        for start, end in [] if self._suspended else self._spans:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = mark
            selections.append(selection)
        set_selection_group(self._view, GROUP, selections)
        self._show_button(bool(self._spans) and not self._suspended)

    def _reveal(self, anchor: str) -> None:
        if not self._spans:
            return
        start_at = 0
        if anchor:
            block = self._view.document().begin()
            while block.isValid():
                fragment_iter = block.begin()
                found = False
                while not fragment_iter.atEnd():
                    fragment = fragment_iter.fragment()
                    if fragment.isValid() and anchor in fragment.charFormat().anchorNames():
                        start_at, found = block.position(), True
                        break
                    fragment_iter += 1
                if found:
                    break
                block = block.next()
        target = next((span for span in self._spans if span[0] >= start_at), self._spans[0])
        # The match with its context: the heading it sits under (its section or FAQ question; in the introduction
        # the title) at the top of the view, with room added below a section near the end. Only when the match
        # would then still be below the page does it move up instead, to a third of the way down.
        cursor = QTextCursor(self._view.document())
        cursor.setPosition(target[0])
        view = self._view
        match_top = position_top(view.document(), target[0])
        above = [top for top in anchor_tops(view.document()).values() if top <= match_top + 1]
        value = max(0, int(max(above)) - HEADING_GAP) if above else 0
        height = view.viewport().height()
        line = view.cursorRect(cursor).height()
        if match_top + 3 * line > value + height:
            value = max(0, int(match_top) - height // 3)
        scroll_to_y(view, value)
        cursor.clearSelection()
        view.setTextCursor(cursor)

    def _show_button(self, shown: bool) -> None:
        """The clear button in a strip above the page (never over the text), or neither."""
        self.clear_button.setVisible(shown)
        self.clear_button.adjustSize()
        self._view.setViewportMargins(0, self.clear_button.height() + 8 if shown else 0, 0, 0)
        self._place_button()

    def _place_button(self) -> None:
        viewport = self._view.viewport()
        self.clear_button.adjustSize()
        x = viewport.geometry().right() - self.clear_button.width() - 8
        self.clear_button.move(max(0, x), self._view.frameWidth() + 4)
        self.clear_button.raise_()

    def _on_view_text_changed(self) -> None:
        # The page was shown again (zoom, theme) or another article opened: mark again or forget.
        current = getattr(self._view, "current_slug", None)
        if self._pattern is not None and current == self._slug:
            QTimer.singleShot(0, self._mark)
        elif self._spans or self._pattern is not None:
            self._pattern, self._slug, self._spans = None, None, []
            set_selection_group(self._view, GROUP, [])
            self._show_button(False)
            self.changed.emit(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if watched is self._view:
            if event.type() == QEvent.Type.Resize:
                self._place_button()
            elif (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                  and event.key() == Qt.Key.Key_Escape and self._spans and not selection_group(self._view, "find")):
                self.clear()
                return True
        return super().eventFilter(watched, event)
