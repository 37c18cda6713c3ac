"""What an article may hold and still be formatted: a linear pre-scan, shared by every path that formats one.

An article over these bounds (a hostile or broken file: 40,000 headings, a 100,000-row table, 100,000
nested quotes) has no outline and is shown unformatted everywhere — view, search, handout, kiosk and
self-test — and `check` and the problems list name it. Real patient articles are 5–30 kB with tens of
headings; every bound is a hundred times that.
"""

from __future__ import annotations

import re

MAX_CHARS = 400_000
MAX_HEADINGS = 1_000
MAX_PIPES = 20_000  # table cells: about 5,000 rows of a three-column table
MAX_BRACKETS = 2_000  # python-markdown's link patterns are quadratic in runs of "["
MAX_ENTITIES = 20_000
MAX_QUOTE_DEPTH = 20
_DEEP_QUOTE = re.compile(rf"^(?:[ \t]{{0,3}}>){{{MAX_QUOTE_DEPTH}}}", re.MULTILINE)
PLAIN_CHARS = 20_000  # what is shown (and searched, and printed: about ten pages) of an article shown unformatted
PLAIN_LINES = 1_000


def _heading_lines(body: str) -> int:
    """ATX heading lines ("#", "   ## x") and setext underlines, counted by str.count: C speed, no outline."""
    starts = body.startswith(("#", " #", "  #", "   #"))
    atx = sum(body.count(f"\n{' ' * spaces}#") for spaces in range(4))
    setext = body.count("\n==") + body.count("\n--")
    return starts + atx + setext


def over_bounds(body: str) -> str | None:
    """Why the body is too big or too odd to format (plain Danish), or None when it is within the bounds.

    "# a\\n" * 40_000 ⇒ "Artiklen har over 1000 overskrifter …";  a normal article ⇒ None
    """
    reason = None
    if len(body) > MAX_CHARS:
        reason = f"Artiklen er for stor til at blive formateret ({len(body) / 1_000_000:.1f} mio. tegn; højst {MAX_CHARS // 1000} 000)".replace(".", ",", 1)
    elif _heading_lines(body) > MAX_HEADINGS:
        reason = f"Artiklen har over {MAX_HEADINGS} overskrifter"
    elif body.count("|") > MAX_PIPES:
        reason = f"Artiklens tabeller har over {MAX_PIPES} celler"
    elif body.count("[") > MAX_BRACKETS:
        reason = f"Artiklen har over {MAX_BRACKETS} skarpe parenteser ([)"
    elif body.count("&") > MAX_ENTITIES:
        reason = f"Artiklen har over {MAX_ENTITIES} &-tegn"
    elif _DEEP_QUOTE.search(body):
        reason = f"Artiklen har citater i over {MAX_QUOTE_DEPTH} niveauer"
    return f"{reason}; den vises uformateret." if reason else None


def plain_length(body: str) -> int:
    """How much of the body an unformatted view shows: PLAIN_CHARS characters or PLAIN_LINES lines, the fewer.

    "x\\n" * 10_000 ⇒ 2000 (1,000 lines);  "x" * 10**6 ⇒ 20000
    """
    end = -1
    for _ in range(PLAIN_LINES):
        end = body.find("\n", end + 1, PLAIN_CHARS)
        if end < 0:
            return min(len(body), PLAIN_CHARS)
    return end + 1
