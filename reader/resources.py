"""Bundled resources, found the same way from source and from a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path, PurePosixPath


def resources_root() -> Path:
    """The folder that holds `articles/`, `styles/` and the other bundled files."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(name: str) -> Path:
    """The path of a bundled resource, by a relative POSIX name.

    "articles" ⇒ <root>/articles
    "styles/article.css" ⇒ <root>/styles/article.css
    "/etc/passwd", "../x", "" ⇒ ValueError
    """
    pure = PurePosixPath(name)
    if not name or pure.is_absolute() or ".." in pure.parts or "\\" in name:
        raise ValueError(f"not a resource name: {name!r}")
    return resources_root().joinpath(*pure.parts)


def bundled_articles_dir() -> Path:
    """The folder of the articles that ship with the app."""
    return resource_path("articles")
