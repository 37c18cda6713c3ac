"""Danish text analysis: folding, loose spellings, the Snowball stemmer, stop words and synonyms."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader import text as da

DATA = Path(__file__).resolve().parents[1] / "data" / "danish"


@pytest.mark.parametrize(("typed", "stored"), [
    ("laenden", "Lænden"), ("lenden", "lænden"), ("LÆNDEN", "lænden"),
    ("rode", "røde"), ("roede", "Røde"), ("aarsag", "årsag"), ("arsag", "årsag"), ("cafe", "Café"),
])
def test_every_spelling_of_ae_oe_aa_meets(typed: str, stored: str) -> None:
    assert da.key(typed) == da.key(stored)


def test_fold_keeps_the_exact_form_apart_from_the_loose_one() -> None:
    assert da.fold("Lænden") == "laenden"
    assert da.loose("laenden") == "lenden"
    assert da.fold("Ørsted Å") == "oersted aa"


def test_snowball_danish_vocabulary() -> None:
    words = (DATA / "snowball-danish-voc.txt").read_text(encoding="utf-8").split()
    stems = (DATA / "snowball-danish-output.txt").read_text(encoding="utf-8").split()
    assert len(words) == len(stems) > 20_000
    wrong = [(w, da.stem(w), s) for w, s in zip(words, stems, strict=True) if da.stem(w) != s]
    assert wrong == []


def test_stems_meet_across_inflections_and_ascii_spellings() -> None:
    assert da.stem_keys("nerveglidning") & da.stem_keys("nerveglidninger")
    assert da.stem_keys("neuropatisk") & da.stem_keys("neuropatiske")
    assert da.stem_keys("laenden") & da.stem_keys("lænden")


def test_hyphens_and_spaces_alike() -> None:
    assert da.query_words("omega-3") == da.query_words("omega 3") == ["omega", "3"]
    assert da.joined_hyphenated("Omega-3 og nerve-rod") == ["omega3", "nerverod"]


def test_stop_words_dropped_but_question_words_kept() -> None:
    assert da.query_words("Hvad er iskias?") == ["hvad", "iskias"]
    assert da.query_words("hvornår skal jeg søge læge") == ["hvornaar", "soege", "laege"]
    assert da.query_words("og i") == ["og", "i"]  # nothing but stop words: keep them


def test_query_words_are_capped() -> None:
    words = da.query_words(" ".join(["ord"] * 50 + [f"ord{i}" for i in range(50)]))
    assert len(words) <= da.MAX_QUERY_WORDS
    assert all(len(w) <= da.MAX_WORD_CHARS for w in da.query_words("x" * 10_000))


def test_controls_and_direction_marks_removed() -> None:
    assert da.clean("læ\x00nd\u202een\x1b") == "læ nd en "


def test_synonym_file_groups_merge() -> None:
    synonyms = da.Synonyms.parse("# kommentar\nischias = iskias\niskias, sciatica  # lay\nhekseskud = lumbago\nett\n")
    assert synonyms.alternatives("ischias") == {"iskias", "sciatica"}
    assert synonyms.alternatives("sciatica") == {"ischias", "iskias"}
    assert synonyms.alternatives("lumbago") == {"hekseskud"}
    assert synonyms.alternatives("ett") == set()


def test_synonyms_load_skips_missing_files(tmp_path: Path) -> None:
    own = tmp_path / "synonymer.txt"
    own.write_text("diskus = discus\n", encoding="utf-8")
    synonyms = da.Synonyms.load([tmp_path / "missing.txt", own])
    assert synonyms.alternatives("discus") == {"diskus"}


@pytest.mark.parametrize(("loose_word", "original"), [("lend", "lænd"), ("lend", "LAEND"), ("rod", "rød"), ("arsag", "Årsag")])
def test_spelling_pattern_finds_the_original(loose_word: str, original: str) -> None:
    import re

    assert re.fullmatch(da.spelling_pattern(loose_word), original, re.IGNORECASE)
