"""The clinic logo kept in the data folder: a copy made when it is chosen, so moving the original loses nothing."""

from __future__ import annotations

import contextlib
from pathlib import Path

from reader import atomic, paths

MAX_LOGO_BYTES = 10 * 1024 * 1024
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg", ".svg")


def logo_dir() -> Path:
    """Where the kept copy lives: `logo/` in the user's data folder."""
    return paths.data_dir() / "logo"


def keep_logo(chosen: str) -> str:
    """The path of the kept copy of a chosen logo file (made or refreshed now); the chosen path when it cannot be.

    "" ⇒ "";  "/Billeder/logo.png" ⇒ "<data>/logo/clinic-logo.png";  a missing or too big file ⇒ itself, unchanged.
    """
    if not chosen:
        return ""
    source = Path(chosen)
    folder = logo_dir()
    try:
        if source.parent.resolve() == folder.resolve():
            return chosen  # already the kept copy
        suffix = source.suffix.lower() if source.suffix.lower() in LOGO_SUFFIXES else ".png"
        if not source.is_file() or source.stat().st_size > MAX_LOGO_BYTES:
            return chosen
        data = source.read_bytes()
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"clinic-logo{suffix}"
        atomic.write_bytes(target, data)
    except (OSError, ValueError):
        return chosen  # the original still works while it stays where it is
    for old in folder.glob("clinic-logo.*"):  # a logo of another type chosen before
        if old != target:
            with contextlib.suppress(OSError):
                old.unlink()
    return str(target)
