"""`patient-reader import` and `check` as a user runs them: summary, refusal exit code, advice."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from tests.ui.cli.test_cli import run


def test_import_then_list_shows_the_article_and_refusal_exits_2(tmp_path: Path, _fresh_home: Path) -> None:
    pack = tmp_path / "pakke.zip"
    with zipfile.ZipFile(pack, "w") as z:
        z.writestr("Øvelser for knæ.md", "---\ntitle: Øvelser for knæ\n---\nBøj knæet.\n")
        z.writestr("noter.docx", "x")
    result = run("import", str(pack))
    assert result.returncode == 0, result.stderr
    assert "1 tilføjet, 0 erstattet, 1 sprunget over." in result.stdout and "noter.docx" in result.stdout
    clinic = _fresh_home / "data" / "articles"
    assert (clinic / "Øvelser for knæ.md").is_file()
    listed = json.loads(run("list", "--json").stdout)
    assert "oevelser-for-knae" in [row["slug"] for row in listed]

    evil = tmp_path / "ond.zip"
    with zipfile.ZipFile(evil, "w") as z:
        z.writestr("god.md", "x")
        z.writestr("../../ud.md", "x")
    refused = run("import", str(evil))
    assert refused.returncode == 2 and "afvist" in refused.stderr and "Traceback" not in refused.stderr
    assert sorted(p.name for p in clinic.iterdir()) == ["Øvelser for knæ.md"]
    assert run("import", str(tmp_path / "findes-ikke.zip")).returncode == 2


def test_check_json_has_advice_for_each_problem(tmp_path: Path) -> None:
    (tmp_path / "tom.md").write_bytes(b"")
    (tmp_path / "kolon.md").write_text("---\ntitle: Diskusprolaps: 6 myter\n---\nx", encoding="utf-8")
    result = run("check", str(tmp_path), "--json")
    assert result.returncode == 1
    rows = {Path(r["path"]).name: r for r in json.loads(result.stdout)}
    assert rows["tom.md"]["level"] == "error" and rows["tom.md"]["advice"]
    assert "citationstegn" in rows["kolon.md"]["advice"]
    text = run("check", str(tmp_path)).stdout
    assert "Gør: " in text


def test_a_mistyped_to_folder_is_refused_and_check_counts_in_danish(tmp_path: Path) -> None:
    pack = tmp_path / "pakke.zip"
    with zipfile.ZipFile(pack, "w") as z:
        z.writestr("knæ.md", "---\ntitle: Knæ\n---\nBøj knæet.\n")
    missing = tmp_path / "findes" / "ikke"
    result = run("import", str(pack), "--to", str(missing))
    assert result.returncode == 2 and "mappen findes ikke" in result.stderr and not missing.exists()
    folder = tmp_path / "artikler"
    folder.mkdir()
    assert run("import", str(pack), "--to", str(folder)).returncode == 0
    (folder / "tom.md").write_text("", encoding="utf-8")
    summary = run("check", str(folder)).stderr
    assert "1 artikel indlæst, 1 fil med fejl, 0 advarsler" in summary


def test_list_of_a_missing_folder_says_so(tmp_path: Path) -> None:
    result = run("--articles", str(tmp_path / "findes-ikke"), "list")
    assert result.returncode == 0 and result.stdout == ""
    assert "Mappen findes ikke" in result.stderr and "patient-reader check" in result.stderr
