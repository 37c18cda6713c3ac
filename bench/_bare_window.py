"""The start-up baseline: a bare PySide6 window (optionally a QTextBrowser with an article's HTML).

    python bench/_bare_window.py [HTML-FILE]    # prints `STARTUP paint=<epoch s> rss_kb=<n>` and quits
    python bench/_bare_window.py --stay [HTML-FILE]    # no probe: stays open (bench/_x11_settle.py times it)
"""

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser


class _Probe(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            now = time.time()
            with open("/proc/self/status", encoding="ascii") as status:
                rss = next((int(line.split()[1]) for line in status if line.startswith("VmRSS:")), 0)
            print(f"STARTUP paint={now:.6f} rss_kb={rss}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


stay = "--stay" in sys.argv
if stay:
    sys.argv.remove("--stay")
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1200, 800)
probe = _Probe()
if len(sys.argv) > 1:
    browser = QTextBrowser()
    with open(sys.argv[1], encoding="utf-8") as handle:
        browser.setHtml(handle.read())
    window.setCentralWidget(browser)
    if not stay:
        browser.viewport().installEventFilter(probe)
elif not stay:
    window.installEventFilter(probe)
window.show()
app.exec()
