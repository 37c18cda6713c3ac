"""Starting the window skips the subcommand plugins; anything that may name one still loads them."""

from __future__ import annotations

import pytest

from ui.cli import _needs_plugins


@pytest.mark.parametrize(("argv", "needed"), [
    ([], False),
    (["--present"], False),
    (["--articles", "handout"], False),  # a folder called "handout", not the subcommand
    (["--lang", "en", "--kiosk"], False),
    (["handout", "nervesmerter"], True),
    (["--articles", "dir", "list"], True),
    (["--self-test"], True),
    (["--help"], True),
])
def test_plugins_load_only_when_a_subcommand_may_be_named(argv: list[str], needed: bool) -> None:
    assert _needs_plugins(argv) is needed
