"""reader/render_cache.py: the last article's rendering is used again only for the very same text, images and renderer."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader import render_cache
from reader.render import render_markdown
from reader.rendered import Rendered

BODY = "Indledning.\n\n## Øvelser\n\nTræn hver dag.\n\n## Hvornår skal du ringe?\n\nVed feber.\n"


@pytest.fixture(autouse=True)
def _unread(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test reads the file afresh (the module reads it once per process)."""
    monkeypatch.setattr(render_cache, "_read", {})
    yield
    render_cache._renderer.cache_clear()


def test_a_kept_rendering_comes_back_for_the_same_text(tmp_path: Path) -> None:
    rendered = render_markdown(BODY, tmp_path, "Ryg")
    render_cache.save(BODY, tmp_path, "Ryg", rendered)
    render_cache._read.clear()  # as the next start does
    again = render_cache.load(BODY, tmp_path, "Ryg")
    assert again == rendered
    assert [s.anchor for s in again.sections] == [s.anchor for s in rendered.sections] and len(again.sections) == 2


@pytest.mark.parametrize("body, folder, title", [(BODY + "Mere.\n", None, "Ryg"), (BODY, "other", "Ryg"), (BODY, None, "Nakke")])
def test_another_text_folder_or_title_is_not_served(tmp_path: Path, body: str, folder: str | None, title: str) -> None:
    render_cache.save(BODY, tmp_path, "Ryg", render_markdown(BODY, tmp_path, "Ryg"))
    render_cache._read.clear()
    assert render_cache.load(body, tmp_path / folder if folder else tmp_path, title) is None


def test_a_changed_renderer_makes_it_stale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    render_cache.save(BODY, tmp_path, "Ryg", render_markdown(BODY, tmp_path, "Ryg"))
    render_cache._read.clear()
    monkeypatch.setattr(render_cache, "__version__", "99.0")
    render_cache._renderer.cache_clear()  # as in a process of the new version
    assert render_cache.load(BODY, tmp_path, "Ryg") is None


def test_a_fallback_rendering_is_not_kept(tmp_path: Path) -> None:
    render_cache.save(BODY, tmp_path, "Ryg", Rendered("<pre>Ryg</pre>", (), error="for langsom"))
    assert not render_cache.cache_file().exists()


def test_an_image_shown_then_deleted_makes_it_stale(tmp_path: Path) -> None:
    (tmp_path / "ryg.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    body = "![Ryggen](ryg.png)\n"
    rendered = render_markdown(body, tmp_path, "Ryg")
    assert "<img" in rendered.html
    render_cache.save(body, tmp_path, "Ryg", rendered)
    render_cache._read.clear()
    assert render_cache.load(body, tmp_path, "Ryg") == rendered
    (tmp_path / "ryg.png").unlink()
    render_cache._read.clear()
    assert render_cache.load(body, tmp_path, "Ryg") is None


def test_a_rendering_missing_an_image_is_not_kept(tmp_path: Path) -> None:
    body = "![Ryggen](findes-ikke.png)\n"
    rendered = render_markdown(body, tmp_path, "Ryg")
    assert "img-alt" in rendered.html
    render_cache.save(body, tmp_path, "Ryg", rendered)
    assert not render_cache.cache_file().exists()


@pytest.mark.parametrize("text", ["", "{", "[]", '{"format": 1}', '{"format": 1, "key": "x", "html": "", "sections": [{"a": 1}], "images": {}}'])
def test_a_broken_file_is_ignored(tmp_path: Path, text: str) -> None:
    render_cache.cache_file().parent.mkdir(parents=True, exist_ok=True)
    render_cache.cache_file().write_text(text, "utf-8")
    assert render_cache.load(BODY, tmp_path, "Ryg") is None


def test_the_file_holds_the_article_text_only(tmp_path: Path) -> None:
    render_cache.save(BODY, tmp_path, "Ryg", render_markdown(BODY, tmp_path, "Ryg"))
    data = json.loads(render_cache.cache_file().read_text("utf-8"))
    assert set(data) == {"format", "key", "html", "sections", "images"}
