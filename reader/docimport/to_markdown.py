"""The one writer from the import tree to Markdown the article renderer reads (tables, sane lists)."""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from urllib.parse import quote, urlsplit

from reader.docimport.model import Notes
from reader.docimport.tree import HEADINGS, Element, is_block, plain_text

IMAGE_FOLDER = "billeder"
LINK_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
_INDENT = "    "  # the article renderer nests list content at four spaces, not two
_BREAK = "\x01"  # a hard line break until the block is finished
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d+(?=[.)]))")
_NOTE_TARGET = re.compile(r"^#(?:footnote|endnote|comment)-(?!ref-)")
_NOTE_BACKLINK = re.compile(r"^#(?:footnote|endnote|comment)-ref-")

LOST_UNDERLINE = "Understregning er ikke taget med (Markdown har ingen understregning); teksten er bevaret."
LOST_STRIKE = "Gennemstregning er ikke taget med; den gennemstregede tekst står som almindelig tekst."
LOST_SUPERSCRIPT = "Hævet og sænket skrift er gjort til almindelig tekst."
LOST_MERGED_CELLS = "Sammenflettede celler i en tabel er delt op i enkelte celler."
LOST_NESTED_TABLE = "En tabel inde i en tabelcelle er gjort til almindelig tekst."
LOST_LOCAL_LINK = "Links til andre filer eller steder i dokumentet er gjort til almindelig tekst."
LOST_IMAGE = "Et billede, der ikke ligger inde i dokumentet, er ikke taget med."


def escape(text: str) -> str:
    """Text that Markdown shows as written: "5 * 3 [x]" ⇒ "5 \\* 3 \\[x\\]"."""
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    text = _ENTITY.sub("&amp;", text)
    return _TAG_START.sub("&lt;", text)


def _escape_line_start(line: str) -> str:
    """A line that would otherwise start a heading, quote, list or rule: "- x" ⇒ "\\- x", "1. maj" ⇒ "1\\. maj"."""
    match = _LINE_START.match(line)
    if not match:
        return line
    lead, mark = match.groups()
    if mark.isdigit():
        return f"{lead}{mark}\\{line[match.end():]}"
    if mark in "+-=" and not re.match(r"[+\-=]+(\s|$)", line[match.end(1):]):
        return line  # "-3 grader" is no list
    return f"{lead}\\{line[match.end(1):]}"


def _wrap(inner: str, mark: str) -> str:
    """**inner** with the whitespace moved outside the marks: " fed " ⇒ " **fed** "."""
    stripped = inner.strip(" ")
    if not stripped or stripped == _BREAK:
        return inner
    lead = inner[: len(inner) - len(inner.lstrip(" "))]
    trail = inner[len(inner.rstrip(" ")):]
    return f"{lead}{mark}{stripped}{mark}{trail}"


def _link_target(href: str) -> str:
    """A URL safe between ( and ): spaces and parentheses percent-encoded."""
    return quote(href, safe="/:?#[]@!$&'*+,;=%~-._")


