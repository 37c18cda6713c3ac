"""The command table is cheap: importing it loads no Qt, no search index and no numpy, so the window starts fast."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def test_the_command_table_imports_nothing_heavy() -> None:
    code = ("import sys, ui.cli.main as c; c.build_parser(); "
            "print(sorted(m for m in ('PySide6', 'numpy', 'reader.search', 'rapidfuzz', 'reader.handout', 'reader.render', "
            "'markdown', 'reader.content_pack') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.stdout.strip() == "[]", result.stderr


def test_every_subcommand_is_in_the_table() -> None:
    from ui.cli.main import COMMANDS, build_parser

    names = [command.name for command in COMMANDS]
    assert names == ["list", "check", "search", "handout", "import", "set-pin"]
    help_text = build_parser().format_help()
    assert all(name in help_text for name in names)


def test_the_handout_paper_sizes_agree_with_reader_handout() -> None:
    from reader.handout import PAPER_SIZES
    from ui.cli import handout

    assert handout.PAPER_SIZES == PAPER_SIZES


def test_a_window_start_parses_without_the_subcommands_modules() -> None:
    code = ("import sys, ui.cli.main as c; a = c._window_args(['--articles', 'x', '--present', '--lang=en']); "
            "print(a.command, a.present, a.lang, [str(p) for p in a.articles], "
            "sorted(m for m in sys.modules if m.startswith('ui.cli.') and m not in "
            "('ui.cli.main', 'ui.cli.common', 'ui.cli.language')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.stdout.strip() == "None True en ['x'] []", result.stderr


@pytest.mark.parametrize("argv", [[], ["--present"], ["--kiosk", "--idle-timeout", "30"], ["--articles", "a", "--articles", "b"],
                                  ["--lang", "en"], ["--lang=da", "--self-test"], ["--kiosk-cover"], ["--pres"]])
def test_the_window_parse_gives_what_the_whole_parser_gives(argv: list[str]) -> None:
    from ui.cli.main import _window_args, build_parser

    assert _window_args(argv) == build_parser().parse_args(argv)


@pytest.mark.parametrize("argv", [["list"], ["--lang", "en", "search", "knæ"], ["-h"], ["--help"], ["--he"], ["--version"],
                                  ["--idle-timeout", "x"], ["nonsense"], ["--articles"], ["--lang", "fr"], ["--", "x"],
                                  ["--kiosk", "-x"], ["--unknown"]])
def test_a_subcommand_help_version_or_usage_error_goes_to_the_whole_parser(argv: list[str]) -> None:
    from ui.cli.main import _window_args

    assert _window_args(argv) is None
