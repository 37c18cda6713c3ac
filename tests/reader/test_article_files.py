"""Images copied into billeder/, the recycle folder, and drafts that survive a crash."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reader import paths
from reader.article_images import ImageError, add_image, safe_image_name, store_image
from reader.authoring import ArticleForm
from reader.drafts import Draft, discard_draft, drafts_dir, load_drafts, save_draft
from reader.recycle import delete_article, list_recycled, recycle_dir, restore

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 8
NOW = dt.datetime(2025, 10, 12, 9, 30, 0)


@pytest.mark.parametrize(("name", "safe"), [("Knæ øvelse (1).PNG", "knae-oevelse-1.png"), ("a.jpeg", "a.jpg"),
                                            ("../../etc/x.gif", "x.gif"), ("C:\\x\\Ryg.webp", "ryg.webp"),
                                            ("???.png", "billede.png")])
def test_safe_image_names(name: str, safe: str) -> None:
    assert safe_image_name(name) == safe


def test_images_get_unique_names_and_the_same_image_is_not_copied_twice(tmp_path: Path) -> None:
    clinic = tmp_path / "klinik"
    source = tmp_path / "Knæ.png"
    source.write_bytes(PNG)
    assert add_image(source, clinic) == "billeder/knae.png"
    assert add_image(source, clinic) == "billeder/knae.png"
    assert store_image(PNG + b"other", "knæ.png", clinic) == "billeder/knae-2.png"
    assert sorted(p.name for p in (clinic / "billeder").iterdir()) == ["knae-2.png", "knae.png"]
    with pytest.raises(ImageError, match="ikke et billede"):
        store_image(b"x", "virus.exe", clinic)


def test_delete_list_and_restore(tmp_path: Path) -> None:
    clinic = tmp_path / "klinik"
    clinic.mkdir()
    article = clinic / "knae.md"
    article.write_text("---\ntitle: Knæ\n---\n\nTekst\n", encoding="utf-8")
    entry = delete_article(article, now=NOW)
    assert not article.exists() and entry.file.read_text(encoding="utf-8").startswith("---\ntitle: Knæ")
    assert recycle_dir() == paths.data_dir() / "papirkurv"
    article.write_text("ny", encoding="utf-8")
    second = delete_article(article, now=NOW)
    assert second.id == entry.id + "-2"
    assert [e.id for e in list_recycled()] == [second.id, entry.id]
    article.write_text("en tredje, der ikke må overskrives", encoding="utf-8")
    restored = restore(entry)
    assert restored == clinic / "knae-2.md" and "title: Knæ" in restored.read_text(encoding="utf-8")
    assert article.read_text(encoding="utf-8") == "en tredje, der ikke må overskrives"
    assert [e.id for e in list_recycled()] == [second.id]
    article.unlink()
    assert restore(second) == article and list_recycled() == []


def test_a_broken_record_is_skipped(tmp_path: Path) -> None:
    recycle_dir().mkdir(parents=True)
    (recycle_dir() / "x.json").write_text("{not json", encoding="utf-8")
    (recycle_dir() / "x.md").write_text("x", encoding="utf-8")
    assert list_recycled() == []


def test_drafts_survive_and_can_be_discarded(tmp_path: Path) -> None:
    form = ArticleForm(title="Knæ: kladde", tags=("ryg",), review_by=dt.date(2026, 1, 1), extra={"author": "Ane"})
    saved = save_draft(Draft(form, "Halvt skrevet …\n", tmp_path / "knae.md", id="abc"), now=NOW)
    newer = save_draft(Draft(ArticleForm(title="Ny"), "", id="def"), now=NOW + dt.timedelta(minutes=1))
    assert saved.saved_at == NOW
    assert load_drafts() == [newer, saved]
    assert sorted(p.name for p in drafts_dir().iterdir()) == ["abc.json", "def.json"]
    (drafts_dir() / "broken.json").write_text("[]", encoding="utf-8")
    assert load_drafts() == [newer, saved]
    discard_draft("abc")
    discard_draft("abc")
    assert load_drafts() == [newer]
    with pytest.raises(ValueError):
        discard_draft("../settings")
