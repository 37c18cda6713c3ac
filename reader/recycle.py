"""The recycle folder (papirkurv): a deleted article kept with where it came from, listed, and restored."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

from reader import paths
from reader.atomic import write_bytes, write_text

FOLDER = "papirkurv"


@dataclass(frozen=True)
class RecycledEntry:
    """One deleted article: its kept copy, where it lay, and when it was deleted."""

    id: str
    file: Path
    original: Path
    deleted_at: dt.datetime


def recycle_dir() -> Path:
    return paths.data_dir() / FOLDER


def delete_article(path: Path, *, now: dt.datetime | None = None) -> RecycledEntry:
    """Move an article file into the recycle folder with a record of where it came from.

    The copy and its record are written (atomically) before the original is removed, so a crash leaves
    at worst a copy too many, never a lost article. Its images stay: other articles may use them.
    """
    when = (now or dt.datetime.now()).replace(microsecond=0)
    data = path.read_bytes()
    folder = recycle_dir()
    base = f"{when:%Y%m%d-%H%M%S}-{re.sub(r'[^A-Za-z0-9_-]+', '-', path.stem)[:80]}"
    entry_id = base
    number = 2
    while (folder / f"{entry_id}.md").exists() or (folder / f"{entry_id}.json").exists():
        entry_id = f"{base}-{number}"
        number += 1
    kept = folder / f"{entry_id}.md"
    record = folder / f"{entry_id}.json"
    write_bytes(kept, data)
    write_text(record, json.dumps({"original": str(path.absolute()), "deleted_at": when.isoformat()}, ensure_ascii=False))
    try:
        path.unlink()
    except OSError:
        kept.unlink(missing_ok=True)
        record.unlink(missing_ok=True)
        raise
    return RecycledEntry(entry_id, kept, path.absolute(), when)


def list_recycled() -> list[RecycledEntry]:
    """Every article in the recycle folder, newest first; a record that cannot be read is skipped."""
    entries: list[RecycledEntry] = []
    folder = recycle_dir()
    if not folder.is_dir():
        return entries
    for record in folder.glob("*.json"):
        kept = record.with_suffix(".md")
        try:
            info = json.loads(record.read_text(encoding="utf-8"))
            entries.append(RecycledEntry(record.stem, kept, Path(info["original"]),
                                         dt.datetime.fromisoformat(info["deleted_at"])))
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return sorted((entry for entry in entries if entry.file.is_file()), key=lambda e: (e.deleted_at, e.id), reverse=True)


def restore(entry: RecycledEntry) -> Path:
    """Put the article back where it lay, or beside it as name-2.md, name-3.md … when that name is taken."""
    target = entry.original
    number = 2
    while target.exists():
        target = entry.original.with_name(f"{entry.original.stem}-{number}{entry.original.suffix}")
        number += 1
    write_bytes(target, entry.file.read_bytes())
    with contextlib.suppress(OSError):
        entry.file.unlink()
    with contextlib.suppress(OSError):
        entry.file.with_suffix(".json").unlink()
    return target
