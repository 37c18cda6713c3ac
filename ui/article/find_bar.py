"""Find in page (Ctrl+F): a bar under the article, "3 af 12", every match highlighted, Esc clears."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QLineEdit, QSizePolicy, QTextEdit, QToolBar, QToolButton, QWidget

from reader.slug import ascii_fold
from ui.article.highlights import set_selection_group
from ui.base.accessibility import announce
from ui.base.styles import LIGHT, Colours

CURRENT_MATCH = "#ff9632"


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    return ascii_fold(char)


@dataclass(frozen=True)
class FoldedText:
    """A document's text folded for matching, with a sparse map back to the original positions.

    Most characters fold to exactly one character; only the few that spell out (æ ⇒ "ae") or vanish are
    recorded, so a 200,000-character page folds in a few milliseconds.
    """

    text: str
    starts: tuple[int, ...] = ()  # folded index where each irregular character's folding begins
    lengths: tuple[int, ...] = ()  # how many folded characters it became (0 or 2+)
    origins: tuple[int, ...] = ()  # its index in the original text

    @classmethod
    def of(cls, raw: str) -> FoldedText:
        """Fold case, accents and æ/ø/å (æ ⇒ "ae"), keeping where each folded character came from."""
        parts: list[str] = []
        starts: list[int] = []
        lengths: list[int] = []
        origins: list[int] = []
        folded_length = 0
        done = 0
        for match in _NON_ASCII.finditer(raw):
            position = match.start()
            if position > done:
                parts.append(raw[done:position].lower())
                folded_length += position - done
            folded = _fold_char(raw[position])
            if len(folded) != 1:
                starts.append(folded_length)
                lengths.append(len(folded))
                origins.append(position)
            parts.append(folded)
            folded_length += len(folded)
            done = position + 1
        parts.append(raw[done:].lower())
        return cls("".join(parts), tuple(starts), tuple(lengths), tuple(origins))

    def _origin(self, index: int) -> tuple[int, bool]:
        """(original position, whether index is the first folded character of that original character)."""
        i = bisect_right(self.starts, index) - 1
        if i < 0:
            return index, True
        start, length, origin = self.starts[i], self.lengths[i], self.origins[i]
        if index < start + length:
            return origin, index == start
        return origin + 1 + (index - start - length), True

    def find_all(self, needle: str) -> list[tuple[int, int]]:
        """(start, end) in the original text of every match of needle, case- and accent-insensitive.

        "Lænden og LÆNDEN", "laenden" ⇒ [(0, 6), (10, 16)];  "Café", "cafe" ⇒ [(0, 4)]
        A match may not start inside one original character ("e" in "æ"), but may end inside one, so that
        typing "la" already finds "læ" on the way to "laenden".
        """
        key = ascii_fold(needle)
        if not key.strip():
            return []
        found: list[tuple[int, int]] = []
        text, size = self.text, len(key)
        start = text.find(key)
        while start >= 0:
            origin, aligned = self._origin(start)
            if aligned:
                end, _ = self._origin(start + size - 1)
                found.append((origin, end + 1))
                start = text.find(key, start + size)
            else:
                start = text.find(key, start + 1)
        return found


class FindBar(QToolBar):
    """The find bar for one text view; lives at the bottom of the window and is hidden until Ctrl+F.

    Signals:
        closed(): the bar was closed (highlights are gone).
    """

    closed = Signal()

    def __init__(self, view: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Søg på siden"), parent)
        self.setObjectName("find-bar")
        self.setAccessibleName(self.tr("Søg på siden"))
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        self._view = view
        self._colours: Colours = LIGHT
        self._matches: list[tuple[int, int]] = []
        self._index = -1
        self._origin = 0
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Find på siden …"))
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(260)
        self.field.setAccessibleName(self.tr("Find på siden"))
        self.field.setAccessibleDescription(self.tr("Enter finder næste, Skift+Enter forrige, Esc lukker og fjerner markeringerne."))
        self.count_label = QLabel(self)
        self.count_label.setMinimumWidth(90)
        self.count_label.setAccessibleName(self.tr("Antal fund"))
        self.previous_button = self._button("▲", self.tr("Forrige fund"), self.tr("Forrige fund (Skift+F3)"))
        self.next_button = self._button("▼", self.tr("Næste fund"), self.tr("Næste fund (F3)"))
        self.close_button = self._button("✕", self.tr("Luk søgning på siden"), self.tr("Luk (Esc)"))
        label = QLabel(self.tr("Find:"), self)
        label.setBuddy(self.field)
        self.addWidget(label)
        self.addWidget(self.field)
        self.addWidget(self.previous_button)
        self.addWidget(self.next_button)
        self.addWidget(self.count_label)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(spacer)
        self.addWidget(self.close_button)
        self.field.textChanged.connect(self._on_field_text_changed)
        self.field.installEventFilter(self)
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        self.close_button.clicked.connect(self.close_bar)
        view.textChanged.connect(self._on_view_text_changed)
        view.installEventFilter(self)
        self.hide()

    def _button(self, text: str, name: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setAccessibleName(name)
        button.setToolTip(tip)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setAutoRaise(True)
        return button

    # --- public ------------------------------------------------------------------------

    def open_bar(self) -> None:
        """Show the bar with the field focused and its text selected (the search runs again)."""
        self._origin = self._top_position()
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        if self.field.text():
            self._search(keep=True)

    def _top_position(self) -> int:
        """Document position of the first block visible at the top of the view."""
        document = self._view.document()
        layout = document.documentLayout()
        top = self._view.verticalScrollBar().value()
        block = document.begin()
        while block.isValid():
            if layout.blockBoundingRect(block).bottom() > top:
                return block.position()
            block = block.next()
        return 0

    def close_bar(self) -> None:
        """Hide the bar and remove every highlight; focus goes back to the article."""
        was_open = self.isVisible()
        self.hide()
        self._matches = []
        self._index = -1
        set_selection_group(self._view, "find", [])
        self.count_label.clear()
        if was_open:
            self._view.setFocus(Qt.FocusReason.OtherFocusReason)
            self.closed.emit()

    def find_next(self) -> None:
        self._step(1)

    def find_previous(self) -> None:
        self._step(-1)

    @property
    def match_count(self) -> int:
        return len(self._matches)

    @property
    def current_index(self) -> int:
        """0-based index of the current match, -1 when there is none."""
        return self._index

    def set_colours(self, colours: Colours) -> None:
        """Use the theme's highlight colour."""
        self._colours = colours
        self._paint()

    # --- matching ----------------------------------------------------------------------

    def _search(self, keep: bool = False) -> None:
        previous = self._matches[self._index][0] if keep and 0 <= self._index < len(self._matches) else -1
        needle = self.field.text()
        self._matches = FoldedText.of(self._view.document().toRawText()).find_all(needle) if needle else []
        if not self._matches:
            self._index = -1
        elif previous >= 0:
            self._index = next((i for i, (start, _) in enumerate(self._matches) if start >= previous), 0)
        else:
            # Start from the first match at or after what the reader was looking at when the search began
            # (not where the last keystroke scrolled to).
            self._index = next((i for i, (start, _) in enumerate(self._matches) if start >= self._origin), 0)
        self._paint()
        self._reveal()

    def _step(self, delta: int) -> None:
        if not self.isVisible():
            self.open_bar()
            return
        if not self._matches:
            self._search()
            return
        self._index = (self._index + delta) % len(self._matches)
        self._paint()
        self._reveal()

    def _paint(self) -> None:
        document = self._view.document()
        every = QTextCharFormat()
        every.setBackground(QColor(self._colours.highlight))
        current = QTextCharFormat()
        current.setBackground(QColor(CURRENT_MATCH))
        current.setForeground(QColor("#000000"))
        selections: list[QTextEdit.ExtraSelection] = []
        for i, (start, end) in enumerate(self._matches):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = current if i == self._index else every
            selections.append(selection)
        set_selection_group(self._view, "find", selections)
        if not self.field.text():
            self.count_label.clear()
        elif not self._matches:
            self.count_label.setText(self.tr("Ingen fund"))
        else:
            self.count_label.setText(self.tr("%1 af %2").replace("%1", str(self._index + 1)).replace("%2", str(len(self._matches))))
        announce(self.count_label, self.tr("Antal fund") + (f": {self.count_label.text()}" if self.count_label.text() else ""))

    def _reveal(self) -> None:
        if 0 <= self._index < len(self._matches):
            cursor = QTextCursor(self._view.document())
            cursor.setPosition(self._matches[self._index][1])
            cursor.setPosition(self._matches[self._index][0], QTextCursor.MoveMode.KeepAnchor)
            self._view.setTextCursor(cursor)
            self._view.ensureCursorVisible()
            cursor.clearSelection()
            self._view.setTextCursor(cursor)

    # --- events ------------------------------------------------------------------------

    def _on_field_text_changed(self, _text: str) -> None:
        self._search()

    def _on_view_text_changed(self) -> None:
        # The page was laid out again (zoom, theme, another article): the old positions are stale.
        if self.isVisible() and self.field.text():
            self._search(keep=True)
        else:
            self._matches, self._index = [], -1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_Escape and self.isVisible():
                self.close_bar()
                return True
            if watched is self.field and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.find_previous()
                else:
                    self.find_next()
                return True
        return super().eventFilter(watched, event)
