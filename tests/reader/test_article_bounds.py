"""Hostile article shapes (issue 15, item 2): named, shown unformatted, and cheap on every path."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from bench.hostile import shapes
from reader.article_bounds import PLAIN_CHARS, over_bounds
from reader.articles import Level, Library, Source, load_article
from reader.render_guard import render_guarded
from reader.resources import bundled_articles_dir
from reader.structure import split_sections, structure

SHAPES = shapes()


def _seconds(work: object) -> float:
    started = time.perf_counter()
    work()  # type: ignore[operator]
    return time.perf_counter() - started


@pytest.mark.parametrize("name", list(SHAPES))
def test_each_hostile_shape_is_over_the_bounds_and_cheap_on_every_path(name: str) -> None:
    body = SHAPES[name]
    assert over_bounds(body), name
    # The one structure: no outline, only the part that is shown (before: 5-8 s for 500k or 10^6 headings).
    assert _seconds(lambda: structure(body)) < 1.0
    outline = structure(body)
    assert outline.headings == () and len(outline.sections) == 1 and outline.sections[0].end <= PLAIN_CHARS
    assert len(split_sections(body)) == 1
    # The bounded render: plain text at once with the reason (before: the worker's 3 s, or minutes unguarded).
    assert _seconds(lambda: render_guarded(body)) < 1.0
    rendered = render_guarded(body)
    assert rendered.html.startswith("<pre") and rendered.error and "uformateret" in rendered.error
    assert len(rendered.html) < 5 * PLAIN_CHARS  # "&gt;" is four characters, and each block has its tag


def test_real_articles_are_within_the_bounds() -> None:
    library = Library.load([Source(bundled_articles_dir())])
    assert [a.slug for a in library.sorted() if over_bounds(a.body)] == []
    assert not [p for p in library.problems if "uformateret" in p.message]


def test_check_and_the_problems_list_name_an_article_over_the_bounds(tmp_path: Path) -> None:
    path = tmp_path / "overskrifter.md"
    path.write_text(SHAPES["a-40000"], encoding="utf-8")
    result = load_article(path)
    assert result.article is not None  # listed, and shown unformatted
    assert [(p.level, p.message) for p in result.problems if "uformateret" in p.message] == [
        (Level.WARNING, "Artiklen har over 1000 overskrifter; den vises uformateret.")]


def test_a_title_is_looked_for_near_the_top_only() -> None:
    """A million empty "#" lines were read through for a title, for every load of the library."""
    from reader.frontmatter import first_heading

    assert first_heading("Tekst.\n\n# Titel\n") == "Titel"
    assert first_heading("#\n" * 1_000_000 + "# Sen titel\n") is None


def test_the_unformatted_text_wraps_and_breaks_across_pages() -> None:
    """One endless line wraps, and the text comes in blocks a page break can fall between (a page one blank before)."""
    rendered = render_guarded(SHAPES["amp-2mb"])
    assert rendered.html.count('<pre style="white-space: pre-wrap; margin: 0">') > 10
