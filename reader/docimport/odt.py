"""OpenDocument text (.odt) read from its content.xml with the standard library into the import tree."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
import zipfile
from dataclasses import dataclass, field

import reader.docimport.safety as safety
from reader.docimport.images import TYPE_BY_SUFFIX, ImageStore
from reader.docimport.model import MAX_DEPTH, MAX_IMAGE_BYTES, DocumentError, Notes
from reader.docimport.tree import Element

KIND = "OpenDocument-tekstdokument (.odt)"
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
}
_HEADING_STYLE = re.compile(r"^Heading_20_([1-6])$")


def _q(name: str) -> str:
    """'text:p' ⇒ '{urn:…:text:1.0}p', the name ElementTree uses."""
    prefix, local = name.split(":")
    return f"{{{_NS[prefix]}}}{local}"


LOST_COMMENTS = "Kommentarer i dokumentet er ikke taget med."
LOST_TOC = "Indholdsfortegnelsen er ikke taget med (artiklen viser sin egen)."
LOST_SHAPES = "Tegninger og figurer, der ikke er billeder, er ikke taget med."
LOST_DEEP = "Dele af dokumentet er indlejret meget dybt; de er taget med som almindelig tekst."

_SKIPPED = {_q("text:tracked-changes"), _q("text:sequence-decls"), _q("office:forms"), _q("text:soft-page-break"),
            _q("text:bookmark"), _q("text:bookmark-start"), _q("text:bookmark-end"), _q("text:reference-mark"),
            _q("text:alphabetical-index-mark"), _q("text:toc-mark"), _q("office:event-listeners"),
            _q("text:variable-decls"), _q("text:user-field-decls")}


@dataclass
class _Styles:
    """What the document's styles say: paragraph style ⇒ parent, heading level; text style ⇒ bold/italic; lists."""

    parent: dict[str, str] = field(default_factory=dict)
    level: dict[str, int] = field(default_factory=dict)
    bold: set[str] = field(default_factory=set)
    italic: set[str] = field(default_factory=set)
    ordered_levels: dict[str, set[int]] = field(default_factory=dict)

    def read(self, root: ElementTree.Element) -> None:
        for style in root.iter(_q("style:style")):
            name = style.get(_q("style:name"), "")
            parent = style.get(_q("style:parent-style-name"))
            if parent:
                self.parent[name] = parent
            outline = style.get(_q("style:default-outline-level"))
            match = _HEADING_STYLE.match(name)
            if match:
                self.level[name] = int(match.group(1))
            elif name == "Title":
                self.level[name] = 1
            elif outline and outline.isdigit() and 1 <= int(outline) <= 6:
                self.level[name] = int(outline)
            properties = style.find(_q("style:text-properties"))
            if properties is not None:
                if properties.get(_q("fo:font-weight")) in ("bold", "600", "700", "800", "900"):
                    self.bold.add(name)
                if properties.get(_q("fo:font-style")) in ("italic", "oblique"):
                    self.italic.add(name)
        for list_style in root.iter(_q("text:list-style")):
            name = list_style.get(_q("style:name"), "")
            levels = {int(level.get(_q("text:level"), "1")) for level in list_style.iter(_q("text:list-level-style-number"))
                      if level.get(_q("style:num-format"))}
            self.ordered_levels[name] = levels
        self.bold.add("Strong_20_Emphasis")
        self.italic.add("Emphasis")

    def heading_level(self, name: str | None) -> int | None:
        seen: set[str] = set()
        while name and name not in seen:
            if name in self.level:
                return self.level[name]
            match = _HEADING_STYLE.match(name)
            if match or name == "Title":  # the common styles, even when styles.xml does not define them
                return int(match.group(1)) if match else 1
            seen.add(name)
            name = self.parent.get(name)
        return None

    def _has(self, name: str | None, names: set[str]) -> bool:
        seen: set[str] = set()
        while name and name not in seen:
            if name in names:
                return True
            seen.add(name)
            name = self.parent.get(name)
        return False

    def is_bold(self, name: str | None) -> bool:
        return self._has(name, self.bold)

    def is_italic(self, name: str | None) -> bool:
        return self._has(name, self.italic)


