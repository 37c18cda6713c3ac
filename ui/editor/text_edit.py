"""The editor's Markdown text field: plain text, lists that continue on Enter, and image files dropped or pasted in
become image links."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit

from reader.article_images import IMAGE_SUFFIXES
from ui.editor.markup import continue_item


def _image_files(source: QMimeData) -> list[Path]:
    if not source.hasUrls():
        return []
    files = [Path(url.toLocalFile()) for url in source.urls() if url.isLocalFile()]
    return [path for path in files if path.suffix.lower() in IMAGE_SUFFIXES]


class MarkdownEdit(QPlainTextEdit):
    """A QPlainTextEdit that continues a list or quote on Enter (markup.continue_item) and hands dropped or pasted
    image files to the editor instead of their path as text.

    Signals:
        image_dropped(path): an image file to copy into the clinic folder and link at the cursor.
    """

    image_dropped = Signal(object)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 - Qt's API
        return bool(_image_files(source)) or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt's API
        images = _image_files(source)
        if not images:
            super().insertFromMimeData(source)
            return
        for path in images:
            self.image_dropped.emit(path)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's API
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.NoModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            cursor = self.textCursor()
            if continue_item(cursor):
                self.setTextCursor(cursor)
                self.ensureCursorVisible()
                return
        super().keyPressEvent(event)
