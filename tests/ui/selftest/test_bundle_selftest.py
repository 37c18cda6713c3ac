"""The self-test steps a bundle runs: Danish order, search, icon; each fails when its part is broken."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from reader import collation
from reader.articles import Library, Source
from reader.resources import bundled_articles_dir
from ui.cli.common import load_library
from ui.selftest import bundle as bundle_selftest
from ui.selftest.run import run_self_test


def _library() -> Library:
    return Library.load([Source(bundled_articles_dir())])


def test_the_bundle_checks_pass_on_the_bundled_articles(qapp: object) -> None:
    library = _library()
    assert bundle_selftest.check_danish_order(library) == []
    assert bundle_selftest.check_search(library) == []
    assert bundle_selftest.check_bundle_files(library) == []


def test_danish_order_fails_with_english_collation(qapp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(collation, "sort_key", str.casefold)  # code-point order: å before æ, "10" before "2"
    assert bundle_selftest.check_danish_order(_library())


def test_search_check_reports_an_article_it_cannot_find(qapp: object, write_article, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    write_article("skulder.md", "---\ntitle: Skuldersmerter\n---\nTekst.\n")
    library = Library.load([Source(tmp_path / "library")])
    assert bundle_selftest.check_search(library) == []
    from ui.sidebar import search_service

    monkeypatch.setattr(search_service.SearchService, "items_for", lambda self, text, *a, **k: [])
    assert bundle_selftest.check_search(library)


def test_self_test_runs_every_step(qapp: object, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_self_test(load_library(argparse.Namespace(articles=[]))) == 0
    out = capsys.readouterr().out
    for step in ("dansk sortering: ok", "søgning på titler: ok", "ikon og billedformater: ok", "selvtest ok"):
        assert step in out
