"""Index in place: an edited, deleted or added article gives the same index and answers as a new build."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.articles import Article, Library, Source
from reader.resources import bundled_articles_dir
from reader.search import SearchIndex

SEEDS = Library.load([Source(bundled_articles_dir())]).sorted()
SECTIONS = [part for a in SEEDS for part in re.split(r"\n(?=## )", a.body) if part.strip()]
WORDS = ["zyxkvist", "knæskade", "Lændesmerter", "hofteøvelser", "ÅNDEDRÆT", "nakkesmerter", "ømhed", "svimmelhed"]
QUERIES = ["lænd", "nervesmerter", "zyxkvist", "knæ", "hofteøvelser", "ø", "ån", "nerveglidning", "prolaps",
           "nervesmeter", "ømhed svimmelhed", "myelin", "smerter i benet", "ny artikel"]


def article(slug: str, title: str, sections: list[int], words: list[int]) -> Article:
    body = "\n\n".join(SECTIONS[i % len(SECTIONS)] for i in sections)
    body += "\n\n## Nyt afsnit\n\n" + " ".join(WORDS[w % len(WORDS)] for w in words) + "\n"
    return Article(slug, title, Path(f"/clinic/{slug}.md"), body)


def structure(index: SearchIndex) -> dict[str, object]:
    """The index as a build defines it, independent of term and document numbering."""
    postings = {}
    for tid, term in enumerate(index.terms):
        start, end = int(index.post_off[tid]), int(index.post_off[tid + 1])
        postings[term] = sorted((index.slugs[int(index.post_docs[i])], round(float(index.post_weight[i]), 5))
                                for i in range(start, end))
    short = {}
    for i, key in enumerate(index.short_keys):
        start, end = int(index.short_off[i]), int(index.short_off[i + 1])
        short[key] = sorted((index.slugs[int(index.short_docs[j])], round(float(index.short_weight[j]), 5))
                            for j in range(start, end))
    sections = {}
    for doc, slug in enumerate(index.slugs):
        first, after = int(index.doc_sections[doc]), int(index.doc_sections[doc + 1])
        sections[slug] = [(index.section_titles[i], index.section_anchors[i], int(index.section_offsets[i]),
                           int(index.section_ends[i])) for i in range(first, after)]
    order = sorted(index.slugs, key=lambda s: int(index.rank[index.slugs.index(s)]))
    return {"postings": postings, "short": short, "sections": sections, "order": order,
            "df": {t: int(f) for t, f in zip(index.terms, index.doc_freq, strict=True)}}


def answers(index: SearchIndex) -> list[object]:
    out: list[object] = []
    for query in QUERIES:
        result = index.search(query, 5)
        out.append((query, result.total, [(h.slug, round(h.score, 4)) for h in result.hits]))
        out.append(index.suggestions(query))
    return out


def check_same(articles: list[Article], updated: SearchIndex) -> None:
    fresh = SearchIndex.build(articles)
    assert structure(updated) == structure(fresh)
    assert answers(updated) == answers(fresh)


def library(count: int) -> list[Article]:
    return [*SEEDS, *(article(f"a{n}", f"Artikel {n} om knæ", [n, n + 3, n + 7], [n, n + 1]) for n in range(count))]


def test_edit_makes_a_new_word_findable_and_an_old_one_gone() -> None:
    articles = library(6)
    index = SearchIndex.build(articles)
    edited = dataclasses.replace(articles[6], body="## Kun nyt\n\nblåbærsaft og intet andet\n")
    changed = [edited if a is articles[6] else a for a in articles]
    new = index.updated(changed)
    assert [h.slug for h in new.search("blåbærsaft").hits] == [edited.slug]
    assert index.search("blåbærsaft").total == 0  # the old index is left as it was
    check_same(changed, new)


def test_delete_and_add() -> None:
    articles = library(4)
    index = SearchIndex.build(articles)
    fewer = [a for a in articles if a.slug != SEEDS[0].slug]
    check_same(fewer, index.updated(fewer))
    more = [*articles, article("ny", "Ny artikel om svimmelhed", [1, 2], [7, 7, 5])]
    check_same(more, index.updated(more))


def test_a_title_change_moves_the_article_in_title_order() -> None:
    articles = library(5)
    index = SearchIndex.build(articles)
    renamed = [dataclasses.replace(a, title="Å sidst") if a.slug == "a0" else a for a in articles]
    new = index.updated(renamed)
    assert new.slugs[int(new.rank.argmax())] == "a0"
    check_same(renamed, new)


_EDIT = st.tuples(st.sampled_from(["edit", "delete", "add", "title"]), st.integers(0, 30),
                  st.lists(st.integers(0, 40), min_size=1, max_size=4), st.lists(st.integers(0, 20), max_size=4))


@settings(derandomize=True, max_examples=25, deadline=None)
@given(st.lists(_EDIT, min_size=1, max_size=4))
def test_any_series_of_changes_equals_a_new_build(edits: list[tuple[str, int, list[int], list[int]]]) -> None:
    articles = library(5)
    index = SearchIndex.build(articles)
    for n, (kind, which, sections, words) in enumerate(edits):
        target = articles[which % len(articles)]
        if kind == "edit":
            replacement = article(target.slug, target.title, sections, words)
            articles = [replacement if a is target else a for a in articles]
        elif kind == "delete" and len(articles) > 1:
            articles = [a for a in articles if a is not target]
        elif kind == "title":
            articles = [dataclasses.replace(a, title=f"Ny titel {which}") if a is target else a for a in articles]
        else:
            articles = [*articles, article(f"ny{n}", f"Ny artikel {which}", sections, words)]
        index = index.updated(articles)
    check_same(articles, index)


def write_library(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for a in library(count):
        path = folder / f"{a.slug}.md"
        path.write_text(f"---\ntitle: {a.title}\n---\n\n{a.body}\n", "utf-8")
        paths.append(path)
    return paths


def load(folder: Path) -> list[Article]:
    return Library.load([Source(folder, "clinic")]).sorted()


def test_stored_index_is_loaded_then_updated_on_disk_not_rebuilt(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from reader.search import index_file, open_index, store

    folder, cache = tmp_path / "artikler", tmp_path / "cache"
    paths = write_library(folder, 4)
    first = open_index(load(folder), cache)
    stored = index_file(cache, load(folder))
    assert stored.is_file()

    def no_build(*_args: object, **_kwargs: object) -> SearchIndex:
        raise AssertionError("built anew")

    monkeypatch.setattr(SearchIndex, "build", no_build)
    again = open_index(load(folder), cache)
    assert answers(again) == answers(first)
    paths[-1].write_text("---\ntitle: Rettet artikel\n---\n\n## Nyt\n\nblåbærsaft hver dag\n", "utf-8")
    paths[0].unlink()
    (folder / "ny.md").write_text("---\ntitle: Helt ny\n---\n\ntranebær og knæ\n", "utf-8")
    articles = load(folder)
    edited = open_index(articles, cache)
    assert [h.slug for h in edited.search("blåbærsaft").hits] == [paths[-1].stem]
    from_disk = open_index(articles, cache)  # the update was written: loaded as it is
    monkeypatch.undo()
    check_same(articles, edited)
    check_same(articles, from_disk)
    # another index format: built anew
    monkeypatch.setattr(store, "INDEX_VERSION", store.INDEX_VERSION + 1)
    monkeypatch.setattr(SearchIndex, "build", no_build)
    try:
        open_index(articles, cache)
    except AssertionError as error:
        assert "built anew" in str(error)
    else:
        raise AssertionError("an index of another version was used")


def test_window_and_cli_folders_keep_their_own_index(tmp_path: Path) -> None:
    from reader.search import index_file

    one, two = write_library(tmp_path / "a", 1), write_library(tmp_path / "b", 1)
    assert index_file(tmp_path, load(one[0].parent)) != index_file(tmp_path, load(two[0].parent))
