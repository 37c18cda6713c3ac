"""Real material written by others (tests/data, and the whole corpora when present): loads, titles, problems, renders."""

from __future__ import annotations

import csv
import json
import time
from pathlib import Path

import pytest

from reader.articles import Level, Library, Source, load_article
from reader.render import render_markdown

DATA = Path(__file__).resolve().parents[1] / "data"
# ../shared/corpora beside the checkout (a worktree sits one level deeper, under wt/)
CORPORA = next((p / "shared" / "corpora" for p in Path(__file__).resolve().parents[3:5] if (p / "shared" / "corpora").is_dir()),
               Path(__file__).resolve().parents[3] / "shared" / "corpora")
RENDER_LIMIT_S = 2.0


def health_rows(root: Path) -> list[dict[str, str]]:
    with open(root / "FILES.tsv", encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def expected_fragments(root: Path, row: dict[str, str]) -> set[str]:
    """What the loader should say about a file, from the corpus' own description of it (FILES.tsv)."""
    expected: set[str] = set()
    raw = (root / row["path"]).read_text(encoding="utf-8")
    empty_title = any(line.strip() in ('title: ""', "title: ''", "title:") for line in raw.splitlines()[:30])
    if "title" not in row["front_matter_keys"].split("|") or empty_title:
        expected.add("Metadata (front matter) mangler")
    if row["front_matter"] == "blank_line_before_front_matter":
        expected.add("tomme linjer")
    return expected


def check_health_file(root: Path, row: dict[str, str]) -> None:
    path = root / row["path"]
    result = load_article(path, "clinic")
    article = result.article
    assert article is not None and article.title.strip(), row["path"]
    said = {fragment for fragment in ("Metadata (front matter) mangler", "tomme linjer") if any(fragment in p.message for p in result.problems)}
    assert said == expected_fragments(root, row), (row["path"], [p.message for p in result.problems])
    assert all(p.level is Level.WARNING and p.advice for p in result.problems)
    assert len(result.problems) == len(said), [p.message for p in result.problems]
    started = time.perf_counter()
    rendered = render_markdown(article.body, article.base_dir, article.title)
    assert time.perf_counter() - started < RENDER_LIMIT_S and rendered.error is None
    assert "<script" not in rendered.html.lower()


@pytest.mark.parametrize("row", health_rows(DATA / "healthcare-gov"), ids=lambda r: r["path"].rsplit("/", 1)[-1])
def test_health_articles_in_tests_data(row: dict[str, str]) -> None:
    check_health_file(DATA / "healthcare-gov", row)


def test_the_whole_health_corpus_when_present() -> None:
    root = CORPORA / "healthcare-gov-2013"
    if not (root / "FILES.tsv").is_file():
        pytest.skip("the shared corpora are not here")
    rows = health_rows(root)
    assert len(rows) == 1023
    for row in rows:
        check_health_file(root, row)
    library = Library.load([Source(root / "_posts", "clinic")])
    assert not library.errors
    # English and Spanish files share names in different folders: both of each pair are listed.
    assert len(library) == 1023
    assert not [p for p in library.problems if "Samme filnavn" in p.message]


FRONTMATTER_TABLE = {
    # file: (title, fragments every problem message must be one of)
    "gray-matter/autodetect-toml.md": ("autodetect-TOML", {"'toml'"}),
    "gray-matter/sections.md": ("This page has JSON front matter!", {"'json'", "første overskrift"}),
    "jxson-front-matter/complex-yaml.md": ("This is a title!", {"YAML-mærke"}),
    "jxson-front-matter/dashes-seperator.md": ("Three dashes marks the spot", set()),
    "jxson-front-matter/missing-body.md": ("Three dashes marks the spot", set()),
    "jxson-front-matter/missing-front-matter.md": ("Missing front matter", {"filnavnet bruges"}),
    "jxson-front-matter/no-front-matter-with-hrs.md": ("Heading 1 followed by 3 _underscores_", {"første overskrift"}),
    "jxson-front-matter/unsafe.md": ("Unsafe", {"YAML-mærke", "filnavnet bruges"}),
    "jxson-front-matter/with-dates.md": ("Example with date", set()),
    "python-frontmatter/yaml/chinese.txt": ("Let's try unicode", set()),
    "python-frontmatter/yaml/crlf-from-unit_test.md": ("my title", set()),
    "python-frontmatter/yaml/hello-world.txt": ("Hello, world!", set()),
    "python-frontmatter/yaml/network-diagrams.md": ("TODO: Understand Network Diagrams", set()),
    "python-frontmatter/yaml/extra-space.txt": ("Extra space", {"filnavnet bruges"}),
    "python-frontmatter/empty/empty-frontmatter.txt": ("Empty frontmatter", {"filnavnet bruges"}),
}


@pytest.mark.parametrize(("name", "expected"), FRONTMATTER_TABLE.items(), ids=list(FRONTMATTER_TABLE))
def test_front_matter_fixtures(name: str, expected: tuple[str, set[str]]) -> None:
    path = DATA / "frontmatter-fixtures" / name
    result = load_article(path)
    title, fragments = expected
    assert result.article is not None and result.article.title == title
    said = {f for f in fragments if any(f in p.message for p in result.problems)}
    assert said == fragments and len(result.problems) == len(fragments), [p.message for p in result.problems]
    result_json = path.with_name(path.stem + ".result.json")
    if result_json.is_file() and isinstance(json.loads(result_json.read_text(encoding="utf-8")).get("title"), str):
        assert result.article.title == json.loads(result_json.read_text(encoding="utf-8"))["title"]


def test_every_commonmark_example_loads_and_renders_in_time(tmp_path: Path) -> None:
    examples = json.loads((DATA / "commonmark" / "spec-0.31.2.json").read_text(encoding="utf-8"))
    assert len(examples) == 652
    slowest = 0.0
    for example in examples:
        path = tmp_path / f"eksempel-{example['example']}.md"
        path.write_text(f"---\ntitle: Eksempel {example['example']}\n---\n\n{example['markdown']}", encoding="utf-8")
        result = load_article(path)
        assert result.article is not None, example["example"]
        started = time.perf_counter()
        rendered = render_markdown(result.article.body, tmp_path, result.article.title)
        slowest = max(slowest, time.perf_counter() - started)
        assert rendered.html is not None and "<script" not in rendered.html.lower()
        assert "javascript:" not in rendered.html.lower()
    assert slowest < RENDER_LIMIT_S
