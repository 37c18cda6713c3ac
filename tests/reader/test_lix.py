"""LIX: hand-counted examples, the bands, and what of the Markdown counts as reading text."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.lix import Lix, band_for, lix, reading_blocks

ARTICLE = """---
title: Knæ
summary: Ondt i knæet efter en lang gåtur
---
# Ondt i knæet

Se [øvelserne](ovelser.md) og ![billede af knæ](billeder/knae.png) her.

- Hvil benet
- Brug **is**

| Symptom | Gør |
|---|---|
| Hævelse | Kontakt lægen |
"""


@pytest.mark.parametrize(("text", "expected"), [
    # Jeg har ondt i ryggen | Det går over: 5 + 3 = 8 words, 2 sentences;
    # "ryggen" has 6 letters, which is not more than 6: 0 long. 8/2 + 0 = 4
    ("Jeg har ondt i ryggen. Det går over.", Lix(4, 8, 2, 0, "let")),
    # Fysioterapeuten (15) undersøger (10) knæet (5) grundigt (8): 4 words, 3 long, 1 sentence.
    # 4/1 + 100·3/4 = 79
    ("Fysioterapeuten undersøger knæet grundigt.", Lix(79, 4, 1, 3, "svær")),
    # Gå f.eks en tur på 20 minutter hver dag: 9 words ("f.eks" one word of 4 letters, "20" a word),
    # 1 long (minutter), 1 sentence (the period after "f.eks" ends nothing). 9 + 100/9 = 20.1
    ("Gå f.eks. en tur på 20 minutter hver dag.", Lix(20, 9, 1, 1, "let")),
    # Opdateret (9) 12 oktober (7) 2025 | Læs mere: 6 words, 2 long; "12." before a lower-case word
    # is an ordinal, not an end: 2 sentences. 6/2 + 100·2/6 = 36.3
    ("Opdateret 12. oktober 2025. Læs mere.", Lix(36, 6, 2, 2, "middel")),
    # Hvad er iskias? | Smerter!: 4 words, "iskias" 6 letters (not long), "Smerter" 7 (long),
    # 2 sentences. 4/2 + 100·1/4 = 27
    ("Hvad er iskias? Smerter!", Lix(27, 4, 2, 1, "let")),
    # Symptomer (9): | smerter (7) og prikken (7).: a colon ends a sentence: 4 words, 2 sentences,
    # 3 long. 4/2 + 75 = 77
    ("Symptomer: smerter og prikken.", Lix(77, 4, 2, 3, "svær")),
    # "Nerve-rod" is one word of 8 letters (long); ca. is an abbreviation; "L4–S1" is two words.
    # Nerve-rod ved L4 S1 rammer ca 1 ud af 10: 10 words, 1 long, 1 sentence. 10 + 10 = 20
    ("Nerve-rod ved L4–S1 rammer ca. 1 ud af 10.", Lix(20, 10, 1, 1, "let")),
    # No full stop at the end: the paragraph's end is the sentence end. 3 words, 1 sentence. 3
    ("Hvil dig lidt", Lix(3, 3, 1, 0, "let")),
    # Æblerne (7) blåbærrene (10) øllet (5) og åerne (5): Danish letters count as letters. 5 words,
    # 2 long, 1 sentence (commas end nothing). 5 + 100·2/5 = 45, just "svær"
    ("Æblerne, blåbærrene, øllet og åerne.", Lix(45, 5, 1, 2, "svær")),
])
def test_hand_counted(text: str, expected: Lix) -> None:
    assert lix(text) == expected


def test_markdown_syntax_front_matter_links_images_and_pipes_are_not_read() -> None:
    # Blocks: "Ondt i knæet" (3 words) | "Se øvelserne og her." (4; øvelserne long) | "Hvil benet" (2) |
    # "Brug is" (2) | "Symptom" (1, long: 7 letters) | "Gør" (1) | "Hævelse" (1, long) | "Kontakt lægen"
    # (2; Kontakt long). 16 words, 8 sentences (each heading, item and cell ends one), 4 long.
    # 16/8 + 100·4/16 = 27. The title, the summary, "ovelser.md" and the image's alt text are not counted.
    assert reading_blocks(ARTICLE) == ["Ondt i knæet", "Se øvelserne og her.", "Hvil benet", "Brug is",
                                       "Symptom", "Gør", "Hævelse", "Kontakt lægen"]
    assert lix(ARTICLE) == Lix(27, 16, 8, 4, "let")


def test_code_rules_quotes_and_html_are_handled() -> None:
    text = "> Citat her.\n\n* * *\n\n```\nkode = 1. Ikke læst.\n```\n\nTekst<br>med &amp; tag.\n"
    # "Citat her." (2 words) | "Tekst med tag." (3 words; "&" is no word): 5 words, 2 sentences, 0 long
    assert reading_blocks(text) == ["Citat her.", "Tekst med & tag."]
    assert lix(text) == Lix(3, 5, 2, 0, "let")


@pytest.mark.parametrize("text", ["", "   \n\n", "---\ntitle: Kun forside\n---\n", "![x](y.png)\n\n---\n"])
def test_text_without_words_scores_zero(text: str) -> None:
    assert lix(text) == Lix(0, 0, 0, 0, "let")


@pytest.mark.parametrize(("score", "band"), [(0, "let"), (24, "let"), (34, "let"), (35, "middel"),
                                             (44, "middel"), (45, "svær"), (54, "svær"), (90, "svær")])
def test_bands(score: int, band: str) -> None:
    assert band_for(score) == band


def test_lix_problems_note_only_articles_above_the_clinics_level(tmp_path: Path) -> None:
    from reader.articles import Level, Library, Source
    from reader.lix import lix_problems

    (tmp_path / "let.md").write_text("---\ntitle: Let\n---\nJeg har ondt. Det går over.\n", encoding="utf-8")
    # 9 words, 1 sentence, 6 long words (Fysioterapeutiske, behandlingsmuligheder, indebærer, træningsprogrammer,
    # manuelle, behandlingsteknikker): 9/1 + 100 × 6/9 = 75.7 ⇒ 76, "svær"
    (tmp_path / "svaer.md").write_text("---\ntitle: Svær\n---\nFysioterapeutiske behandlingsmuligheder indebærer "
                                       "træningsprogrammer og manuelle behandlingsteknikker i dag.\n", encoding="utf-8")
    library = Library.load([Source(tmp_path, "clinic")])
    assert lix_problems(library, 0) == []
    rows = lix_problems(library, 40)
    assert [(row.path.name, row.level) for row in rows] == [("svaer.md", Level.REVIEW)]
    assert rows[0].message == "Svær: LIX 76 (svær) er over klinikkens grænse på 40."
    assert lix_problems(library, 76) == []


@pytest.mark.parametrize("body", ["[" * 40_000, "# a\n" * 500_000, "<a" * 50_000, "<!--" * 50_000, "[a](" * 50_000])
def test_hostile_text_is_scored_in_linear_time(body: str) -> None:
    """`list --json` scored 40,000 "[" in 60 s (quadratic link patterns) and 500,000 headings in 13 s."""
    import time

    started = time.perf_counter()
    lix(f"---\ntitle: x\n---\n{body}")
    assert time.perf_counter() - started < 2  # a hang guard: about 0.1 s now
