"""The data contract of the loader: titles, dates, encodings, slugs, hostile input."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.articles import Level, Library, Source, load_article, slug_for
from reader.resources import bundled_articles_dir, resource_path

WriteArticle = Callable[[str, "str | bytes"], Path]


def load_one(path: Path):  # type: ignore[no-untyped-def]
    result = load_article(path)
    return result.article, result.problems


SEEDS = {
    "nerveledning": ("Nerveledning", dt.date(2024, 2, 24)),
    "nerveafklemning": ("Nerveafklemning", dt.date(2024, 2, 24)),
    "nerveregeneration": ("Nerveregeneration", dt.date(2024, 2, 24)),
    "nervesmerter": ("Nervesmerter", dt.date(2025, 2, 19)),
    "nervetryk-i-laenden": ("Nervetryk i lænden", dt.date(2025, 10, 12)),
}


def test_the_five_seeds_load_with_titles_and_dates() -> None:
    library = Library.load([Source(bundled_articles_dir())])
    assert {a.slug: (a.title, a.updated) for a in library.sorted()} == SEEDS
    assert not library.errors
    # Seed 003 has no title: the heading is used, but a program file's fallback is no clinic's problem.
    assert library.problems == []
    assert [p.path.name for p in Library.load([Source(bundled_articles_dir(), "articles")]).problems] == ["nervesmerter.md"]


def test_seeds_sorted_in_danish_order() -> None:
    titles = [a.title for a in Library.load([Source(bundled_articles_dir())]).sorted()]
    assert titles == sorted(titles, key=str.casefold)


@pytest.mark.parametrize(
    ("front", "title", "warned"),
    [
        ("title: Knæ\n", "Knæ", False),
        ("Title: Skulder\n", "Skulder", False),
        ('title: "Citeret titel"\n', "Citeret titel", False),
        ("metaTitle: Nervesmerter – Hvad er nervesmerter? Bliv klogere her\n", "Nervesmerter", True),
        ("metaTitle: Nervetryk i lænden → symptomer og lindring\n", "Nervetryk i lænden", True),
        ("metaTitle: Ryg - en guide\n", "Ryg", True),
        ("metaTitle: Hofte | Klinik\n", "Hofte", True),
        ("title: Diskusprolaps: 6 myter\n", "Diskusprolaps: 6 myter", True),
        ('title: "Ubrudt citat\nlastUpdated: 19/02/2025\n', "Ubrudt citat", True),
        ("title: 'Nakke\n", "Nakke", True),
        ("title: ''\nmetaTitle: Albue – x\n", "Albue", True),
    ],
)
def test_title_rules(write_article: WriteArticle, front: str, title: str, warned: bool) -> None:
    article, problems = load_one(write_article("a.md", f"---\n{front}---\n\nTekst.\n"))
    assert article is not None and article.title == title
    assert bool(problems) == warned
    assert all(p.level is Level.WARNING for p in problems)


def test_title_from_first_heading_then_file_name(write_article: WriteArticle) -> None:
    article, problems = load_one(write_article("x.md", "---\nlastUpdated: 01/02/2024\n---\n# Overskrift her\n\nTekst"))
    assert article is not None and article.title == "Overskrift her" and problems
    article, problems = load_one(write_article("min-fine_artikel.md", "Bare tekst uden forside."))
    assert article is not None and article.title == "Min fine artikel"
    assert "filnavnet bruges" in problems[0].message


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("24/02/2024", dt.date(2024, 2, 24)),
        ('"24/02/2024"', dt.date(2024, 2, 24)),
        ("24-02-2024", dt.date(2024, 2, 24)),
        ("7-06-2025", dt.date(2025, 6, 7)),
        ("2025-06-07", dt.date(2025, 6, 7)),
        ("'2025-06-07'", dt.date(2025, 6, 7)),
        ("2025-06-07T10:00:00", dt.date(2025, 6, 7)),
    ],
)
def test_date_shapes(write_article: WriteArticle, value: str, expected: dt.date) -> None:
    article, problems = load_one(write_article("d.md", f"---\ntitle: T\nlastUpdated: {value}\n---\nx"))
    assert article is not None and article.updated == expected and not problems


@pytest.mark.parametrize("value", ["31/02/2024", "2024-13-01", "snart", "00/00/0000"])
def test_impossible_dates_warn_and_give_no_date(write_article: WriteArticle, value: str) -> None:
    article, problems = load_one(write_article("d.md", f"---\ntitle: T\nlastUpdated: {value}\n---\nx"))
    assert article is not None and article.updated is None
    assert len(problems) == 1 and "Datoen" in problems[0].message


@pytest.mark.parametrize(
    "raw",
    [
        "\ufeff---\ntitle: Knæ\n---\nTekst".encode(),
        "---\r\ntitle: Knæ\r\n---\r\nTekst\r\n".encode(),
        "\ufeff---\r\ntitle: Knæ\r\n---\r\nTekst".encode(),
        b"---   \ntitle: Kn\xc3\xa6\n---  \nTekst",
    ],
)
def test_bom_crlf_and_trailing_spaces(write_article: WriteArticle, raw: bytes) -> None:
    article, problems = load_one(write_article("k.md", raw))
    assert article is not None and article.title == "Knæ" and not problems
    assert "\r" not in article.body


def test_other_encodings_fall_back_with_a_warning(write_article: WriteArticle) -> None:
    article, problems = load_one(write_article("c.md", "---\ntitle: Søndergård\n---\nÆble".encode("cp1252")))
    assert article is not None and article.title == "Søndergård" and article.body.startswith("Æble")
    assert problems[0].level is Level.WARNING and "UTF-8" in problems[0].message


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.md", b"", "tom"),
        ("blank.md", b"  \n\n\t\n", "tom"),
        ("binary.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binær"),
        ("controls.md", bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 20, "kontroltegn"),
    ],
)
def test_unusable_files_are_errors(write_article: WriteArticle, name: str, content: bytes, reason: str) -> None:
    article, problems = load_one(write_article(name, content))
    assert article is None
    assert problems[0].level is Level.ERROR and reason in problems[0].message


def test_yaml_tags_never_build_objects(write_article: WriteArticle, tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    text = (
        "---\ntitle: Farlig\nx: !!python/object/apply:os.system ['touch " + str(marker) + "']\n"
        "y: !!js/function 'function(){}'\n---\nTekst"
    )
    article, problems = load_one(write_article("tag.md", text))
    assert not marker.exists()
    assert article is not None and article.title == "Farlig"
    assert problems and "tag" in problems[0].message


def test_alias_bomb_is_refused_quickly(write_article: WriteArticle) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        prev = chr(ord("a") + i - 1)
        cur = chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    started = time.perf_counter()
    article, problems = load_one(write_article("bomb.md", "---\ntitle: Bombe\n" + "\n".join(lines) + "\n---\nx"))
    assert time.perf_counter() - started < 2
    assert article is not None and article.title == "Bombe"
    assert "aliaser" in problems[0].message


def test_invalid_yaml_is_read_line_by_line(write_article: WriteArticle) -> None:
    text = "---\ntitle: Diskusprolaps: 6 myter\nlastUpdated: 7-06-2025\nurl: https://example.org/x\n---\nTekst"
    article, problems = load_one(write_article("diskus.md", text))
    assert article is not None
    assert (article.title, article.updated, article.url) == ("Diskusprolaps: 6 myter", dt.date(2025, 6, 7), "https://example.org/x")
    assert "ikke gyldig YAML" in problems[0].message


def test_blank_line_before_front_matter_is_accepted(write_article: WriteArticle) -> None:
    article, problems = load_one(write_article("b.md", "\n---\ntitle: Hofte\n---\nTekst"))
    assert article is not None and article.title == "Hofte" and article.body == "Tekst"
    assert "tomme linjer" in problems[0].message


def test_front_matter_without_closing_or_final_newline(write_article: WriteArticle) -> None:
    article, _ = load_one(write_article("only.md", "---\ntitle: Kun forside\n---"))
    assert article is not None and article.title == "Kun forside" and article.body == ""
    article, _ = load_one(write_article("hr.md", "---\nIngen forside her, kun en streg."))
    assert article is not None and article.title == "Hr"


def test_big_file_is_refused_without_reading_it(write_article: WriteArticle) -> None:
    article, problems = load_one(write_article("big.md", "---\ntitle: Stor\n---\n" + "x" * (5 * 1024 * 1024)))
    assert article is None and "for stor" in problems[0].message


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Nervetryk i lænden.md", "nervetryk-i-laenden"),
        ("Øvelser for Åndedræt.md", "oevelser-for-aandedraet"),
        ("ABC.MD", "abc"),
        ("café crème.md", "cafe-creme"),
    ],
)
def test_slugs(name: str, slug: str) -> None:
    assert slug_for(Path(name)) == slug


def test_recursive_folders_and_bad_files_do_not_hide_good_ones(write_article: WriteArticle, tmp_path: Path) -> None:
    write_article("god.md", "---\ntitle: God\n---\nx")
    write_article("under/mappe/dyb.md", "---\ntitle: Dyb\n---\nx")
    write_article("ødelagt.md", b"\x00\x01\x02")
    write_article("tom.md", "")
    write_article(".skjult.md", "---\ntitle: Skjult\n---\n")
    write_article("noter.txt", "ikke en artikel")
    (tmp_path / "library" / "mappe.md").mkdir()
    library = Library.load([Source(tmp_path / "library")])
    assert [a.title for a in library.sorted()] == ["Dyb", "God"]
    assert {p.path.name for p in library.errors} == {"ødelagt.md", "tom.md"}


def test_same_title_twice_warns(write_article: WriteArticle, tmp_path: Path) -> None:
    write_article("a.md", "---\ntitle: Knæ\n---\nx")
    write_article("b.md", "---\ntitle: knæ\n---\ny")
    library = Library.load([Source(tmp_path / "library")])
    assert len(library) == 2
    assert any("samme titel" in p.message for p in library.problems)


def test_later_source_overrides_by_slug(tmp_path: Path) -> None:
    clinic = tmp_path / "clinic"
    clinic.mkdir()
    (clinic / "nervesmerter.md").write_text("---\ntitle: Klinikkens nervesmerter\n---\nx", encoding="utf-8")
    library = Library.load([Source(bundled_articles_dir()), Source(clinic, "clinic")])
    article = library.get("nervesmerter")
    assert article is not None and article.title == "Klinikkens nervesmerter" and article.source == "clinic"
    assert len(library) == 5


def test_missing_folder_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    library = Library.load([Source(tmp_path / "findes-ikke")])
    assert len(library) == 0 and library.errors


def test_symlink_loop_terminates(tmp_path: Path) -> None:
    folder = tmp_path / "loop"
    folder.mkdir()
    (folder / "a.md").write_text("---\ntitle: A\n---\n", encoding="utf-8")
    (folder / "self").symlink_to(folder)
    assert len(Library.load([Source(folder)])) == 1


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("nervesmerter.md", ("nervesmerter", "")),
        ("/ordbog/nervesmerter", ("nervesmerter", "")),
        ("nervesmerter", ("nervesmerter", "")),
        ("../andet/Nervetryk%20i%20l%C3%A6nden.md#hvad", ("nervetryk-i-laenden", "hvad")),
        ("https://example.org/nervesmerter", None),
        ("findes-ikke.md", None),
        ("", None),
    ],
)
def test_internal_links_resolve(href: str, expected: tuple[str, str] | None) -> None:
    library = Library.load([Source(bundled_articles_dir())])
    assert library.resolve_link(href) == expected


@pytest.mark.parametrize("name", ["/etc/passwd", "../x", "", "a/../../b", "C:\\x"])
def test_resource_names_cannot_escape(name: str) -> None:
    with pytest.raises(ValueError):
        resource_path(name)


def test_a_replaced_file_has_no_problems_listed(tmp_path: Path) -> None:
    """The clinic's copy replaces the bundled one: only the copy in use is reported on."""
    bundled, clinic = tmp_path / "bundled", tmp_path / "clinic"
    bundled.mkdir()
    clinic.mkdir()
    (bundled / "nervesmerter.md").write_text("---\nlastUpdated: 19/02/2025\n---\n# Nervesmerter\n\nTekst.\n", encoding="utf-8")
    (clinic / "nervesmerter.md").write_text("---\ntitle: Nervesmerter\nlastUpdated: 19/02/2026\n---\nTekst.\n",
                                            encoding="utf-8")
    only_first = Library.load([Source(bundled, "articles")])
    assert [p.path for p in only_first.problems] == [bundled / "nervesmerter.md"]
    both = Library.load([Source(bundled, "articles"), Source(clinic, "clinic")])
    assert both.get("nervesmerter").path == clinic / "nervesmerter.md"
    assert both.problems == []


