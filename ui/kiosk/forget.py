"""What the kiosk forgets at the idle reset: a field's text with its undo history, and the selections it owns."""

from __future__ import annotations

from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QLineEdit


def forget_field(field: QLineEdit) -> None:
    """Empty the field so that neither Undo nor Redo can bring its text back, and select nothing.

    QLineEdit.clear() is itself an undoable edit (the Undo key restores the text); setText() starts a
    fresh history, so the text goes through setText("") and the history is checked empty afterwards.
    """
    field.deselect()
    field.setText("")
    if field.isUndoAvailable() or field.isRedoAvailable():  # not expected with Qt 6, but never keep it
        field.setText(" ")
        field.setText("")
    field.setModified(False)


def forget_selections() -> None:
    """Clear every clipboard buffer this program owns: the X selection (middle click), the clipboard, find."""
    app = QGuiApplication.instance()
    if app is None:
        return
    clipboard = QGuiApplication.clipboard()
    owned = ((QClipboard.Mode.Selection, clipboard.ownsSelection()),
             (QClipboard.Mode.Clipboard, clipboard.ownsClipboard()),
             (QClipboard.Mode.FindBuffer, clipboard.ownsFindBuffer()))
    for mode, ours in owned:
        if ours:
            clipboard.clear(mode)
