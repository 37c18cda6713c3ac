"""Run in a child process with two offscreen screens (see test_two_screens.py); prints one JSON line."""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def main() -> int:
    app = QApplication(sys.argv[:1])
    from reader.articles import Library, Source
    from reader.resources import bundled_articles_dir
    from reader.settings import Settings
    from ui.mainwindow.window import MainWindow

    window = MainWindow(Library.load([Source(bundled_articles_dir())]), Settings(), persist=None)
    window.setScreen(app.screens()[0])
    window.setGeometry(100, 100, 1200, 800)
    window.show()
    window.open_article("nervesmerter")
    enabled = window.reading.second_screen_action.isEnabled()
    window.reading.second_screen_action.trigger()
    app.processEvents()
    presentation = window.reading.second_screen.presentation
    assert presentation is not None
    QTest.qWaitForWindowExposed(presentation)
    window.open_article("nervetryk-i-laenden")
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    QTest.keyClick(window.view, Qt.Key.Key_PageDown)
    QTest.keyClick(window.view, Qt.Key.Key_PageDown)
    app.processEvents()
    if len(sys.argv) > 1:
        presentation.grab().save(sys.argv[1])
    print(json.dumps({
        "enabled": enabled,
        "screen": presentation.screen().name(),
        "window_screen": window.screen().name(),
        "geometry": presentation.geometry().getRect(),
        "full_screen": presentation.isFullScreen(),
        "slug": presentation.view.current_slug,
        "position": presentation.bar.position_label.text(),
    }))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
