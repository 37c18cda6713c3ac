"""Where the headings of the shown article are, which one is being read, and stepping between them."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextDocument, QTextFrameFormat
from PySide6.QtWidgets import QTextEdit

from reader.rendered import Rendered, Section

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
                # A heading inside a callout box: the box's top, so its border and label show too. The frame's
                # rectangle starts below the border Qt draws (by up to the table's top margin): count that in.
                table = QTextCursor(block).currentTable()
                if table is not None:
                    top = layout.frameBoundingRect(table).top() - table.format().topMargin()
                else:
                    top = layout.blockBoundingRect(block).top()
                tops.setdefault(name, top)
            fragments += 1
        block = block.next()
    return tops


def position_top(document: QTextDocument, position: int) -> float:
    """The y (document pixels) of the line holding a document position."""
    block = document.findBlock(position)
    if not block.isValid():
        return 0.0
    top = document.documentLayout().blockBoundingRect(block).top()
    layout = block.layout()
    line = layout.lineForTextPosition(position - block.position()) if layout is not None else None
    return top + (line.y() if line is not None and line.isValid() else 0.0)


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
    """Put a heading at the top of the view ("" is the top of the article), with room below the article added
    when a section near the end could not otherwise get there."""
    if not anchor:
        view.verticalScrollBar().setValue(0)
        return
    top = anchor_tops(view.document()).get(anchor)
    if top is None:
        view.scrollToAnchor(anchor)
    else:
        scroll_to_y(view, max(0, int(top) - HEADING_GAP))


def scroll_to_y(view: QTextEdit, value: int) -> None:
    """Scroll to a document y, first making room below the article if the page cannot scroll that far."""
    bar = view.verticalScrollBar()
    if value > bar.maximum():
        root = view.document().rootFrame()
        frame: QTextFrameFormat = root.frameFormat()
        frame.setBottomMargin(frame.bottomMargin() + value - bar.maximum())
        root.setFrameFormat(frame)
    bar.setValue(value)


def pad_bottom(view: QTextEdit) -> None:
    """Room below the article so that even the last section can be scrolled to the top of the view."""
    root = view.document().rootFrame()
    frame: QTextFrameFormat = root.frameFormat()
    wanted = max(48, view.viewport().height() - 48)
    if frame.bottomMargin() != wanted:
        frame.setBottomMargin(wanted)
        root.setFrameFormat(frame)
