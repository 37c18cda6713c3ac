"""The bulk index build gives exactly the postings the per-article analysis (the way it was built before) gives."""

from __future__ import annotations

import math
from array import array
from collections import Counter
from pathlib import Path

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from bench._corpus import generate
from reader import text as da
from reader.articles import Article, Library, Source
from reader.resources import bundled_articles_dir
from reader.search import SearchIndex
from reader.search.build import build_short, split_parts, stamp, title_order
from reader.search.ranking import BODY, HEADING, TITLE
from reader.search.snippets import TAG
from reader.search.tables import IndexTables


def old_counts(text: str) -> Counter[str]:
    counts = Counter(da.tokens(text))
    counts.update(da.joined_hyphenated(text))
    return counts


def old_analyse(article: Article, fold_of: dict[str, str]) -> tuple[dict[str, float], dict[str, int], dict[str, set[str]]]:
    """reader.search.build.analyse as it was before the bulk build (per token, per section)."""
    best: dict[str, float] = {}
    first: dict[str, int] = {}
    surfaces: dict[str, set[str]] = {}

    def term(surface: str) -> str:
        folded = fold_of.get(surface)
        if folded is None:
            folded = fold_of[surface] = da.fold(surface)[: da.MAX_WORD_CHARS * 2]
        surfaces.setdefault(folded, set()).add(surface)
        return folded

    for surface, count in old_counts(article.title).items():
        best[term(surface)] = TITLE + 0.15 * math.log1p(count)
    parts = split_parts(article.body)
    for number, part in enumerate(parts):
        if part.headings:
            for surface, count in old_counts("\n".join(part.headings)).items():
                t = term(surface)
                first.setdefault(t, number)
                score = HEADING + 0.15 * math.log1p(count)
                if best.get(t, 0.0) < score:
                    best[t] = score
    body_counts: Counter[str] = Counter()
    body_first: dict[str, int] = {}
    for number, part in enumerate(parts):
        counts = old_counts(TAG.sub(" ", article.body[part.start:part.end]))
        for surface in counts:
            body_first.setdefault(surface, number)
        body_counts.update(counts)
    for surface, count in body_counts.items():
        t = term(surface)
        first.setdefault(t, body_first[surface])
        score = BODY + 0.15 * math.log1p(count)
        if best.get(t, 0.0) < score:
            best[t] = score
    return best, first, surfaces


def old_build(articles: list[Article]) -> IndexTables:
    """reader.search.build.build as it was: a term id per folded word, postings appended per article."""
    index = IndexTables()
    ordered = title_order(articles)
    index.slugs = [a.slug for a in ordered]
    term_ids: dict[str, int] = {}
    fold_of: dict[str, str] = {}
    surfaces: list[set[str]] = []
    docs: list[array[int]] = []
    weights: list[array[float]] = []
    sections: list[array[int]] = []
    for doc, article in enumerate(ordered):
        best, first, spellings = old_analyse(article, fold_of)
        for term, spelled in spellings.items():
            tid = term_ids.get(term)
            if tid is None:
                tid = term_ids[term] = len(term_ids)
                surfaces.append(set())
                docs.append(array("i"))
                weights.append(array("f"))
                sections.append(array("h"))
            surfaces[tid].update(spelled)
        for term, score in best.items():
            tid = term_ids[term]
            docs[tid].append(doc)
            weights[tid].append(score)
            sections[tid].append(min(first.get(term, 0), 32767))
    index.terms = list(term_ids)
    index.surfaces = ["|".join(sorted(s)) for s in surfaces]
    lengths = np.array([len(d) for d in docs], dtype=np.int64)
    index.doc_freq = lengths.astype(np.int32)
    index.post_off = np.concatenate(([0], np.cumsum(lengths))).astype(np.int64)
    index.post_docs = np.array([x for d in docs for x in d], dtype=np.int32)
    index.post_weight = np.array([x for w in weights for x in w], dtype=np.float32)
    index.post_section = np.array([x for s in sections for x in s], dtype=np.int16)
    build_short(index)
    return index


