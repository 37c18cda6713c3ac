"""The window keeps the open article's rendering when it closes; the next start draws it without converting Markdown."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

import reader.render_guard
from reader import render_cache
from reader.articles import Library, Source
from reader.resources import bundled_articles_dir
from reader.settings import Settings
from ui.mainwindow.window import MainWindow


def _refuse(*_args: object, **_kwargs: object) -> object:
    raise AssertionError("rendered again")


def test_the_next_window_draws_the_kept_rendering(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    library = Library.load([Source(bundled_articles_dir())])
    article = library.sorted()[0]
    saved: list[Settings] = []
    first = MainWindow(library, Settings(), persist=saved.append)
    qtbot.addWidget(first)
    first.open_article(article.slug)
    shown = first.view.toPlainText()
    first.close()
    assert saved and render_cache.cache_file().is_file()

    monkeypatch.setattr(render_cache, "_read", {})  # a new process
    render_guarded = reader.render_guard.render_guarded
    monkeypatch.setattr(reader.render_guard, "render_guarded", _refuse)
    second = MainWindow(library, Settings(), persist=None)
    qtbot.addWidget(second)
    assert second.open_article(article.slug)
    assert second.view.toPlainText() == shown
    assert second.view.rendered(article) == first.view.rendered(article)
    assert second.reading.toc.tree.topLevelItemCount() > 0  # the contents come from the kept headings

    other = library.sorted()[1]  # any other article is rendered as ever
    monkeypatch.setattr(reader.render_guard, "render_guarded", render_guarded)
    assert second.open_article(other.slug)
    assert other.title in second.view.toPlainText()


def test_a_window_that_saves_nothing_keeps_nothing(qtbot: QtBot) -> None:
    library = Library.load([Source(bundled_articles_dir())])
    window = MainWindow(library, Settings(), persist=None)  # a test's or a kiosk's window: no profile written
    qtbot.addWidget(window)
    window.open_article(library.sorted()[0].slug)
    window.close()
    assert not render_cache.cache_file().exists()
