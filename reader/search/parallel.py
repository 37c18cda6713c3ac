"""The index build's analysis in worker processes: the window's interpreter stays free and every core works."""

# Spawned, never forked (the window has Qt threads running); a PyInstaller bundle needs
# multiprocessing.freeze_support() in its entry point (ui/__main__.py and packaging/entry.py call it). The workers
# import reader.search only (no Qt). Their pieces come back as plain lists and arrays and are merged by
# reader.search.build.merge_pieces into the index a build in one thread gives.

from __future__ import annotations

import concurrent.futures
import contextlib
import logging
import multiprocessing
import multiprocessing.context
import os
import sys
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

from reader.articles import unpack_text
from reader.search.build import BuildCancelledError, Piece, analyse_piece

log = logging.getLogger("patient-reader.search")

PIECE_CHARS = 3_000_000  # text sent to a worker at a time (bodies packed: about 1.5 MB, sent in about 1 ms)
PACKED_CHARS = 2  # characters per byte of a packed body (reader.articles.pack_text), about, for the pieces' sizes
MIN_DOCS = 400  # fewer articles are analysed in the calling thread (starting the workers costs more)
_POLL_S = 0.05  # how often the waiting thread asks whether the build is still wanted
_PARENT_POLL_S = 0.5  # how often a worker looks whether the app that started it is still there
# The workers' CPU priority below the app's (Unix niceness added; 0: the same): on 2 cores two busy workers
# otherwise take the cores from the window's thread for 30-40 ms at a time; the scheduler now gives it a core when
# it wakes. On Linux they start at it (their imports, a busy half second, too); elsewhere they lower it once started.
WORKER_NICE = 10

_running: set[concurrent.futures.ProcessPoolExecutor] = set()  # the pools of builds under way
_lock = threading.Lock()


def stop_workers() -> None:
    """End the worker processes of any build under way now (the app is quitting with os._exit: they would
    otherwise finish the piece they are on first); that build falls back to its own thread or is dropped."""
    with _lock:
        pools = list(_running)
    for pool in pools:
        _kill(pool)


def _kill(pool: concurrent.futures.ProcessPoolExecutor) -> None:
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            process.kill()


class _LowerPriorityProcess(multiprocessing.context.SpawnProcess):
    """A spawned process that starts at a lower CPU priority (on Linux, where niceness is per thread and a child
    takes its thread's): launched from a short thread of its own set to `nice`, so no thread of this app ever
    runs at it (one holding the interpreter at a low priority would keep the window waiting)."""

    nice = 0  # the niceness it starts at (_LowerPriorityContext sets it)

    def start(self) -> None:
        failed: list[BaseException] = []

        def launch() -> None:
            with contextlib.suppress(OSError):
                os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), self.nice)  # this thread only
            try:
                multiprocessing.context.SpawnProcess.start(self)
            except BaseException as error:  # raised again in the caller's thread
                failed.append(error)

        launcher = threading.Thread(target=launch, name="index-worker-launch", daemon=True)
        launcher.start()
        launcher.join()
        if failed:
            raise failed[0]


class _LowerPriorityContext(multiprocessing.context.SpawnContext):
    """The spawn context, its processes starting at niceness `nice` (Linux)."""

    def __init__(self, nice: int) -> None:
        super().__init__()
        self.nice = nice

    def Process(self, *args: Any, **kwargs: Any) -> _LowerPriorityProcess:  # type: ignore[override]  # noqa: N802
        process = _LowerPriorityProcess(*args, **kwargs)
        process.nice = self.nice
        return process


def _spawn_context(nice: int) -> multiprocessing.context.BaseContext:
    """The spawn context; on Linux its processes start at niceness `nice` when that is more than this thread's."""
    if sys.platform.startswith("linux") and nice > os.getpriority(os.PRIO_PROCESS, threading.get_native_id()):
        return _LowerPriorityContext(nice)  # elsewhere PRIO_PROCESS with a thread's id would name a process
    return multiprocessing.get_context("spawn")


