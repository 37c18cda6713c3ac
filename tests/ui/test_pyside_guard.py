"""Guard against PySide6 6.12.0 on Python < 3.12, which leaks references to None until it aborts."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_void_qt_calls_do_not_drain_none(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for i in range(20_000):
        label.setText("x" if i % 2 else "y")
    after = sys.getrefcount(None)
    # A leak takes one reference per call (20,000); normal noise is a handful.
    assert after >= before - 100, f"None lost {before - after} references over 20,000 calls"
