"""Rendering with a time limit: large or odd Markdown is rendered in a worker process that is stopped if it hangs."""

from __future__ import annotations

import atexit
import concurrent.futures
import html
import multiprocessing
import re
import threading
from pathlib import Path

from reader.render import Rendered, render_markdown

TIME_LIMIT_S = 3.0
FAST_PATH_CHARS = 40_000  # typical articles are 5-30 kB and render in-process in milliseconds
FAST_PATH_BRACKETS = 400  # python-markdown's link patterns are quadratic in runs of "[" (4,000 take 4 s)
_DEEP_INDENT = re.compile(r"^[ \t]{48,}\S", re.MULTILINE)

_lock = threading.Lock()
_pool: concurrent.futures.ProcessPoolExecutor | None = None


def looks_safe(body: str) -> bool:
    """Small, with few brackets and no very deep nesting: rendered in-process without a guard."""
    return (
        len(body) <= FAST_PATH_CHARS
        and body.count("[") <= FAST_PATH_BRACKETS
        and body.count("|") <= 4 * FAST_PATH_BRACKETS
        and body.count("<") <= 2 * FAST_PATH_BRACKETS
        and _DEEP_INDENT.search(body) is None
        and ">" * 12 not in body
    )


def plain_fallback(body: str, reason: str) -> Rendered:
    """The text unformatted (escaped), with the reason, when rendering would take too long or failed."""
    return Rendered("<pre>" + html.escape(body[:200_000]) + "</pre>", (), reason)


def _executor() -> concurrent.futures.ProcessPoolExecutor:
    global _pool
    if _pool is None:
        # spawn: never fork a process that has Qt threads running; works in a PyInstaller bundle with freeze_support.
        _pool = concurrent.futures.ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
    return _pool


def _kill_pool() -> None:
    """Stop the worker (it is stuck on a pathological file); the next guarded render starts a fresh one."""
    global _pool
    pool, _pool = _pool, None
    if pool is None:
        return
    for process in list(getattr(pool, "_processes", {}).values()):
        process.kill()
    pool.shutdown(wait=False, cancel_futures=True)


atexit.register(_kill_pool)


def stop_worker() -> None:
    """End the render worker process now (a quick exit skips the atexit handler that would)."""
    _kill_pool()


def render_guarded(body: str, base_dir: Path | None = None, title: str | None = None,
                   limit_s: float | None = None) -> Rendered:
    """render_markdown, but never longer than limit_s: odd or large bodies go to a worker process with a timeout.

    A normal article ⇒ rendered in-process, as render_markdown
    5 MB of nested lists, 4,000 "[" ⇒ the worker; if it takes over limit_s, the text unformatted with an error
    """
    if looks_safe(body):
        return render_markdown(body, base_dir, title)
    limit_s = TIME_LIMIT_S if limit_s is None else limit_s
    with _lock:
        try:
            future = _executor().submit(render_markdown, body, base_dir, title)
            return future.result(timeout=limit_s)
        except concurrent.futures.TimeoutError:
            _kill_pool()
            return plain_fallback(body, f"Artiklen tog over {limit_s:g} sekunder at formatere; den vises uformateret.")
        except (concurrent.futures.process.BrokenProcessPool, OSError, RuntimeError) as error:
            _kill_pool()
            return plain_fallback(body, f"Artiklen kunne ikke formateres ({type(error).__name__}); den vises uformateret.")
