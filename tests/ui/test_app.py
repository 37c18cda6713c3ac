"""ui.app: the display check names the exact apt-get line, and the switch between the kiosk and the main window."""

from __future__ import annotations

import ctypes.util
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ui import app


def test_missing_libraries_give_the_apt_get_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app.sys, "platform", "linux")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    present = {"xcb-image", "xcb-render-util", "xcb-shape", "xcb-randr", "xcb-xkb", "EGL", "fontconfig", "xcb-cursor"}
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: f"lib{name}.so" if name in present else None)
    message = app.display_problem()
    assert message is not None
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0" in message


def test_libraries_all_found_are_not_looked_up_again_until_the_linker_cache_changes(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app.sys, "platform", "linux")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(app, "_libraries_key", lambda: "ld.so.cache 1")
    asked: list[str] = []
    present = set(app._XCB_LIBRARIES)
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: asked.append(name) or (name if name in present else None))
    assert app.missing_display_packages() == [] and len(asked) == len(app._XCB_LIBRARIES)
    asked.clear()
    assert app.missing_display_packages() == [] and asked == []  # kept: no ldconfig on this start
    present.discard("xcb-cursor")  # removed since: apt ran ldconfig, the linker's cache changed
    monkeypatch.setattr(app, "_libraries_key", lambda: "ld.so.cache 2")
    assert app.missing_display_packages() == ["libxcb-cursor0"]
    asked.clear()
    assert app.missing_display_packages() == ["libxcb-cursor0"] and asked  # a finding is never kept


def test_offscreen_needs_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None)
    assert app.display_problem() is None


def test_no_display_is_explained(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app.sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: "x")
    message = app.display_problem()
    assert message is not None and "DISPLAY" in message


def test_leaving_the_kiosk_with_the_pin_opens_the_main_window(qtbot: QtBot, tmp_path: Path) -> None:
    """The kiosk only asks to leave (a signal); ui.app opens the main window in its place, watching the same folders."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QPushButton

    from reader.articles import Library, Source
    from reader.pin import hash_pin
    from reader.resources import bundled_articles_dir
    from reader.settings import Settings, save
    from ui.mainwindow.window import MainWindow

    settings = Settings()
    settings.kiosk_pin_hash = hash_pin("2468")
    save(settings)
    sources = [Source(bundled_articles_dir(), "bundled")]
    kiosk = app.start_kiosk_mode(Library.load(sources), settings, 600, sources)
    qtbot.addWidget(kiosk)
    try:
        before = {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)}  # other tests' leftovers
        kiosk.open_pin_dialog()
        for key in "2468K":
            kiosk.pin_dialog.press("OK" if key == "K" else key)
        assert kiosk.staff_menu.isVisible()
        qtbot.mouseClick(kiosk.staff_menu.findChildren(QPushButton)[0], Qt.MouseButton.LeftButton)
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and id(w) not in before]
        assert len(windows) == 1 and windows[0].isVisible() and not kiosk.isVisible()
        main = windows[0]
        qtbot.addWidget(main)
        qtbot.waitUntil(lambda: len(main.library) == 5, timeout=5000)  # it watches the kiosk's sources
        assert main.content.watcher is not None and main.content.watcher.sources == sources
    finally:
        kiosk.unlock()
        kiosk.close()
        app._OPEN.clear()
