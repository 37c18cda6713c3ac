"""Markdown to sanitised HTML: tables, anchors, lists, FAQ, callouts, images and hostile input."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from reader.articles import Library, Source
from reader.render import article_html, render_markdown, split_sections
from reader.resources import bundled_articles_dir


@pytest.fixture(scope="module")
def seeds() -> Library:
    return Library.load([Source(bundled_articles_dir())])


def test_largest_seed_renders_table_anchors_faq_and_callout(seeds: Library) -> None:
    article = seeds.get("nervetryk-i-laenden")
    assert article is not None
    rendered = render_markdown(article.body, article.base_dir, article.title)
    assert rendered.error is None
    assert "<table" in rendered.html and "<th>Symptomer</th>" in rendered.html
    assert 'id="hvad-er-nervetryk-i-laenden"' in rendered.html
    assert 'class="faq-q"' in rendered.html
    assert 'class="callout"' in rendered.html
    h2 = [s for s in rendered.sections if s.level == 2]
    assert len(h2) == 11
    assert [s.title for s in rendered.sections if s.red_flag] == [
        "Hvornår skal jeg søge læge eller akut hjælp?", "Hvad er 'røde flag' ved nervetryk i lænden?"]
    assert sum(s.faq for s in rendered.sections) == 8


def test_sections_from_source_match_rendered_anchors(seeds: Library) -> None:
    for article in seeds.sorted():
        rendered = render_markdown(article.body, article.base_dir, article.title)
        source = [s.anchor for s in split_sections(article.body) if s.anchor]
        assert source == [s.anchor for s in rendered.sections if s.level == 2]


def test_article_html_has_title_and_danish_date(seeds: Library) -> None:
    article = seeds.get("nervetryk-i-laenden")
    assert article is not None
    page = article_html(article, render_markdown(article.body, article.base_dir, article.title))
    assert '<h1 class="title">Nervetryk i lænden</h1>' in page
    assert "Opdateret 12. oktober 2025" in page


def test_duplicate_title_heading_is_dropped_and_anchors_are_unique() -> None:
    rendered = render_markdown("# Knæ\n\n## Øvelser\n\nx\n\n## Øvelser\n\ny", title="Knæ")
    assert "<h1" not in rendered.html
    assert [s.anchor for s in rendered.sections] == ["oevelser", "oevelser-2"]


def test_sane_lists_and_tables() -> None:
    rendered = render_markdown("1. en\n2. to\n\n* a\n* b\n\n| A | B |\n|---|---|\n| 1 | 2 |\n")
    assert "<ol>" in rendered.html and "<ul>" in rendered.html
    assert "<td>1</td>" in rendered.html


@pytest.mark.parametrize(
    ("markdown", "forbidden"),
    [
        ("<script>alert(1)</script>", "alert"),
        ("<style>body{display:none}</style>", "display:none"),
        ('<iframe src="https://evil.example"></iframe>', "iframe"),
        ('<img src="x.png" onerror="alert(1)">', "onerror"),
        ('<a href="javascript:alert(1)">klik</a>', "javascript"),
        ("[klik](javascript:alert(1))", "javascript"),
        ("[fil](file:///etc/passwd)", "file:"),
        ('<a href="#" onclick="x()">a</a>', "onclick"),
        ('<div style="position:fixed">x</div>', "position"),
        ("<object data='x'></object><embed src='y'>", "object"),
        ("<form action='https://x'><input name=q></form>", "<input"),
    ],
)
def test_raw_html_is_sanitised(markdown: str, forbidden: str) -> None:
    assert forbidden not in render_markdown(markdown).html


def test_remote_images_never_fetched_missing_show_alt(tmp_path: Path) -> None:
    (tmp_path / "billede.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    rendered = render_markdown(
        "![Ekstern](https://example.org/x.png) ![Mangler](mangler.png) ![Lokal](billede.png) ![Ud](../../etc/passwd)",
        base_dir=tmp_path,
    )
    assert "example.org" not in rendered.html
    assert "[Ekstern]" in rendered.html and "[Mangler]" in rendered.html and "[Ud]" in rendered.html
    assert f'src="{tmp_path / "billede.png"}"' in rendered.html


def test_deeply_nested_lists_do_not_crash() -> None:
    body = "\n".join("    " * depth + "- punkt" for depth in range(400))
    started = time.perf_counter()
    rendered = render_markdown(body)
    assert time.perf_counter() - started < 10
    assert "punkt" in rendered.html


def test_one_megabyte_line_renders() -> None:
    rendered = render_markdown("ord " * 250_000)
    assert rendered.error is None and rendered.html.count("ord") == 250_000


def test_split_sections_keeps_intro_and_nested_headings() -> None:
    sections = split_sections("Intro\n\n## A\ntekst\n### B\nmere\n```\n## ikke en overskrift\n```\n## C\nslut")
    assert [(s.anchor, s.title) for s in sections] == [("", ""), ("a", "A"), ("c", "C")]
    assert "### B" in sections[1].markdown and "## ikke en overskrift" in sections[1].markdown


def test_heading_ids_are_the_outline_anchors_in_document_order(seeds: Library) -> None:
    from reader.structure import structure

    for article in seeds.sorted():
        rendered = render_markdown(article.body, article.base_dir, article.title)
        ids = re.findall(r'<h[1-6][^>]* id="([^"]+)"', rendered.html)
        outline = [h.anchor for h in structure(article.body).headings]
        assert ids in (outline, outline[1:])  # the heading that repeats the title is left out
        assert [s.anchor for s in rendered.sections] == [h.anchor for h in structure(article.body).headings
                                                         if h.level in (2, 3)]


def test_setext_duplicate_danish_and_fenced_headings_in_the_html() -> None:
    from tests.reader.test_structure import ANCHORS, ARTICLE_BODY

    rendered = render_markdown(ARTICLE_BODY, title="Knæ")
    assert re.findall(r'<h([1-6])[^>]* id="([^"]+)"', rendered.html) == [
        ("2", "oevelser"), ("2", "oevelser-2"), ("2", "tredje-afsnit"), ("3", "hvad-goer-jeg"), ("2", "sidste-afsnit")]
    assert [s.anchor for s in rendered.sections] == ANCHORS[1:]
    assert "<pre><code>## Ikke en overskrift" in rendered.html and "# heller ikke" in rendered.html
    assert "-----" not in rendered.html and "\ue000" not in rendered.html


@pytest.mark.parametrize(("markdown", "fragment"), [
    ("Foo\nbar\n---\n", '<h2 id="foo-bar">Foo bar</h2>'),
    ("   ## Indrykket ##\n", '<h2 id="indrykket">Indrykket</h2>'),
    ("#hashtag\n", "<p>#hashtag</p>"),
    ("# C#\n", '<h1 id="c">C#</h1>'),
    ("Tekst\n\n---\n\nmere", "<hr"),
    ("> ## Citat\n", "<blockquote>\n<h2>Citat</h2>"),
])
def test_what_the_renderer_makes_a_heading(markdown: str, fragment: str) -> None:
    assert fragment in render_markdown(markdown).html
