"""The one outline of an article body: headings (ATX and setext), anchors, `##` sections, FAQ and red flags."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from reader.structure import Anchors, inline_text, split_sections, structure

SPEC = json.loads((Path(__file__).parents[1] / "data" / "commonmark" / "spec-0.31.2.json").read_text("utf-8"))
# Headings inside a block quote or list item are part of that block, not of the article's outline.
NESTED_HEADINGS = {228, 229, 230, 232, 300}

# One article every consumer is tested on: a setext `##`, the same Danish heading twice, headings in code.
ARTICLE_BODY = """# Knæ

Indledning om knæet.

## Øvelser

Bøj knæet.

## Øvelser

Stræk knæet.

```
## Ikke en overskrift
```

Tredje afsnit
-------------

Her står ordet kvadriceps.

### Hvad gør jeg?

~~~
# heller ikke
~~~

## Sidste afsnit

Slut.
"""
ARTICLE = "---\ntitle: Knæ\n---\n" + ARTICLE_BODY
ANCHORS = ["knae", "oevelser", "oevelser-2", "tredje-afsnit", "hvad-goer-jeg", "sidste-afsnit"]


def _expected_headings(html_text: str) -> list[tuple[int, str]]:
    found = re.finditer(r"<h([1-6])>(.*?)</h\1>", html_text, re.DOTALL)
    return [(int(m.group(1)), " ".join(html.unescape(re.sub(r"<[^>]+>", "", m.group(2))).split())) for m in found]


@pytest.mark.parametrize("example", [e for e in SPEC if e["section"] in ("ATX headings", "Setext headings")],
                         ids=lambda e: str(e["example"]))
def test_commonmark_heading_examples(example: dict[str, object]) -> None:
    markdown, expected = str(example["markdown"]), _expected_headings(str(example["html"]))
    assert [(h.level, h.text) for h in structure(markdown).headings] == expected


def test_every_commonmark_example_finds_exactly_its_outline_headings() -> None:
    for example in SPEC:
        found = [(h.level, h.text) for h in structure(example["markdown"]).headings]
        expected = _expected_headings(example["html"])
        if example["example"] in NESTED_HEADINGS:
            assert found == [], example["example"]
        else:
            assert [level for level, _ in found] == [level for level, _ in expected], example["example"]


def test_the_article_outline() -> None:
    outline = structure(ARTICLE_BODY)
    assert [(h.level, h.text, h.anchor) for h in outline.headings] == [
        (1, "Knæ", "knae"), (2, "Øvelser", "oevelser"), (2, "Øvelser", "oevelser-2"),
        (2, "Tredje afsnit", "tredje-afsnit"), (3, "Hvad gør jeg?", "hvad-goer-jeg"),
        (2, "Sidste afsnit", "sidste-afsnit")]
    setext = outline.headings[3]
    lines = ARTICLE_BODY.split("\n")
    assert lines[setext.start:setext.end] == ["Tredje afsnit", "-------------"]


def test_sections_carry_their_source_text_and_offsets() -> None:
    sections = structure(ARTICLE_BODY).sections
    assert [s.anchor for s in sections] == ["", "oevelser", "oevelser-2", "tredje-afsnit", "sidste-afsnit"]
    intro, _, second, third, last = sections
    assert intro.markdown == "# Knæ\n\nIndledning om knæet."
    assert "## Ikke en overskrift" in second.markdown and "Tredje" not in second.markdown
    assert third.markdown.startswith("Tredje afsnit\n---") and "kvadriceps" in third.markdown
    assert "# heller ikke" in third.markdown and "Sidste" not in third.markdown
    assert [h.anchor for h in third.headings] == ["tredje-afsnit", "hvad-goer-jeg"]
    assert ARTICLE_BODY[third.start:third.text_start] == "Tredje afsnit\n-------------\n"
    assert ARTICLE_BODY[third.text_start:third.end].startswith("\nHer står ordet kvadriceps.")
    assert ARTICLE_BODY[third.end:].startswith("## Sidste afsnit")
    assert last.end == len(ARTICLE_BODY)


def test_split_sections_leaves_out_an_empty_introduction() -> None:
    assert [s.anchor for s in split_sections("## A\ntekst")] == ["a"]
    assert [s.anchor for s in split_sections("Intro\n## A\ntekst")] == ["", "a"]


@pytest.mark.parametrize(("markdown", "expected"), [
    ("Foo\n---\n", [(2, "Foo")]),
    ("Foo\n\n---\n", []),  # after a blank line: a thematic break
    ("Foo\nbar\n===\n", [(1, "Foo bar")]),
    ("- Foo\n---\n", []),
    ("> Foo\n---\n", []),
    ("> # Citat\n", []),
    ("    # kode\n", []),
    ("```\n# kode\n```\n", []),
    ("~~~~\n# kode\n~~~\n# stadig kode\n~~~~\n", []),
    ("```\n# aldrig lukket\n", []),
    ("#hashtag\n####### syv\n", []),
    ("   ## Tre mellemrum ##\n", [(2, "Tre mellemrum")]),
    ("<div>\n## i html\n</div>\n", []),
])
def test_what_is_a_heading(markdown: str, expected: list[tuple[int, str]]) -> None:
    assert [(h.level, h.text) for h in structure(markdown).headings] == expected


@pytest.mark.parametrize(("texts", "anchors"), [
    (["Øvelser", "Øvelser"], ["oevelser", "oevelser-2"]),
    (["Hvad er 'røde flag'?", "Lænden & ryggen"], ["hvad-er-roede-flag", "laenden-ryggen"]),
    (["a", "a-2", "a"], ["a", "a-2", "a-3"]),
    (["a", "a", "a-2"], ["a", "a-2", "a-2-2"]),
    (["???", "!!!"], ["afsnit", "afsnit-2"]),
])
def test_anchor_spelling(texts: list[str], anchors: list[str]) -> None:
    maker = Anchors()
    assert [maker.make(t) for t in texts] == anchors


@pytest.mark.parametrize(("markdown", "text"), [
    ("Om *knæ* og [ryg](ryg.md)", "Om knæ og ryg"),
    ("`a*b` \\*c\\* &amp; <b>d</b>", "a*b *c* & d"),
    ("snake_case og __fed__", "snake_case og fed"),
    ("![Billede](x.png) af knæ", "Billede af knæ"),
])
def test_inline_text(markdown: str, text: str) -> None:
    assert inline_text(markdown) == text


def test_faq_questions_and_red_flags_as_the_view_marks_them() -> None:
    body = ("## Ofte stillede spørgsmål\n### Hvad?\n#### Detalje\n### Hvorfor?\n"
            "## Hvornår skal jeg søge læge?\n### Ring 112\n### Andet\n## Slut\n### Ikke FAQ\n")
    marks = [(h.text, h.faq, h.red_flag) for h in structure(body).headings]
    assert marks == [
        ("Ofte stillede spørgsmål", False, False), ("Hvad?", True, False), ("Detalje", False, False),
        ("Hvorfor?", True, False), ("Hvornår skal jeg søge læge?", False, True), ("Ring 112", False, True),
        ("Andet", False, True), ("Slut", False, False), ("Ikke FAQ", False, False)]


def test_forty_thousand_repeated_headings_get_unique_anchors_quickly() -> None:
    outline = structure("# a\n" * 40_000, bounded=False)  # 0.25 s here; the old quadratic loop took 105 s
    anchors = [h.anchor for h in outline.headings]
    assert len(anchors) == 40_000 and len(set(anchors)) == 40_000
    assert anchors[:3] == ["a", "a-2", "a-3"] and anchors[-1] == "a-40000"


def test_hostile_heading_lines_stay_cheap() -> None:
    body = "# " + "`*_[" * 250_000 + "\n" + ("Foo\n" * 50_000) + "---\n"
    outline = structure(body, bounded=False)  # the parser itself; the bounded path shows such a file unformatted
    assert [h.level for h in outline.headings] == [1, 2]


def test_a_body_over_the_bounds_has_no_outline() -> None:
    """Issue 15, item 2: 40,000 headings are shown unformatted; the outline is the shown part alone."""
    outline = structure("# a\n" * 40_000)
    assert outline.headings == () and [s.anchor for s in outline.sections] == [""]
