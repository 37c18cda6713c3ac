"""Consultation mode's slim bar, its toolbar and stepping keys are built on first use, and then show what they would
have shown had they been there from the start."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar
from pytestqt.qtbot import QtBot

from ui.mainwindow.window import MainWindow

MakeWindow = Callable[..., MainWindow]
SLUG = "nervetryk-i-laenden"


def _built(window: MainWindow) -> bool:
    return any(bar.objectName() == "consultation-bar" for bar in window.findChildren(QToolBar))


def test_a_start_that_never_presents_builds_no_slim_bar(make_window: MakeWindow) -> None:
    window = make_window()
    window.open_article(SLUG)
    window.view.zoom_in()
    assert not _built(window)


def test_the_bar_built_late_shows_the_place_and_the_zoom_of_now(make_window: MakeWindow) -> None:
    window = make_window()
    window.open_article(SLUG)
    window.view.zoom_in()
    mode = window.reading.consultation
    mode.stepper.go_to_position(3)
    bar = mode.bar  # built here
    assert _built(window) and not mode.toolbar.isVisible()
    assert bar.title_label.text() == window.view.current_article.title  # type: ignore[union-attr]
    assert bar.position_label.text() == "Afsnit 3 af 11"
    assert bar.zoom_label.text() == f"{window.view.zoom} %"


def test_f5_builds_the_bar_and_its_keys_work_at_once(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.open_article(SLUG)
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    mode = window.reading.consultation
    assert mode.active and mode.toolbar.isVisible()
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown)
    assert mode.stepper.position == 1 and mode.bar.position_label.text() == "Afsnit 1 af 11"
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert not mode.active
    qtbot.waitUntil(lambda: not mode.toolbar.isVisible())
