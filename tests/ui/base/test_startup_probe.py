"""The start-up probe: silent unless asked; reports the first paint and the first article drawn."""

from __future__ import annotations

import pytest

from reader.articles import Library, Source
from reader.resources import bundled_articles_dir
from reader.settings import Settings
from ui.base import startup_probe
from ui.mainwindow.window import MainWindow


def test_without_the_variable_there_is_no_probe(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(startup_probe.ENV, raising=False)
    window = MainWindow(Library.load([Source(bundled_articles_dir())]), Settings(), persist=None)
    qtbot.addWidget(window)
    assert startup_probe.install(window, window.view) is None


def test_the_probe_reports_paint_then_article(qtbot, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(startup_probe.ENV, "article")
    window = MainWindow(Library.load([Source(bundled_articles_dir())]), Settings(), persist=None)
    qtbot.addWidget(window)
    probe = startup_probe.install(window, window.view)
    assert probe is not None
    monkeypatch.setattr(probe, "_finish", lambda: probe.times.setdefault("finished", 0.0))
    window.show()
    qtbot.waitUntil(lambda: "paint" in probe.times)
    window.open_article("nervesmerter")
    qtbot.waitUntil(lambda: "article" in probe.times)
    assert probe.times["paint"] <= probe.times["article"]
    assert startup_probe.rss_kb() > 0


def test_the_index_is_waited_for_only_when_one_is_coming(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QObject

    from ui.sidebar import search_service

    holder = QObject()
    articles = Library.load([Source(bundled_articles_dir())])
    holder.search = search_service.SearchService(Library([]), holder, use_cache=False)  # type: ignore[attr-defined]
    assert not startup_probe.search_settled(holder)  # the library is still loading
    holder.search.set_library(articles)  # type: ignore[attr-defined]
    assert startup_probe.search_settled(holder)  # five articles: their index is built on first use
    monkeypatch.setattr(search_service, "SYNC_LIMIT", 2)  # now they are a big library: indexed in the background
    holder.search.build_processes = 1  # type: ignore[attr-defined]
    holder.search.set_library(Library.load([Source(bundled_articles_dir())]))  # type: ignore[attr-defined]
    assert not startup_probe.search_settled(holder)
    assert holder.search.wait_ready()  # type: ignore[attr-defined]
    assert startup_probe.search_settled(holder)
    assert startup_probe.search_settled(QObject())  # no search service: nothing to wait for