class MarkdownWriter:
    """Writes one tree as Markdown; what it cannot carry over goes into `notes`."""

    def __init__(self, notes: Notes, images: Container[str] = ()) -> None:
        self.notes = notes
        self._images = images
        self._in_cell = 0

    # blocks

    def document(self, root: Element) -> str:
        """The Markdown of a whole tree, blocks separated by blank lines, ending in one newline."""
        blocks = self.blocks(root.children)
        text = "\n\n".join(blocks).strip("\n")
        return text + "\n" if text else ""

    def blocks(self, children: Sequence[Element | str]) -> list[str]:
        out: list[str] = []
        run: list[Element | str] = []
        for child in children:
            if is_block(child):
                self._paragraph(run, out)
                run = []
                assert isinstance(child, Element)
                out.extend(self.block(child))
            else:
                run.append(child)
        self._paragraph(run, out)
        return out

    def _paragraph(self, run: Sequence[Element | str], out: list[str]) -> None:
        text = self.inline(run)
        if text.strip(" " + _BREAK):
            out.append(self._finish(text))

    def _finish(self, text: str) -> str:
        """A paragraph's text: spaces collapsed, hard breaks as two spaces and a newline, line starts escaped."""
        lines = [re.sub(r" {2,}", " ", line).strip() for line in text.split(_BREAK)]
        lines = [line for line in lines if line]
        return "  \n".join(_escape_line_start(line) for line in lines)

    def block(self, element: Element) -> list[str]:
        tag = element.tag
        if tag in HEADINGS:
            text = " ".join(self.inline(element.children).replace(_BREAK, " ").split())
            return [f"{'#' * int(tag[1])} {text}"] if text else []
        if tag in ("ul", "ol"):
            listed = self._list(element)
            return [listed] if listed else []
        if tag == "table":
            return self._table(element)
        if tag == "blockquote":
            inner = "\n\n".join(self.blocks(element.children))
            return ["\n".join(f"> {line}".rstrip() for line in inner.split("\n"))] if inner else []
        if tag == "pre":
            code = plain_code(element)
            if not code.strip():
                return []
            fence = "```" if "```" not in code else "~~~~"
            return [f"{fence}\n{code.strip(chr(10))}\n{fence}"]
        if tag == "hr":
            return ["* * *"]
        if tag in ("tr", "td", "th", "thead", "tbody", "tfoot") and not self._in_cell:
            return self._table(Element("table", {}, [element]))
        return self.blocks(element.children)  # div, section, li outside a list, figure …

    def _list(self, element: Element) -> str:
        ordered = element.tag == "ol"
        try:
            number = int(element.attrs.get("start", "1"))
        except ValueError:
            number = 1
        items: list[list[str]] = []
        loose = False
        for child in element.children:
            if isinstance(child, str):
                if child.strip():
                    items.append([self._finish(self.inline([child]))])
                continue
            content = child.children if child.tag == "li" else [child]
            blocks = self.blocks(content)
            if blocks:
                items.append(blocks)
                loose = loose or sum(1 for block in blocks if not _is_list(block)) > 1
        lines: list[str] = []
        for blocks in items:
            marker = f"{number}. " if ordered else "- "
            number += 1
            item_lines: list[str] = []
            for index, block in enumerate(blocks):
                if index and not _is_list(block):
                    item_lines.append("")
                for line_number, line in enumerate(block.split("\n")):
                    if index == 0 and line_number == 0:
                        item_lines.append(marker + line)
                    else:
                        item_lines.append(_INDENT + line if line else "")
            lines.append("\n".join(item_lines))
        return ("\n\n" if loose else "\n").join(lines)

    def _table(self, table: Element) -> list[str]:
        if self._in_cell:
            self.notes.add(LOST_NESTED_TABLE)
            return [" ".join(plain_text(table).split())]
        rows: list[Element] = []
        for child in table.children:
            if not isinstance(child, Element):
                continue
            if child.tag == "tr":
                rows.append(child)
            elif child.tag in ("thead", "tbody", "tfoot"):
                rows.extend(row for row in child.children if isinstance(row, Element) and row.tag == "tr")
        grid = self._grid(rows)
        if not grid:
            return []
        width = max(len(row) for row in grid)
        grid = [row + [""] * (width - len(row)) for row in grid]
        lines = ["| " + " | ".join(grid[0]) + " |", "|" + "|".join(" --- " for _ in range(width)) + "|"]
        lines += ["| " + " | ".join(row) + " |" for row in grid[1:]]
        return ["\n".join(line.replace("|  |", "| |") for line in lines)]

    def _grid(self, rows: Sequence[Element]) -> list[list[str]]:
        grid: list[list[str]] = []
        spans: dict[int, tuple[int, int]] = {}  # column ⇒ (rows still covered, columns wide)
        for row in rows:
            cells: list[str] = []
            column = 0
            queue = [cell for cell in row.children if isinstance(cell, Element) and cell.tag in ("td", "th")]
            while queue or any(col >= column for col in spans):
                if column in spans:
                    left, wide = spans[column]
                    cells.extend([""] * wide)
                    if left <= 1:
                        del spans[column]
                    else:
                        spans[column] = (left - 1, wide)
                    column += wide
                    continue
                if not queue:
                    break
                cell = queue.pop(0)
                colspan = _span(cell.attrs.get("colspan"))
                rowspan = _span(cell.attrs.get("rowspan"))
                if colspan > 1 or rowspan > 1:
                    self.notes.add(LOST_MERGED_CELLS)
                cells.append(self._cell(cell))
                cells.extend([""] * (colspan - 1))
                if rowspan > 1:
                    spans[column] = (rowspan - 1, colspan)
                column += colspan
            if cells:
                grid.append(cells)
        return grid

    def _cell(self, cell: Element) -> str:
        self._in_cell += 1
        try:
            blocks = self.blocks(cell.children)
        finally:
            self._in_cell -= 1
        text = " ".join(" ".join(blocks).replace("  \n", " ").split())
        return re.sub(r"(?<!\\)\|", r"\\|", text)

    # inline

    def inline(self, nodes: Sequence[Element | str]) -> str:
        return "".join(self._inline(node) for node in nodes)

    def _inline(self, node: Element | str) -> str:
        if isinstance(node, str):
            return escape(re.sub(r"\s+", " ", node))
        tag = node.tag
        if is_block(node):  # a block inside inline content (a list in a table cell): read as text
            return " " + " ".join(self.blocks([node])).replace("\n", " ") + " "
        if tag == "br":
            return " " if self._in_cell else _BREAK
        if tag == "img":
            return self._image(node)
        inner = self.inline(node.children)
        if tag in ("strong", "b"):
            return _wrap(inner, "**").replace("****", "")
        if tag in ("em", "i", "cite", "dfn"):
            return _wrap(inner, "*")
        if tag == "code":
            code = plain_text(node)
            return f"`{code}`" if "`" not in code else f"`` {code} ``"
        if tag in ("u", "ins"):
            if inner.strip():
                self.notes.add(LOST_UNDERLINE)
            return inner
        if tag in ("s", "del", "strike"):
            if inner.strip():
                self.notes.add(LOST_STRIKE)
            return inner
        if tag in ("sup", "sub"):
            if inner.strip() and not _is_note_reference(node):
                self.notes.add(LOST_SUPERSCRIPT)
            return inner
        if tag == "a":
            return self._link(node, inner)
        return inner  # span, font, small, mark …

    def _link(self, node: Element, inner: str) -> str:
        href = node.attrs.get("href", "").strip()
        if _NOTE_BACKLINK.match(href):
            return ""  # the "↑" back to the text: nothing to click in an article
        if not href or _NOTE_TARGET.match(href):
            return inner
        parts = urlsplit(href)
        scheme = parts.scheme.lower()
        if scheme in LINK_SCHEMES or (not scheme and not parts.netloc and parts.path.lower().endswith(".md")):
            text = inner.strip() or escape(href)
            return f"[{text}]({_link_target(href)})"
        if inner.strip():
            self.notes.add(LOST_LOCAL_LINK)
        return inner

    def _image(self, node: Element) -> str:
        src = node.attrs.get("src", "")
        alt = " ".join(node.attrs.get("alt", "").split())
        prefix = IMAGE_FOLDER + "/"
        if src.startswith(prefix) and src[len(prefix):] in self._images:
            return f"![{escape(alt)}]({_link_target(src)})"
        if src:  # an empty src is an image its reader already left out with its own note
            self.notes.add(LOST_IMAGE)
        return ""


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or "1"), 50))
    except ValueError:
        return 1


