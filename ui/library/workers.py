"""Python worker threads beside the window: the interpreter hands over often enough that the window stays quick."""

from __future__ import annotations

import sys

# Python's default is 5 ms: while a worker thread (a search index build, a library reload) runs Python code,
# the window's thread waits up to that long every time it comes back from a Qt call, and a library change at
# 10,000 articles took 5-10 s to show. At 0.5 ms the same change shows in under 2 s (bench/content.py).
SWITCH_INTERVAL_S = 0.0005


def responsive_switching() -> None:
    """Call before starting a worker thread that runs Python code next to the GUI thread."""
    if sys.getswitchinterval() > SWITCH_INTERVAL_S:
        sys.setswitchinterval(SWITCH_INTERVAL_S)
