"""The benchmark runner finds every bench module (so new ones join the table) and the corpus generator works."""

from __future__ import annotations

from pathlib import Path

from bench.__main__ import main, modules
from bench._corpus import generate
from reader.articles import Library, Source


def test_every_benchmark_module_is_found_and_helpers_are_not() -> None:
    found = modules()
    assert found[0] == "startup" and found[-1] == "goals"  # the goals table ends the run
    assert {"handout", "reading", "startup"} <= set(found)
    assert not [name for name in found if name.startswith("_")]


def test_an_unknown_benchmark_is_a_usage_error() -> None:
    assert main(["no-such-bench"]) == 2


def test_the_generated_library_loads_without_problems(tmp_path: Path) -> None:
    generate(tmp_path / "big", 40, keep="nervesmerter")
    library = Library.load([Source(tmp_path / "big")])
    assert len(library) == 40
    assert library.get("nervesmerter") is not None
    assert not library.errors