def _article_file(path: Path, title: str, body: str = "Tekst.") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\ntitle: {title}\n---\n{body}\n", encoding="utf-8")


def test_a_repeated_file_name_in_subfolders_is_listed_with_its_folder(tmp_path: Path) -> None:
    """Issue 15, item 1: `ryg.md` and `es/ryg.md` are two articles; the shallower keeps the plain slug."""
    folder = tmp_path / "artikler"
    _article_file(folder / "es" / "ryg.md", "Espalda")
    _article_file(folder / "ryg.md", "Ryggen")
    _article_file(folder / "knæ" / "es" / "ryg.md", "Espalda y rodilla")
    _article_file(folder / "es-ryg.md", "Et andet navn")
    library = Library.load([Source(folder)])
    slugs = {article.title: article.slug for article in library.sorted()}
    assert slugs == {"Ryggen": "ryg", "Espalda": "es-ryg-2", "Espalda y rodilla": "knae-es-ryg",
                     "Et andet navn": "es-ryg"}
    assert not [p for p in library.problems if "Samme filnavn" in p.message]


def test_a_link_by_name_resolves_to_the_nearest_file(tmp_path: Path) -> None:
    folder = tmp_path / "artikler"
    _article_file(folder / "ryg.md", "Ryggen")
    _article_file(folder / "es" / "ryg.md", "Espalda")
    _article_file(folder / "es" / "cuello.md", "Cuello", "[ryg](ryg.md)")
    _article_file(folder / "es" / "sub" / "hombro.md", "Hombro")
    library = Library.load([Source(folder)])
    spanish = library.get("es-ryg")
    assert spanish is not None and spanish.title == "Espalda"
    assert library.resolve_link("ryg.md", folder / "es") == ("es-ryg", "")  # the same folder first
    assert library.resolve_link("ryg.md#a", folder / "es" / "sub") == ("es-ryg", "a")  # one step up
    assert library.resolve_link("ryg.md", folder) == ("ryg", "")
    assert library.resolve_link("../ryg.md", folder / "es") == ("ryg", "")  # a relative path says which
    assert library.resolve_link("ryg.md") == ("ryg", "")  # from nowhere: the plain name
    assert library.resolve_link("es-ryg") == ("es-ryg", "")


