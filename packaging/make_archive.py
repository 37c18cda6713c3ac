"""Packs dist/patient-reader for release: .tar.xz on Linux (keeps the library links), .zip elsewhere.

    python packaging/make_archive.py [dist/patient-reader]   # writes dist/patient-reader-<version>-<platform>.*
"""

from __future__ import annotations

import os
import platform
import re
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def write_zip(folder: Path, out: Path) -> None:
    """A zip of the folder (deflate, level 9); links are stored as links, as Info-ZIP and macOS restore them."""
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(folder.rglob("*")):
            name = str(Path(folder.name) / path.relative_to(folder))
            if path.is_symlink():
                info = zipfile.ZipInfo(name)
                info.create_system = 3
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
                archive.writestr(info, os.readlink(path))
            elif path.is_file():
                archive.write(path, name)


def version() -> str:
    """reader.__version__, read without importing the app."""
    text = (ROOT / "reader" / "__init__.py").read_text("utf-8")
    found = re.search(r'__version__\s*=\s*"([^"]+)"', text)
    return found.group(1) if found else "0"


def main(argv: list[str] | None = None) -> int:
    """Write the archive next to the folder and print its path and size."""
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else ROOT / "dist" / "patient-reader"
    if not folder.is_dir():
        print(f"no bundle at {folder}: run `make bundle` first", file=sys.stderr)
        return 1
    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    stem = folder.parent / f"{folder.name}-{version()}-{system}-{platform.machine().lower()}"
    if system == "linux":
        out = stem.with_name(stem.name + ".tar.xz")
        subprocess.run(["tar", "-C", str(folder.parent), "-cJf", str(out), folder.name], check=True,
                       env={**os.environ, "XZ_OPT": "-9e -T0"})
    else:
        out = stem.with_name(stem.name + ".zip")
        write_zip(folder, out)
    print(f"{out}: {out.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
