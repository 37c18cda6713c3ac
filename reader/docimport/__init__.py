"""Documents from other programs (.docx, .odt, .html, .txt) read into an article's Markdown and images."""

from reader.docimport.model import DocumentError, ImportedDocument, ImportedImage
from reader.docimport.reading import SUFFIXES, import_document

__all__ = ["SUFFIXES", "DocumentError", "ImportedDocument", "ImportedImage", "import_document"]