class _Reader:
    def __init__(self, archive: zipfile.ZipFile, styles: _Styles, store: ImageStore, notes: Notes) -> None:
        self._archive = archive
        self._styles = styles
        self._store = store
        self._notes = notes
        self._footnotes: list[Element] = []

    def document(self, body: ElementTree.Element) -> Element:
        root = Element("body")
        self._children(body, root, 0, list_style=None, list_level=0)
        if self._footnotes:
            root.append(Element("ol", {}, list(self._footnotes)))
        return root

    def _children(self, source: ElementTree.Element, target: Element, depth: int, *, list_style: str | None,
                  list_level: int) -> None:
        if source.text:
            target.append(source.text)
        for child in source:
            self._node(child, target, depth + 1, list_style=list_style, list_level=list_level)
            if child.tail:
                target.append(child.tail)

    def _node(self, node: ElementTree.Element, target: Element, depth: int, *, list_style: str | None,
              list_level: int) -> None:
        tag = node.tag
        if tag in _SKIPPED:
            return
        if depth > MAX_DEPTH:
            self._notes.add(LOST_DEEP)
            target.append(" ".join("".join(node.itertext()).split()) + " ")
            return

        def into(element: Element, source: ElementTree.Element = node, *, style: str | None = list_style,
                 level: int = list_level) -> Element:
            self._children(source, element, depth, list_style=style, list_level=level)
            target.append(element)
            return element

        if tag == _q("text:h"):
            outline = node.get(_q("text:outline-level"), "1")
            level = min(max(int(outline) if outline.isdigit() else 1, 1), 6)
            into(Element(f"h{level}"))
        elif tag == _q("text:p"):
            level_or_none = self._styles.heading_level(node.get(_q("text:style-name")))
            into(Element(f"h{level_or_none}" if level_or_none else "p"))
        elif tag == _q("text:list"):
            style = node.get(_q("text:style-name")) or list_style
            level = list_level + 1
            ordered = style is not None and level in self._styles.ordered_levels.get(style, set())
            element = Element("ol" if ordered else "ul")
            for item in node:
                if item.tag in (_q("text:list-item"), _q("text:list-header")):
                    li = Element("li")
                    self._children(item, li, depth + 1, list_style=style, list_level=level)
                    element.append(li)
            target.append(element)
        elif tag == _q("table:table"):
            self._table(node, target, depth)
        elif tag == _q("text:span"):
            style = node.get(_q("text:style-name"))
            element = Element("span")
            inner = element
            if self._styles.is_bold(style):
                inner = Element("strong")
                element.append(inner)
            if self._styles.is_italic(style):
                italic = Element("em")
                inner.append(italic)
                inner = italic
            self._children(node, inner, depth, list_style=list_style, list_level=list_level)
            target.append(element)
        elif tag == _q("text:a"):
            into(Element("a", {"href": node.get(_q("xlink:href"), "")}))
        elif tag == _q("text:s"):
            count = node.get(_q("text:c"), "1")
            target.append(" " * min(int(count) if count.isdigit() else 1, 100))
        elif tag == _q("text:tab"):
            target.append(" ")
        elif tag == _q("text:line-break"):
            target.append(Element("br"))
        elif tag == _q("text:note"):
            self._note(node, target, depth)
        elif tag == _q("office:annotation"):
            self._notes.add(LOST_COMMENTS)
        elif tag == _q("office:annotation-end"):
            return
        elif tag in (_q("text:table-of-content"), _q("text:alphabetical-index"), _q("text:bibliography")):
            self._notes.add(LOST_TOC)
        elif tag == _q("draw:frame"):
            self._frame(node, target, depth)
        elif tag in (_q("draw:custom-shape"), _q("draw:rect"), _q("draw:ellipse"), _q("draw:line"), _q("draw:g"),
                     _q("draw:path"), _q("draw:polygon"), _q("draw:polyline"), _q("draw:connector")):
            self._notes.add(LOST_SHAPES)
        else:  # text:section, office:text, draw:a, text:span-like fields: their content counts
            self._children(node, target, depth, list_style=list_style, list_level=list_level)

    def _table(self, node: ElementTree.Element, target: Element, depth: int) -> None:
        head = Element("thead")
        body = Element("tbody")
        for row, in_header in _rows(node, in_header=False):
            tr = Element("tr")
            for cell in row:
                if cell.tag != _q("table:table-cell"):
                    continue  # table:covered-table-cell: the space a merged cell spans
                attrs: dict[str, str] = {}
                for attribute, name in (("table:number-columns-spanned", "colspan"), ("table:number-rows-spanned", "rowspan")):
                    span = cell.get(_q(attribute))
                    if span and span != "1":
                        attrs[name] = span
                td = Element("th" if in_header else "td", attrs)
                self._children(cell, td, depth + 1, list_style=None, list_level=0)
                tr.append(td)
            (head if in_header else body).append(tr)
        table = Element("table")
        if head.children:
            table.append(head)
        table.append(body)
        target.append(table)

    def _note(self, node: ElementTree.Element, target: Element, depth: int) -> None:
        number = len(self._footnotes) + 1
        target.append(Element("sup", {}, [Element("a", {"href": f"#footnote-{number}"}, [f"[{number}]"])]))
        body = node.find(_q("text:note-body"))
        item = Element("li")
        if body is not None:
            self._children(body, item, depth + 1, list_style=None, list_level=0)
        self._footnotes.append(item)

    def _frame(self, node: ElementTree.Element, target: Element, depth: int) -> None:
        image = node.find(_q("draw:image"))
        text_box = node.find(_q("draw:text-box"))
        if text_box is not None:
            self._children(text_box, target, depth, list_style=None, list_level=0)
            return
        if image is None:
            self._notes.add(LOST_SHAPES)
            return
        href = image.get(_q("xlink:href"), "")
        alt = " ".join(" ".join(part.text or "" for part in node if part.tag in (_q("svg:title"), _q("svg:desc"))).split())
        suffix = "." + href.rsplit(".", 1)[-1].lower() if "." in href else ""
        content_type = image.get(_q("draw:mime-type")) or TYPE_BY_SUFFIX.get(suffix, "")
        if not href or "://" in href or href.startswith(("/", "..")):
            self._notes.add("Et billede, der ligger uden for dokumentet (et link til en fil), er ikke taget med. "
                            "Sæt billedet ind i selve dokumentet.")
            return
        try:
            data = safety.read_member(self._archive, href.removeprefix("./"), KIND, limit=MAX_IMAGE_BYTES + 1)
        except DocumentError:
            data = None
        if data is None:
            self._notes.add("Et billede kunne ikke findes inde i dokumentet og er ikke taget med.")
            return
        link = self._store.add(data, content_type or "application/octet-stream", alt)
        if link:
            target.append(Element("img", {"src": link, "alt": alt}))