def _start_worker(parent: int, every_s: float, nice: int) -> None:
    """In a worker process, before its first piece: at least `nice` CPU niceness (where it did not start at it), and
    an end with the app that started it."""
    with contextlib.suppress(OSError, AttributeError):  # no os.nice on Windows: the same priority there
        current = os.nice(0)
        if current < nice:
            os.nice(nice - current)
    _end_with_parent(parent, every_s)


def _end_with_parent(parent: int, every_s: float) -> None:
    """In a worker process: end it when the app that started it is gone (killed, crashed, or ended by os._exit
    before stop_workers ran), instead of waiting idle for work that never comes (about 85 MB each)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every_s)
        os._exit(0)

    threading.Thread(target=watch, name="end-with-parent", daemon=True).start()


def pieces_of(texts: Sequence[tuple[str, str | bytes]], chars: int | None = None) -> list[tuple[int, int]]:
    """Consecutive (start, end) runs of texts of about `chars` (PIECE_CHARS) characters each (at least one text each);
    a body may be packed (reader.articles.pack_text's bytes)."""
    chars = PIECE_CHARS if chars is None else chars
    runs: list[tuple[int, int]] = []
    start = size = 0
    for n, (title, body) in enumerate(texts):
        size += len(title) + (len(body) * PACKED_CHARS if isinstance(body, bytes) else len(body))
        if size >= chars:
            runs.append((start, n + 1))
            start, size = n + 1, 0
    if start < len(texts):
        runs.append((start, len(texts)))
    return runs


def _analyse(texts: list[tuple[str, str | bytes]], first_doc: int, n_docs: int) -> Piece:
    """In a worker process: one piece, with its terms' stem keys (packed bodies unpacked here, not in the app)."""
    unpack = unpack_text.__wrapped__  # not kept: each body is read once
    plain = [(title, unpack(body) if isinstance(body, bytes) else body) for title, body in texts]
    return analyse_piece(plain, first_doc, n_docs, with_stems=True)


def analyse_in_processes(texts: Sequence[tuple[str, str | bytes]], processes: int,
                         cancelled: Callable[[], bool] | None = None,
                         meanwhile: Callable[[], object] | None = None) -> list[Piece] | None:
    """The pieces of the (title, body) texts (in the index's order; a body str, or packed by reader.articles.pack_text:
    then unpacked in the workers), analysed in `processes` worker processes;
    None when there are too few texts to be worth it or the workers could not be started or failed (the
    caller builds in its own thread then). Raises BuildCancelledError when cancelled() says yes while waiting.
    meanwhile: called once the pieces are sent (the caller's own work while the workers run)."""
    if len(texts) < MIN_DOCS or processes < 2:
        return None
    runs = pieces_of(texts)
    try:
        nice = min(19, os.nice(0) + WORKER_NICE) if WORKER_NICE > 0 and hasattr(os, "nice") else 0
        pool = concurrent.futures.ProcessPoolExecutor(max_workers=min(processes, len(runs)),
                                                      mp_context=_spawn_context(nice),
                                                      initializer=_start_worker,
                                                      initargs=(os.getpid(), _PARENT_POLL_S, nice))
    except (OSError, ValueError, RuntimeError, NotImplementedError) as error:
        log.warning("søgeindekset bygges i én tråd: ingen arbejdsprocesser (%s)", error)
        return None
    done = False
    with _lock:
        _running.add(pool)
    try:
        futures = [pool.submit(_analyse, list(texts[start:end]), start, len(texts)) for start, end in runs]
        if meanwhile is not None:
            meanwhile()
        waiting = set(futures)
        while waiting:
            _finished, waiting = concurrent.futures.wait(waiting, timeout=_POLL_S)
            if cancelled is not None and cancelled():
                raise BuildCancelledError
        pieces = [future.result() for future in futures]
        done = True
        return pieces
    except BuildCancelledError:
        raise
    except Exception as error:  # a worker died or could not start (a frozen bundle without freeze_support …)
        log.warning("søgeindekset bygges i én tråd: arbejdsprocesserne fejlede (%s: %s)", type(error).__name__, error)
        return None
    finally:
        with _lock:
            _running.discard(pool)
        if not done:
            _kill(pool)
        pool.shutdown(wait=False, cancel_futures=True)  # done: the workers end on their own (about 0.1 s)
