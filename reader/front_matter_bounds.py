"""Where a file's front matter begins and ends (its `---` lines), and the alias limit its YAML is held to: shared by
reader/frontmatter.py and the YAML side it loads on first use (reader/frontmatter_yaml.py)."""

from __future__ import annotations

import re

MAX_ALIASES = 50

_OPEN = re.compile(r"\A(?:[ \t]*\r?\n)*---[ \t]*(?P<lang>[A-Za-z]*)[ \t]*\r?\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)


class AliasBombError(ValueError):
    def __init__(self, count: int) -> None:
        super().__init__(f"{count} aliases")
        self.count = count


def split_raw(text: str) -> tuple[str, str]:
    """(front matter, body); ValueError when there is no opening or closing line."""
    opened = _OPEN.match(text)
    closed = _CLOSE.search(text, opened.end()) if opened else None
    if opened is None or closed is None:
        raise ValueError("no front matter")
    return text[opened.end() : closed.start()], text[closed.end() :].lstrip("\r\n")
