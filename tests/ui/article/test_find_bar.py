"""Find in page: typed like a user, counted, stepped with Enter/Shift+Enter/F3, cleared with Esc."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor
from pytestqt.qtbot import QtBot

from ui.article.find_bar import CURRENT_MATCH, FoldedText
from ui.mainwindow.window import MainWindow

MakeWindow = Callable[..., MainWindow]


@pytest.mark.parametrize(("text", "needle", "expected"), [
    ("Lænden og LÆNDEN", "laenden", [(0, 6), (10, 16)]),
    ("Lænden og LÆNDEN", "lænden", [(0, 6), (10, 16)]),
    ("Café, cafe", "CAFÉ", [(0, 4), (6, 10)]),
    ("ræv", "e", []),  # "e" is half of "æ": not a match
    ("røde flag", "RØDE F", [(0, 6)]),
    ("abc", "   ", []),
    ("aaa", "aa", [(0, 2)]),
    ("Lænden", "la", [(0, 2)]),  # on the way to typing "laenden"
])
def test_folded_matching(text: str, needle: str, expected: list[tuple[int, int]]) -> None:
    assert FoldedText.of(text).find_all(needle) == expected


def _count(plain: str, word: str) -> int:
    return plain.casefold().count(word)


def test_find_counts_steps_and_esc_clears(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.open_article("nervetryk-i-laenden")
    window.reading.theme_actions["light"].trigger()  # a fresh layout: the search must still start at the top
    expected = _count(window.view.toPlainText(), "lænden")
    assert expected > 10
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.reading.find_bar
    assert bar.isVisible() and bar.field.hasFocus()
    qtbot.keyClicks(bar.field, "LAENDEN")
    assert bar.match_count == expected
    assert bar.count_label.text() == f"1 af {expected}"
    selections = window.view.extraSelections()
    assert len(selections) == expected
    assert all(s.cursor.selectedText().casefold() == "lænden" for s in selections)
    assert selections[0].format.background().color() == QColor(CURRENT_MATCH)
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.count_label.text() == f"3 af {expected}"
    assert bar.count_label.accessibleName() == f"Antal fund: 3 af {expected}"  # what a screen reader hears
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count_label.text() == f"2 af {expected}"
    qtbot.keyClick(bar.field, Qt.Key.Key_F3)
    assert bar.current_index == 2
    qtbot.keyClick(bar.field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(bar.field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(bar.field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count_label.text() == f"{expected} af {expected}"  # wraps around
    shown = window.view.extraSelections()
    rect = window.view.cursorRect(QTextCursor(shown[bar.current_index].cursor))
    assert window.view.viewport().rect().contains(rect.center())  # scrolled into view
    # Zooming lays the page out again; the matches follow.
    window.zoom_in_action.trigger()
    assert len(window.view.extraSelections()) == expected
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert window.view.extraSelections() == []
    assert window.view.hasFocus()


def test_no_match_and_reopen(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.open_article("nervesmerter")
    window.reading.find_action.trigger()
    qtbot.keyClicks(window.reading.find_bar.field, "zzzq")
    assert window.reading.find_bar.count_label.text() == "Ingen fund" and window.view.extraSelections() == []
    qtbot.mouseClick(window.reading.find_bar.close_button, Qt.MouseButton.LeftButton)
    assert not window.reading.find_bar.isVisible()
    window.reading.find_action.trigger()
    assert window.reading.find_bar.field.selectedText() == "zzzq"  # typing replaces the old search
    window.reading.find_bar.field.setText("nerve")
    assert window.reading.find_bar.match_count > 0


def test_search_starts_where_the_reader_is(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.open_article("nervetryk-i-laenden")
    window.reading.toc.section_chosen.emit("hvornaar-skal-jeg-soege-laege-eller-akut-hjaelp")
    top = window.reading.find_bar._top_position()
    assert top > 0
    window.reading.find_action.trigger()
    qtbot.keyClicks(window.reading.find_bar.field, "laenden")
    bar = window.reading.find_bar
    assert bar.current_index > 0
    shown = window.view.extraSelections()
    assert QTextCursor(shown[bar.current_index].cursor).selectionStart() >= top
    assert QTextCursor(shown[bar.current_index - 1].cursor).selectionStart() < top


def _reference(raw: str, needle: str) -> list[tuple[int, int]]:
    """The obvious per-character version the sparse FoldedText must agree with."""
    from reader.slug import ascii_fold

    folded, origin = "", []
    for position, char in enumerate(raw):
        piece = ascii_fold(char)
        folded += piece
        origin += [position] * len(piece)
    key = ascii_fold(needle)
    found, start = [], folded.find(key) if key.strip() else -1
    while start >= 0:
        if start == 0 or origin[start - 1] != origin[start]:
            found.append((origin[start], origin[start + len(key) - 1] + 1))
            start = folded.find(key, start + len(key))
        else:
            start = folded.find(key, start + 1)
    return found


@given(st.text(alphabet="aeoælnøåÆØÅéÉ ÄK\u0301\u00a0\u2029-", max_size=60), st.text(alphabet="aelnoøæåÅÉ ", min_size=1, max_size=4))
def test_sparse_folding_agrees_with_the_obvious_version(raw: str, needle: str) -> None:
    assert FoldedText.of(raw).find_all(needle) == _reference(raw, needle)
