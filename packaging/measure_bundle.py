"""The bundle's size: unpacked, as compressed archives, and its ten largest files.

    python packaging/measure_bundle.py [dist/patient-reader] [--archives] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[1] / "dist" / "patient-reader"
MB = 1_000_000


def files_of(folder: Path) -> list[tuple[int, str]]:
    """(size, path relative to the folder) of every file, largest first; symlinks count once."""
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            found.append((path.stat().st_size, str(path.relative_to(folder))))
    return sorted(found, reverse=True)


def archive_sizes(folder: Path) -> dict[str, int]:
    """Bytes of the folder as .tar.xz (what the Linux release ships) and as a zip (Windows/macOS)."""
    sizes: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        tar = Path(tmp) / "bundle.tar.xz"
        env = {**os.environ, "XZ_OPT": "-9e -T0"}
        subprocess.run(["tar", "-C", str(folder.parent), "-cJf", str(tar), folder.name], check=True, env=env)
        sizes["tar.xz"] = tar.stat().st_size
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from make_archive import write_zip

        zipped = Path(tmp) / "bundle.zip"
        write_zip(folder, zipped)
        sizes["zip"] = zipped.stat().st_size
    return sizes


def main(argv: list[str] | None = None) -> int:
    """Print the sizes (or JSON with --json); exit 1 when there is no bundle."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--archives", action="store_true", help="also compress it (about a minute)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        print(f"no bundle at {args.folder}: run `make bundle` first", file=sys.stderr)
        return 1
    files = files_of(args.folder)
    total = sum(size for size, _ in files)
    started = time.perf_counter()
    archives = archive_sizes(args.folder) if args.archives else {}
    result = {"unpacked": total, "files": len(files), "largest": files[:10], **archives}
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"{args.folder}: {total / MB:.1f} MB unpacked in {len(files)} files (goal ≤ 100 MB)")
    for kind, size in archives.items():
        print(f"  as {kind}: {size / MB:.1f} MB (goal ≤ 30 MB as .tar.xz)")
    if archives:
        print(f"  (compressing took {time.perf_counter() - started:.0f} s)")
    print("ten largest files:")
    for size, name in files[:10]:
        print(f"  {size / MB:7.1f} MB  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
