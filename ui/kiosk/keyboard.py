"""A Danish on-screen keyboard (æ, ø, å, space, backspace, close) that types into the focused field."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QGridLayout, QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

ROWS: tuple[str, ...] = ("1234567890", "qwertyuiopå", "asdfghjklæø", "zxcvbnm-")

_SPECIAL_KEYS = {"æ": Qt.Key.Key_AE, "ø": Qt.Key.Key_Ooblique, "å": Qt.Key.Key_Aring, "-": Qt.Key.Key_Minus,
                 " ": Qt.Key.Key_Space}


def key_for(char: str) -> Qt.Key:
    """The Qt key code a physical Danish keyboard would send for this character."""
    if char in _SPECIAL_KEYS:
        return _SPECIAL_KEYS[char]
    if char.isdigit() or (char.isascii() and char.isalpha()):
        return Qt.Key(ord(char.upper()))
    return Qt.Key.Key_unknown


class OnscreenKeyboard(QWidget):
    """Big keys in four rows plus space, backspace and close; never takes the focus from the field.

    Signals:
        close_requested(): the close key was pressed (the owner hides the keyboard).
    """

    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OnscreenKeyboard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Skærmtastatur"))
        self._target: QWidget | None = None
        self.keys: dict[str, QPushButton] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 12, 24, 16)
        outer.setSpacing(8)
        for row in ROWS:
            line = QHBoxLayout()
            line.setSpacing(8)
            line.addStretch(1)
            if row == ROWS[-1]:
                self.shift = self._key("⇧", self.tr("Store bogstaver"), self._on_shift, wide=True)
                self.shift.setCheckable(True)
                line.addWidget(self.shift)
            for char in row:
                line.addWidget(self._key(char, char, lambda _=False, c=char: self._press(c)))
            if row == ROWS[-1]:
                self.backspace = self._key("⌫", self.tr("Slet"), self.backspace_pressed, wide=True)
                self.backspace.setText("⌫  " + self.tr("Slet"))
                line.addWidget(self.backspace)
            line.addStretch(1)
            outer.addLayout(line)
        bottom = QGridLayout()
        bottom.setHorizontalSpacing(8)
        self.space = self._key(self.tr("mellemrum"), self.tr("Mellemrum"), lambda _=False: self.type_text(" "), wide=True)
        self.close_key = self._key(self.tr("Skjul tastatur"), self.tr("Skjul tastaturet"), self.close_requested.emit, wide=True)
        bottom.setColumnStretch(0, 1)
        bottom.addWidget(self.space, 0, 1)
        bottom.addWidget(self.close_key, 0, 2)
        bottom.setColumnStretch(3, 1)
        self.space.setObjectName("KeySpace")
        outer.addLayout(bottom)

    def _key(self, label: str, name: str, slot: object, wide: bool = False) -> QPushButton:
        button = QPushButton(label, self)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAccessibleName(name)
        button.setAutoRepeat(label == "⌫")
        if wide:
            button.setObjectName("KeyWide")
        else:
            self.keys[label] = button
        button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        button.clicked.connect(slot)
        return button

    def _on_shift(self) -> None:
        for char, button in self.keys.items():
            button.setText(char.upper() if self.shift.isChecked() else char)

    def _press(self, char: str) -> None:
        """A letter key: upper case once after ⇧, then back to lower case."""
        if self.shift.isChecked():
            self.shift.setChecked(False)
            self._on_shift()
            char = char.upper()
        self.type_text(char)

    def set_target(self, widget: QWidget | None) -> None:
        """The field to type into (default: whatever has the focus)."""
        self._target = widget

    def target(self) -> QWidget | None:
        return self._target if self._target is not None else QApplication.focusWidget()

    def _send(self, key: Qt.Key, text: str) -> None:
        target = self.target()
        if target is None:
            return
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))

    def type_text(self, text: str) -> None:
        """Type each character as a key press into the target field."""
        for char in text:
            self._send(key_for(char.lower()), char)

    def reset(self) -> None:
        """Lower case again (the next patient starts fresh)."""
        self.shift.setChecked(False)
        self._on_shift()

    def backspace_pressed(self) -> None:
        self._send(Qt.Key.Key_Backspace, "")
