"""Shared fixtures: every test runs with a temporary home, never the real profile."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

import reader.pin
from reader.pin import ScryptCost

# Every Hypothesis test draws the same examples on every run (derandomize): a test passes or fails for a
# reason, never by the draw. HYPOTHESIS_PROFILE=explore draws new examples, to look for new failures by hand.
settings.register_profile("suite", derandomize=True, deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("explore", deadline=None, max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "suite"))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# A memory ceiling for the whole run (issue 15, item 11): a failing state once grew pytest to 24 GB. Every
# process of the suite (pytest and the command lines it starts, which inherit the limit) may map at most
# this many GB of address space, so a runaway test fails with MemoryError instead of taking the machine.
# PATIENT_READER_TEST_MEMORY_GB=0 lifts it (a profiler, a sanitizer); `make test` and CI run with it.
MEMORY_ENV = "PATIENT_READER_TEST_MEMORY_GB"
DEFAULT_MEMORY_GB = 6.0


def memory_ceiling_bytes() -> int | None:
    """The address-space limit asked for, in bytes; None when lifted."""
    try:
        gigabytes = float(os.environ.get(MEMORY_ENV, "") or DEFAULT_MEMORY_GB)
    except ValueError:
        gigabytes = DEFAULT_MEMORY_GB
    return int(gigabytes * 1024**3) if gigabytes > 0 else None


def pytest_configure(config: pytest.Config) -> None:
    limit = memory_ceiling_bytes()
    try:
        import resource
    except ImportError:  # Windows: no rlimits (a job object would be needed)
        return
    if limit is None or not hasattr(resource, "RLIMIT_AS"):
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    if soft == resource.RLIM_INFINITY or soft > limit:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


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
