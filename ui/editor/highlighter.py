"""Markdown highlighting for the editor: headings, list marks, emphasis, links, images and table rows."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from ui.base.styles import LIGHT, Colours

_HEADING = re.compile(r"^\s{0,3}#{1,6}(?:\s.*|$)")
_LIST = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s")
_TABLE = re.compile(r"^\s*\|.*\|\s*$")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![*_\w])([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![*_\w])")
_LINK = re.compile(r"!?\[[^\]\n]*\]\([^)\n]*\)")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_IN_FENCE = 1


class MarkdownHighlighter(QSyntaxHighlighter):
    """Colours the Markdown source as it is typed; set_colours follows the theme."""

    def __init__(self, document: QTextDocument, colours: Colours = LIGHT) -> None:
        super().__init__(document)
        self._formats: dict[str, QTextCharFormat] = {}
        self.set_colours(colours)

    def set_colours(self, colours: Colours) -> None:
        """The formats for a theme (the article page's colours), then highlight everything again."""
        heading = QTextCharFormat()
        heading.setForeground(QColor(colours.accent))
        heading.setFontWeight(QFont.Weight.Bold)
        mark = QTextCharFormat()
        mark.setForeground(QColor(colours.callout_border))
        mark.setFontWeight(QFont.Weight.Bold)
        strong = QTextCharFormat()
        strong.setFontWeight(QFont.Weight.Bold)
        emphasis = QTextCharFormat()
        emphasis.setFontItalic(True)
        link = QTextCharFormat()
        link.setForeground(QColor(colours.link))
        link.setFontUnderline(True)
        table = QTextCharFormat()
        table.setBackground(QColor(colours.table_stripe))
        code = QTextCharFormat()
        code.setForeground(QColor(colours.muted))
        self._formats = {"heading": heading, "mark": mark, "strong": strong, "emphasis": emphasis, "link": link,
                         "table": table, "code": code}
        self.rehighlight()

    def format_named(self, name: str) -> QTextCharFormat:
        """One of the formats (for tests and the legend): heading, mark, strong, emphasis, link, table, code."""
        return self._formats[name]

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt's API
        fenced = self.previousBlockState() == _IN_FENCE
        if _FENCE.match(text):
            self.setFormat(0, len(text), self._formats["code"])
            self.setCurrentBlockState(0 if fenced else _IN_FENCE)
            return
        self.setCurrentBlockState(_IN_FENCE if fenced else 0)
        if fenced:
            self.setFormat(0, len(text), self._formats["code"])
            return
        if _HEADING.match(text):
            self.setFormat(0, len(text), self._formats["heading"])
            return
        if _TABLE.match(text):
            self.setFormat(0, len(text), self._formats["table"])
        item = _LIST.match(text)
        if item:
            self.setFormat(0, item.end(), self._formats["mark"])
        for pattern, name in ((_STRONG, "strong"), (_EMPHASIS, "emphasis"), (_LINK, "link")):
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), self._formats[name])
