"""HTML (a file's, or the Word reader's) sanitised and parsed into the import tree."""

from __future__ import annotations

import html.parser

import nh3

from reader.docimport.model import MAX_DEPTH
from reader.docimport.tree import Element

_KEPT_TAGS = {
    "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "ul", "ol", "li", "table", "thead", "tbody", "tfoot", "tr",
    "td", "th", "caption", "blockquote", "pre", "code", "strong", "b", "em", "i", "u", "ins", "s", "del", "strike",
    "sup", "sub", "a", "img", "span", "div", "section", "article", "main", "header", "footer", "aside", "figure",
    "figcaption", "dl", "dt", "dd", "cite", "dfn", "small", "mark", "address",
}
_KEPT_ATTRIBUTES = {
    "a": {"href"}, "img": {"src", "alt"}, "ol": {"start"}, "td": {"colspan", "rowspan"}, "th": {"colspan", "rowspan"},
}
# Whole elements left out, text and all: code, styles and the page's own <head>.
_DROPPED_WITH_CONTENT = {"script", "style", "head", "title", "template", "noscript", "iframe", "object", "svg", "math",
                         "select", "textarea", "button"}
_VOID = frozenset({"br", "hr", "img"})
_URL_SCHEMES = {"http", "https", "mailto", "tel"}


def sanitise(raw_html: str) -> str:
    """Only the tags and attributes the Markdown writer uses; scripts, styles and event handlers are gone.

    '<p onclick="x">Hej<script>evil()</script></p>' ⇒ '<p>Hej</p>'
    '<a href="javascript:x">y</a>' ⇒ '<a>y</a>'
    """
    return nh3.clean(raw_html, tags=_KEPT_TAGS, attributes=_KEPT_ATTRIBUTES, url_schemes=_URL_SCHEMES,
                     clean_content_tags=_DROPPED_WITH_CONTENT, link_rel=None, strip_comments=True)


class _Builder(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("body")
        self._stack: list[Element | None] = [self.root]  # None: an element past MAX_DEPTH, read as its parent

    def _parent(self) -> Element:
        for element in reversed(self._stack):
            if element is not None:
                return element
        return self.root

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {name: value or "" for name, value in attrs})
        if tag in _VOID:
            self._parent().append(element)
            return
        if len(self._stack) > MAX_DEPTH:
            self._stack.append(None)
            return
        self._parent().append(element)
        self._stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and len(self._stack) > 1:
            self._stack.pop()

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        # The sanitiser's output is well formed, so the tag closing is the one open last.
        if len(self._stack) > 1:
            self._stack.pop()

    def handle_data(self, data: str) -> None:
        self._parent().append(data)


def parse_html(raw_html: str) -> Element:
    """Sanitised HTML as a tree: "<p>Hej <b>dig</b></p>" ⇒ body[p["Hej ", b["dig"]]]."""
    builder = _Builder()
    builder.feed(sanitise(raw_html))
    builder.close()
    return builder.root
