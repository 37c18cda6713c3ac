"""Text size: remembered, applied to every article (also from search), and a default that Ctrl+0 returns to."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.settings import load, save
from ui.mainwindow.window import MainWindow

MakeWindow = Callable[..., MainWindow]


def test_default_text_size_is_remembered_and_ctrl_0_returns_to_it(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window(settings=load().settings, persist=save)
    window.open_article("nervesmerter")
    for _ in range(3):
        qtbot.keyClick(window.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.view.zoom == 150
    window.reading.default_zoom_action.trigger()
    assert "150 %" in window.statusBar().currentMessage()
    window.close()
    again = make_window(settings=load().settings, persist=save)
    assert again.settings.default_zoom == 150 and again.view.zoom == 150
    # An article opened from search gets the same size.
    qtbot.keyClicks(again.sidebar.search_field, "lænd")
    qtbot.keyClick(again.sidebar.search_field, Qt.Key.Key_Return)
    assert again.view.current_slug == "nervetryk-i-laenden"
    assert "font-size: 18.0pt" in again.view.document().defaultStyleSheet()  # 12 pt × 150 %
    qtbot.keyClick(again.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(again.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert again.view.zoom == 110
    qtbot.keyClick(again.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert again.view.zoom == 150


def body_point_size(window: MainWindow) -> float:
    """The point size the first body paragraph is actually laid out in."""
    document = window.view.document()
    block = document.begin()
    while block.isValid() and not block.text().startswith("Nervetryk i lænden betyder"):
        block = block.next()
    return block.begin().fragment().charFormat().font().pointSizeF()


def test_zoom_changes_the_body_text_not_only_headings(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.open_article("nervetryk-i-laenden")
    assert body_point_size(window) == 12.0
    height = window.view.document().size().height()
    window.view.set_zoom(200)
    assert body_point_size(window) == 24.0
    assert window.view.document().size().height() > height * 1.6


def test_headings_grow_with_the_text(make_window: MakeWindow) -> None:
    window = make_window()
    window.open_article("nervetryk-i-laenden")
    document = window.view.document()

    def heading_size() -> float:
        block = document.begin()
        while block.isValid() and block.blockFormat().headingLevel() != 2:
            block = block.next()
        return block.begin().fragment().charFormat().font().pointSizeF()

    normal = heading_size()
    assert normal > body_point_size(window)
    window.view.set_zoom(200)
    assert heading_size() == 2 * normal > body_point_size(window)
