"""The editor's preview pane: the article page's renderer and stylesheet, local images of the article's folder only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import QTextBrowser, QWidget

from ui.base.styles import Colours, article_css

_IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".bmp"}


class Preview(QTextBrowser):
    """The preview page: the article page's stylesheet, local images of the article's folder only, no links."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.base_dir: Path | None = None
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def set_page(self, html: str, colours: Colours) -> None:
        bar = self.verticalScrollBar()
        scroll = bar.value()
        self.document().setDefaultStyleSheet(article_css(100, colours))
        font = QFont(self.font())
        self.document().setDefaultFont(font)
        self.setHtml(html)
        root = self.document().rootFrame()
        frame = root.frameFormat()
        for side in (frame.setLeftMargin, frame.setRightMargin, frame.setTopMargin):
            side(16)
        frame.setBottomMargin(32)
        root.setFrameFormat(frame)
        bar.setValue(scroll)

    def loadResource(self, kind: int, url: QUrl | str) -> object:  # noqa: N802 - Qt's API
        url = QUrl(url) if isinstance(url, str) else url
        if kind != 2 or url.scheme() not in ("", "file") or self.base_dir is None:  # 2 == ImageResource
            return None
        path = Path(url.toLocalFile() or url.path())
        try:
            if path.suffix.lower() not in _IMAGE_SUFFIXES or not path.resolve().is_relative_to(self.base_dir.resolve()):
                return None
        except OSError:
            return None
        image = QImage(str(path))
        if image.isNull():
            return None
        limit = max(200, self.viewport().width() - 60)
        return image.scaledToWidth(limit, Qt.TransformationMode.SmoothTransformation) if image.width() > limit else image
