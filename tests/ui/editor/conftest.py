"""Editor fixtures: no modal question ever blocks a test (an editor left with changes is discarded)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _never_block(discard_unsaved: None) -> None:
    """Every editor test runs with tests/ui/conftest.py's discard_unsaved."""
