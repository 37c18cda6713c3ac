"""The command table is cheap: importing it loads no Qt, no search index and no numpy, so the window starts fast."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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
