"""Markdown to a sanitised HTML fragment, with heading anchors, sections, FAQ and red-flag markup."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree  # noqa: N813 - the usual name
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import markdown
import nh3
from markdown.extensions import Extension
from markdown.extensions.fenced_code import FencedCodeExtension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension
from markdown.treeprocessors import Treeprocessor

from reader.articles import Article
from reader.dates import updated_line
from reader.slug import slugify

_FAQ = re.compile(r"ofte stillede spørgsmål|\bfaq\b|spørgsmål og svar", re.IGNORECASE)
_RED_FLAG = re.compile(
    r"røde? flag|søge? (?:læge|akut|hjælp)|akut hjælp|skadestue|ring 112|hvornår skal (?:jeg|man|du) (?:søge|kontakte|gå til)",
    re.IGNORECASE,
)
_PLACEHOLDER = re.compile("\x02[^\x03]*\x03")
_ATX = re.compile(r"^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
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


@dataclass(frozen=True)
class Section:
    """A heading of the article: its anchor, text and level; FAQ questions and red flags marked."""

    anchor: str
    title: str
    level: int
    faq: bool = False
    red_flag: bool = False


@dataclass(frozen=True)
class Rendered:
    """An article as an HTML fragment plus its headings; error is set when rendering fell back."""

    html: str
    sections: tuple[Section, ...]
    error: str | None = None


@dataclass(frozen=True)
class SectionSource:
    """One `##` section of the Markdown source (or the introduction, anchor ""), for handouts."""

    anchor: str
    title: str
    markdown: str


class _Anchors:
    """Unique heading ids in document order: "Hvad er det?" twice ⇒ "hvad-er-det", "hvad-er-det-2"."""

    def __init__(self) -> None:
        self._seen: set[str] = set()

    def make(self, text: str) -> str:
        base = slugify(text, fallback="afsnit")
        anchor, n = base, 1
        while anchor in self._seen:
            n += 1
            anchor = f"{base}-{n}"
        self._seen.add(anchor)
        return anchor


def _text_of(element: etree.Element) -> str:
    return " ".join(_PLACEHOLDER.sub("", "".join(element.itertext())).split())


class _StructureProcessor(Treeprocessor):
    """Heading ids, FAQ question classes and red-flag callouts, on the finished tree."""

    def __init__(self, md: markdown.Markdown, title: str | None) -> None:
        super().__init__(md)
        self.title = title
        self.sections: list[Section] = []

    def run(self, root: etree.Element) -> None:
        anchors = _Anchors()
        children = list(root)
        if self.title and children and children[0].tag == "h1" and _text_of(children[0]).casefold() == self.title.casefold():
            anchors.make(_text_of(children[0]))  # keeps anchors in step with split_sections
            root.remove(children[0])
            children = children[1:]
        in_faq = False
        h2_red = False
        callout: etree.Element | None = None
        callout_level = 0
        for child in children:
            tag = child.tag if isinstance(child.tag, str) else ""
            level = int(tag[1]) if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit() else 0
            if level:
                text = _text_of(child)
                anchor = anchors.make(text)
                child.set("id", anchor)
                red = bool(_RED_FLAG.search(text)) and level in (2, 3)
                if level <= 2:
                    in_faq = level == 2 and bool(_FAQ.search(text))
                    h2_red = red and level == 2
                faq_question = in_faq and level == 3
                if faq_question:
                    child.set("class", "faq-q")
                if level in (2, 3):
                    self.sections.append(Section(anchor, text, level, faq_question, red or (level == 3 and h2_red)))
                if callout is not None and level <= callout_level:
                    callout = None
                if red and callout is None:
                    callout, callout_level = self._open_callout(root, child), level
                    continue
            if callout is not None:
                root.remove(child)
                callout.append(child)
        for table in root.iter("table"):
            if table.get("class") != "callout":
                table.set("width", "100%")
                table.set("cellspacing", "0")
        for h1 in root.iter("h1"):
            if "id" not in h1.attrib:
                h1.set("id", anchors.make(_text_of(h1)))

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
    def __init__(self, title: str | None) -> None:
        super().__init__()
        self.title = title
        self.processor: _StructureProcessor | None = None

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 - markdown's API name
        self.processor = _StructureProcessor(md, self.title)
        md.treeprocessors.register(self.processor, "patient_reader_structure", 1)


def render_markdown(body: str, base_dir: Path | None = None, title: str | None = None) -> Rendered:
    """Markdown ⇒ sanitised HTML and its sections. Never raises: a failure gives a plain-text fallback."""
    structure = _StructureExtension(title)
    try:
        # Instances, not names: names are looked up through the installed packages' entry points (~50 ms).
        converter = markdown.Markdown(extensions=[TableExtension(), SaneListExtension(), FencedCodeExtension(), structure])
        raw_html = converter.convert(body)
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


def article_html(article: Article, rendered: Rendered, lang: str = "da") -> str:
    """The article's title, its "Opdateret …" line and the rendered body, as one fragment."""
    updated = updated_line(article.updated, lang)
    head = f'<h1 class="title">{html.escape(article.title)}</h1>'
    if updated:
        head += f'<p class="updated">{html.escape(updated)}</p>'
    return head + rendered.html


def split_sections(body: str) -> list[SectionSource]:
    """The Markdown split at `##` headings, anchors as render_markdown makes them.

    "Intro\\n## A\\ntext\\n### B\\nmore" ⇒ ["" intro], ["a": "## A\\ntext\\n### B\\nmore"]
    """
    anchors = _Anchors()
    sections: list[SectionSource] = [SectionSource("", "", "")]
    lines: list[str] = []
    fenced = False
    for line in body.splitlines():
        stripped = line.lstrip()
        if stripped.startswith(("```", "~~~")):
            fenced = not fenced
        match = None if fenced else _ATX.match(line)
        if match:
            text = " ".join(_MD_LINK.sub(r"\1", match.group(2)).split())
            anchor = anchors.make(text)
            if len(match.group(1)) == 2:
                previous = sections[-1]
                sections[-1] = SectionSource(previous.anchor, previous.title, "\n".join(lines).strip("\n"))
                sections.append(SectionSource(anchor, text, ""))
                lines = []
        lines.append(line)
    previous = sections[-1]
    sections[-1] = SectionSource(previous.anchor, previous.title, "\n".join(lines).strip("\n"))
    if not sections[0].markdown.strip():
        sections.pop(0)
    return sections
