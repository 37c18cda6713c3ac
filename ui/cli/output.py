"""What the command line prints: always valid UTF-8, whatever the locale, with no raw control characters."""

from __future__ import annotations

import io
import re
from typing import IO, Any

# C0 and C1 control characters except newline and tab, and DEL: an escape sequence in an article's title
# or a file's name (ESC ] 0 ; … BEL retitles the terminal, ESC [ 2 J clears it) is shown, never obeyed.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATES = re.compile("[\ud800-\udfff]")  # a file name's undecodable bytes, as Python keeps them


def visible(text: str) -> str:
    """text fit for a terminal: controls written out, undecodable bytes of a file name as U+FFFD.

    "\\x1b]0;OWNED\\x07" ⇒ "\\\\x1b]0;OWNED\\\\x07";  "\\udcff-navn" (a byte 0xff in a name) ⇒ "\\ufffd-navn"
    """
    text = _CONTROLS.sub(lambda match: f"\\x{ord(match.group()):02x}", text)
    return _SURROGATES.sub("\ufffd", text)


class TerminalStream(io.TextIOBase):
    """A text stream writing UTF-8 bytes to another stream's buffer, every string passed through visible()."""

    def __init__(self, wrapped: IO[str]) -> None:
        super().__init__()
        self.wrapped = wrapped
        wrapped.flush()
        self._buffer: Any = getattr(wrapped, "buffer", None)

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return "utf-8"

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return self.wrapped.isatty()

    def fileno(self) -> int:
        return self.wrapped.fileno()

    def write(self, text: str) -> int:
        clean = visible(text)
        if self._buffer is None:
            self.wrapped.write(clean)
        else:
            self._buffer.write(clean.encode("utf-8"))
            if "\n" in text and getattr(self.wrapped, "line_buffering", False):
                self._buffer.flush()  # as the stream wrapped would: a terminal sees each line, stderr each message
        return len(text)

    def flush(self) -> None:
        (self._buffer or self.wrapped).flush()
