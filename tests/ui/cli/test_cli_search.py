"""`patient-reader search` as a user runs it: text and JSON answers, a queries file, bad usage."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "ui", "search", *args], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=60)


def test_search_json_has_the_documented_shape() -> None:
    result = run("--json", "--limit", "3", "prolaps")
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert set(answer) == {"query", "hits", "took_ms"}
    assert answer["query"] == "prolaps" and isinstance(answer["took_ms"], float) and answer["took_ms"] >= 0
    top = answer["hits"][0]
    assert set(top) == {"slug", "title", "score", "section", "snippet"}
    assert top["slug"] == "nervetryk-i-laenden" and "<b>diskusprolaps</b>" in top["snippet"]
    assert len(answer["hits"]) <= 3


def test_search_text_output() -> None:
    result = run("laenden")
    assert result.returncode == 0
    assert result.stdout.splitlines()[0].startswith("nervetryk-i-laenden")


def test_queries_file_gives_one_json_line_per_query(tmp_path: Path) -> None:
    queries = tmp_path / "q.txt"
    queries.write_text("nervesmeter\n' OR 1=1 --\n\nNEAR(nerve\nxyzzy\n😀\n", encoding="utf-8")
    result = run("--queries", str(queries), "--json", "--limit", "2")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["query"] for line in lines] == ["nervesmeter", "' OR 1=1 --", "NEAR(nerve", "xyzzy", "😀"]
    assert lines[0]["hits"][0]["slug"] == "nervesmerter"
    assert lines[3]["hits"] == []


def test_no_results_suggests_spellings() -> None:
    result = run("nervesmertre xyzzyq")
    assert result.returncode == 0


def test_bad_usage_exits_2(tmp_path: Path) -> None:
    assert run().returncode == 2
    assert run("--limit", "0", "x").returncode == 2
    assert run("--queries", str(tmp_path / "missing.txt")).returncode == 2
    assert run("x", "--queries", str(tmp_path / "q.txt")).returncode == 2


def test_articles_dir(tmp_path: Path) -> None:
    (tmp_path / "knae.md").write_text("---\ntitle: Øvelser for knæ\n---\nStræk og bøj knæet.\n", encoding="utf-8")
    answer = json.loads(run("--json", "--articles", str(tmp_path), "oevelser").stdout)
    assert [hit["slug"] for hit in answer["hits"]] == ["knae"]


def test_search_does_not_load_qt_widgets() -> None:
    code = ("import sys; from ui.cli.main import main; main(['search', '--limit', '1', 'nerve']); "
            "print('PySide6.QtWidgets' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.stdout.strip().splitlines()[-1] == "False", result.stderr


def test_search_keeps_its_index_and_updates_it_after_an_edit(tmp_path: Path) -> None:
    folder = tmp_path / "artikler"
    folder.mkdir()
    for n in range(3):
        (folder / f"a{n}.md").write_text(f"---\ntitle: Artikel {n}\n---\n\nOm knæ og lænd nummer {n}.\n", "utf-8")
    first = run("--articles", str(folder), "knæ")
    assert first.returncode == 0, first.stderr
    stored = list((Path(os.environ["PATIENT_READER_HOME"]) / "cache").glob("search-index-*.npz"))
    assert len(stored) == 1
    before = stored[0].stat().st_mtime_ns
    assert run("--articles", str(folder), "knæ").stdout == first.stdout
    assert stored[0].stat().st_mtime_ns == before  # nothing changed: loaded, not written again
    (folder / "a1.md").write_text("---\ntitle: Artikel 1\n---\n\nNu om blåbærsaft.\n", "utf-8")
    edited = run("--articles", str(folder), "blåbærsaft")
    assert edited.stdout.split()[0] == "a1"
    assert stored[0].stat().st_mtime_ns != before  # the update was written back
