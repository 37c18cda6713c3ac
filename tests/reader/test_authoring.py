"""Article files from the form: they load back identically, get a slug that overwrites nothing, save atomically."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reader.articles import load_article
from reader.authoring import (
    ArticleForm,
    FormError,
    choose_path,
    compose_article,
    existing_slugs,
    form_from_article,
    normalise_body,
    problems,
    save_article,
)

TODAY = dt.date(2025, 10, 12)
BODY = "Ondt i knæet.\n\n## Hvad gør jeg?\n\n- Hvil\n- Is\n\n| A | B |\n| --- | --- |\n| 1 | 2 |\n"


@pytest.mark.parametrize("title", [
    "Diskusprolaps: 6 myter",
    'Hvad er "røde flag"?',
    "Hvad er 'røde flag'?",
    "# Ikke en kommentar",
    "- Ikke en liste",
    "--- tre streger",
    "Æble, øl & ål | 100% \\ sikkert",
    "yes",
    "2024-01-02",
    "null",
    "Knæ: [ryg] {hofte} *stjerne* &anker !tag %procent @at `tegn`",
    "Tabulator\tog  mange   mellemrum",
])
def test_titles_load_back_exactly(tmp_path: Path, title: str) -> None:
    form = ArticleForm(title=title, category="Ryg: lænd", tags=("ryg", "nerve: tryk", "- minus", "#1"),
                       summary='Kort "resumé" – med æøå', url="https://example.org/a?b=c#d",
                       review_by=dt.date(2026, 1, 31), published=dt.date(2024, 2, 29))
    path = save_article(form, BODY, tmp_path / "artikel.md", today=TODAY)
    result = load_article(path, "clinic")
    assert result.problems == []
    article = result.article
    assert article is not None
    assert form_from_article(article) == ArticleForm(
        title=" ".join(title.split()), category="Ryg: lænd", tags=("ryg", "nerve: tryk", "- minus", "#1"),
        summary='Kort "resumé" – med æøå', url="https://example.org/a?b=c#d", review_by=dt.date(2026, 1, 31),
        last_updated=TODAY, published=dt.date(2024, 2, 29))
    assert article.body == BODY


def test_the_file_text() -> None:
    text = compose_article(ArticleForm(title="Diskusprolaps: 6 myter", tags=("ryg",), last_updated=TODAY), "\r\n\r\nTekst\r\n")
    assert text == ('---\ntitle: "Diskusprolaps: 6 myter"\ntags: ["ryg"]\nlastUpdated: "12/10/2025"\n---\n\nTekst\n')


def test_an_empty_body_and_a_body_that_starts_with_a_rule(tmp_path: Path) -> None:
    for body in ("", "---\n\nefter en streg\n"):
        path = save_article(ArticleForm(title="T"), body, tmp_path / "t.md", today=TODAY)
        article = load_article(path).article
        assert article is not None and article.body == normalise_body(body)


def test_characters_yaml_cannot_carry_are_removed_as_the_loader_would(tmp_path: Path) -> None:
    path = save_article(ArticleForm(title="Bip\x07 lyd\u2028ny linje", tags=("  a  ", "a", "")), "x", tmp_path / "b.md")
    article = load_article(path).article
    assert article is not None and (article.title, article.tags) == ("Bip lyd ny linje", ("a",))


@pytest.mark.parametrize(("form", "problem"), [
    (ArticleForm(title="  "), "Artiklen skal have en titel."),
    (ArticleForm(title="x" * 301), "Titlen er for lang (301 tegn; højst 300)."),
    (ArticleForm(title="T", url="www.example.org"), "Webadressen skal begynde med https:// (eller http://) og må ikke have mellemrum."),
    (ArticleForm(title="T", tags=tuple(str(n) for n in range(31))), "Artiklen har for mange emneord (31; højst 30)."),
])
def test_problems(form: ArticleForm, problem: str) -> None:
    assert problems(form) == [problem]
    with pytest.raises(FormError) as raised:
        compose_article(form, "x")
    assert raised.value.problems == [problem]


def test_a_new_article_never_takes_a_used_slug(tmp_path: Path) -> None:
    clinic = tmp_path / "klinik"
    (clinic / "under").mkdir(parents=True)
    assert choose_path("Ondt i knæet", clinic) == clinic / "ondt-i-knaeet.md"
    (clinic / "Ondt i knæet.md").write_text("x", encoding="utf-8")  # the same slug under another file name
    (clinic / "under" / "ondt-i-knaeet-2.md").write_text("x", encoding="utf-8")
    assert existing_slugs(clinic) == {"ondt-i-knaeet", "ondt-i-knaeet-2"}
    assert choose_path("Ondt i knæet", clinic) == clinic / "ondt-i-knaeet-3.md"
    assert choose_path("Nervesmerter", clinic, {"nervesmerter"}) == clinic / "nervesmerter-2.md"
    assert choose_path("???", clinic) == clinic / "artikel.md"


def test_editing_keeps_the_file_and_a_bundled_article_gets_an_overriding_copy(tmp_path: Path) -> None:
    clinic = tmp_path / "klinik"
    clinic.mkdir()
    own = clinic / "knae.md"
    own.write_text("x", encoding="utf-8")
    assert choose_path("Helt ny titel", clinic, {"knae"}, editing=own) == own
    bundled = tmp_path / "bundled" / "nervesmerter.md"
    assert choose_path("Nervesmerter", clinic, {"nervesmerter"}, editing=bundled) == clinic / "nervesmerter.md"
    (clinic / "nervesmerter.md").write_text("x", encoding="utf-8")  # another file already has that name
    assert choose_path("Nervesmerter", clinic, {"nervesmerter"}, editing=bundled) == clinic / "nervesmerter-2.md"


def test_the_copy_of_a_bundled_article_in_a_subfolder_overrides_that_article(tmp_path: Path) -> None:
    """Issue 15, item 1: bundled `es/ryg.md` is "es-ryg"; its clinic copy must not replace the bundled `ryg.md`."""
    from reader.articles import Library, Source

    bundled, clinic = tmp_path / "bundled", tmp_path / "klinik"
    (bundled / "es").mkdir(parents=True)
    clinic.mkdir()
    (bundled / "ryg.md").write_text("---\ntitle: Ryggen\n---\nx\n", encoding="utf-8")
    (bundled / "es" / "ryg.md").write_text("---\ntitle: La espalda\n---\nx\n", encoding="utf-8")
    spanish = Library.load([Source(bundled)]).get("es-ryg")
    assert spanish is not None
    copy = choose_path(spanish.title, clinic, {"ryg", "es-ryg"}, editing=spanish.path, editing_slug=spanish.slug)
    assert copy == clinic / "es-ryg.md"
    copy.write_text("---\ntitle: La espalda (klinik)\n---\nx\n", encoding="utf-8")
    library = Library.load([Source(bundled), Source(clinic, "clinic")])
    assert sorted(a.title for a in library.sorted()) == ["La espalda (klinik)", "Ryggen"]


def test_saving_is_atomic_and_leaves_no_temp_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = save_article(ArticleForm(title="Først"), "a", tmp_path / "a.md", today=TODAY)
    import reader.atomic

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(reader.atomic.os, "replace", broken)
    with pytest.raises(OSError):
        save_article(ArticleForm(title="Anden"), "b", path, today=TODAY)
    assert "Først" in path.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]


def test_same_title_ignores_case_and_spacing_and_merge_missing_keeps_the_existing_front_matter() -> None:
    from reader.articles import Article
    from reader.authoring import merge_missing, same_title

    knee = Article(slug="knae", title="Ondt i knæet", path=Path("knae.md"), body="")
    assert same_title([knee], "  ondt  i KNÆET ") is knee
    assert same_title([knee], "Ondt i knæene") is None and same_title([knee], "  ") is None
    existing = ArticleForm(title="Ondt i knæet", category="Knæ", tags=("knæ",), summary="Om knæet.",
                           extra={"metaTitle": "Knæ"})
    merged = merge_missing(ArticleForm(title="Ondt i knæet", summary="Ny tekst."), existing)
    assert (merged.category, merged.tags, merged.summary, merged.extra) == ("Knæ", ("knæ",), "Ny tekst.",
                                                                             {"metaTitle": "Knæ"})
