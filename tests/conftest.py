"""Shared fixtures: every test runs with a temporary home, never the real profile."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import reader.pin
from reader.pin import ScryptCost

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


FAST_PIN_COST = ScryptCost(2**4, 8, 1)  # a PIN guess in microseconds: the real cost is proved once in test_pin.py


@pytest.fixture(autouse=True)
def _cheap_pin_cost(monkeypatch: pytest.MonkeyPatch) -> ScryptCost:
    """New PIN hashes get a tiny scrypt cost, so the kiosk and set-pin tests stay fast (see reader.pin.COST)."""
    monkeypatch.setattr(reader.pin, "COST", FAST_PIN_COST)
    return FAST_PIN_COST


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