def test_a_clinic_file_still_overrides_a_bundled_one_by_name(tmp_path: Path) -> None:
    bundled, clinic = tmp_path / "bundled", tmp_path / "clinic"
    _article_file(bundled / "ryg.md", "Ryggen (bundled)")
    _article_file(bundled / "es" / "ryg.md", "Espalda (bundled)")
    _article_file(clinic / "ryg.md", "Ryggen (klinik)")
    library = Library.load([Source(bundled), Source(clinic, "clinic")])
    assert [a.title for a in library.sorted()] == ["Espalda (bundled)", "Ryggen (klinik)"]
    assert library.get("ryg") is not None and library.get("ryg").source == "clinic"  # type: ignore[union-attr]


def test_a_link_to_a_folder_outside_is_not_walked(tmp_path: Path) -> None:
    """Issue 15, item 6: a link to / in the article folder walked the whole filesystem."""
    folder, outside = tmp_path / "artikler", tmp_path / "andet"
    _article_file(folder / "ryg.md", "Ryggen")
    _article_file(folder / "inde" / "knae.md", "Knæet")
    _article_file(outside / "fremmed.md", "Fremmed")
    (folder / "rod").symlink_to("/")
    (folder / "ud").symlink_to(outside)
    (folder / "genvej").symlink_to(folder / "inde")  # a link inside the folder is still followed (once)
    library = Library.load([Source(folder)])
    assert sorted(a.title for a in library.sorted()) == ["Knæet", "Ryggen"]


