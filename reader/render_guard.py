"""Rendering with a time limit: large or odd Markdown is rendered in a worker process that is stopped if it hangs."""

from __future__ import annotations

import atexit
import concurrent.futures
import html
import multiprocessing
import re
import threading
from pathlib import Path

from reader.article_bounds import over_bounds, plain_length
from reader.render import Rendered, render_markdown

TIME_LIMIT_S = 3.0
FAST_PATH_CHARS = 40_000  # typical articles are 5-30 kB and render in-process in milliseconds
FAST_PATH_BRACKETS = 400  # python-markdown's link patterns are quadratic in runs of "[" (4,000 take 4 s)
_PLAIN_BLOCK_LINES = 20
_PLAIN_BLOCK_CHARS = 1_500
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
    shown = plain_length(body)
    cut = "\n\n[…]" if shown < len(body) else ""  # the reason says why; the rest stays in the file
    # Wrapped (a hostile file is often one endless line), and in blocks of a few lines, so a page break
    # can fall between them on paper: one block taller than a page would be pushed whole past page one.
    text = body[:shown] + cut
    lines = text.split("\n")
    blocks = ["\n".join(lines[at:at + _PLAIN_BLOCK_LINES]) for at in range(0, len(lines), _PLAIN_BLOCK_LINES)]
    pieces = [block[at:at + _PLAIN_BLOCK_CHARS] for block in blocks for at in range(0, max(1, len(block)), _PLAIN_BLOCK_CHARS)]
    return Rendered("".join(f'<pre style="white-space: pre-wrap; margin: 0">{html.escape(piece)}</pre>' for piece in pieces),
                    (), reason)


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
    5 MB of nested lists, 1,500 "[" ⇒ the worker; if it takes over limit_s, the text unformatted with an error
    Over reader.article_bounds (40,000 headings, a 100,000-row table) ⇒ the text unformatted at once, with why
    """
    reason = over_bounds(body)
    if reason:  # too big or too odd to format on any path: plain text at once, not after a timeout
        return plain_fallback(body, reason)
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
