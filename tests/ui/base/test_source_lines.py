"""PySide's import hook answers as before (does a module use PySide6?) and no longer keeps modules' source."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path

import PySide6.QtCore  # noqa: F401 - the hook is installed with PySide6
import pytest

from ui.base import source_lines


def test_imported_modules_are_checked_but_their_lines_not_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    feature = sys.modules["shibokensupport.feature"]
    assert source_lines.spare_source_lines()
    assert feature._mod_uses_pyside is source_lines.uses_pyside
    (tmp_path / "uses_qt_probe_mod.py").write_text("from PySide6.QtCore import QObject\n", "utf-8")
    (tmp_path / "plain_probe_mod.py").write_text("VALUE = 1\n", "utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("uses_qt_probe_mod", "plain_probe_mod"):
        monkeypatch.delitem(sys.modules, name, raising=False)
        __import__(name)  # through the import statement's hook (importlib.import_module skips it)
        assert not any(key.endswith(f"{name}.py") for key in linecache.cache)
    assert feature.pyside_feature_dict["uses_qt_probe_mod"] == 0  # a PySide module: features apply
    assert feature.pyside_feature_dict["plain_probe_mod"] == -1  # ignored, as the hook's own check says
    assert source_lines.uses_pyside(sys) is False  # a built-in module has no file


def test_the_command_line_swaps_the_check_as_soon_as_pyside_is_in() -> None:
    """The window's modules after PySide's first import (ui/app.py on) are checked by reading their files once."""
    import subprocess

    code = ("import sys, linecache, ui.cli.main as m; m._language_for([]); import ui.app; "
            "print(sys.modules['shibokensupport.feature']._mod_uses_pyside.__module__, "
            "any(key.endswith('app.py') for key in linecache.cache))")
    root = Path(__file__).resolve().parents[3]
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, timeout=60)
    assert result.stdout.split() == ["ui.base.source_lines", "False"], result.stderr
