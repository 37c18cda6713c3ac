"""Search over the five bundled articles: relevance as a user types, ranking rules, hostile input, the cache."""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.articles import Library, Source
from reader.resources import bundled_articles_dir, resource_path
from reader.search import SearchIndex, cache_key, load_index, save_index
from reader.text import Synonyms

AFKLEMNING, LEDNING, REGENERATION = "nerveafklemning", "nerveledning", "nerveregeneration"
SMERTER, LAENDEN = "nervesmerter", "nervetryk-i-laenden"

# (what the user types, the article that must come first)
RELEVANCE = [
    # plain terms and titles
    ("nervesmerter", SMERTER), ("nerveledning", LEDNING), ("nerveregeneration", REGENERATION),
    ("nerveafklemning", AFKLEMNING), ("nervetryk i lænden", LAENDEN), ("iskias", LAENDEN),
    ("radikulopati", LAENDEN), ("myelin", LEDNING), ("axon", LEDNING),
    # inflections
    ("nerveglidning", LAENDEN), ("neuropatisk", SMERTER), ("lænden", LAENDEN), ("nerveafklemningen", AFKLEMNING),
    # prefixes while typing
    ("lænd", LAENDEN), ("nervesm", SMERTER), ("nerveaf", AFKLEMNING), ("nerveled", LEDNING), ("nervereg", REGENERATION),
    ("nervetr", LAENDEN), ("myel", LEDNING),
    # ASCII transliterations and loose spellings
    ("laenden", LAENDEN), ("lenden", LAENDEN), ("rode flag", LAENDEN), ("roede flag", LAENDEN),
    ("nervetryk i laenden", LAENDEN),
    # typos
    ("nervesmeter", SMERTER), ("nervesmertr", SMERTER), ("nerveledninng", LEDNING), ("nerveregenration", REGENERATION),
    ("iskjas", LAENDEN),
    # compound parts
    ("prolaps", LAENDEN), ("glidninger", LAENDEN), ("afklemning", AFKLEMNING), ("regeneration", REGENERATION),
    # spelling variants and synonyms from the data file
    ("ischias", LAENDEN), ("discusprolaps", LAENDEN),
    # phrases and questions as patients type them
    ("hvornår skal jeg søge læge", LAENDEN), ("ondt i lænden", LAENDEN), ("hvad er nervesmerter", SMERTER),
    ("hvordan fungerer nerveledning", LEDNING), ("kosttilskud nerveregeneration", REGENERATION),
    # hyphens and spaces alike, English words in the Danish text
    ("omega-3", REGENERATION), ("omega 3", REGENERATION), ("MR-scanning", LAENDEN), ("mr scanning", LAENDEN),
]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    library = Library.load([Source(bundled_articles_dir())])
    built = SearchIndex.build(library.sorted())
    built.set_synonyms(Synonyms.load([resource_path("search/synonymer.txt")]))
    return built


def test_relevance_table_hit_at_1(index: SearchIndex) -> None:
    assert len(RELEVANCE) >= 40
    misses = []
    for query, slug in RELEVANCE:
        hits = index.search(query, 5).hits
        if not hits or hits[0].slug != slug:
            misses.append((query, slug, [h.slug for h in hits]))
    rate = 1 - len(misses) / len(RELEVANCE)
    print(f"hit@1 {rate:.0%} of {len(RELEVANCE)}")
    assert misses == []


def test_hit_has_section_anchor_and_marked_snippet(index: SearchIndex) -> None:
    hit = index.search("nerveglidninger", 1).hits[0]
    assert hit.section.startswith("Hvilke øvelser og nerveglidninger")
    assert hit.anchor == "hvilke-oevelser-og-nerveglidninger-kan-hjaelpe-ved-nervetryk-i-laenden"
    assert "<b>Nerveglidninger</b>" in hit.snippet or "<b>nerveglidninger</b>" in hit.snippet


def test_compound_part_marks_the_whole_word(index: SearchIndex) -> None:
    assert "<b>diskusprolaps</b>" in index.search("prolaps", 1).hits[0].snippet


def test_title_hits_rank_above_body_hits(index: SearchIndex) -> None:
    # "nerveledning" is the title of one article and a body word of others.
    hits = index.search("nerveledning", 5).hits
    assert hits[0].slug == LEDNING and len(hits) > 1 and hits[0].score > hits[1].score


def test_more_matched_words_rank_above_fewer(index: SearchIndex) -> None:
    hits = index.search("iskias kosttilskud", 5).hits
    both = [h for h in hits if h.score >= 200]
    assert hits[0].score >= hits[-1].score
    assert all(h.score < 200 for h in hits if h not in both)


def test_exact_above_stem_above_fuzzy(index: SearchIndex) -> None:
    exact = index.search("nervesmerter", 1).hits[0].score
    stem = index.search("nervesmert", 1).hits[0].score
    fuzzy = index.search("nervesmeter", 1).hits[0].score
    assert exact > stem > fuzzy


