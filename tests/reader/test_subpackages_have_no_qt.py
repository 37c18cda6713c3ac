"""The packages inside `reader` (docimport …) import no Qt either; the top-level check only sees reader/*.py."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_reader_subpackages_import_no_qt() -> None:
    modules = sorted(
        ".".join(path.relative_to(ROOT).with_suffix("").parts)
        for path in (ROOT / "reader").glob("*/**/*.py")
    )
    assert "reader.docimport.docx" in modules
    code = "import sys\n" + "".join(f"import {m.removesuffix('.__init__')}\n" for m in modules) + (
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'ui'))]\nassert not bad, bad\n")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
