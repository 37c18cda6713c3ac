"""The first window fits the screen it opens on, and a remembered geometry that no longer fits is brought back."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from reader.articles import Library
from reader.settings import Settings
from ui.base.screen_fit import FRAME_ALLOWANCE
from ui.mainwindow.window import MainWindow

ROOT = Path(__file__).resolve().parents[3]
CHECK = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from reader.articles import Library
from reader.settings import Settings
from ui.base.screen_fit import FRAME_ALLOWANCE
from ui.mainwindow.window import MainWindow
window = MainWindow(Library(), Settings(), persist=None)
room = app.primaryScreen().availableGeometry().marginsRemoved(FRAME_ALLOWANCE)
print(json.dumps({"window": window.geometry().getRect(), "room": room.getRect()}))
"""


def test_the_first_window_fits_a_1280x800_screen(tmp_path: Path) -> None:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 800,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run([sys.executable, "-c", CHECK], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert QRect(*result["room"]).contains(QRect(*result["window"]))  # the status bar is on screen
    _x, _y, width, height = result["window"]
    assert width == 1200 and height == 800 - FRAME_ALLOWANCE.top() - FRAME_ALLOWANCE.bottom()


def test_a_remembered_geometry_that_no_longer_fits_is_brought_back(qtbot: QtBot) -> None:
    room = QApplication.primaryScreen().availableGeometry().marginsRemoved(FRAME_ALLOWANCE)
    old = QMainWindow()  # saved on a big second screen that is gone now
    qtbot.addWidget(old)
    old.setGeometry(room.right() + 400, room.top() + 100, room.width() + 600, room.height() + 300)
    saved = bytes(old.saveGeometry().toBase64().data()).decode("ascii")
    window = MainWindow(Library(), Settings(window_geometry=saved), persist=None)
    qtbot.addWidget(window)
    assert room.contains(window.geometry()), (window.geometry(), room)
    first = MainWindow(Library(), Settings(), persist=None)
    qtbot.addWidget(first)
    assert room.contains(first.geometry()) and first.geometry().center() == room.center()
