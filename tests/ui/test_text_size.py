"""Text size: remembered, applied to every article (also from search), and a default that Ctrl+0 returns to."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.settings import load, save
from ui.main_window import MainWindow

MakeWindow = Callable[..., MainWindow]


def test_default_text_size_is_remembered_and_ctrl_0_returns_to_it(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window(settings=load().settings, persist=save)
    window.open_article("nervesmerter")
    for _ in range(3):
        qtbot.keyClick(window.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.view.zoom == 150
    window.default_zoom_action.trigger()
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
