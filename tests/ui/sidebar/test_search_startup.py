"""A small library is searched without loading the search code at start: numpy and the stemmer (about 40 MB)
come at the first key typed in the search field, in a thread, or at the first query."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_the_window_with_five_articles_loads_no_search_code_until_a_key_is_typed_in_the_search_field(tmp_path: Path) -> None:
    script = textwrap.dedent("""
        import sys, time
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from reader.articles import Library, Source
        from reader.resources import bundled_articles_dir
        from reader.settings import Settings
        from ui.mainwindow.window import MainWindow
        window = MainWindow(Library.load([Source(bundled_articles_dir())]), Settings(), persist=None)
        window.show()
        window.open_article("nervesmerter")
        end = time.monotonic() + 1.5  # past the old one-second timer that built the index
        while time.monotonic() < end:
            app.processEvents()
        heavy = ("numpy", "reader.search", "snowballstemmer", "rapidfuzz")
        print(sorted(name for name in heavy if name in sys.modules))
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QKeyEvent
        field = window.sidebar.search_field
        app.sendEvent(field, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_N, Qt.KeyboardModifier.NoModifier, "n"))
        thread = window.search._preparing
        assert thread is not None
        thread.join(60)
        print(sorted(name for name in heavy if name in sys.modules))
        result = window.search.search("nerve", 5)
        print(result is not None and result.hits[0].slug)
    """)
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
                                 "PATIENT_READER_HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    before, after, hit = result.stdout.split("\n")[:3]
    assert before == "[]"
    assert "numpy" in after and "reader.search" in after
    assert hit.startswith("nerve")  # found through the index, built at the first query
