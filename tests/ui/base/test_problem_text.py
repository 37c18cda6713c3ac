"""Every problem text reader/ says in Danish has a known shape, so the English interface can say it in English."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader import articles
from reader.articles import Article, Library, Problem, Source
from reader.review import review_problems
from ui.base import i18n
from ui.base.problem_text import problem_line, shape_of, translated

DATA = Path(__file__).resolve().parents[2] / "data"

FRONTS = [
    "\n\n---\ntitle: Tomme linjer\n---\nx",
    "---toml\ntitle = 'x'\n---\nx",
    "---\ntitle: A\nx: " + "[" * 300 + "]" * 300 + "\n---\nx",
    "---\na: &a [x, x]\n" + "".join(f"b{n}: &b{n} [*{'a' if n == 0 else f'b{n - 1}'}]\n" for n in range(120)) + "---\nx",
    "---\na: !!python/object/apply:os.system ['echo hi']\n---\nx",
    "---\ntitle: Diskusprolaps: 6 myter\n---\nx",
    "---\ntitle: [unclosed\n---\nx",
    "---\ntitle: \"Ubrudt\n---\nx",
    "---\ntitle: A\n  b: c\n---\nx",
    "---\nlastUpdated: snart\n---\nx",
    "---\n- bare\n- en liste\n---\nx",
    "---\ntitle: " + "x" * 70_000 + "\n---\nx",
    "---\nmetaTitle: Knæ – læs mere\n---\nx",
    "---\nlastUpdated: 31/02/2024\n---\n# Overskrift\n\nx",
    "Ingen metadata.",
]


def problems_of_every_kind(folder: Path) -> list[Problem]:
    folder.mkdir()
    for number, front in enumerate(FRONTS):
        (folder / f"f{number}.md").write_text(front, encoding="utf-8")
    (folder / "tom.md").write_text("", encoding="utf-8")
    (folder / "binær.md").write_bytes(b"\x00\x01PNG")
    (folder / "nul.md").write_bytes(b"---\ntitle: N\x00ul\n---\nx")
    for name, body in (("stor", "x " * 250_000), ("overskrifter", "# a\n" * 1_100), ("tabel", "| a |\n" * 21_000),
                       ("klammer", "[" * 2_100), ("og", "&amp;" * 21_000), ("citat", "> " * 25 + "x")):
        (folder / f"{name}.md").write_text(f"---\ntitle: {name}\n---\n{body}\n", encoding="utf-8")
    (folder / "styr.md").write_bytes(b"\x01\x02" * 100)
    (folder / "cp1252.md").write_bytes(b"---\ntitle: S\xf8ren\n---\nx")
    (folder / "stor.md").write_bytes(b"x" * (articles.MAX_FILE_BYTES + 1))
    (folder / "mappe.md").mkdir()
    (folder / "sub").mkdir()
    (folder / "sub" / "f1.md").write_text("---\ntitle: Dublet\n---\nx", encoding="utf-8")
    (folder / "samme-titel.md").write_text("---\ntitle: Dublet\n---\nx", encoding="utf-8")
    os.mkfifo(folder / "fifo.md")
    (folder / "ring-a.md").symlink_to(folder / "ring-b.md")
    (folder / "ring-b.md").symlink_to(folder / "ring-a.md")
    (folder / "væk.md").symlink_to(folder / "findes-ikke.md")
    library = Library.load([Source(folder, "clinic"), Source(folder / "findes-ikke", "clinic"), Source(Path("/proc"), "clinic")])
    old = Library([Article("gammel", "Gammel", folder / "gammel.md", "", updated=dt.date(2020, 1, 1), source="clinic"),
                   Article("frist", "Frist", folder / "frist.md", "", review_by=dt.date(2021, 1, 1), source="clinic")])
    return [*library.problems, *review_problems(old)]


def test_every_loader_text_has_a_shape(tmp_path: Path) -> None:
    problems = problems_of_every_kind(tmp_path / "klinik")
    for fixtures in (DATA / "frontmatter-fixtures", DATA / "healthcare-gov"):
        if fixtures.is_dir():
            problems += Library.load([Source(fixtures, "clinic")]).problems
    texts = {text for p in problems for text in (p.message, p.advice) if text}
    assert len(texts) > 40
    assert sorted(text for text in texts if shape_of(text) is None) == []


@pytest.fixture
def english(qapp: object) -> Iterator[None]:
    assert i18n.install_language("en")
    yield
    i18n.reset_language()


def test_every_shape_is_translated(tmp_path: Path, english: None) -> None:
    problems = problems_of_every_kind(tmp_path / "klinik")
    untranslated = [text for p in problems for text in (p.message, p.advice) if text and translated(text) == text]
    assert untranslated == []
    line = problem_line(next(p for p in problems if p.message == "Filen er tom."))
    assert line.startswith("Error: ") and line.endswith("The file is empty. What to do: Write the article in the file, or delete it.")


def test_values_are_kept_and_unknown_texts_pass_through(english: None) -> None:
    assert translated("Datoen '31/02/2024' kan ikke læses; den er udeladt.") == \
        "The date '31/02/2024' cannot be read; it was left out."
    assert translated("Knæ: Sidst opdateret 01-01-2020, over 24 måneder siden.") == \
        "Knæ: Last updated 01-01-2020, over 24 months ago."
    assert translated("En helt ny besked.") == "En helt ny besked."
