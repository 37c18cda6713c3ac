"""Damaged, encrypted, hostile and huge documents are refused with a Danish message, and nothing is written."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from reader.docimport import DocumentError, images, import_document, reading, safety

DATA = Path(__file__).resolve().parents[1] / "data"
TINY = DATA / "docx-mammoth" / "tiny-picture.docx"
SEED_DOCX = DATA / "docx-libreoffice" / "nervesmerter.docx"
SEED_ODT = DATA / "docx-libreoffice" / "nervesmerter.odt"
OLE = bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 504


def rezip(source: Path, target: Path, replace: dict[str, bytes]) -> Path:
    """A copy of a zip document with some members replaced (or added)."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in original.infolist():
            copy.writestr(info.filename, replace.pop(info.filename, None) or original.read(info))
        for name, data in replace.items():
            copy.writestr(name, data)
    return target


def listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.mark.parametrize(("name", "content", "message"), [
    ("brev.docx", b"Dette er ikke en zip-fil", "beskadiget"),
    ("brev.odt", b"PK\x03\x04 halvt afbrudt", "beskadiget"),
    ("brev.docx", OLE + "EncryptionInfo EncryptedPackage".encode("utf-16-le"), "adgangskode"),
    ("brev.docx", OLE + "WordDocument".encode("utf-16-le"), "gamle Word-format"),
    ("brev.doc", OLE, "Word 97-2003"),
    ("brev.pdf", b"%PDF-1.7", "kan ikke importeres"),
    ("brev.txt", b"\x00\x01\x02binary", "binær"),
    ("tom.txt", b"  \n\n ", "tomt"),
])
def test_files_that_cannot_be_read(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DocumentError, match=message):
        import_document(path)
    assert listing(tmp_path) == [name]


def test_a_missing_file_and_a_folder(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="findes ikke"):
        import_document(tmp_path / "væk.docx")
    (tmp_path / "mappe.docx").mkdir()
    with pytest.raises(DocumentError, match="mappe"):
        import_document(tmp_path / "mappe.docx")


def test_damaged_xml_in_a_docx_and_an_odt(tmp_path: Path) -> None:
    bad_docx = rezip(TINY, tmp_path / "bad.docx", {"word/document.xml": b"<w:document><w:body><w:p>"})
    with pytest.raises(DocumentError, match="beskadiget"):
        import_document(bad_docx)
    bad_odt = rezip(SEED_ODT, tmp_path / "bad.odt", {"content.xml": b"<office:document-content><unclosed"})
    with pytest.raises(DocumentError, match="beskadiget"):
        import_document(bad_odt)


def test_a_zip_that_is_no_word_document(tmp_path: Path) -> None:
    path = tmp_path / "pakke.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hej.txt", "hej")
    with pytest.raises(DocumentError, match="ikke et Word-dokument"):
        import_document(path)


LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
          b"<lolz>&lol2;</lolz>")


@pytest.mark.parametrize(("source", "member"), [(TINY, "word/document.xml"), (TINY, "word/styles.xml"),
                                                 (SEED_ODT, "content.xml"), (SEED_ODT, "styles.xml")])
def test_xml_with_entity_definitions_is_refused_before_parsing(tmp_path: Path, source: Path, member: str) -> None:
    path = rezip(source, tmp_path / f"lol{source.suffix}", {member: LAUGHS})
    with pytest.raises(DocumentError, match="DTD"):
        import_document(path)


def test_an_encrypted_odt(tmp_path: Path) -> None:
    manifest = b'<manifest:manifest><manifest:file-entry><manifest:encryption-data/></manifest:file-entry></manifest:manifest>'
    path = rezip(SEED_ODT, tmp_path / "hemmelig.odt", {"META-INF/manifest.xml": manifest})
    with pytest.raises(DocumentError, match="adgangskode"):
        import_document(path)


def test_an_odf_spreadsheet_is_not_a_text(tmp_path: Path) -> None:
    path = rezip(SEED_ODT, tmp_path / "ark.odt", {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"})
    with pytest.raises(DocumentError, match="ikke et tekstdokument"):
        import_document(path)


def test_a_zip_member_marked_encrypted(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", b"<x/>")
    data = bytearray(buffer.getvalue())
    central = data.index(b"PK\x01\x02")
    data[central + 8] |= 0x1  # the "encrypted" flag, as a zip tool that encrypts sets it
    path = tmp_path / "krypteret.docx"
    path.write_bytes(bytes(data))
    with pytest.raises(DocumentError, match="krypteret"):
        import_document(path)


def test_limits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safety, "MAX_FILE_BYTES", 1000)
    with pytest.raises(DocumentError, match="for stort"):
        import_document(SEED_DOCX)
    monkeypatch.setattr(safety, "MAX_FILE_BYTES", 50 * 1024 * 1024)
    monkeypatch.setattr(safety, "MAX_UNCOMPRESSED_BYTES", 20_000)
    with pytest.raises(DocumentError, match="fylder for meget"):
        import_document(SEED_DOCX)
    monkeypatch.setattr(safety, "MAX_UNCOMPRESSED_BYTES", 200 * 1024 * 1024)
    monkeypatch.setattr(safety, "MAX_ZIP_MEMBERS", 3)
    with pytest.raises(DocumentError, match="mange dele"):
        import_document(SEED_DOCX)
    monkeypatch.setattr(safety, "MAX_ZIP_MEMBERS", 5000)
    monkeypatch.setattr(images, "MAX_IMAGES", 0)
    with pytest.raises(DocumentError, match="for mange billeder"):
        import_document(TINY)
    monkeypatch.setattr(reading, "MAX_MARKDOWN_BYTES", 1000)
    with pytest.raises(DocumentError, match="mere tekst, end én artikel kan rumme"):
        import_document(SEED_ODT)
    assert listing(tmp_path) == []


def test_a_zip_bomb_is_refused_by_its_declared_size(tmp_path: Path) -> None:
    # 201 MB of zeros packs to about 200 kB: the sizes in the zip's directory refuse it before any unpacking
    path = tmp_path / "bombe.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            block = b"\x00" * (1024 * 1024)
            for _ in range(201):
                member.write(block)
    assert path.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(DocumentError, match="fylder for meget"):
        import_document(path)


def test_an_oversized_image_is_left_out_with_a_note(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(images, "MAX_IMAGE_BYTES", 100)
    with pytest.raises(DocumentError, match="Et billede er større end"):
        import_document(TINY)  # the picture is all there is, so nothing is left to import
    html = tmp_path / "side.html"
    html.write_text('<p>Tekst</p><p><img src="http://example.org/x.png" alt="fjern"></p>', encoding="utf-8")
    document = import_document(html)
    assert document.markdown == "Tekst\n"
    assert document.not_carried_over == ("Et billede, der ikke ligger inde i dokumentet, er ikke taget med.",)
