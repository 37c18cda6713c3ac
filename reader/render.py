"""Markdown to a sanitised HTML fragment, with heading anchors, sections, FAQ and red-flag markup."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree  # noqa: N813 - the usual name
from pathlib import Path
from urllib.parse import unquote, urlsplit

import markdown
import nh3
from markdown.extensions import Extension
from markdown.extensions.fenced_code import FencedCodeExtension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension
from markdown.treeprocessors import Treeprocessor

from reader.rendered import Rendered, Section, article_html
from reader.structure import Heading, SectionSource, Structure, split_sections
from reader.structure import structure as structure_of

# Marks each outline heading in the text handed to Markdown, so its element gets the outline's anchor.
_MARK = "\ue000pr{}\ue001"
_MARKED = re.compile("\ue000pr(\\d+)\ue001")
_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r'([a-zA-Z-]+)="([^"]*)"')

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "code", "dd", "del", "div", "dl", "dt", "em", "h1", "h2",
    "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "li", "mark", "ol", "p", "pre", "s", "small", "span",
    "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
}
ALLOWED_ATTRIBUTES = {
    "*": {"id", "class", "title"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "table": {"width", "cellpadding", "cellspacing", "border"},
    "td": {"colspan", "rowspan", "align", "valign"},
    "th": {"colspan", "rowspan", "align", "valign"},
    "ol": {"start"},
}
URL_SCHEMES = {"http", "https", "mailto", "tel"}


__all__ = ["Rendered", "Section", "SectionSource", "article_html", "render_markdown", "sanitise", "split_sections"]


class _StructureProcessor(Treeprocessor):
    """The outline's anchors on its heading elements, FAQ question classes and red-flag callouts."""

    def __init__(self, md: markdown.Markdown, title: str | None, outline: Structure) -> None:
        super().__init__(md)
        self.title = title
        self.outline = outline
        self.sections: list[Section] = []

    def _heading(self, element: etree.Element) -> Heading | None:
        """The outline heading an element is (by its mark, which is removed), or None."""
        tag = element.tag if isinstance(element.tag, str) else ""
        if not (len(tag) == 2 and tag[0] == "h" and tag[1] in "123456"):
            return None
        match = _MARKED.match(element.text or "")
        if match is None or int(match.group(1)) >= len(self.outline.headings):
            return None  # a heading only Markdown saw (inside a quote or list): part of the text, no anchor
        element.text = element.text[match.end():].lstrip() if element.text else None
        return self.outline.headings[int(match.group(1))]

    def run(self, root: etree.Element) -> None:
        children = list(root)
        if self.title and children and (first := self._heading(children[0])) is not None \
                and first.level == 1 and first.text.casefold() == self.title.casefold():
            root.remove(children[0])
            children = children[1:]
        callout: etree.Element | None = None
        callout_level = 0
        for child in children:
            heading = self._heading(child)
            if heading is not None:
                level = heading.level
                child.set("id", heading.anchor)
                if heading.faq:
                    child.set("class", "faq-q")
                if level in (2, 3):
                    self.sections.append(Section(heading.anchor, heading.text, level, heading.faq, heading.red_flag))
                if callout is not None and level <= callout_level:
                    callout = None
                if heading.red_flag and callout is None:  # an own red flag: one under a red `##` is in its callout
                    callout, callout_level = self._open_callout(root, child), level
                    continue
            if callout is not None:
                root.remove(child)
                callout.append(child)
        for table in root.iter("table"):
            if table.get("class") != "callout":
                table.set("width", "100%")
                table.set("cellspacing", "0")

    @staticmethod
    def _open_callout(root: etree.Element, heading: etree.Element) -> etree.Element:
        index = list(root).index(heading)
        table = etree.Element("table", {"class": "callout", "width": "100%", "cellpadding": "14", "cellspacing": "0"})
        cell = etree.SubElement(etree.SubElement(table, "tr"), "td", {"class": "callout"})
        label = etree.SubElement(cell, "p", {"class": "callout-label"})
        label.text = "⚠ Vigtigt"
        root.remove(heading)
        cell.append(heading)
        root.insert(index, table)
        return cell


class _StructureExtension(Extension):
    def __init__(self, title: str | None, outline: Structure) -> None:
        super().__init__()
        self.title = title
        self.outline = outline
        self.processor: _StructureProcessor | None = None

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 - markdown's API name
        self.processor = _StructureProcessor(md, self.title, self.outline)
        md.treeprocessors.register(self.processor, "patient_reader_structure", 1)


def render_markdown(body: str, base_dir: Path | None = None, title: str | None = None) -> Rendered:
    """Markdown ⇒ sanitised HTML and its sections. Never raises: a failure gives a plain-text fallback."""
    outline = structure_of(body)
    structure = _StructureExtension(title, outline)
    try:
        # Instances, not names: names are looked up through the installed packages' entry points (~50 ms).
        converter = markdown.Markdown(extensions=[TableExtension(), SaneListExtension(), FencedCodeExtension(), structure])
        raw_html = _MARKED.sub("", converter.convert(_marked(body, outline)))
    except (RecursionError, MemoryError, ValueError, IndexError, KeyError, TypeError, AttributeError) as error:
        fallback = "<pre>" + html.escape(body[:200_000]) + "</pre>"
        return Rendered(fallback, (), f"Markdown kunne ikke omsættes ({type(error).__name__}); teksten vises uformateret.")
    clean = sanitise(raw_html)
    clean = _IMG.sub(lambda m: _image(m.group(0), base_dir), clean)
    sections = tuple(structure.processor.sections) if structure.processor else ()
    return Rendered(clean, sections)


def sanitise(raw_html: str) -> str:
    """Only harmless HTML: no script, style, iframe, event handlers, javascript: or file: links."""
    return nh3.clean(
        raw_html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )


def _image(tag: str, base_dir: Path | None) -> str:
    """A local image that exists stays (as an absolute path); anything else becomes its alt text."""
    attrs = dict(_ATTR.findall(tag))
    src = html.unescape(attrs.get("src", ""))
    alt = html.unescape(attrs.get("alt", "")).strip() or "billede"
    parts = urlsplit(src)
    if src and not parts.scheme and not parts.netloc and base_dir is not None:
        try:
            base = base_dir.resolve()
            target = (base / unquote(parts.path)).resolve()
            if target.is_relative_to(base) and target.is_file():
                size = "".join(f' {k}="{attrs[k]}"' for k in ("width", "height") if k in attrs)
                return f'<img src="{html.escape(str(target))}" alt="{html.escape(alt)}"{size}>'
        except (OSError, ValueError):
            pass
    return f'<span class="img-alt">[{html.escape(alt)}]</span>'


def _marked(body: str, outline: Structure) -> str:
    """The body as Markdown should read it: every outline heading as one marked ATX line (so setext and
    indented headings are headings there too, with their anchors), and "#" lines that are text escaped."""
    lines = body.split("\n")
    for number in outline.hash_text_lines:
        lines[number] = "\\" + lines[number]
    out: list[str] = []
    done = 0
    for number, heading in enumerate(outline.headings):
        out.extend(lines[done:heading.start])
        source = heading.source[:-1] + "\\#" if heading.source.endswith("#") else heading.source  # "# C#" keeps its "#"
        out.append("#" * heading.level + " " + _MARK.format(number) + source)
        out.append("")  # a heading ends its block: Markdown's block parser is quadratic in headings per block
        done = heading.end
    out.extend(lines[done:])
    return "\n".join(out)
