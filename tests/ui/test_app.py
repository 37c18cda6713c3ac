"""`make run` on a machine without the xcb libraries names the exact apt-get line."""

from __future__ import annotations

import pytest

from ui import app


def test_missing_libraries_give_the_apt_get_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app.sys, "platform", "linux")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    present = {"xcb-image", "xcb-render-util", "xcb-shape", "xcb-randr", "xcb-xkb", "EGL", "fontconfig", "xcb-cursor"}
    monkeypatch.setattr(app.ctypes.util, "find_library", lambda name: f"lib{name}.so" if name in present else None)
    message = app.display_problem()
    assert message is not None
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0" in message


def test_offscreen_needs_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(app.ctypes.util, "find_library", lambda name: None)
    assert app.display_problem() is None


def test_no_display_is_explained(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app.sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(app.ctypes.util, "find_library", lambda name: "x")
    message = app.display_problem()
    assert message is not None and "DISPLAY" in message
