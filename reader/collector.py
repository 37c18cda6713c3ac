"""Pausing Python's cycle collector while a load builds many objects that are never in a cycle, and for a start."""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_pauses = 0  # paused() blocks running now (in any thread)
_enable_after = False  # whether the collector runs again when the last of them ends
_held = False  # hold_for_start() is in force


@contextlib.contextmanager
def paused(freeze: bool = False) -> Iterator[None]:
    """No cycle collection inside the block (freeing by reference count goes on); afterwards it runs as before.

    Building 10,000 articles triggers full collections that walk the whole heap, 15-60 ms each, holding the
    interpreter (a worker thread's collection stalls the window as well); none of those objects is in a cycle.
    freeze: at the end, move every object there is out of the collector's sight (gc.freeze), so later full
    collections walk a fraction of the heap (for the first load of a run: the library, the modules, the window).
    A collector someone else switched off stays off; one held for the start (hold_for_start) runs again when the
    start is over and the last block has ended, whichever comes later.
    """
    global _pauses, _enable_after
    with _lock:
        if _pauses == 0:
            _enable_after = gc.isenabled()
        _pauses += 1
        gc.disable()
    try:
        yield
        if freeze:
            gc.freeze()
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _enable_after:
                gc.enable()


def hold_for_start() -> None:
    """No cycle collection until release_start(): a start builds its modules, classes and widgets (about 14 ms of
    collections before the first paint, walking objects that all live on). Does nothing when already held or
    when someone else switched the collector off."""
    global _held
    with _lock:
        if _held or not gc.isenabled():
            return
        _held = True
        gc.disable()


def release_start(freeze: bool = False) -> None:
    """The start is over: the collector runs again (once a paused() block under way has ended). freeze: first move
    what the start built out of its sight (gc.freeze), so that later collections do not walk it all again. Does
    nothing unless hold_for_start() is in force."""
    global _held, _enable_after
    with _lock:
        if not _held:
            return
        _held = False
        if freeze:
            gc.freeze()
        if _pauses:
            _enable_after = True
        else:
            gc.enable()
