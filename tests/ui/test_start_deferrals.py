"""What the window's start leaves until its first paint (ui/app.py): cycle collections (reader/collector.py) and the
application icon; both come right after it."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from reader import collector
from reader.articles import Library, Source
from reader.resources import bundled_articles_dir
from reader.settings import Settings
from ui import app
from ui.mainwindow.window import MainWindow


@pytest.fixture
def held() -> Iterator[None]:
    frozen = gc.get_freeze_count()
    collector.hold_for_start()  # as ui/cli/main.py does before the window's modules load
    yield
    collector.release_start()
    gc.enable()
    if gc.get_freeze_count() > frozen:
        gc.unfreeze()


@pytest.fixture
def start(qtbot: QtBot) -> Iterator[Callable[[], MainWindow]]:
    """Opens the main window on the bundled articles as a start does; stops its watcher afterwards."""
    opened: list[MainWindow] = []

    def open_window() -> MainWindow:
        window = app.open_main_window(Library(), Settings(), [Source(bundled_articles_dir(), "bundled")])
        qtbot.addWidget(window)
        opened.append(window)
        return window

    yield open_window
    for window in opened:
        watcher = window.content.watcher
        if watcher is not None:
            watcher.stop()
            qtbot.waitUntil(lambda w=watcher: not w.busy, timeout=10000)
        if window in app._OPEN:
            app._OPEN.remove(window)


def test_the_collector_runs_again_after_the_first_paint_with_the_start_frozen(
        qtbot: QtBot, held: None, start: Callable[[], MainWindow]) -> None:
    before = gc.get_freeze_count()
    start()
    assert not gc.isenabled()  # not yet painted
    qtbot.waitUntil(gc.isenabled, timeout=5000)
    assert gc.get_freeze_count() > before


def test_the_app_icon_comes_with_the_first_paint(qtbot: QtBot, start: Callable[[], MainWindow]) -> None:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    QApplication.setWindowIcon(QIcon())  # as a fresh start has it
    window = start()
    assert QApplication.windowIcon().isNull()
    qtbot.waitUntil(lambda: not QApplication.windowIcon().isNull(), timeout=5000)
    assert not window.windowIcon().isNull()  # the shown window has it too
