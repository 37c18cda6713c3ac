"""What an import gives back (the document, its images, what was lost), its one error, and the limits."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.articles import MAX_FILE_BYTES as MAX_ARTICLE_BYTES

MAX_FILE_BYTES = 50 * 1024 * 1024  # the file to import, as it lies on the disk
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024  # all members of a .docx / .odt zip together
MAX_XML_PART_BYTES = 25 * 1024 * 1024  # one XML part (the document's text): far past any real article
MAX_ZIP_MEMBERS = 5_000
MAX_IMAGES = 200
MAX_IMAGE_BYTES = 20 * 1024 * 1024  # one image; a bigger one is left out with a note
MAX_MARKDOWN_BYTES = MAX_ARTICLE_BYTES - 64 * 1024  # room for the front matter; the loader refuses larger files
MAX_DEPTH = 100  # nesting of elements; deeper ones are read as the text of their parent


class DocumentError(Exception):
    """The document could not be imported; the message says why in plain Danish. Nothing was written."""


@dataclass(frozen=True)
class ImportedImage:
    """An image taken out of the document: its file name (the body links it as `billeder/<name>`) and bytes."""

    name: str
    data: bytes
    alt: str = ""


@dataclass(frozen=True)
class ImportedDocument:
    """A document read into an article: title, Markdown body, images, and what could not be carried over."""

    title: str
    markdown: str
    images: tuple[ImportedImage, ...] = ()
    not_carried_over: tuple[str, ...] = field(default_factory=tuple)


class Notes:
    """The Danish lines of what could not be carried over, each said once, in the order met."""

    def __init__(self) -> None:
        self._lines: dict[str, None] = {}

    def add(self, line: str) -> None:
        self._lines.setdefault(line, None)

    def lines(self) -> tuple[str, ...]:
        return tuple(self._lines)
