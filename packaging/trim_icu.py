"""Builds a smaller ICU data library for the Linux bundle: only the Danish, English and root locale data.

    python packaging/trim_icu.py     # writes build/icu/libicudata.so.NN; build.spec then bundles it

Qt uses ICU here for collation (the Danish title order: æ, ø, å after z), case mapping, normalisation and
text boundaries. Everything for other languages (locale names, currencies, time zones, units, collation
tables, break dictionaries for Thai/Chinese/…, legacy code pages) goes. Needs icupkg and genccode
(Debian: icu-devtools), objcopy and gcc; without them it says so and the bundle keeps Qt's full ICU data.
The self-test (`--self-test`) checks the Danish order from inside the bundle.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "build" / "icu"
LANGUAGES = ("da", "en", "root")
_LOCALE = re.compile(r"^([a-z]{2,3})(?:_[A-Za-z0-9]+)*\.res$")
_ALWAYS = {"res_index.res", "pool.res"}
TOOLS = ("icupkg", "genccode", "objcopy", "gcc", "nm")


def keep_item(item: str) -> bool:
    """Whether an item of the ICU package (e.g. "coll/da.res", "brkitr/thaidict.dict") stays."""
    parts = item.split("/")
    folder, name = (parts[0], parts[-1]) if len(parts) > 1 else ("", parts[0])
    if folder == "translit" or name.endswith((".dict", ".cnv")):
        return False
    if name in _ALWAYS or name == "root.res":
        return True
    match = _LOCALE.match(name)
    if match is None:  # data that is not per locale: properties, normalisation, supplemental data
        return True
    return match.group(1) in LANGUAGES


def qt_icudata() -> Path | None:
    """PySide6's libicudata.so.NN, when there is one (Linux wheels)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    found = sorted((Path(next(iter(spec.submodule_search_locations))) / "Qt" / "lib").glob("libicudata.so.*"))
    return found[0] if found else None


def build(source: Path, out_dir: Path) -> Path:
    """Extract the data from the library, drop what is not kept, and link a library with the same soname."""
    nm = subprocess.run(["nm", "-D", "--defined-only", str(source)], check=True, capture_output=True, text=True).stdout
    symbol = next(line.split()[-1] for line in nm.splitlines() if line.endswith("_dat"))  # icudt73_dat
    package = symbol[: -len("_dat")] + "l"  # little-endian package name, e.g. icudt73l
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        full = work / f"{package}.dat"
        subprocess.run(["objcopy", "-O", "binary", "--only-section=.rodata", str(source), str(full)], check=True)
        items = subprocess.run(["icupkg", "-l", str(full)], check=True, capture_output=True, text=True).stdout.split()
        if not items:
            raise RuntimeError("icupkg found no items (the .rodata section is not just the ICU package)")
        dropped = [item for item in items if not keep_item(item)]
        (work / "drop.txt").write_text("\n".join(dropped) + "\n", "utf-8")
        trimmed = work / "trimmed" / f"{package}.dat"
        trimmed.parent.mkdir()
        subprocess.run(["icupkg", "--ignore-deps", "-r", str(work / "drop.txt"), str(full), str(trimmed)], check=True, cwd=work)
        subprocess.run(["genccode", "-q", "-a", "gcc", "-e", symbol[: -len("_dat")], "-d", str(work), str(trimmed)],
                       check=True)
        assembly = next(work.glob("*.S"))
        out_dir.mkdir(parents=True, exist_ok=True)
        target = out_dir / source.name
        subprocess.run(["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{source.name}", "-o", str(target), str(assembly)],
                       check=True)
        print(f"ICU data: kept {len(items) - len(dropped)} of {len(items)} items, "
              f"{full.stat().st_size / 1e6:.1f} MB ⇒ {target.stat().st_size / 1e6:.1f} MB ({target})")
        return target


def main() -> int:
    """Build the trimmed library, or explain why not (the bundle then keeps the full one)."""
    source = qt_icudata()
    if source is None:
        print("trim_icu: PySide6 has no libicudata here (not Linux): nothing to do")
        return 0
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        print(f"trim_icu: missing {', '.join(missing)} (apt-get install icu-devtools binutils gcc): "
              "the bundle keeps the full ICU data", file=sys.stderr)
        return 0
    build(source, OUT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
