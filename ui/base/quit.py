"""Leaving quickly: once the window is closed and its files are written, the process ends without a teardown."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from typing import NoReturn

from reader import atomic

# A cache being written (the search index: about 30 MB at 10,000 articles) is waited for this long at most;
# a build still running is left (the next start updates or builds the index again).
WRITE_WAIT_S = 3.0


def leave_now(code: int) -> NoReturn:
    """End the process with code: wait for atomic writes under way, stop the render worker and an index build's worker processes, flush the logs
    and standard streams, then os._exit. Python's and PySide's teardown of every object (10,000 articles,
    the index, every widget) took most of the 0.45 s a quit cost at 10,000 articles, and saves nothing."""
    atomic.wait_for_writes(WRITE_WAIT_S)
    guard = sys.modules.get("reader.render_guard")
    if guard is not None:
        guard.stop_worker()
    parallel = sys.modules.get("reader.search.parallel")  # a background build's worker processes, if one runs
    if parallel is not None:
        parallel.stop_workers()
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError):  # closed, or None in a windowed bundle
            stream.flush()
    os._exit(code)
