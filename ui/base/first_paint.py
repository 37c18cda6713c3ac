"""Run work once a window has first painted: what the first paint does not need waits for it, never longer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

LATEST_MS = 500  # a window that is never drawn (hidden, or a platform that paints nothing) still gets it this late


class _AfterFirstPaint(QObject):
    def __init__(self, window: QWidget, work: Callable[[], object]) -> None:
        super().__init__(window)
        self._work: Callable[[], object] | None = work
        window.installEventFilter(self)
        QTimer.singleShot(LATEST_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if event.type() == QEvent.Type.Paint and self._work is not None:
            QTimer.singleShot(0, self, self._run)  # after this paint has reached the screen
        return False

    def _run(self) -> None:
        work, self._work = self._work, None
        if work is not None:
            parent = self.parent()
            if isinstance(parent, QWidget):
                parent.removeEventFilter(self)
            work()


def after_first_paint(window: QWidget, work: Callable[[], object]) -> None:
    """Call work once, on the GUI thread, right after window's first paint (at the latest LATEST_MS from now)."""
    _AfterFirstPaint(window, work)
