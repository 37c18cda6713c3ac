"""Fitting a window, frame and title bar included, into the available area of its screen."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room for the window frame when the window system has not told us yet (before the first show).
FRAME_ALLOWANCE = QMargins(8, 38, 8, 8)


def fit_on_screen(window: QWidget, centre: bool = False) -> None:
    """Keep a window, frame and title bar included, inside the available area of the screen it is on (or the
    nearest one): smaller when it is too big, moved when it hangs over an edge; centre puts it in the middle."""
    frame = window.frameGeometry()
    inner = window.geometry()
    margins = QMargins(inner.left() - frame.left(), inner.top() - frame.top(),
                       frame.right() - inner.right(), frame.bottom() - inner.bottom())
    if margins.top() <= 0:  # not shown yet: the frame is unknown
        margins = FRAME_ALLOWANCE
    screen = QGuiApplication.screenAt(inner.center()) or window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    room = screen.availableGeometry().marginsRemoved(margins)
    size = inner.size().boundedTo(room.size()).expandedTo(window.minimumSize())
    top_left = room.center() - QPoint(size.width() // 2, size.height() // 2) if centre else inner.topLeft()
    x = max(room.left(), min(top_left.x(), room.right() + 1 - size.width()))
    y = max(room.top(), min(top_left.y(), room.bottom() + 1 - size.height()))
    if QRect(QPoint(x, y), size) != inner:
        window.setGeometry(QRect(QPoint(x, y), size))
