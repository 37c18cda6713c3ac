"""`patient-reader import FILE.docx|.odt|.html|.txt`: the article and its images written and reported, or refused."""

from __future__ import annotations

import json
from pathlib import Path

from tests.ui.cli.test_cli import run

DOCS = Path(__file__).resolve().parents[2] / "data"


def test_import_a_docx_writes_the_article_and_its_images_and_says_what_it_made(_fresh_home: Path) -> None:
    result = run("import", str(DOCS / "docx-libreoffice" / "nervetryk-i-laenden.docx"))
    assert result.returncode == 0, result.stderr
    clinic = _fresh_home / "data" / "articles"
    made = sorted(p.name for p in clinic.glob("*.md"))
    assert made == ["nervetryk-i-laenden-2.md"]  # the bundled article keeps its slug: no silent override
    assert result.stdout.startswith("Importeret: Nervetryk i lænden (") and "nervetryk-i-laenden-2.md" in result.stdout
    # the same title as the bundled article: written beside it, and said so (the window asks before saving)
    assert "findes allerede en artikel med titlen «Nervetryk i lænden» (nervetryk-i-laenden)" in result.stderr
    assert "nervetryk-i-laenden-2.md" in result.stderr
    text = (clinic / made[0]).read_text(encoding="utf-8")
    assert text.startswith('---\ntitle: "Nervetryk i lænden"\n') and "| Svaghed i ben eller fod |" in text

    picture = run("import", str(DOCS / "docx-mammoth" / "tiny-picture-target-base-relative.docx"), "--json")
    assert picture.returncode == 0, picture.stderr
    report = json.loads(picture.stdout)
    assert report["images"] and all(Path(image).is_file() for image in report["images"])
    assert Path(report["images"][0]).parent == clinic / "billeder"
    assert f"](billeder/{Path(report['images'][0]).name})" in Path(report["path"]).read_text(encoding="utf-8")
    listed = {row["slug"]: row for row in json.loads(run("list", "--json").stdout)}
    assert isinstance(listed["nervetryk-i-laenden-2"]["lix"], int) and listed["nervetryk-i-laenden-2"]["lix"] > 20


def test_a_damaged_encrypted_or_unknown_document_exits_2_and_writes_nothing(tmp_path: Path, _fresh_home: Path) -> None:
    clinic = _fresh_home / "data" / "articles"
    damaged = tmp_path / "ødelagt.docx"
    damaged.write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    encrypted = tmp_path / "hemmelig.docx"
    encrypted.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 512)
    old = tmp_path / "gammel.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    for path, words in ((damaged, "beskadiget"), (encrypted, "adgangskode"), (old, ".docx")):
        result = run("import", str(path))
        assert result.returncode == 2, result.stdout
        assert words in result.stderr and "Intet er skrevet." in result.stderr and "Traceback" not in result.stderr
    assert not clinic.exists() or not any(clinic.rglob("*.*"))
    unknown = tmp_path / "noter.pdf"
    unknown.write_bytes(b"%PDF-1.4")
    result = run("import", str(unknown))
    assert result.returncode == 2 and "kan ikke importeres" in result.stderr


def test_check_lists_the_lix_notes_above_the_clinics_level(_fresh_home: Path) -> None:
    from reader.settings import Settings
    from reader.settings import save as save_settings

    assert not [row for row in json.loads(run("check", "--json").stdout) if "LIX" in row["message"]]  # off by default
    save_settings(Settings(lix_limit=40))
    rows = [row for row in json.loads(run("check", "--json").stdout) if "LIX" in row["message"]]
    assert rows and all(row["level"] == "review" and "over klinikkens grænse på 40" in row["message"] for row in rows)
