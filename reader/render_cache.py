"""The rendering of the article open at the last close, kept on disk: a start that reopens it skips Markdown.

One small file in the cache folder. Its key covers everything the rendering depends on: the article's body, title
and folder, and the renderer itself (the app's version, the size and mtime of the render modules and of the
Markdown and sanitiser packages) and, since a local image is drawn only while its file exists, each image file
shown (a rendering with a missing image is not kept). A missing, unreadable or stale file is not used. Articles are clinic texts;
nothing about a patient is ever in it.
"""

from __future__ import annotations

import contextlib
import functools
import html
import importlib.util
import json
import os
import re
from pathlib import Path

from reader import __version__, paths
from reader.atomic import write_text
from reader.rendered import Rendered, Section

FILE_NAME = "last-article.json"
FORMAT = 2  # 2: the key is the inputs themselves (1 held their SHA-256)
_RENDER_MODULES = ("render.py", "rendered.py", "render_guard.py", "structure.py", "article_bounds.py")
_RENDER_PACKAGES = ("markdown", "nh3")
_IMAGE_SRC = re.compile(r'<img\b[^>]*\bsrc="([^"]*)"')
_MISSING_IMAGE = 'class="img-alt"'

_read: dict[Path, tuple[str, Rendered] | None] = {}  # the file read once per process (per cache folder)


def cache_file() -> Path:
    """Where the kept rendering lives."""
    return paths.cache_dir() / FILE_NAME


def _stamp(path: str | Path | None) -> str:
    if path is None:
        return "-"
    try:
        status = os.stat(path)
    except OSError:
        return "-"
    return f"{status.st_size}:{status.st_mtime_ns}"


@functools.cache  # once per process: the code does not change while it runs
def _renderer() -> str:
    """What identifies the renderer's code (a new version or an edited module makes every kept rendering stale)."""
    here = Path(__file__).resolve().parent
    parts = [__version__, str(FORMAT)]
    parts += [f"{name}={_stamp(here / name)}" for name in _RENDER_MODULES]
    for package in _RENDER_PACKAGES:
        spec = importlib.util.find_spec(package)
        parts.append(f"{package}={_stamp(spec.origin if spec is not None else None)}")
    return "|".join(parts)


def key(body: str, base_dir: Path | None, title: str | None) -> str:
    """The key of a rendering of these inputs by this renderer: the inputs themselves, compared whole (an article is
    a few kB; a digest would load hashlib's OpenSSL, about 2.5 ms of every start: a start-up deferral)."""
    return "\0".join((_renderer(), str(base_dir or ""), title or "", body))


def _load_file(path: Path) -> tuple[str, Rendered] | None:
    try:
        data = json.loads(path.read_text("utf-8"))
        if data.get("format") != FORMAT:
            return None
        sections = tuple(Section(**section) for section in data["sections"])
        if any(_stamp(image) != stamp for image, stamp in data["images"].items()):
            return None  # an image shown then is gone or changed
        return str(data["key"]), Rendered(str(data["html"]), sections)
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None


def load(body: str, base_dir: Path | None, title: str | None) -> Rendered | None:
    """The kept rendering of these inputs, or None (nothing kept, another article, or a changed renderer)."""
    path = cache_file()
    if path not in _read:
        _read[path] = _load_file(path)
    kept = _read[path]
    if kept is None or kept[0] != key(body, base_dir, title):
        return None
    return kept[1]


def save(body: str, base_dir: Path | None, title: str | None, rendered: Rendered) -> None:
    """Keep this rendering for the next start (not a fallback rendering, with an error, nor one missing an image)."""
    if rendered.error or _MISSING_IMAGE in rendered.html:
        return
    path = cache_file()
    wanted = key(body, base_dir, title)
    kept = _read.get(path)
    if kept is not None and kept[0] == wanted:
        return  # already on disk
    images = {html.unescape(src): "" for src in _IMAGE_SRC.findall(rendered.html)}
    data = {"format": FORMAT, "key": wanted, "html": rendered.html, "images": {p: _stamp(p) for p in images},
            "sections": [{"anchor": s.anchor, "title": s.title, "level": s.level, "faq": s.faq,
                          "red_flag": s.red_flag} for s in rendered.sections]}
    with contextlib.suppress(OSError):  # a cache: a full disk or a read-only profile only costs the next start
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text(path, json.dumps(data, ensure_ascii=False))
        _read[path] = (wanted, rendered)
