"""Plain `key: text` front matter is read without YAML, and exactly as YAML reads it; anything else goes to YAML."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from reader import frontmatter
from reader.frontmatter import plain_lines, split
from reader.frontmatter_yaml import _Loader

ROOT = Path(__file__).resolve().parents[2]

PLAIN = [
    "lastUpdated: 19/02/2025\nmetaTitle: Nervesmerter – Hvad er nervesmerter? Bliv klogere her\ndatePublished: 19/02/2025",
    "title: Knæ's smerter", "title: hej \ntitle: igen", 't: a-b/c (d) "e" ø', "t: 2025-06-07", "t: Infinity",
    "t: a%b", "t: a&b *c", "t: a | b", "t: a > b", "t: ja", "t: a' b", "\nt: a\n\n",
]
NOT_PLAIN = [  # numbers, booleans, null, quotes, comments, continued lines, flow collections, odd characters
    "order: 3", "title: yes", "yes: a", "t: Off", "t: null", "title: a #c", "title: x\n  more", "title: 'q'",
    'title: "q"', "title: a: b", "title:x", "t: .inf", "t: ~x", "t: [a, b]", "t: {a: b}", "t: a, b", "t: <<",
    "t: =", "t: a\u00a0b", "t: a\u2028b", "t: -a", "- a", "# c\nt: a", "t: a\r\nu: b", "t:\ta", "t: &a x\nu: *a",
    "t: !tag x", "t: |\n  x", "t: 1:20", "t: +1", "t:",
]


@pytest.mark.parametrize("raw", PLAIN)
def test_plain_lines_read_as_yaml_reads_them(raw: str) -> None:
    assert plain_lines(raw) == yaml.load(raw, Loader=_Loader)


@pytest.mark.parametrize("raw", NOT_PLAIN)
def test_anything_else_goes_to_yaml(raw: str) -> None:
    assert plain_lines(raw) is None


def test_every_article_here_reads_the_same_with_or_without_the_plain_path() -> None:
    files = sorted((ROOT / "resources").rglob("*.md")) + sorted((ROOT / "tests").rglob("*.md"))
    plain = 0
    for path in files:
        text = path.read_text("utf-8", errors="replace")
        try:
            raw, _body = frontmatter.split_raw(text)
        except ValueError:
            continue
        fast = plain_lines(raw)
        if fast is not None:
            plain += 1
            assert fast == yaml.load(raw, Loader=_Loader), path
    assert plain >= 5  # the bundled articles at least


def test_splitting_a_plain_article_loads_no_yaml() -> None:
    code = ("import sys; from reader.frontmatter import split; "
            "d = split('---\\nlastUpdated: 19/02/2025\\ntitle: Knæ\\n---\\nTekst').data; "
            "assert d == {'lastUpdated': '19/02/2025', 'title': 'Knæ'}, d; "
            "assert 'yaml' not in sys.modules and 'frontmatter' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_a_file_that_is_not_plain_still_gets_yaml_types() -> None:
    assert split("---\norder: 3\ntags: [knæ, løb]\n---\nTekst").data == {"order": 3, "tags": ["knæ", "løb"]}
