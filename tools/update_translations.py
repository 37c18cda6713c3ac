"""Regenerate translations/patient_reader_<lang>.ts from the ui/ sources (pyside6-lupdate), and build the .qm files.

    python tools/update_translations.py            # update the .ts files (keeps existing translations)
    python tools/update_translations.py --release  # only compile the .qm files next to them (done by `make`)

Danish is the source language; strings are marked with self.tr(...) or QCoreApplication.translate(ctx, ...).
Translate new strings in Qt Linguist (`pyside6-linguist translations/patient_reader_en.ts`) or a text editor.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
LANGUAGES = ("en",)


def tool(name: str) -> str:
    """A Qt tool from the venv that runs this script (pyside6-lupdate, pyside6-lrelease)."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.is_file() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (make test sets up .venv)")
    return found


def update() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    TRANSLATIONS.mkdir(exist_ok=True)
    for lang in LANGUAGES:
        ts_file = TRANSLATIONS / f"patient_reader_{lang}.ts"
        subprocess.run([tool("pyside6-lupdate"), *sources, "-locations", "none", "-source-language", "da",
                        "-target-language", lang, "-ts", str(ts_file.relative_to(ROOT))], cwd=ROOT, check=True)


def release() -> None:
    for ts_file in sorted(TRANSLATIONS.glob("*.ts")):
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(ts_file.with_suffix(".qm"))],
                       check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only compile the .qm files")
    args = parser.parse_args(argv)
    if args.release:
        release()
    else:
        update()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
