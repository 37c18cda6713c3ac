"""The index build in worker processes gives the index a build in one thread gives, and falls back to one thread."""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import os
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from bench._corpus import generate
from reader.articles import Article, Library, Source
from reader.search import BuildCancelledError, SearchIndex, parallel
from reader.search.store import _ARRAYS

_LISTS = ("slugs", "titles", "stamps", "terms", "surfaces", "term_stems", "short_keys", "section_titles",
          "section_anchors")


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> list[Article]:
    folder = tmp_path_factory.mktemp("corpus")
    generate(folder, parallel.MIN_DOCS + 50)
    (folder / "bindestreg.md").write_text("---\ntitle: Omega-3 og nerve-rod\n---\n\n## Ofte stillede spørgsmål\n\n"
                                          "### Hvad er omega-3?\n\nFedt‐syre i fisk.\n\nUnderoverskrift\n---\n\nmere "
                                          "tekst <b>fed</b> Ørsted\n", "utf-8")
    return Library.load([Source(folder)]).sorted()


def assert_same(a: SearchIndex, b: SearchIndex) -> None:
    for name in _ARRAYS:
        x, y = getattr(a, name), getattr(b, name)
        assert x.dtype == y.dtype, name
        assert np.array_equal(x, y), name
    for name in _LISTS:
        assert getattr(a, name) == getattr(b, name), name


def test_processes_give_the_index_one_thread_gives(articles: list[Article], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "PIECE_CHARS", 200_000)  # several pieces per worker, merged in order
    assert len(parallel.pieces_of([(a.title, a.body) for a in articles])) > 3
    in_thread = SearchIndex.build(articles)
    in_processes = SearchIndex.build(articles, processes=2)
    assert_same(in_thread, in_processes)
    for query in ("knæ", "omega3", "nerverod", "hvad er omega", "fedtsyre", "oersted", "øvelser lænd"):
        assert in_thread.search(query, 10).hits == in_processes.search(query, 10).hits


def test_pieces_cover_every_text_once() -> None:
    texts = [("t", "x" * n) for n in (5, 50, 1, 1, 200, 3)]
    runs = parallel.pieces_of(texts, chars=52)
    assert runs == [(0, 2), (2, 5), (5, 6)]
    assert parallel.pieces_of([], chars=10) == []


def test_the_worker_process_imports_no_qt() -> None:
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        piece = pool.submit(parallel._analyse, [("Knæ", "## Øvelser\n\nBøj knæet.")], 0, 1).result()
        qt = pool.submit(eval, "sorted(m for m in __import__('sys').modules if m.startswith(('PySide6', 'ui')))")
        assert qt.result() == []
    assert "oevelser" in piece.terms and piece.stems is not None


def test_no_worker_processes_means_a_build_in_this_thread(articles: list[Article],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    expected = SearchIndex.build(articles)

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OSError("no processes here")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", refuse)
    assert parallel.analyse_in_processes([(a.title, a.body) for a in articles], 2) is None
    assert_same(expected, SearchIndex.build(articles, processes=2))


def test_a_failing_worker_means_a_build_in_this_thread(articles: list[Article], monkeypatch: pytest.MonkeyPatch) -> None:
    expected = SearchIndex.build(articles)
    monkeypatch.setattr(parallel, "_analyse", _broken)  # every piece fails in its worker
    assert_same(expected, SearchIndex.build(articles, processes=2))


def _broken(*_args: object) -> None:
    raise RuntimeError("a worker that fails")


def test_cancelled_while_the_workers_run(articles: list[Article]) -> None:
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return True

    with pytest.raises(BuildCancelledError):
        SearchIndex.build(articles, cancelled, processes=2)
    assert asked


def test_few_articles_are_built_in_this_thread(tmp_path: Path) -> None:
    generate(tmp_path, 20)
    few = Library.load([Source(tmp_path)]).sorted()
    assert parallel.analyse_in_processes([(a.title, a.body) for a in few], 2) is None
    assert_same(SearchIndex.build(few), SearchIndex.build(few, processes=2))


def test_stopped_workers_leave_the_build_to_this_thread(articles: list[Article]) -> None:
    """stop_workers (the app quitting) kills a build's workers: the build goes on in its thread, the same index."""
    expected = SearchIndex.build(articles)
    stopped: list[int] = []

    def cancelled() -> bool:  # asked while the workers run (and then by the build in this thread)
        if parallel._running:
            stopped.append(len(parallel._running))
        parallel.stop_workers()
        return False

    assert_same(expected, SearchIndex.build(articles, cancelled, processes=2))
    assert stopped and not parallel._running


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="niceness per thread: Linux")
def test_workers_start_at_a_lower_priority_than_the_app() -> None:
    """From their first instruction (their imports are a busy half second): the window's thread gets a core first."""
    own = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    target = min(19, own + parallel.WORKER_NICE)
    process = parallel._spawn_context(target).Process(target=time.sleep, args=(30,))
    process.start()
    try:
        assert os.getpriority(os.PRIO_PROCESS, process.pid) == target
        assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == own  # no thread here runs lower
    finally:
        process.kill()
        process.join()


def test_a_worker_lowers_its_priority_where_it_did_not_start_lower() -> None:
    own = os.nice(0)
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(max_workers=1, mp_context=context, initializer=parallel._start_worker,
                                                initargs=(os.getpid(), 0.5, min(19, own + 3))) as pool:
        assert pool.submit(os.nice, 0).result() == min(19, own + 3)
