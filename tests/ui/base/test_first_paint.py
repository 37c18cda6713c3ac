"""after_first_paint (ui/base/first_paint.py): the work runs once, after the window's first paint, or at the latest."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ui.base import first_paint


class _Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_the_work_runs_once_after_the_first_paint(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    paints = _Paints()
    window.installEventFilter(paints)
    seen: list[int] = []
    first_paint.after_first_paint(window, lambda: seen.append(paints.count))
    assert seen == []
    window.show()
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    assert seen[0] >= 1  # the window had painted
    window.update()
    window.repaint()
    qtbot.wait(first_paint.LATEST_MS + 100)
    assert len(seen) == 1


def test_a_window_never_drawn_gets_it_at_the_latest(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    seen: list[bool] = []
    first_paint.after_first_paint(window, lambda: seen.append(True))
    qtbot.waitUntil(lambda: bool(seen), timeout=first_paint.LATEST_MS + 1000)
    assert seen == [True]
