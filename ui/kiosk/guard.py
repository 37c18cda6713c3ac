"""The kiosk's guard: idle timer over all input, blocked keys, no context menus or drops, the staff corner."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QTouchEvent
from PySide6.QtWidgets import QApplication, QWidget

from ui.kiosk.style import CORNER

ACTIVITY = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove, QEvent.Type.KeyPress,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd, QEvent.Type.Wheel,
    QEvent.Type.TabletPress, QEvent.Type.TabletMove,
})
_BLOCKED = frozenset({QEvent.Type.ContextMenu, QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop})
_ESCAPE_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                     | Qt.KeyboardModifier.MetaModifier)
_MODIFIER_KEYS = frozenset({Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr})
STAFF_CHORD = (Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
               | Qt.KeyboardModifier.ShiftModifier)


def is_blocked_key(event: QKeyEvent) -> bool:
    """Keys a patient could use to leave or disturb the kiosk: Esc, F-keys, anything with Ctrl, Alt or Meta."""
    key = event.key()
    if key in _MODIFIER_KEYS:
        return False  # holding Ctrl or Alt alone does nothing; the combination is what is blocked
    if key in (Qt.Key.Key_Escape, Qt.Key.Key_Close, Qt.Key.Key_Launch0, Qt.Key.Key_Menu):
        return True
    if Qt.Key.Key_F1 <= key <= Qt.Key.Key_F35:
        return True
    return bool(event.modifiers() & _ESCAPE_MODIFIERS)


def is_staff_chord(event: QKeyEvent) -> bool:
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return event.key() == STAFF_CHORD[0] and modifiers == STAFF_CHORD[1]


class KioskGuard(QObject):
    """An application-wide event filter for the kiosk window.

    Signals:
        idle(): nobody touched, typed or moved the mouse for idle_ms.
        activity(): someone did (used to keep the session during the countdown).
        staff_requested(): the staff chord (Ctrl+Alt+Shift+P) or a 3 s hold on the top-left corner.
    """

    idle = Signal()
    activity = Signal()
    staff_requested = Signal()

    def __init__(self, window: QWidget, idle_ms: int, hold_ms: int = 3000, corner: int = CORNER) -> None:
        super().__init__(window)
        self._window = window
        self._corner = corner
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(idle_ms)
        self.idle_timer.timeout.connect(self.idle.emit)
        self.hold_timer = QTimer(self)
        self.hold_timer.setSingleShot(True)
        self.hold_timer.setInterval(hold_ms)
        self.hold_timer.timeout.connect(self.staff_requested.emit)
        self.blocked_keys = 0
        self._active = False

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._active:
            app.installEventFilter(self)
            self._active = True
        self.idle_timer.start()

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None and self._active:
            app.removeEventFilter(self)
        self._active = False
        self.idle_timer.stop()
        self.hold_timer.stop()

    def _in_corner(self, global_pos: QPoint) -> bool:
        top_left = self._window.mapToGlobal(QPoint(0, 0))
        return QRect(top_left.x(), top_left.y(), self._corner, self._corner).contains(global_pos)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        kind = event.type()
        if kind in ACTIVITY:
            self.idle_timer.start()
            self.activity.emit()
        if kind in _BLOCKED:
            event.ignore()
            return True
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.KeyRelease):
            assert isinstance(event, QKeyEvent)
            if is_staff_chord(event):
                if kind == QEvent.Type.KeyPress and not event.isAutoRepeat():
                    self.staff_requested.emit()
                return True
            if is_blocked_key(event):
                if kind == QEvent.Type.KeyPress:
                    self.blocked_keys += 1
                return True
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent) and isinstance(watched, QWidget):
            if (watched.window() is self._window and self._in_corner(event.globalPosition().toPoint())
                    and not self.hold_timer.isActive()):
                self.hold_timer.start()
        elif kind == QEvent.Type.TouchBegin and isinstance(event, QTouchEvent) and event.points():
            if self._in_corner(event.points()[0].globalPosition().toPoint()) and not self.hold_timer.isActive():
                self.hold_timer.start()
        elif kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
            self.hold_timer.stop()
        elif (kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent) and self.hold_timer.isActive()
              and not self._in_corner(event.globalPosition().toPoint())):
            self.hold_timer.stop()  # the finger slid away: not a hold
        return False
