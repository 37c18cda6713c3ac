"""The self-test's search step: the bundled articles pass it, and worker processes that cannot start fail it."""

from __future__ import annotations

import pytest

from reader.articles import Library, Source
from reader.resources import bundled_articles_dir
from reader.search import parallel
from ui.selftest import search


def _bundled() -> Library:
    return Library.load([Source(bundled_articles_dir())])


def test_the_bundled_articles_pass_with_worker_processes() -> None:
    assert search.check_search(_bundled()) == []


def test_worker_processes_that_cannot_start_are_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "analyse_in_processes", lambda texts, processes: None)
    assert search.check_search(_bundled()) == ["søgeindeksets arbejdsprocesser kunne ikke starte (bygges i én tråd)"]
