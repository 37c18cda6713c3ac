"""PySide6's import hook keeps the source of every module imported after it; this has it read without keeping it.

To know whether a module uses PySide (for `from __feature__ import ...`), shiboken's import hook calls
inspect.getsource on every module imported, which leaves each one's lines in linecache: 13-14 MB of text once
the window and the search (numpy) are loaded, never read again. spare_source_lines() gives the hook a check that
reads the module's file and keeps nothing; the answer is the same (whether "PySide6" is in the source).
"""

from __future__ import annotations

import inspect
import linecache
import sys
from types import ModuleType

_installed = False


def uses_pyside(module: ModuleType) -> bool:
    """Whether the module's source mentions PySide6 (shiboken's own test), read from its file, kept nowhere."""
    file = getattr(module, "__file__", None)
    if isinstance(file, str) and file.endswith(".py"):  # the usual case, without inspect's look-ups (every import)
        try:
            with open(file, "rb") as handle:
                return b"PySide6" in handle.read()
        except OSError:
            pass  # inspect may still find the source (a loader's)
    try:
        file = inspect.getsourcefile(module)
    except TypeError:  # a built-in module
        return False
    if not file:
        return False
    try:
        with open(file, "rb") as handle:
            return b"PySide6" in handle.read()
    except OSError:
        return False


def spare_source_lines() -> bool:
    """Have PySide's import hook use uses_pyside (once PySide6 is imported) and forget the lines read so far;
    False (nothing done) where the hook is not the one this knows (another PySide version)."""
    global _installed
    if _installed:
        return True
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    _installed = True
    linecache.clearcache()  # a traceback reads what it shows again
    return True