_ROW_GROUPS = {_q("table:table-rows"), _q("table:table-row-group")}


def _rows(node: ElementTree.Element, *, in_header: bool) -> list[tuple[ElementTree.Element, bool]]:
    """The table's own rows (not those of tables inside its cells), each with whether it is a header row."""
    rows: list[tuple[ElementTree.Element, bool]] = []
    for child in node:
        if child.tag == _q("table:table-row"):
            rows.append((child, in_header))
        elif child.tag == _q("table:table-header-rows"):
            rows.extend(_rows(child, in_header=True))
        elif child.tag in _ROW_GROUPS:
            rows.extend(_rows(child, in_header=in_header))
    return rows


def _parse(xml: bytes) -> ElementTree.Element:
    safety.refuse_dtd(xml, KIND)
    try:
        return ElementTree.fromstring(xml)
    except ElementTree.ParseError:
        raise DocumentError(f"Dokumentet er beskadiget (dets XML kan ikke læses) og kan ikke åbnes som {KIND}.") from None


def read_odt(data: bytes) -> tuple[Element, ImageStore, Notes]:
    """The .odt as the import tree, its images, and what could not be carried over."""
    archive = safety.open_zip(data, KIND)
    mimetype = safety.read_member(archive, "mimetype", KIND)
    if mimetype is not None and mimetype.strip() != ODT_MIMETYPE:
        raise DocumentError("Filen er et OpenDocument, men ikke et tekstdokument (fx et regneark eller en præsentation).")
    manifest = safety.read_member(archive, "META-INF/manifest.xml", KIND) or b""
    if b"encryption-data" in manifest:
        raise DocumentError(f"Dokumentet er beskyttet med en adgangskode (krypteret), så det kan ikke læses. "
                            f"Åbn det, fjern adgangskoden, og gem det igen som {KIND}.")
    content = safety.read_member(archive, "content.xml", KIND)
    if content is None:
        raise DocumentError("Filen er en zip-fil, men ikke et OpenDocument-tekstdokument (content.xml mangler).")
    content_root = _parse(content)
    styles = _Styles()
    styles_xml = safety.read_member(archive, "styles.xml", KIND)
    if styles_xml is not None:
        styles.read(_parse(styles_xml))
    styles.read(content_root)  # automatic styles (P1, T1 …) point at the named ones
    body = content_root.find(f"{_q('office:body')}/{_q('office:text')}")
    if body is None:
        raise DocumentError("Dokumentet har ingen tekst (det er ikke et tekstdokument).")
    notes = Notes()
    store = ImageStore(notes)
    return _Reader(archive, styles, store, notes).document(body), store, notes
