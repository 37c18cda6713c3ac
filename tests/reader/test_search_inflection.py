"""Danish inflection, ranking by the whole word, real near-spellings and FAQ hits, over a small clinic library."""

from __future__ import annotations

import pytest

from reader.articles import Library, Source
from reader.search import SearchIndex

ARTICLES = {
    "knae": ("Knæ", "Et knæ kan gøre ondt efter løb. Det er simpel træning. Bøj knæ og stræk dem roligt."),
    "skulder": ("Skulder", "Din skulder er et kugleled. Løft armen til siden."),
    "iskias": ("Iskias", "Iskias er smerter langs nerven i benet."),
    "oeresten": ("Øresten", "Øresten kan give kortvarig svimmelhed, når du vender dig."),
    "haand": ("Hånd", "Hold om en bold med én hånd ad gangen."),
    "nakke": ("Nakke", "En stiv nakke bliver bedre af bevægelse."),
    "ryg": ("Ondt i ryggen", "Ryg og lænd: bevæg din ryg hver dag. En ryg har brug for bevægelse."),
    "rygestop": ("Rygestop", "Rygning skader helingen. Rygning, rygning og rygning igen: stop med rygning."),
    "faq": ("Spørgsmål om træning", "Træn let.\n\n## Ofte stillede spørgsmål\n\n### Må jeg cykle?\n\n"
            "Ja, cykling er fint for de fleste.\n\n### Hvor ofte skal jeg træne?\n\nTo gange om ugen, med pauser.\n"),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    folder = tmp_path_factory.mktemp("klinik")
    for slug, (title, body) in ARTICLES.items():
        (folder / f"{slug}.md").write_text(f"---\ntitle: {title}\n---\n\n{body}\n", encoding="utf-8")
    return SearchIndex.build(Library.load([Source(folder, "clinic")]).sorted())


@pytest.mark.parametrize(("typed", "slug"), [
    ("knæene", "knae"), ("knæet", "knae"), ("skuldrene", "skulder"), ("skulderen", "skulder"),
    ("iskiassen", "iskias"), ("ørestenene", "oeresten"), ("hænderne", "haand"), ("hånden", "haand"),
    ("nakken", "nakke"), ("knaeene", "knae"), ("oerestenene", "oeresten"),
])
def test_definite_and_plural_forms_find_the_base_word(index: SearchIndex, typed: str, slug: str) -> None:
    hits = index.search(typed + " ").hits  # a finished word, as when the patient typed a space
    assert hits and hits[0].slug == slug, (typed, [h.slug for h in hits])


def test_the_whole_word_ranks_above_a_longer_word_that_starts_with_it(index: SearchIndex) -> None:
    for typed in ("ryg", "ryg ", "ryggen"):
        assert index.search(typed).hits[0].slug == "ryg", typed


def test_suggestions_are_real_near_spellings(index: SearchIndex) -> None:
    assert index.suggestions("svimmel") == []  # "simpel" is two edits away: no real near-spelling
    assert index.suggestions("skuldr") == ["skulder"]
    assert index.suggestions("nakek") == ["nakke"]  # two letters swapped is one slip of the finger


def test_a_hit_in_an_faq_answer_names_the_question(index: SearchIndex) -> None:
    [hit] = [h for h in index.search("pauser").hits if h.slug == "faq"]
    assert hit.section == "Hvor ofte skal jeg træne?"
    assert hit.anchor == "hvor-ofte-skal-jeg-traene"
    assert "pauser" in hit.snippet and "cykling" not in hit.snippet
    [first] = [h for h in index.search("cykling").hits if h.slug == "faq"]
    assert first.section == "Må jeg cykle?" and "pauser" not in first.snippet
