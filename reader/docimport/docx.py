"""Word documents (.docx) read by mammoth into semantic HTML, its messages said in Danish."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from typing import Any

import mammoth

import reader.docimport.safety as safety
from reader.docimport.htmltree import parse_html
from reader.docimport.images import ImageStore
from reader.docimport.model import MAX_IMAGE_BYTES, DocumentError, Notes
from reader.docimport.tree import Element

KIND = "Word-dokument (.docx)"

# Paragraph styles that are plain text (LibreOffice's and Word's body and table styles), quotes, and
# underline and strikethrough kept as tags so the Markdown writer can say they were lost.
STYLE_MAP = """
p[style-name='Title'] => h1:fresh
p[style-name='Subtitle'] => p:fresh
p[style-name='Body Text'] => p:fresh
p[style-name='Text Body'] => p:fresh
p[style-name='Body Text Indent'] => p:fresh
p[style-name='Table Contents'] => p:fresh
p[style-name='Table Heading'] => p:fresh
p[style-name='Table Paragraph'] => p:fresh
p[style-name='No Spacing'] => p:fresh
p[style-name='Normal (Web)'] => p:fresh
p[style-name='Default'] => p:fresh
p[style-name='Quote'] => blockquote > p:fresh
p[style-name='Intense Quote'] => blockquote > p:fresh
r[style-name='Emphasis'] => em
r[style-name='Strong Emphasis'] => strong
r[style-name='Intense Emphasis'] => strong
u => u
strike => s
"""

_MESSAGES: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(r"Unrecognised paragraph style: (.*) \(Style ID: .*\)"),
     lambda m: f"Afsnitstypografien «{m.group(1)}» kendes ikke; teksten er taget med som almindelige afsnit."),
    (re.compile(r"Unrecognised run style: (.*) \(Style ID: .*\)"),
     lambda m: f"Tegntypografien «{m.group(1)}» kendes ikke; teksten er taget med uden den."),
    (re.compile(r"Unrecognised table style: (.*) \(Style ID: .*\)"),
     lambda m: f"Tabeltypografien «{m.group(1)}» kendes ikke; tabellen er taget med uden den."),
    (re.compile(r"\w+ style with ID (.*) was referenced but not defined"),
     lambda m: f"Dokumentet bruger typografien «{m.group(1)}», som ikke findes i det; teksten er taget med uden den."),
    (re.compile(r"A w:sym element with an unsupported character"),
     lambda m: "Et specialtegn (symbol) kunne ikke læses og er udeladt."),
    (re.compile(r"Unsupported break type"), lambda m: "Et side- eller kolonneskift er udeladt."),
    (re.compile(r"Could not find image file|v:imagedata element without a relationship"),
     lambda m: "Et billede kunne ikke findes inde i dokumentet og er ikke taget med."),
    (re.compile(r"Image of type .* is unlikely to display"), lambda m: ""),  # the image store says it itself
    (re.compile(r"An unrecognised element was ignored: (.*)"),
     lambda m: f"En del af dokumentet ({m.group(1)}) kunne ikke læses og er udeladt."),
    (re.compile(r"unexpected non-(?:row|cell) element in table"),
     lambda m: "En tabel er bygget usædvanligt op; sammenflettede celler kan stå forkert."),
    (re.compile(r"complex field"), lambda m: "Et felt i dokumentet kunne ikke læses helt; dets tekst er taget med."),
    (re.compile(r"external image|external file"),
     lambda m: "Et billede, der ligger uden for dokumentet (et link til en fil), er ikke taget med. "
               "Sæt billedet ind i selve dokumentet."),
]
LOST_COMMENTS = "Kommentarer i dokumentet er ikke taget med."
LOST_HEADERS = "Sidehoved og sidefod er ikke taget med."
_TEXT_RUN = re.compile(rb"<w:t[ >]")


def danish_message(message: str) -> str:
    """One of mammoth's messages in plain Danish ("" when another note already says it).

    "Unrecognised paragraph style: Body Text (Style ID: TextBody)" ⇒ "Afsnitstypografien «Body Text» kendes ikke; …"
    """
    for pattern, say in _MESSAGES:
        match = pattern.search(message)
        if match:
            return say(match)
    return f"Noget i dokumentet kunne ikke læses og er måske udeladt ({message})."


def read_docx(data: bytes) -> tuple[Element, ImageStore, Notes]:
    """The .docx as the import tree, its images, and what could not be carried over."""
    archive = safety.open_zip(data, KIND)
    names = set(archive.namelist())
    if not any(name.lower() == "word/document.xml" for name in names) and "[Content_Types].xml" not in names:
        raise DocumentError("Filen er en zip-fil, men ikke et Word-dokument.")
    safety.check_xml_members(archive, KIND)
    notes = Notes()
    _note_what_mammoth_drops(archive, notes)
    store = ImageStore(notes)

    def convert_image(image: Any) -> list[Any]:
        try:
            with image.open() as stream:
                image_data = stream.read(MAX_IMAGE_BYTES + 1)
        except Exception as error:  # external or missing images: mammoth raises several kinds
            notes.add(danish_message(str(error)) if "external" in str(error) else
                      "Et billede kunne ikke findes inde i dokumentet og er ikke taget med.")
            return []
        link = store.add(image_data, image.content_type or "", image.alt_text or "")
        if not link:
            return []
        attributes = {"src": link}
        if image.alt_text:
            attributes["alt"] = image.alt_text
        return [mammoth.html.element("img", attributes)]

    try:
        result = mammoth.convert_to_html(io.BytesIO(data), style_map=STYLE_MAP, convert_image=convert_image,
                                         external_file_access=False)
    except DocumentError:
        raise
    except Exception:  # a damaged document can fail anywhere inside the reader: KeyError, XML errors …
        raise DocumentError(f"Dokumentet er beskadiget og kan ikke læses som {KIND}.") from None
    for message in result.messages:
        line = danish_message(str(message.message))
        if line:
            notes.add(line)
    return parse_html(str(result.value)), store, notes


def _note_what_mammoth_drops(archive: zipfile.ZipFile, notes: Notes) -> None:
    """Comments, headers and footers are left out without a message: say so when the document has them."""
    for name in archive.namelist():
        lower = name.lower()
        if lower == "word/comments.xml":
            part = safety.read_member(archive, name, KIND) or b""
            if b"<w:comment " in part:
                notes.add(LOST_COMMENTS)
        elif re.fullmatch(r"word/(header|footer)\d*\.xml", lower):
            part = safety.read_member(archive, name, KIND) or b""
            if _TEXT_RUN.search(part):
                notes.add(LOST_HEADERS)
