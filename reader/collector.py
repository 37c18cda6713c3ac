"""Pausing Python's cycle collector while a load builds many objects that are never in a cycle."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused(freeze: bool = False) -> Iterator[None]:
    """No cycle collection inside the block (freeing by reference count goes on); afterwards it runs as before.

    Building 10,000 articles triggers full collections that walk the whole heap, 15-60 ms each, holding the
    interpreter (a worker thread's collection stalls the window as well); none of those objects is in a cycle.
    freeze: at the end, move every object there is out of the collector's sight (gc.freeze), so later full
    collections walk a fraction of the heap (for the first load of a run: the library, the modules, the window).
    A collector someone else switched off stays off.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
        if freeze:
            gc.freeze()
    finally:
        if was_enabled:
            gc.enable()
