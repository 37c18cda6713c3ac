"""Plain text files (.txt) as paragraphs split by blank lines, the first line a title when it is short."""

from __future__ import annotations

import re

from reader.articles import decode
from reader.docimport.model import DocumentError, Notes
from reader.docimport.tree import Element

MAX_TITLE_CHARS = 80
_BULLET = re.compile(r"^\s*(?:[-*•–]|\d{1,3}[.)])\s+")


def read_text(data: bytes) -> tuple[Element, str | None, Notes]:
    """The text as the import tree and its title (the first line, when short and followed by more text).

    "Knæ\\n\\nOndt i knæet.\\nDet går over." ⇒ title "Knæ", one paragraph "Ondt i knæet. Det går over."
    "- is\\n- ro" ⇒ a bulleted list
    """
    text, message, _level = decode(data)
    if text is None:
        raise DocumentError(message or "Filen er ikke tekst.")
    notes = Notes()
    if message:
        notes.add(message + " Tjek æ, ø og å i artiklen.")
    blocks = [block.strip("\n") for block in re.split(r"\n[ \t]*\n", text.replace("\ufeff", "")) if block.strip()]
    title: str | None = None
    if blocks:
        first_line, _, rest = blocks[0].partition("\n")
        if len(first_line.strip()) <= MAX_TITLE_CHARS and (rest.strip() or len(blocks) > 1):
            title = " ".join(first_line.split())
            blocks[0] = rest
    root = Element("body")
    for block in blocks:
        lines = [line for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        if all(_BULLET.match(line) for line in lines):
            ordered = all(re.match(r"^\s*\d", line) for line in lines)
            root.append(Element("ol" if ordered else "ul", {}, [
                Element("li", {}, [_BULLET.sub("", line).strip()]) for line in lines]))
        else:
            root.append(Element("p", {}, [" ".join(" ".join(lines).split())]))
    return root, title, notes
