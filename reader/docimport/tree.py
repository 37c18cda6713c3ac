"""The small HTML-like tree every importer builds and the one Markdown writer reads."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

BLOCK_TAGS = frozenset({
    "h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
    "blockquote", "pre", "hr", "div", "section", "article", "main", "header", "footer", "aside", "nav", "body",
    "html", "figure", "figcaption", "dl", "dt", "dd", "address", "details", "summary", "caption",
})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


@dataclass
class Element:
    """One element: a lower-case tag, its attributes, and its children (elements and text)."""

    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Element | str] = field(default_factory=list)

    def append(self, child: Element | str) -> None:
        if isinstance(child, str) and self.children and isinstance(self.children[-1], str):
            self.children[-1] += child
        else:
            self.children.append(child)

    def iter(self) -> Iterator[Element]:
        """This element and every element below it, in document order (without recursion)."""
        stack: list[Element] = [self]
        while stack:
            element = stack.pop()
            yield element
            stack.extend(reversed([child for child in element.children if isinstance(child, Element)]))


def plain_text(element: Element | str) -> str:
    """The element's text with its whitespace collapsed: <h1>Ondt  i <b>knæ</b></h1> ⇒ "Ondt i knæ"."""
    if isinstance(element, str):
        return " ".join(element.split())
    parts: list[str] = []
    stack: list[Element | str] = [element]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            parts.append(node)
        else:
            if node.tag == "br":
                parts.append(" ")
            stack.extend(reversed(node.children))
    return " ".join("".join(parts).split())


def is_block(node: Element | str) -> bool:
    return isinstance(node, Element) and node.tag in BLOCK_TAGS
