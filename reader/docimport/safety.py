"""Reading an import's bytes within limits: file size, zip members, encryption and XML without a DTD."""

from __future__ import annotations

import io
import os
import stat
import zipfile
from pathlib import Path

from reader.docimport.model import (
    MAX_FILE_BYTES,
    MAX_UNCOMPRESSED_BYTES,
    MAX_XML_PART_BYTES,
    MAX_ZIP_MEMBERS,
    DocumentError,
)

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MB = 1024 * 1024
_DTD_MARKS = tuple(mark.encode(codec) for mark in ("<!DOCTYPE", "<!ENTITY") for codec in ("utf-8", "utf-16-le", "utf-16-be"))

DAMAGED_ZIP = "Filen er beskadiget eller ikke et rigtigt {kind} (den kan ikke åbnes som en zip-fil)."


def read_file(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_FILE_BYTES; anything else is a DocumentError in Danish."""
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise DocumentError("Det er en mappe, ikke et dokument.")
        if not stat.S_ISREG(info.st_mode):
            raise DocumentError("Det er ikke en almindelig fil.")
        if info.st_size > MAX_FILE_BYTES:
            raise DocumentError(f"Dokumentet er for stort ({info.st_size / _MB:.0f} MB; højst {MAX_FILE_BYTES // _MB} MB).")
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise DocumentError("Filen findes ikke.") from None
    except PermissionError:
        raise DocumentError("Filen kan ikke læses (ingen adgang).") from None
    except (OSError, ValueError) as error:
        raise DocumentError(f"Filen kan ikke læses: {getattr(error, 'strerror', None) or error}.") from None
    if len(data) > MAX_FILE_BYTES:
        raise DocumentError(f"Dokumentet er for stort (over {MAX_FILE_BYTES // _MB} MB).")
    return data


def refuse_ole(data: bytes, kind: str) -> None:
    """An OLE compound file where a zip was expected: a password-protected document, or the old .doc format."""
    if not data.startswith(OLE_SIGNATURE):
        return
    if "EncryptedPackage".encode("utf-16-le") in data:
        raise DocumentError(f"Dokumentet er beskyttet med en adgangskode (krypteret), så det kan ikke læses. "
                            f"Åbn det, fjern adgangskoden, og gem det igen som {kind}.")
    raise DocumentError("Dokumentet er gemt i det gamle Word-format (.doc). Åbn det i Word, og gem det som .docx.")


def open_zip(data: bytes, kind: str) -> zipfile.ZipFile:
    """The document as a zip, checked: not encrypted, not too many members, not too large unpacked."""
    refuse_ole(data, kind)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise DocumentError(DAMAGED_ZIP.format(kind=kind)) from None
    if len(members) > MAX_ZIP_MEMBERS:
        raise DocumentError(f"Dokumentet består af usædvanligt mange dele ({len(members)}); det ligner ikke et "
                            f"almindeligt {kind}.")
    total = sum(member.file_size for member in members)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise DocumentError(f"Dokumentet fylder for meget, når det pakkes ud ({total / _MB:.0f} MB; højst "
                            f"{MAX_UNCOMPRESSED_BYTES // _MB} MB).")
    if any(member.flag_bits & 0x1 for member in members):
        raise DocumentError(f"Dokumentet er krypteret, så det kan ikke læses. Gem det uden adgangskode som {kind}.")
    return archive


def read_member(archive: zipfile.ZipFile, name: str, kind: str, *, limit: int = MAX_XML_PART_BYTES) -> bytes | None:
    """One member's bytes (None when it is missing), within `limit`; a damaged member is a DocumentError."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > limit:
        raise DocumentError(f"Dokumentets tekst er for stor ({info.file_size / _MB:.0f} MB; højst {limit // _MB} MB).")
    try:
        with archive.open(info) as member:
            return member.read(limit + 1)[:limit]
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        raise DocumentError(DAMAGED_ZIP.format(kind=kind)) from None


def refuse_dtd(xml: bytes, kind: str) -> None:
    """XML with a DTD can declare entities that expand to gigabytes; office documents never carry one."""
    if any(mark in xml for mark in _DTD_MARKS):
        raise DocumentError(f"Dokumentet indeholder XML-definitioner (DTD), som et almindeligt {kind} aldrig har; "
                            "det er afvist for en sikkerheds skyld.")


def check_xml_members(archive: zipfile.ZipFile, kind: str) -> None:
    """Every XML part of the zip read once and refused if it carries a DTD (before any parser sees it)."""
    for info in archive.infolist():
        if info.filename.lower().endswith((".xml", ".rels")):
            data = read_member(archive, info.filename, kind)
            if data is not None:
                refuse_dtd(data, kind)
