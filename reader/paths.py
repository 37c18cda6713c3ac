"""Where the app keeps settings, caches and the clinic's articles; one override for tests and kiosks."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "patient-reader"
HOME_ENV = "PATIENT_READER_HOME"


def _base(kind: str) -> Path:
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override) / kind
    import platformdirs

    finder = {
        "config": platformdirs.user_config_dir,
        "cache": platformdirs.user_cache_dir,
        "data": platformdirs.user_data_dir,
    }[kind]
    return Path(finder(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """Settings (never anything about a patient)."""
    return _base("config")


def cache_dir() -> Path:
    """Caches that can be thrown away, such as the search index."""
    return _base("cache")


def data_dir() -> Path:
    """The user's data: the clinic's own articles live in `articles/` under it."""
    return _base("data")


def clinic_articles_dir() -> Path:
    """The default folder for the clinic's own articles."""
    return data_dir() / "articles"
