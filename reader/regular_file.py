"""Reading a file that must be a regular file of bounded size: FIFOs, devices and endless files are refused."""

from __future__ import annotations

import os
import stat
from pathlib import Path


class NotRegularError(OSError):
    """A FIFO, device or socket where a file was expected."""


class TooBigError(OSError):
    """More bytes than the reader allows."""

    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


def read_regular(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most max_bytes, never blocking on a FIFO nor reading a device for ever.

    Raises IsADirectoryError, NotRegularError, TooBigError, or the OSError of the system.
    """
    info = os.stat(path)
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(path)
    if not stat.S_ISREG(info.st_mode):
        raise NotRegularError(path)
    if info.st_size > max_bytes:
        raise TooBigError(info.st_size)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):  # swapped for a FIFO since the stat
            raise NotRegularError(path)
        chunks: list[bytes] = []
        total = 0
        while chunk := os.read(descriptor, 1 << 20):
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                raise TooBigError(total)
        return b"".join(chunks)
    finally:
        os.close(descriptor)
