"""Which folders the library is loaded from: the bundled articles, the clinic's folder, or only --articles."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from pathlib import Path

from reader import paths
from reader.articles import Source
from reader.resources import bundled_articles_dir
from reader.settings import Settings


def clinic_folder(settings: Settings) -> Path:
    """The clinic's folder: the one chosen in settings, else the default in the user's data directory."""
    if not settings.clinic_folder:
        return paths.clinic_articles_dir()
    try:
        return Path(settings.clinic_folder).expanduser()
    except RuntimeError:  # "~nobody/x"
        return Path(settings.clinic_folder)


def _is_dir(folder: Path) -> bool:
    try:
        return folder.is_dir()
    except (OSError, ValueError):
        return False


def ensure_clinic_folder(settings: Settings) -> Path:
    """The clinic's folder, created when it is the default one and missing (first run); a chosen one is left alone."""
    folder = clinic_folder(settings)
    if not settings.clinic_folder:
        with contextlib.suppress(OSError, ValueError):
            folder.mkdir(parents=True, exist_ok=True)
    return folder


def library_sources(settings: Settings, article_dirs: Sequence[Path] = ()) -> list[Source]:
    """--articles folders alone when given; else the bundled articles, then the clinic's (which override)."""
    if article_dirs:
        return [Source(Path(folder), "articles") for folder in article_dirs]
    sources = [Source(bundled_articles_dir(), "bundled")]
    clinic = ensure_clinic_folder(settings)
    if settings.clinic_folder or _is_dir(clinic):  # a chosen folder that is missing is reported as a problem
        sources.append(Source(clinic, "clinic"))
    return sources