def test_ties_in_danish_title_order(index: SearchIndex) -> None:
    # every article has "nerve…" in its title: equal scores fall back to title order
    hits = index.search("fysioterapi", 5).hits
    for a, b in itertools.pairwise(hits):
        assert a.score > b.score or (a.score == b.score and a.title <= b.title)
    assert [h.slug for h in index.search("fysioterapi", 5).hits] == [h.slug for h in hits]


def test_no_results_and_suggestions(index: SearchIndex) -> None:
    assert index.search("xyzzyq", 5).hits == ()
    assert "nervesmerter" in index.suggestions("nervesmurtur")
    assert len(index.suggestions("nervetrik")) <= 3
    assert index.suggestions("") == []


def test_terms_for_names_the_original_spellings(index: SearchIndex) -> None:
    terms = index.terms_for("laend")
    assert "lænden" in terms


HOSTILE = [
    '"', "'", '"nerve', "nerve\"'", "(", ")", "[nerve]", "{}", "*", "nerve*", "**", "?", "\\", "\\\\x",
    "AND", "OR", "NOT", "nerve AND smerter", "nerve OR", "NOT nerve", "NEAR(", "NEAR(nerve smerter)",
    "' OR 1=1 --", "'; DROP TABLE articles; --", "%", "_", "$^", ".*", "(?P<x>", "a|b", "nerve\x00smerter",
    "\x1b[31mrød\x1b[0m", "\u202enerve", "\u200b", "😀", "nerve 😀 smerter", "👩‍⚕️", "ألم الأعصاب", "עצב",
    "日本語", "𝔫𝔢𝔯𝔳𝔢", "e\u0301", "ǅ", "ß", "\ufeff", "\t\n\r", " " * 100, "x" * 10_000, "nerve " * 2_000,
    "æøå" * 3_000, "-", "--", "- -", "ø", "Å", "0", "1=1", "<script>alert(1)</script>", "&amp;", "<b>",
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_text_never_raises(index: SearchIndex, text: str) -> None:
    result = index.search(text, 10)
    assert result.took_ms >= 0
    for hit in result.hits:
        assert "<script" not in hit.snippet
        assert hit.snippet.replace("<b>", "").replace("</b>", "").count("<") == 0
    index.suggestions(text)
    index.terms_for(text)
    index.highlight_pattern(text)


def test_markup_in_articles_is_escaped_in_snippets(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("---\ntitle: Alfa\n---\nSe <b>x</b> & nerve <script>ondt()</script>\n", encoding="utf-8")
    library = Library.load([Source(tmp_path)])
    hit = SearchIndex.build(library.sorted()).search("nerve", 1).hits[0]
    assert "<b>nerve</b>" in hit.snippet and "<script" not in hit.snippet and "&amp;" in hit.snippet


# --- the on-disk cache -------------------------------------------------------------------------------


def _library(folder: Path) -> Library:
    return Library.load([Source(folder)])


def test_cache_round_trip_answers_the_same(tmp_path: Path) -> None:
    library = Library.load([Source(bundled_articles_dir())])
    built = SearchIndex.build(library.sorted())
    key = cache_key(library.sorted())
    save_index(built, tmp_path / "index.npz", key)
    loaded = load_index(tmp_path / "index.npz", key, library.sorted())
    assert loaded is not None
    for query in ("lænd", "prolaps", "nervesmeter", "omega 3"):
        assert loaded.search(query, 5).hits == built.search(query, 5).hits


def test_cache_key_changes_when_a_file_changes(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# Alfa\nnerve\n", encoding="utf-8")
    before = cache_key(_library(tmp_path).sorted())
    path = tmp_path / "a.md"
    path.write_text("# Alfa\nnerver og mere\n", encoding="utf-8")
    os.utime(path, ns=(1, 1))
    assert cache_key(_library(tmp_path).sorted()) != before


@pytest.mark.parametrize("content", [b"", b"not a zip", b"PK\x03\x04garbage" * 10, os.urandom(4096)])
def test_corrupt_cache_is_discarded(tmp_path: Path, content: bytes) -> None:
    library = Library.load([Source(bundled_articles_dir())])
    (tmp_path / "index.npz").write_bytes(content)
    assert load_index(tmp_path / "index.npz", cache_key(library.sorted()), library.sorted()) is None


def test_foreign_cache_is_discarded(tmp_path: Path) -> None:
    import numpy as np

    library = Library.load([Source(bundled_articles_dir())])
    key = cache_key(library.sorted())
    built = SearchIndex.build(library.sorted())
    save_index(built, tmp_path / "index.npz", key)
    assert load_index(tmp_path / "index.npz", "another key", library.sorted()) is None
    # right key, but an array pointing outside the documents
    with np.load(tmp_path / "index.npz") as data:
        arrays = {name: data[name] for name in data.files}
    arrays["post_docs"] = arrays["post_docs"] + 1000
    np.savez(tmp_path / "bad.npz", **arrays)
    assert load_index(tmp_path / "bad.npz", key, library.sorted()) is None
    # a pickle is never loaded
    np.save(tmp_path / "pickled.npy", np.array([object()], dtype=object), allow_pickle=True)
    assert load_index(tmp_path / "pickled.npy", key, library.sorted()) is None


def test_sections_and_anchors_agree_with_the_renderer() -> None:
    from reader.render import render_markdown
    from reader.search import split_parts

    for article in Library.load([Source(bundled_articles_dir())]).sorted():
        ours = [(p.anchor, p.title) for p in split_parts(article.body)[1:]]
        rendered = render_markdown(article.body, article.base_dir, article.title)
        # the `##` sections, and each FAQ question as a part of its own
        assert ours == [(s.anchor, s.title) for s in rendered.sections if s.level == 2 or s.faq]


def test_compound_parts_without_synonyms_and_no_false_parts() -> None:
    plain_index = SearchIndex.build(Library.load([Source(bundled_articles_dir())]).sorted())
    assert [h.slug for h in plain_index.search("prolaps", 5).hits] == [LAENDEN]
    assert plain_index.search("glidninger", 1).hits[0].slug == LAENDEN
    # "lænd" is no part of "smertestillende" (smerte|stillende), though the letters are there
    assert "smertestillende" not in plain_index.terms_for("lænd")


def test_suggestion_keeps_the_rest_of_the_query(index: SearchIndex) -> None:
    assert index.suggestions("nervesmurtur i lænden")[0] == "nervesmerter i lænden"


def test_plain_text_of_markdown_for_snippets() -> None:
    from reader.search import plain

    markdown = "## Om **knæ**\n- [se her](x.md) <b>nu</b>\n1. et\n| a | b |\n|---|:--:|\nomega-3 og nerve-rod\n2024 var året"
    assert plain(markdown) == "Om knæ se her nu et a b omega-3 og nerve-rod 2024 var året"


def test_a_build_nobody_wants_any_more_stops_early() -> None:
    from reader.search import BuildCancelledError

    articles = Library.load([Source(bundled_articles_dir())]).sorted() * 40  # 200 documents
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 1

    with pytest.raises(BuildCancelledError):
        SearchIndex.build(articles, cancelled)
    assert len(asked) == 2  # asked at the start and after 16 articles, then stopped
    assert len(SearchIndex.build(articles, lambda: False).slugs) == 200


def test_a_hit_under_a_setext_heading_names_that_section(write_article: Callable[..., Path]) -> None:
    from tests.reader.test_structure import ARTICLE

    library = Library.load([Source(write_article("knae.md", ARTICLE).parent)])
    index = SearchIndex.build(library.sorted())
    hit = index.search("kvadriceps").hits[0]
    assert (hit.section, hit.anchor) == ("Tredje afsnit", "tredje-afsnit")
    assert "<b>kvadriceps</b>" in hit.snippet and "Sidste" not in hit.snippet
    strækker = index.search("stræk").hits[0]
    assert (strækker.section, strækker.anchor) == ("Øvelser", "oevelser-2")
    assert "Tredje" not in strækker.snippet  # the next section's heading is not part of it
    assert index.search("heller ikke").hits[0].anchor == "tredje-afsnit"  # a `#` line in code is text


def test_more_matched_words_rank_above_a_better_field(write_article: Callable[..., Path]) -> None:
    # "knæ" in a title (weight 8) loses to "knæ" and "skulder" both in a body (1 + 1): every matched word counts first
    write_article("knae.md", "---\ntitle: Knæ\n---\nOm leddet og dets bånd.\n")
    folder = write_article("oevelser.md", "---\ntitle: Øvelser\n---\nStræk knæ og skulder hver dag.\n").parent
    index = SearchIndex.build(Library.load([Source(folder)]).sorted())
    hits = index.search("knæ skulder").hits
    assert [h.slug for h in hits] == ["oevelser", "knae"]
    assert index.search("knæ").hits[0].slug == "knae"  # one word: the title wins, as the field weights say


def test_a_stored_index_holds_each_heading_once(tmp_path: Path) -> None:
    for name in ("alfa", "beta"):
        (tmp_path / f"{name}.md").write_text(f"# {name}\n\nIntro.\n\n## Behandling\n\nHvile og {name}.\n", "utf-8")
    articles = _library(tmp_path).sorted()
    built = SearchIndex.build(articles)
    key = cache_key(articles)
    save_index(built, tmp_path / "index.npz", key)
    loaded = load_index(tmp_path / "index.npz", key, articles)
    assert loaded is not None
    assert loaded.section_titles == built.section_titles and loaded.section_anchors == built.section_anchors
    first, second = (i for i, title in enumerate(loaded.section_titles) if title == "Behandling")
    assert loaded.section_titles[first] is loaded.section_titles[second]
    assert loaded.section_anchors[first] is loaded.section_anchors[second]
    assert loaded.search("hvile", 5).hits == built.search("hvile", 5).hits
