"""Shared fixtures: every test runs with a temporary home, never the real profile."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Every Hypothesis test draws the same examples on every run (derandomize): a test passes or fails for a
# reason, never by the draw. HYPOTHESIS_PROFILE=explore draws new examples, to look for new failures by hand.
settings.register_profile("suite", derandomize=True, deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("explore", deadline=None, max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "suite"))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SHARED = Path(__file__).resolve().parents[2] / "shared"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def _fresh_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Settings, caches and the clinic folder go to a temp dir for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("PATIENT_READER_HOME", str(home))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "xdg-cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    yield home
    errors = sys.modules.get("ui.base.errors")
    if errors is not None:  # a test ran the command line or the window: its log and hooks go with its home
        errors.reset_for_tests()


@pytest.fixture
def write_article(tmp_path: Path) -> Callable[..., Path]:
    """write_article("name.md", text or bytes) ⇒ the path, in a fresh library folder."""
    folder = tmp_path / "library"
    folder.mkdir(exist_ok=True)

    def write(name: str, content: str | bytes) -> Path:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return write
