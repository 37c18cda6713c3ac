"""An article body's outline: its headings (ATX and setext) with anchors, and its `##` sections."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from reader.article_bounds import over_bounds, plain_length
from reader.slug import slugify

_FAQ = re.compile(r"ofte stillede spørgsmål|\bfaq\b|spørgsmål og svar", re.IGNORECASE)
_RED_FLAG = re.compile(
    r"røde? flag|søge? (?:læge|akut|hjælp)|akut hjælp|skadestue|ring 112|hvornår skal (?:jeg|man|du) (?:søge|kontakte|gå til)",
    re.IGNORECASE,
)

# Block starts, matched on a line whose indentation (at most 3 columns) is already removed.
_ATX = re.compile(r"(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_ATX_EMPTY_CLOSE = re.compile(r"#+[ \t]*$")
_SETEXT = re.compile(r"(?:=+|-+)[ \t]*$")
_BREAK = re.compile(r"(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_FENCE = re.compile(r"(`{3,}|~{3,})(.*)$")
_REFERENCE = re.compile(r" {0,3}\[(?:[^\]\\]|\\.)+\]:[ \t]*\S")  # "[foo]: /url": no heading text
_LIST = re.compile(r"(?:([-+*])|(\d{1,9})[.)])([ \t]+|$)")
_HTML_END = {  # CommonMark HTML blocks 1-5: what ends them
    1: re.compile(r"</(?:pre|script|style|textarea)>", re.IGNORECASE),
    2: re.compile(r"-->"),
    3: re.compile(r"\?>"),
    4: re.compile(r">"),
    5: re.compile(r"\]\]>"),
}
_HTML_START = [
    (1, re.compile(r"<(?:pre|script|style|textarea)(?:[\s>]|$)", re.IGNORECASE)),
    (2, re.compile(r"<!--")),
    (3, re.compile(r"<\?")),
    (4, re.compile(r"<![A-Za-z]")),
    (5, re.compile(r"<!\[CDATA\[")),
    (6, re.compile(
        r"</?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|"
        r"div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|"
        r"link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|"
        r"th|thead|title|tr|track|ul)(?:[\s/>]|$)", re.IGNORECASE)),
    (7, re.compile(r"(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s\"'=<>`]+|'[^']*'|\"[^\"]*\"))?)*"
                   r"\s*/?>|</[A-Za-z][A-Za-z0-9-]*\s*>)[ \t]*$")),
]

# Inline Markdown to plain text (for heading text and anchors).
_INLINE = re.compile(
    r"(?P<ticks>`+)(?P<code>.+?)(?<!`)(?P=ticks)(?!`)"
    r"|\\(?P<escaped>[!-/:-@\[-`{-~])"
    r"|!?\[(?P<label>(?:[^\[\]\\]|\\.)*)\](?:\([^)]*\)|\[[^\]]*\])"
    r"|<(?P<auto>(?:https?|mailto|tel):[^>\s]*|[^>\s@]+@[^>\s]+)>"
    r"|<[^>]{0,500}>"
)
_LONGEST = 5000  # characters of a heading read for its text: a hostile megabyte-long heading stays cheap
_EMPHASIS = re.compile(r"\*+(?=\S)|(?<=\S)\*+|(?<![^\W_])_+(?=\S)|(?<=\S)_+(?![^\W_])")


@dataclass(frozen=True)
class Heading:
    """One heading of the document's outline (not one inside a quote or list).

    start and end are source lines (end exclusive: a setext heading spans its text and underline);
    faq marks a `###` question under a FAQ `##`, red_flag a "when to see a doctor" heading (or one under it).
    """

    level: int
    text: str
    anchor: str
    source: str  # the heading's inline Markdown, on one line
    start: int
    end: int
    faq: bool = False
    red_flag: bool = False


@dataclass(frozen=True)
class SectionSource:
    """One `##` section of the Markdown source (or the introduction, anchor ""), for handouts and search.

    start is where the section (its heading) begins in the body, text_start where the text after the
    heading begins and end where the next `##` heading begins (character offsets); headings are the
    section's own heading and those inside it.
    """

    anchor: str
    title: str
    markdown: str
    start: int = 0
    text_start: int = 0
    end: int = 0
    headings: tuple[Heading, ...] = ()


@dataclass(frozen=True)
class Structure:
    """A body's headings in document order, its `##` sections (sections[0] is the introduction, maybe
    empty) and the lines that begin with "#" but are ordinary text ("#hashtag", "####### x")."""

    headings: tuple[Heading, ...]
    sections: tuple[SectionSource, ...]
    hash_text_lines: tuple[int, ...]


class Anchors:
    """Unique heading ids in document order, in linear time.

    "Hvad er det?" twice ⇒ "hvad-er-det", "hvad-er-det-2";  "a", "a-2", "a" ⇒ "a", "a-2", "a-3"
    """

    def __init__(self) -> None:
        self._seen: set[str] = set()
        self._last: dict[str, int] = {}  # base ⇒ the suffix it last took: every suffix up to it is taken

    def make(self, text: str) -> str:
        return self.make_from_base(slugify(text, fallback="afsnit"))

    def make_from_base(self, base: str) -> str:
        """The next unique anchor for a slug base (make() slugifies the text first)."""
        n = self._last.get(base, 1)
        anchor = base if n == 1 else f"{base}-{n}"
        while anchor in self._seen:  # each taken "base-n" is stepped over once for its base: linear overall
            n += 1
            anchor = f"{base}-{n}"
        self._last[base] = n
        self._seen.add(anchor)
        return anchor


def inline_text(markdown: str) -> str:
    """Inline Markdown as the text a reader sees.

    "Om *knæ* og [ryg](ryg.md)" ⇒ "Om knæ og ryg";  "`a*b` \\*c\\* &amp; <b>d</b>" ⇒ "a*b *c* & d"
    """
    out: list[str] = []
    done = 0
    for match in _INLINE.finditer(markdown):
        out.append(_loose_text(markdown[done:match.start()]))
        if match.group("code") is not None:
            out.append(match.group("code"))
        elif match.group("escaped") is not None:
            out.append(match.group("escaped"))
        elif match.group("label") is not None:
            out.append(inline_text(match.group("label")))
        elif match.group("auto") is not None:
            out.append(match.group("auto"))
        else:
            out.append(" ")  # an HTML tag
        done = match.end()
    out.append(_loose_text(markdown[done:]))
    return " ".join("".join(out).split())


def _loose_text(text: str) -> str:
    return html.unescape(_EMPHASIS.sub("", text)) if text else ""


def _indent(line: str) -> tuple[int, str]:
    """The indentation in columns (tabs to the next multiple of 4) and the rest of the line."""
    columns = 0
    for i, ch in enumerate(line):
        if ch == " ":
            columns += 1
        elif ch == "\t":
            columns += 4 - columns % 4
        else:
            return columns, line[i:]
    return columns, ""


def _dedent(line: str, columns: int) -> str:
    """line without its first `columns` columns of indentation (a tab that is cut keeps its rest as spaces)."""
    width = 0
    for i, ch in enumerate(line):
        if width >= columns or ch not in " \t":
            return " " * (width - columns) + line[i:]
        width += 4 - width % 4 if ch == "\t" else 1
    return " " * max(0, width - columns)


def _html_start(rest: str, in_paragraph: bool) -> int:
    if rest[:1] != "<":
        return 0
    for kind, pattern in _HTML_START:
        if pattern.match(rest) and not (kind == 7 and in_paragraph):
            return kind
    return 0


class _Container:
    """A block quote or list item the scan is inside: its lines hold no outline headings, but its last
    paragraph decides whether the next unindented line continues it lazily."""

    def __init__(self, quote: bool, content_indent: int) -> None:
        self.quote = quote
        self.content_indent = content_indent
        self.paragraph = False
        self.fence: tuple[str, int] | None = None
        self.blank = False

    def feed(self, content: str) -> None:
        columns, rest = _indent(content)
        if self.fence is not None:
            if columns < 4 and _closes(rest, self.fence):
                self.fence = None
            return
        if not rest:
            self.paragraph = False
            return
        fence = _FENCE.match(rest) if columns < 4 else None
        if fence and not (fence.group(1)[0] == "`" and "`" in fence.group(2)):
            self.fence, self.paragraph = (fence.group(1)[0], len(fence.group(1))), False
        elif columns >= 4:
            pass  # indented code, or a paragraph's continuation: either way the paragraph state stays
        elif _ATX.match(rest) or _BREAK.match(rest) or (self.paragraph and _SETEXT.match(rest)):
            self.paragraph = False
        else:
            self.paragraph = True


def _closes(rest: str, fence: tuple[str, int]) -> bool:
    char, length = fence
    stripped = rest.rstrip(" \t")
    return len(stripped) >= length and stripped == char * len(stripped)


def _interrupts(columns: int, rest: str, in_paragraph: bool) -> bool:
    """Whether an unindented line starts a new block (so it cannot continue a paragraph lazily)."""
    if columns >= 4 or not rest:
        return not rest
    if _ATX.match(rest) or _BREAK.match(rest) or rest[:1] == ">":
        return True
    fence = _FENCE.match(rest)
    if fence and not (fence.group(1)[0] == "`" and "`" in fence.group(2)):
        return True
    item = _LIST.match(rest)
    if item and _can_interrupt(item, rest, in_paragraph):
        return True
    kind = _html_start(rest, in_paragraph)
    return 0 < kind < 7


def _can_interrupt(item: re.Match[str], rest: str, in_paragraph: bool) -> bool:
    """A list item interrupts a paragraph only if it has content and, when numbered, starts at 1."""
    if not in_paragraph:
        return True
    return bool(rest[item.end():].strip()) and (item.group(2) is None or int(item.group(2)) == 1)


@lru_cache(maxsize=32)
def structure(body: str, *, bounded: bool = True, markdown: bool = True) -> Structure:
    """The outline of a Markdown body (lines split at "\\n"; a trailing "\\r" is ignored).

    "Intro\\n## A\\ntekst\\n\\nB\\n---\\nmere" ⇒ headings A (2), B (2); sections "", "a", "b"
    "tekst\\nB\\n---" ⇒ one heading "tekst B" (2): the underline takes the whole paragraph above it
    "```\\n# ikke\\n```\\n#tag\\n    # kode" ⇒ no headings (hash_text_lines: [3])
    A body over reader.article_bounds (40,000 headings …) ⇒ no headings; its shown part is the introduction
    (bounded=False parses it all the same, in linear time: for tests of the parser itself)
    markdown=False: the sections' markdown is left empty (the search index needs only their bounds and headings)
    """
    if bounded and over_bounds(body):  # a hostile file: no outline, one introduction, shown unformatted everywhere
        shown = plain_length(body)  # what the unformatted view shows is all that is searched and printed
        return Structure((), (SectionSource("", "", body[:shown].strip("\n"), 0, 0, shown),), ())
    lines = body.split("\n")
    raw: list[tuple[int, str, int, int]] = []  # level, inline source, first line, end line
    hash_text: list[int] = []
    paragraph: list[int] = []  # the open top-level paragraph's lines
    fence: tuple[str, int] | None = None
    html_end: int = 0  # the kind of HTML block open (0: none)
    container: _Container | None = None

    for number, full in enumerate(lines):
        if fence is None and not html_end and container is None:
            # the common lines, decided by their first character alone (the full rules below agree)
            first = full[:1]
            if first.isalpha():  # a paragraph line: no block starts with a letter, no underline is one
                paragraph.append(number)
                continue
            if not full or full == "\r":  # a blank line ends the paragraph
                paragraph = []
                continue
        line = full[:-1] if full.endswith("\r") else full
        columns, rest = _indent(line)
        if fence is not None:
            if columns < 4 and _closes(rest, fence):
                fence = None
            continue
        if html_end:
            if html_end >= 6:
                if not rest:
                    html_end = 0
            elif _HTML_END[html_end].search(line):
                html_end = 0
            continue
        if container is not None:
            if not rest:
                container.feed("")
                container.blank = True
                continue
            if container.quote and columns < 4 and rest[:1] == ">":
                container.feed(rest[2:] if rest[1:2] in (" ", "\t") else rest[1:])
                container.blank = False
                continue
            if not container.quote and columns >= container.content_indent:
                container.feed(_dedent(line, container.content_indent))
                container.blank = False
                continue
            if (not container.blank and container.paragraph and container.fence is None
                    and not _interrupts(columns, rest, True)):
                if rest[:1] == "#" and columns == 0:
                    hash_text.append(number)
                continue  # a lazy continuation line of the container's paragraph
            container = None
        if not rest:
            paragraph = []
            continue
        if columns >= 4:
            if paragraph:
                paragraph.append(number)  # continues the paragraph; no indented code may interrupt one
            continue
        if paragraph and _SETEXT.match(rest) and not all(_REFERENCE.match(lines[i]) for i in paragraph):
            source = "\n".join(_indent(lines[i].rstrip("\r"))[1].rstrip(" \t") for i in paragraph)
            raw.append((1 if rest[0] == "=" else 2, source, paragraph[0], number + 1))
            paragraph = []
            continue
        atx = _ATX.match(rest)
        if atx:
            text = atx.group(2) or ""
            if _ATX_EMPTY_CLOSE.fullmatch(text):
                text = ""
            raw.append((len(atx.group(1)), text, number, number + 1))
            paragraph = []
            continue
        fence_match = _FENCE.match(rest)
        if fence_match and not (fence_match.group(1)[0] == "`" and "`" in fence_match.group(2)):
            fence = (fence_match.group(1)[0], len(fence_match.group(1)))
            paragraph = []
            continue
        if _BREAK.match(rest):
            paragraph = []
            continue
        if rest[:1] == ">":
            container = _Container(True, 0)
            container.feed(rest[2:] if rest[1:2] in (" ", "\t") else rest[1:])
            paragraph = []
            continue
        item = _LIST.match(rest)
        if item and _can_interrupt(item, rest, bool(paragraph)):
            after = rest[item.end():]
            marker = item.end() - len(item.group(3))
            spaces = _indent(item.group(3) + after)[0] if after.strip() else 1
            if spaces > 4:  # the item's text starts with indented code: one space belongs to the marker
                spaces = 1
            container = _Container(False, columns + marker + spaces)
            container.feed(after if after.strip() else "")
            paragraph = []
            continue
        kind = _html_start(rest, bool(paragraph))
        if kind:
            paragraph = []
            if not (kind < 6 and _HTML_END[kind].search(rest, 1 if kind == 4 else 0)):
                html_end = kind
            continue
        if rest[:1] == "#" and columns == 0:
            hash_text.append(number)
        paragraph.append(number)

    headings = _headings(raw)
    return Structure(headings, _sections(body, lines, headings, markdown), tuple(hash_text))


def _headings(raw: list[tuple[int, str, int, int]]) -> tuple[Heading, ...]:
    """Anchors, FAQ questions and red flags, by the rules the article view has always used."""
    anchors = Anchors()
    out: list[Heading] = []
    in_faq = h2_red = False
    for level, source, start, end in raw:
        text, one_line, base, red_words, faq_words = _heading_facts(source)
        red = level in (2, 3) and red_words
        if level <= 2:
            in_faq = level == 2 and faq_words
            h2_red = red and level == 2
        out.append(Heading(level, text, anchors.make_from_base(base), one_line, start, end,
                           faq=in_faq and level == 3, red_flag=red or (level == 3 and h2_red)))
    return tuple(out)


@lru_cache(maxsize=8192)
def _heading_facts(source: str) -> tuple[str, str, str, bool, bool]:
    """What a heading's inline source gives, whatever its place: its text, its source on one line, its anchor's
    slug base, and whether its words name a red flag or a FAQ (remembered: articles share many headings)."""
    text = inline_text(source[:_LONGEST])
    return (text, " ".join(source.split()), slugify(text, fallback="afsnit"), bool(_RED_FLAG.search(text)),
            bool(_FAQ.search(text)))


def _sections(body: str, lines: list[str], headings: tuple[Heading, ...], with_markdown: bool = True,
              ) -> tuple[SectionSource, ...]:
    offsets = [0, *accumulate(len(line) + 1 for line in lines)]
    size = len(body)

    def at(line: int) -> int:
        return min(offsets[line], size)

    cuts = [h for h in headings if h.level == 2]
    bounds: list[tuple[Heading | None, int, int]] = [(None, 0, 0)] + [(h, h.start, h.end) for h in cuts]
    sections: list[SectionSource] = []
    inner: list[list[Heading]] = [[] for _ in bounds]
    part = 0
    for each in headings:
        while part + 1 < len(bounds) and each.start >= bounds[part + 1][1]:
            part += 1
        inner[part].append(each)
    for i, (heading, first, after_heading) in enumerate(bounds):
        last = bounds[i + 1][1] if i + 1 < len(bounds) else len(lines)
        markdown = "\n".join(lines[first:last]).strip("\n") if with_markdown else ""
        end = at(last) if i + 1 < len(bounds) else size
        sections.append(SectionSource(heading.anchor if heading else "", heading.text if heading else "",
                                      markdown, at(first), at(after_heading), end, tuple(inner[i])))
    return tuple(sections)


def split_sections(body: str) -> list[SectionSource]:
    """The Markdown split at `##` headings (setext ones too), with the article view's anchors; an empty
    introduction is left out.

    "Intro\\n## A\\ntekst\\n### B\\nmore" ⇒ ["" intro], ["a": "## A\\ntekst\\n### B\\nmore"]
    """
    return [s for s in structure(body).sections if s.anchor or s.markdown.strip()]
