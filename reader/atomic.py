"""The one atomic file write: a temp file in the same folder, flushed to disk, renamed over the target."""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

_writing = 0  # atomic writes under way, in any thread (see wait_for_writes)
_idle = threading.Condition()


def wait_for_writes(timeout: float) -> bool:
    """Block until no atomic write is under way (at most timeout seconds); True when none is. For a quick
    exit that skips the interpreter's teardown, but not a cache being written."""
    with _idle:
        return _idle.wait_for(lambda: _writing == 0, timeout)


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


@contextlib.contextmanager
def atomic_file(path: Path, *, mode: int | None = None) -> Iterator[IO[bytes]]:
    """A binary file to write that replaces `path` only when the block ends without an error.

    The temp file sits beside `path` (a rename across file systems is not atomic), is fsynced before
    the rename, and is removed on any failure, KeyboardInterrupt included. `mode` sets the permission
    bits; by default the file gets what a plain `open()` would give (0666 less the umask), not
    mkstemp's private 0600.
    """
    global _writing
    with _idle:
        _writing += 1
    try:
        with _writing_to(path, mode) as out:
            yield out
    finally:
        with _idle:
            _writing -= 1
            _idle.notify_all()


@contextlib.contextmanager
def _writing_to(path: Path, mode: int | None) -> Iterator[IO[bytes]]:
    folder = path.parent if str(path.parent) else Path(".")
    folder.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as temp:
            yield temp
            temp.flush()
            os.fsync(temp.fileno())
        os.chmod(temp_name, mode if mode is not None else 0o666 & ~_umask())
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise


def write_bytes(path: Path, data: bytes, *, mode: int | None = None) -> None:
    """Write `data` to `path` atomically (see atomic_file)."""
    with atomic_file(path, mode=mode) as out:
        out.write(data)


def write_text(path: Path, text: str, *, mode: int | None = None) -> None:
    """Write `text` as UTF-8 to `path` atomically (see atomic_file)."""
    write_bytes(path, text.encode("utf-8"), mode=mode)


def write_with(path: Path, writer: Callable[[IO[bytes]], object], *, mode: int | None = None) -> None:
    """Let `writer` stream into the temp file (numpy.savez, json.dump …), then rename it over `path`."""
    with atomic_file(path, mode=mode) as out:
        writer(out)