def test_the_walk_is_bounded_and_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import reader.articles as articles

    monkeypatch.setattr(articles, "MAX_FOLDERS", 3)
    for n in range(6):
        _article_file(tmp_path / f"mappe{n}" / f"a{n}.md", f"A{n}")
    library = Library.load([Source(tmp_path)])
    assert len(library) == 2
    assert [p.message for p in library.errors] == ["Mappen har over 3 undermapper eller 200000 filer; resten er sprunget over."]


@pytest.mark.parametrize("folder", ["/", "/proc"])
def test_a_system_folder_is_a_problem_not_a_walk(folder: str) -> None:
    library = Library.load([Source(bundled_articles_dir()), Source(Path(folder), "clinic")])
    assert len(library) == 5
    assert [p.path for p in library.errors] == [Path(folder)]


def test_a_body_is_kept_packed_and_reads_back_the_same() -> None:
    import dataclasses
    import pickle

    from reader.articles import Article, pack_text

    text = "Ondt i lænden – “nerve” æøå \U0001f600 \udcff\n" * 40  # beyond Latin-1, an emoji, a lone surrogate
    article = Article("ryg", "Ryg", Path("/x/ryg.md"), text)
    assert article.body == text
    assert isinstance(article.packed_body, bytes) and len(article.packed_body) < len(text) // 4
    assert Article("ryg", "Ryg", Path("/x/ryg.md"), pack_text(text)) == article  # built from packed bytes
    assert dataclasses.replace(article, title="Lænd").body == text
    assert pickle.loads(pickle.dumps(article)).body == text
    assert Article("tom", "Tom", Path("/x/tom.md"), "").body == ""
    with pytest.raises(dataclasses.FrozenInstanceError):
        article.body = "andet"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Article("ryg", "Ryg", Path("/x/ryg.md"))  # type: ignore[call-arg]
