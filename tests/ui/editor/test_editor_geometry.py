"""The editor's first size fits the screen it opens on: the problems and LIX strip is never below the screen's edge."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QRect

ROOT = Path(__file__).resolve().parents[3]
CHECK = """
import json, sys, tempfile
from pathlib import Path
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from reader.articles import Library
from ui.base.screen_fit import FRAME_ALLOWANCE
from ui.editor.window import EditorWindow
editor = EditorWindow(Library(), Path(tempfile.mkdtemp()))
editor.show()
app.processEvents()
room = app.primaryScreen().availableGeometry().marginsRemoved(FRAME_ALLOWANCE)
strip = editor.problems_list
bottom_left = strip.mapToGlobal(QPoint(0, strip.height()))
lix = editor.lix_label.mapToGlobal(QPoint(0, editor.lix_label.height()))
editor.grab().save(sys.argv[1])
print(json.dumps({"window": editor.geometry().getRect(), "room": room.getRect(), "strip": [bottom_left.x(), bottom_left.y()],
                  "lix": [lix.x(), lix.y()], "visible": strip.isVisible() and editor.lix_label.isVisible()}))
"""


def test_the_first_editor_window_fits_a_1280x800_screen(tmp_path: Path) -> None:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 800,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "HOME": str(tmp_path)}
    shot = os.environ.get("EDITOR_GEOMETRY_SHOT", str(tmp_path / "editor.png"))
    done = subprocess.run([sys.executable, "-c", CHECK, shot], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    room = QRect(*result["room"])
    assert room.contains(QRect(*result["window"])), result  # frame and title bar included
    assert result["visible"]
    assert result["strip"][1] <= room.bottom() + 1 and result["lix"][1] <= room.bottom() + 1, result
