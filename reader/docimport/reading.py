"""import_document: the file's type chosen by its name and checked by its bytes, then one tree to Markdown."""

from __future__ import annotations

from pathlib import Path

import reader.docimport.safety as safety
from reader.articles import decode, readable_name
from reader.docimport.docx import read_docx
from reader.docimport.htmltree import parse_html
from reader.docimport.images import ImageStore
from reader.docimport.model import MAX_MARKDOWN_BYTES, DocumentError, ImportedDocument, Notes
from reader.docimport.odt import read_odt
from reader.docimport.plaintext import read_text
from reader.docimport.to_markdown import MarkdownWriter, take_title
from reader.docimport.tree import Element

SUFFIXES = (".docx", ".odt", ".html", ".htm", ".txt")
_OLD_FORMATS = {".doc": "Word 97-2003 (.doc)", ".rtf": "RTF", ".pages": "Pages", ".wpd": "WordPerfect"}
_ZIP_SIGNATURE = b"PK\x03\x04"


def import_document(path: Path) -> ImportedDocument:
    """Read a .docx, .odt, .html/.htm or .txt file into an article's title, Markdown body and images.

    Nothing is written anywhere. A file that cannot be read (damaged, encrypted, too large, of another
    type) raises DocumentError with a Danish message; what was read but could not be carried over is
    listed in the result's not_carried_over.
    """
    suffix = path.suffix.lower()
    if suffix in _OLD_FORMATS:
        raise DocumentError(f"Filer i formatet {_OLD_FORMATS[suffix]} kan ikke importeres. Åbn filen, og gem den som "
                            "Word-dokument (.docx).")
    if suffix not in SUFFIXES:
        raise DocumentError(f"Filtypen «{path.suffix or 'uden endelse'}» kan ikke importeres. Brug et Word-dokument "
                            "(.docx), et OpenDocument (.odt), en HTML-fil eller en tekstfil (.txt).")
    data = safety.read_file(path)
    title: str | None
    if suffix in (".docx", ".odt"):
        kind = "Word-dokument (.docx)" if suffix == ".docx" else "OpenDocument-tekstdokument (.odt)"
        safety.refuse_ole(data, kind)
        if not data.startswith(_ZIP_SIGNATURE):
            raise DocumentError(safety.DAMAGED_ZIP.format(kind=kind))
        root, store, notes = read_docx(data) if suffix == ".docx" else read_odt(data)
        title = take_title(root)
    elif suffix in (".html", ".htm"):
        root, store, notes = _read_html(data)
        title = take_title(root)
    else:
        root, title, notes = read_text(data)
        store = ImageStore(notes)
    markdown = MarkdownWriter(notes, store.names).document(root)
    if not markdown.strip() and not title:
        if notes.lines():
            raise DocumentError("Intet i dokumentet kunne tages med: " + " ".join(notes.lines()))
        raise DocumentError("Dokumentet er tomt; der er ingen tekst at importere.")
    if len(markdown.encode("utf-8")) > MAX_MARKDOWN_BYTES:
        raise DocumentError(f"Dokumentet har mere tekst, end én artikel kan rumme (højst {MAX_MARKDOWN_BYTES // 1024} kB "
                            "tekst). Del det op i flere dokumenter.")
    return ImportedDocument(title or readable_name(path), markdown, tuple(store.images), notes.lines())


def _read_html(data: bytes) -> tuple[Element, ImageStore, Notes]:
    text, message, _level = decode(data)
    if text is None:
        raise DocumentError("Filen er ikke en HTML-fil (den ser binær ud).")
    notes = Notes()
    if message:
        notes.add(message + " Tjek æ, ø og å i artiklen.")
    return parse_html(text), ImageStore(notes), notes
