"""Snippets: Markdown as plain words, and the escaped text around a match with the matched words in bold."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
TAG = re.compile(r"<[^>]{0,500}>")
_LINE_START = re.compile(r"(?:#{1,6}|[-+]|\d+\.)[ \t]+")
_RULE = re.compile(r":?-{2,}:?")


def plain(markdown: str) -> str:
    """Markdown as plain words for snippets: links, tags and markup characters dropped.

    "## Om **knæ**\n- [se her](x.md) <b>nu</b>" ⇒ "Om knæ se her nu"
    """
    text = _LINK.sub(r"\1", markdown) if "](" in markdown else markdown
    if "<" in text:
        text = TAG.sub(" ", text)
    for mark in "*_`>|":
        if mark in text:
            text = text.replace(mark, " ")
    lines: list[str] = []
    for line in text.split("\n"):
        line = line.lstrip(" \t")
        if line[:1] in ("#", "-", "+") or line[:1].isdigit():
            line = _LINE_START.sub("", line, count=1) if _LINE_START.match(line) else line
        lines.append(line)
    text = " ".join(lines)
    if "--" in text:
        text = _RULE.sub(" ", text)
    return " ".join(text.split())


def snippet(text: str, position: int, patterns: Sequence[re.Pattern[str]], before: int = 60, after: int = 160) -> str:
    """Escaped HTML around position, whole words, matched words in <b>…</b>, "…" where text was cut."""
    position = max(position, 0)
    start = max(0, position - before)
    if start > 0:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < position else start
    end = min(len(text), position + after)
    if end < len(text):
        space = text.rfind(" ", position, end)
        end = space if space > position else end
    piece = text[start:end]
    spans = sorted((m.start(), m.end()) for p in patterns for m in p.finditer(piece) if m.end() > m.start())
    out: list[str] = ["…"] if start > 0 else []
    done = 0
    for a, b in spans:
        if a < done:
            continue
        out.append(html.escape(piece[done:a], quote=False))
        out.append("<b>" + html.escape(piece[a:b], quote=False) + "</b>")
        done = b
    out.append(html.escape(piece[done:], quote=False))
    if end < len(text):
        out.append("…")
    return "".join(out)