def _is_list(block: str) -> bool:
    return bool(re.match(r"(?:- |\d+\. )", block))


def _is_note_reference(node: Element) -> bool:
    links = [child for child in node.children if isinstance(child, Element) and child.tag == "a"]
    return any(_NOTE_TARGET.match(link.attrs.get("href", "")) for link in links)


def plain_code(element: Element) -> str:
    """The text of a <pre>, whitespace kept."""
    parts: list[str] = []
    stack: list[Element | str] = [element]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            parts.append(node)
        else:
            if node.tag == "br":
                parts.append("\n")
            stack.extend(reversed(node.children))
    return "".join(parts)


def take_title(root: Element) -> str | None:
    """The text of the document's first heading; removed from the tree when nothing but it comes before.

    <h1>Knæ</h1><p>…</p> ⇒ "Knæ", and the heading leaves the body
    <p>Intro</p><h2>Knæ</h2> ⇒ "Knæ", the heading stays
    """
    first_content = _first_content(root)
    for element in root.iter():
        if element.tag in HEADINGS:
            title = plain_text(element)
            if not title:
                continue
            if element is first_content:
                _remove(root, element)
            return title[:300]
    return None


_CONTAINERS = frozenset({"div", "section", "article", "main", "body", "html", "header"})


def _first_content(element: Element) -> Element | str | None:
    """The first text or block (looking inside containers) that holds text or an image."""
    for child in element.children:
        if isinstance(child, str):
            if child.strip():
                return child
        elif child.tag in _CONTAINERS:
            found = _first_content(child)
            if found is not None:
                return found
        elif plain_text(child) or any(inner.tag == "img" for inner in child.iter()):
            return child
    return None


def _remove(root: Element, target: Element) -> None:
    for element in root.iter():
        if target in element.children:
            element.children = [child for child in element.children if child is not target]
            return
