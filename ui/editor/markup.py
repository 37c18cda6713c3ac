"""The editor toolbar's Markdown: what each button puts into the text at the cursor or around the selection.

The text it inserts is article content, so it is Danish in either interface language (the red-flag heading must
stay Danish for the article view to draw it as a callout).
"""

from __future__ import annotations

import re

from PySide6.QtGui import QTextCursor

_LINE_MARK = re.compile(r"^(\s*)(?:#{1,6}\s+|[-*+]\s+|\d{1,9}[.)]\s+)")


# A list item's or quote's mark at the start of a line: indent, the mark ("-", "3.", ">"), the space after it.
_ITEM_MARK = re.compile(r"^(\s*)([-*+]|\d{1,9}[.)]|>)([ \t]+)")


def next_item_mark(line: str) -> tuple[str, bool] | None:
    """The mark the line after this list item or quote begins with, and whether the item is empty; None for
    other lines: "- Varm op" ⇒ ("- ", False);  "  9. Stræk ud" ⇒ ("  10. ", False);  "> " ⇒ ("> ", True)."""
    match = _ITEM_MARK.match(line)
    if match is None:
        return None
    indent, mark, space = match.groups()
    if mark[0].isdigit():
        mark = f"{int(mark[:-1]) + 1}{mark[-1]}"
    return indent + mark + space, not line[match.end():].strip()


def continue_item(cursor: QTextCursor) -> bool:
    """Enter in a list item or a quote, as in a word processor; one undo step. False when it is no such line
    (or the cursor is in the mark itself), and the caller inserts an ordinary line break.

    At the end of "- Varm op" ⇒ a new line "- ";  "1. Varm op" ⇒ "2. ";  in the middle, the rest of the
    line becomes the next item. On an empty item ("- ") the mark is removed and the list ends with a blank
    line, so what follows is a paragraph of its own.
    """
    if cursor.hasSelection():
        return False
    block = cursor.block()
    line = block.text()
    found = next_item_mark(line)
    match = _ITEM_MARK.match(line)
    if found is None or match is None or cursor.positionInBlock() < match.end():
        return False
    mark, empty = found
    cursor.beginEditBlock()
    if empty:
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText("\n" if block.previous().isValid() and block.previous().text().strip() else "")
    else:
        rest = line[cursor.positionInBlock():]
        cursor.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor,
                            len(rest) - len(rest.lstrip()))  # the next item's text starts right after its mark
        cursor.insertText("\n" + mark)
    cursor.endEditBlock()
    return True


def _selected_lines(cursor: QTextCursor) -> tuple[int, int]:
    document = cursor.document()
    first = document.findBlock(cursor.selectionStart()).blockNumber()
    last = document.findBlock(cursor.selectionEnd()).blockNumber()
    return first, last


def prefix_lines(cursor: QTextCursor, kind: str) -> None:
    """Make the lines of the selection (or the cursor's line) a heading ("heading"), bullets ("bullet") or a
    numbered list ("number"), replacing any such mark they had; one undo step.

    "Ondt i ryggen" + heading ⇒ "## Ondt i ryggen";  "a\\nb" + number ⇒ "1. a\\n2. b"
    """
    document = cursor.document()
    first, last = _selected_lines(cursor)
    cursor.beginEditBlock()
    for number, index in enumerate(range(first, last + 1), start=1):
        block = document.findBlockByNumber(index)
        text = block.text()
        match = _LINE_MARK.match(text)
        indent, rest = (match.group(1), text[match.end():]) if match else ("", text.lstrip())
        mark = {"heading": "## ", "bullet": "- ", "number": f"{number}. "}[kind]
        line = cursor.__class__(block)
        line.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        line.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        line.insertText(("" if kind == "heading" else indent) + mark + rest)
    cursor.endEditBlock()


def wrap(cursor: QTextCursor, mark: str, placeholder: str) -> None:
    """Put `mark` on both sides of the selection, or insert mark+placeholder+mark with the placeholder selected."""
    text = cursor.selectedText() or placeholder
    start = cursor.selectionStart()
    cursor.insertText(f"{mark}{text}{mark}")
    cursor.setPosition(start + len(mark))
    cursor.setPosition(start + len(mark) + len(text), QTextCursor.MoveMode.KeepAnchor)


def insert_block(cursor: QTextCursor, block: str) -> None:
    """Insert a block of Markdown on lines of its own, after the cursor's line, with a blank line before and after.

    Cursor anywhere in "## Øvelse" + "| a |" ⇒ "## Øvelse\n\n| a |\n\n"
    """
    cursor.beginEditBlock()
    if cursor.block().text().strip():
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        before = "\n\n"
    else:
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        previous = cursor.block().previous()
        before = "\n" if previous.isValid() and previous.text().strip() else ""
    cursor.insertText(before + block.rstrip("\n") + "\n\n")
    cursor.endEditBlock()


def table_markdown(columns: int = 3, rows: int = 2) -> str:
    """An empty table with a header row: "| Kolonne 1 | Kolonne 2 |\\n| --- | --- |\\n|  |  |"."""
    header = "| " + " | ".join("Kolonne %1".replace("%1", str(n)) for n in range(1, columns + 1)) + " |"
    rule = "|" + " --- |" * columns
    body = ["|" + "  |" * columns for _ in range(rows)]
    return "\n".join([header, rule, *body])


def red_flag_markdown() -> str:
    """The "when to see a doctor" section in the article format: a `##` heading the renderer makes a callout."""
    return "\n".join([
        "## " + "Hvornår skal du søge læge?",
        "",
        "Kontakt din læge eller lægevagten, hvis du får:",
        "",
        "- " + "pludselig svaghed i benet eller foden",
        "- " + "feber sammen med smerterne",
        "- " + "smerter, der bliver ved med at blive værre",
    ])


def link_markdown(title: str, target: str) -> str:
    """A Markdown link, with ] and ) in the text escaped: ("Knæ [2]", "knae.md") ⇒ "[Knæ \\[2\\]](knae.md)"."""
    text = title.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
    return f"[{text}]({target})"


def image_markdown(alt: str, link: str) -> str:
    """An image on its own: "![Øvelse](billeder/oevelse.png)"."""
    return "!" + link_markdown(alt, link.replace(" ", "%20"))
