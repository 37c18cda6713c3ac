"""The blank full-screen cover the supervisor shows while the kiosk restarts (so no desktop shows in the gap).

Run as `patient-reader --kiosk-cover` (the frozen bundle too): a separate process, started hidden with the first kiosk, so it is up at
once when a kiosk crashes. It reads lines on standard input: "show", "hide"; end of input closes it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QSocketNotifier, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from ui.base.styles import LIGHT


class CoverWindow(QWidget):
    """Frameless, full screen, above everything, in the kiosk's background colour, taking every click."""

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("KioskCover")
        self.setWindowTitle("Patientlæser")
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(LIGHT.background))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)

    def cover(self) -> None:
        from ui.kiosk import x11

        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        x11.hold(int(self.winId()))


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = CoverWindow()
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)

    def read() -> None:
        line = sys.stdin.readline()
        if not line:
            notifier.setEnabled(False)
            app.quit()
        elif line.strip() == "show":
            window.cover()
        elif line.strip() == "hide":
            window.hide()

    notifier.activated.connect(read)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
