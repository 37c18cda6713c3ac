"""import_document_into: a document becomes an article with its images in the clinic folder, or nothing is written."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest

from reader import article_import
from reader.article_import import import_document_into
from reader.articles import Library, Source, load_article
from reader.docimport import DocumentError

DATA = Path(__file__).resolve().parents[1] / "data"
TINY = DATA / "docx-mammoth" / "tiny-picture.docx"
TODAY = dt.date(2025, 10, 12)


def listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) if folder.exists() else []


def test_a_seed_document_becomes_an_article_that_loads(tmp_path: Path) -> None:
    clinic = tmp_path / "klinik"
    report = import_document_into(DATA / "docx-libreoffice" / "nervetryk-i-laenden.odt", clinic,
                                  taken_slugs={"nervetryk-i-laenden"}, today=TODAY)
    assert (report.slug, report.title, report.images, report.not_carried_over) == (
        "nervetryk-i-laenden-2", "Nervetryk i lænden", (), ())
    assert report.path == clinic / "nervetryk-i-laenden-2.md"
    result = load_article(report.path, "clinic")
    assert result.problems == [] and result.article is not None
    assert result.article.title == "Nervetryk i lænden" and result.article.updated == TODAY
    assert "| Symptomer | Mulig årsag | Hvad du kan gøre nu |" in result.article.body
    assert report.lines()[0] == f"Importeret: Nervetryk i lænden ({report.path})"


def test_images_are_written_beside_and_linked(tmp_path: Path) -> None:
    clinic = tmp_path / "klinik"
    first = import_document_into(TINY, clinic, today=TODAY)
    second = import_document_into(TINY, clinic, today=TODAY)
    assert first.slug == "tiny-picture" and second.slug == "tiny-picture-2"
    assert first.images == (clinic / "billeder" / "tiny-picture-billede-1.png",)
    assert second.images == (clinic / "billeder" / "tiny-picture-2-billede-1.png",)
    assert "![](billeder/tiny-picture-billede-1.png)" in first.path.read_text(encoding="utf-8")
    library = Library.load([Source(clinic, "clinic")])
    assert [a.slug for a in library.sorted()] == ["tiny-picture", "tiny-picture-2"]
    assert all(image.read_bytes().startswith(b"\x89PNG") for image in first.images + second.images)


def test_nothing_is_written_when_the_document_is_refused(tmp_path: Path) -> None:
    clinic = tmp_path / "klinik"
    bad = tmp_path / "x.docx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(DocumentError):
        import_document_into(bad, clinic)
    assert listing(clinic) == []


def test_images_written_are_removed_when_the_article_cannot_be_saved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    clinic = tmp_path / "klinik"
    (clinic / "billeder").mkdir(parents=True)
    (clinic / "billeder" / "eget.png").write_bytes(b"clinic's own")
    with zipfile.ZipFile(TINY) as docx:  # the very image already there: reused, so never removed
        png = next(docx.read(name) for name in docx.namelist() if name.endswith(".png"))
    (clinic / "billeder" / "tiny-picture-billede-1.png").write_bytes(png)

    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(article_import, "save_article", full_disk)
    with pytest.raises(OSError, match="disk full"):
        import_document_into(TINY, clinic)
    assert listing(clinic) == ["billeder", "billeder/eget.png", "billeder/tiny-picture-billede-1.png"]