def assert_same_postings(articles: list[Article]) -> None:
    new, old = SearchIndex.build(articles), old_build(articles)
    assert new.slugs == old.slugs
    assert new.terms == old.terms  # the same term ids, in the same order
    assert new.surfaces == old.surfaces
    for name in ("doc_freq", "post_off", "post_docs", "post_weight", "post_section", "short_off", "short_docs",
                 "short_weight", "short_section"):
        ours, theirs = getattr(new, name), getattr(old, name)
        assert ours.dtype == theirs.dtype, name
        assert ours.tobytes() == theirs.tobytes(), name  # bit for bit, weights too
    assert new.short_keys == old.short_keys
    assert [stamp(a) for a in title_order(articles)] == new.stamps


EDGE_CASES = [
    Article("cafe", "Café og cafe og cafe: CAFÉ-besøg", Path("/x/cafe.md"),
            "Intro om café og cafe.\n\n## Café\n\ncafe cafe café\n\n## Nerve-rod\n\nnerve‐rod nerve‑rod <b>tag</b>"),
    Article("oe", "Rødt og roedt, rødt", Path("/x/oe.md"),
            "## Spørgsmål\n\n### Hvad er rødt?\n\nRoedt og rødt.\n\n### Hvornår?\n\nomega-3-fedtsyre og b-vitamin"),
    Article("tom", "", Path("/x/tom.md"), ""),
    Article("setext", "Knæ", Path("/x/setext.md"), "Knæ\n===\n\nknæ knæ\n\nAndet\n---\n\nknæene og knæ_skal 3-4"),
    Article("mange", "Ord ord", Path("/x/mange.md"), "ord " * 5000 + "\n\n## Ord\n\n" + "ord-ord " * 4097),
    Article("lang", "Ord " + "x" * 120, Path("/x/lang.md"), "y" * 100 + " " + "y" * 100 + "z\n\n## " + "q" * 90),
]


def test_bundled_edge_cases_and_a_generated_corpus_give_the_old_postings(tmp_path: Path) -> None:
    generate(tmp_path / "corpus", 300, seed=3)
    corpus = Library.load([Source(tmp_path / "corpus")]).sorted()
    bundled = Library.load([Source(bundled_articles_dir())]).sorted()
    assert_same_postings([*corpus, *EDGE_CASES])
    assert_same_postings([*bundled, *EDGE_CASES])


DATA = Path(__file__).resolve().parents[1] / "data"


def test_real_files_and_a_large_danish_vocabulary_give_the_old_postings() -> None:
    posts = Library.load([Source(DATA / "healthcare-gov" / "_posts")]).sorted()
    words = (DATA / "danish" / "snowball-danish-voc.txt").read_text("utf-8").split()[:30_000]
    vocabulary = [Article(f"ord-{n}", " ".join(words[n * 1000:n * 1000 + 5]), Path(f"/x/ord-{n}.md"),
                          "\n\n".join(f"## {words[i]}\n\n" + " ".join(words[i:i + 200]) + f" {words[i]}-{words[i + 1]}"
                                     for i in range(n * 1000, n * 1000 + 1000, 200)))
                  for n in range(len(words) // 1000 - 1)]
    assert len(posts) > 5
    assert_same_postings([*posts, *vocabulary])


TEXT = st.lists(st.sampled_from([*"abæøåé Aa1_-‐‑ \n\t\xa0\u2028\x1c.,<>#İß", "nerve-rod", "Omega-3", "##", "---"]),
                max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_index_words_are_tokens_then_joined_hyphenated(text: str) -> None:
    assert da.index_words(text) == da.tokens(text) + da.joined_hyphenated(text)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(TEXT, st.lists(TEXT, max_size=5)), min_size=1, max_size=6))
def test_random_articles_give_the_old_postings(docs: list[tuple[str, list[str]]]) -> None:
    articles = [Article(f"a{n}", title, Path(f"/x/a{n}.md"),
                        "\n\n".join(f"## {chunk}\n\n{chunk} {chunk}" if i % 2 else chunk for i, chunk in enumerate(body)))
                for n, (title, body) in enumerate(docs)]
    assert_same_postings(articles)
