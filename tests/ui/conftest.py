"""UI fixtures: a main window over the bundled articles, with settings kept in memory or a temp file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from reader.articles import Library, Source
from reader.resources import bundled_articles_dir
from reader.settings import Settings
from tests.ui.kiosk.kiosk_fixtures import make_kiosk  # noqa: F401 - the kiosk tests' fixture
from ui.mainwindow.window import MainWindow


@pytest.fixture
def library() -> Library:
    return Library.load([Source(bundled_articles_dir())])


@pytest.fixture
def make_window(qtbot: QtBot, library: Library) -> Callable[..., MainWindow]:
    def make(settings: Settings | None = None, lib: Library | None = None, persist: object = None) -> MainWindow:
        window = MainWindow(lib or library, settings or Settings(), persist=persist)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.resize(1200, 800)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window

    return make


@pytest.fixture
def discard_unsaved(monkeypatch: pytest.MonkeyPatch) -> None:
    """An editor left with unsaved changes closes without its modal question (the answer is Discard)."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Discard)


@pytest.fixture
def clinic(tmp_path: Path) -> Path:
    """An empty clinic folder (tests that need articles in it write them, or override this fixture)."""
    folder = tmp_path / "klinik"
    folder.mkdir()
    return folder
