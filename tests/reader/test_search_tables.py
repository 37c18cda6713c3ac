"""The index's postings in small types: weights as codes into a table of distinct weights, narrow ids."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from reader.articles import Article
from reader.search import SearchIndex, cache_key, load_index, save_index
from reader.search.tables import code_type, doc_ids, encode, section_numbers, term_ids, term_lookup


def test_encode_gives_the_values_back_bit_for_bit_and_keeps_old_codes() -> None:
    rng = np.random.default_rng(3)
    values = rng.choice(np.array([8.15, 3.1, 1.0, 1.2, 8.0], dtype=np.float32), 100_000)
    codes, table = encode(values, np.zeros(0, dtype=np.float32))
    assert codes.dtype == np.uint8 and len(table) == 5
    assert table[codes].tobytes() == values.tobytes()
    more = np.array([1.0, 2.5, 8.15], dtype=np.float32)
    more_codes, wider = encode(more, table)
    assert wider[: len(table)].tobytes() == table.tobytes()  # the old codes still mean what they meant
    assert wider[more_codes].tobytes() == more.tobytes()
    assert len(wider) == 6


def test_encode_many_distinct_values_and_rare_ones() -> None:
    values = np.concatenate((np.full(500_000, 1.0), np.arange(300) / 7)).astype(np.float32)  # rare ones at the end
    codes, table = encode(values, np.zeros(0, dtype=np.float32))
    assert codes.dtype == np.uint16
    assert table[codes].tobytes() == values.tobytes()
    assert len(np.unique(table)) == len(table)
    with pytest.raises(ValueError):
        encode(np.array([np.nan], dtype=np.float32), table)


def test_narrow_types() -> None:
    assert doc_ids(np.array([0, 65_535], dtype=np.int32)).dtype == np.uint16
    assert doc_ids(np.array([0, 65_536], dtype=np.int64)).dtype == np.int32
    assert doc_ids(np.zeros(0, dtype=np.int64)).dtype == np.uint16
    assert section_numbers(np.array([0, 255], dtype=np.int16)).dtype == np.uint8
    assert section_numbers(np.array([0, 256], dtype=np.int16)).dtype == np.int16
    assert [code_type(n) for n in (1, 256, 257, 65_536, 65_537)] == [np.uint8, np.uint8, np.uint16, np.uint16,
                                                                     np.uint32]


def _articles(n: int, sections: int = 2) -> list[Article]:
    out = []
    for i in range(n):
        body = "\n\n".join(f"## Afsnit {s}\n\n" + " ".join(["smerter"] * (1 + (i * 7 + s) % 40) + [f"ord{i}"])
                           for s in range(sections))
        out.append(Article(f"a{i:04d}", f"Artikel {i} om ryg", Path(f"/x/a{i:04d}.md"), body))
    return out


def test_an_index_keeps_its_postings_small_and_answers_from_them() -> None:
    index = SearchIndex.build(_articles(40))
    assert index.post_docs.dtype == np.uint16 and index.short_docs.dtype == np.uint16
    assert index.post_section.dtype == np.uint8 and index.post_codes.dtype == np.uint8
    assert index.section_offsets.dtype == np.int32
    assert index.post_weight.dtype == np.float32 and index.post_weight.shape == index.post_docs.shape
    hits = index.search("smerter").hits
    assert hits and hits[0].score > 0


def test_many_sections_keep_int16_and_updates_widen_the_codes() -> None:
    articles = _articles(3, sections=300)
    index = SearchIndex.build(articles)
    assert index.post_section.dtype == np.int16
    assert int(index.post_section.max()) > 255
    # an update whose counts bring more distinct weights than a byte can name: the codes widen, the old still hold
    many = [Article(f"b{i:04d}", f"Ny {i}", Path(f"/x/b{i:04d}.md"), " ".join(["nyt"] * (i + 1)) + f" ord{i}")
            for i in range(300)]
    updated = index.updated(articles + many)
    rebuilt = SearchIndex.build(articles + many)
    assert updated.post_codes.dtype == np.uint16
    for word in ("nyt", "smerter", "ord7", "afsnit"):
        assert [(h.slug, h.score) for h in updated.search(word, 500).hits] == \
               [(h.slug, h.score) for h in rebuilt.search(word, 500).hits]


def test_a_stored_code_outside_the_weights_is_not_trusted(tmp_path: Path) -> None:
    articles = _articles(20)
    index = SearchIndex.build(articles)
    key = cache_key(articles)
    save_index(index, tmp_path / "i.npz", key)
    assert load_index(tmp_path / "i.npz", key, articles) is not None
    with np.load(tmp_path / "i.npz") as data:
        arrays = {name: data[name] for name in data.files}
    arrays["post_codes"] = arrays["post_codes"] + len(arrays["weights"])
    np.savez(tmp_path / "bad.npz", **arrays)
    assert load_index(tmp_path / "bad.npz", key, articles) is None
    arrays["post_codes"] = arrays["post_codes"] - len(arrays["weights"])
    arrays["post_docs"] = arrays["post_docs"].astype(np.float64)  # a type the index never writes
    np.savez(tmp_path / "float.npz", **arrays)
    assert load_index(tmp_path / "float.npz", key, articles) is None


def test_a_loaded_index_holds_the_articles_strings_and_unpacks_its_stamps_when_asked(tmp_path: Path) -> None:
    from reader.search.build import stamp, title_order
    from reader.search.store import _read

    articles = _articles(30)
    key = cache_key(articles)
    save_index(SearchIndex.build(articles), tmp_path / "i.npz", key)
    loaded = load_index(tmp_path / "i.npz", key, articles)
    assert loaded is not None
    by_slug = {a.slug: a for a in articles}
    assert all(slug is by_slug[slug].slug for slug in loaded.slugs)
    assert all(title is by_slug[slug].title for slug, title in zip(loaded.slugs, loaded.titles, strict=True))
    assert loaded._packed_stamps is not None  # not unpacked by loading
    assert loaded.stamps == [stamp(a) for a in title_order(articles)]
    assert loaded._packed_stamps is None
    # a stamps table of the wrong length is not trusted
    with np.load(tmp_path / "i.npz") as data:
        arrays = {name: data[name] for name in data.files}
    arrays["stamps"] = arrays["stamps"][: int(np.flatnonzero(arrays["stamps"] == 10)[-1])]
    np.savez(tmp_path / "short.npz", **arrays)
    assert _read(tmp_path / "short.npz") is None


def test_derived_lookups_are_compact_and_the_same() -> None:
    index = SearchIndex.build(_articles(10))
    for lookup in (index._loose_terms, index._stem_terms):
        assert all(isinstance(t, int) or (isinstance(t, tuple) and len(t) > 1) for t in lookup.values())
    assert term_ids(None) == () and term_ids(3) == (3,) and term_ids((1, 2)) == (1, 2)
    assert term_lookup({"a": [1], "b": [2, 3]}) == {"a": 1, "b": (2, 3)}
    assert len(index._suffix_terms) == len(index._suffix_known) == len(index._suffix_keys)
    assert set(index._suffix_known) <= {0, 1}


def test_shared_strings_behave_as_the_list_and_hold_each_string_once() -> None:
    from reader.search.tables import SharedStrings

    values = ["Behandling", "Om", "Behandling", "", "Øvelser", "Om"]
    shared = SharedStrings(values)
    assert shared == values and list(shared) == values and len(shared) == 6
    assert shared[2] is shared[0] and shared[-1] == "Om" and shared[1:4] == values[1:4]
    assert shared == SharedStrings(values) and shared != values[:-1] and shared != ["x"] * 6
    assert SharedStrings() == [] and list(SharedStrings()) == []
    with pytest.raises(IndexError):
        shared[6]
    many = SharedStrings(str(i) for i in range(70_000))  # more distinct strings than 2-byte codes
    assert many[69_999] == "69999" and len(many) == 70_000
    index = SearchIndex.build(_articles(5, sections=3))
    assert isinstance(index.section_titles, SharedStrings) and isinstance(index.section_anchors, SharedStrings)
