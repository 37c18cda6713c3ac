"""What the window's start leaves until its first paint (ui/app.py): cycle collections (reader/collector.py) and the
application icon; both come right after it."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from reader import collector
from reader.articles import Library, Source
from reader.resources import bundled_articles_dir
from reader.settings import Settings
from ui import app


@pytest.fixture
def held() -> Iterator[None]:
    frozen = gc.get_freeze_count()
    collector.hold_for_start()  # as ui/cli/main.py does before the window's modules load
    yield
    collector.release_start()
    gc.enable()
    if gc.get_freeze_count() > frozen:
        gc.unfreeze()


def test_the_collector_runs_again_after_the_first_paint_with_the_start_frozen(qtbot: QtBot, held: None) -> None:
    before = gc.get_freeze_count()
    window = app.open_main_window(Library(), Settings(), [Source(bundled_articles_dir(), "bundled")])
    qtbot.addWidget(window)
    try:
        assert not gc.isenabled()  # not yet painted
        qtbot.waitUntil(gc.isenabled, timeout=5000)
        assert gc.get_freeze_count() > before
    finally:
        if window.content.watcher is not None:
            window.content.watcher.stop()
            qtbot.waitUntil(lambda: not window.content.watcher.busy, timeout=10000)
        if window in app._OPEN:
            app._OPEN.remove(window)


def test_the_app_icon_comes_with_the_first_paint(qtbot: QtBot) -> None:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    QApplication.setWindowIcon(QIcon())  # as a fresh start has it
    window = app.open_main_window(Library(), Settings(), [Source(bundled_articles_dir(), "bundled")])
    qtbot.addWidget(window)
    try:
        assert QApplication.windowIcon().isNull()
        qtbot.waitUntil(lambda: not QApplication.windowIcon().isNull(), timeout=5000)
        assert not window.windowIcon().isNull()  # the shown window has it too
    finally:
        if window.content.watcher is not None:
            window.content.watcher.stop()
            qtbot.waitUntil(lambda: not window.content.watcher.busy, timeout=10000)
        if window in app._OPEN:
            app._OPEN.remove(window)
