"""packaging/noblas_numpy.py: it only ever touches the bundle's venv, and its wheel folder follows its options."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import noblas_numpy  # noqa: E402


def _must_not_run() -> dict[str, object]:
    raise AssertionError("noblas_numpy looked at numpy outside .venv-bundle")


@pytest.mark.parametrize("prefix", ["/work/main/.venv", "/usr", "/tmp/other-venv"])
def test_it_refuses_any_venv_but_the_bundles(monkeypatch: pytest.MonkeyPatch, prefix: str) -> None:
    monkeypatch.setattr(sys, "prefix", prefix)
    monkeypatch.setattr(noblas_numpy, "installed", _must_not_run)
    assert noblas_numpy.main() == 1


def test_the_wheel_folder_names_the_build_options() -> None:
    assert noblas_numpy.WHEELS.parent == ROOT / "build" / "wheels"
    assert noblas_numpy.WHEELS.name.startswith("numpy-noblas-")
    assert {"-Dblas=none", "-Dlapack=none"} <= set(noblas_numpy.SETUP_ARGS)
