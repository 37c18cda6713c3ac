"""Where the headings of the shown article are, which one is being read, and stepping between them."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextDocument, QTextFrameFormat
from PySide6.QtWidgets import QTextEdit

from reader.render import Rendered, Section

# Jumping leaves this much room above a heading, so it does not stick to the edge of the view.
HEADING_GAP = 12
# A heading counts as "being read" once it is within this many pixels of the top of the view.
TOP_SLACK = HEADING_GAP + 8


def anchor_tops(document: QTextDocument) -> dict[str, float]:
    """The y position (document pixels) of every named anchor in the laid-out document."""
    layout = document.documentLayout()
    tops: dict[str, float] = {}
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            for name in fragments.fragment().charFormat().anchorNames():
                # A heading inside a callout box: the box's top, so its border and label show too.
                table = QTextCursor(block).currentTable()
                top = layout.frameBoundingRect(table).top() if table is not None else layout.blockBoundingRect(block).top()
                tops.setdefault(name, top)
            fragments += 1
        block = block.next()
    return tops


def main_sections(rendered: Rendered | None) -> list[Section]:
    """The `##` sections of an article, in order (the steps of consultation mode)."""
    return [s for s in rendered.sections if s.level == 2] if rendered else []


def current_index(view: QTextEdit, anchors: list[str]) -> int:
    """Index of the section being read (its heading at or above the top of the view), -1 above the first."""
    tops = anchor_tops(view.document())
    scroll = view.verticalScrollBar().value()
    index = -1
    for i, anchor in enumerate(anchors):
        top = tops.get(anchor)
        if top is not None and top <= scroll + TOP_SLACK:
            index = i
    return index


def scroll_to(view: QTextEdit, anchor: str) -> None:
    """Put a heading at the top of the view ("" is the top of the article)."""
    if not anchor:
        view.verticalScrollBar().setValue(0)
        return
    top = anchor_tops(view.document()).get(anchor)
    if top is None:
        view.scrollToAnchor(anchor)
    else:
        view.verticalScrollBar().setValue(max(0, int(top) - HEADING_GAP))


def pad_bottom(view: QTextEdit) -> None:
    """Room below the article so that even the last section can be scrolled to the top of the view."""
    root = view.document().rootFrame()
    frame: QTextFrameFormat = root.frameFormat()
    wanted = max(48, view.viewport().height() - 48)
    if frame.bottomMargin() != wanted:
        frame.setBottomMargin(wanted)
        root.setFrameFormat(frame)
