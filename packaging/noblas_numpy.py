"""Puts a numpy built without BLAS/LAPACK into the bundle's venv (the vendored OpenBLAS is 28 MB the app never calls).

    .venv-bundle/bin/python packaging/noblas_numpy.py     # `make bundle` runs it once, when it makes .venv-bundle

Search uses numpy for postings (concatenate, argsort, cumsum, bincount, …), never dot/matmul/linalg, so numpy's
internal fallbacks for BLAS are never reached. The script takes the numpy version pip chose for this venv, builds
that version from source once with `-Dblas=none -Dlapack=none`, without SVML and without the per-CPU (AVX2,
AVX-512) copies of its loops, into build/wheels/numpy-noblas-<options>/, installs it over the PyPI wheel and checks
that the installed numpy has no BLAS. Run again, it does nothing (the venv remembers the options in
numpy-noblas.txt). Needs a C/C++ compiler (gcc, g++). Never run it with the development venv: that one keeps
PyPI's numpy.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# numpy's meson options (numpy 2.x, meson.options): no BLAS/LAPACK; no SVML (AVX-512 sin/exp/log …); no dispatch,
# only numpy's baseline (x86-64-v2: SSE4.2), so it runs on the same CPUs as PyPI's numpy. Search and the index
# build are as fast with it (docs/PACKAGING.md); _multiarray_umath goes from 10.4 MB to 4.4 MB.
SETUP_ARGS = ("-Dallow-noblas=true", "-Dblas=none", "-Dlapack=none", "-Ddisable-svml=true", "-Dcpu-dispatch=none")
WHEELS = ROOT / "build" / "wheels" / f"numpy-noblas-{hashlib.sha256(' '.join(SETUP_ARGS).encode()).hexdigest()[:8]}"
MARKER = Path(sys.prefix) / "numpy-noblas.txt"  # in the venv: the version and options of the numpy installed here
_PROBE = """
import json, numpy
deps = numpy.show_config(mode="dicts")["Build Dependencies"]
print(json.dumps({"version": numpy.__version__, "blas": deps.get("blas", {}).get("found", False),
                  "lapack": deps.get("lapack", {}).get("found", False)}))
"""


def installed() -> dict[str, object]:
    """The numpy of this interpreter: its version and whether it was built with BLAS / LAPACK (in a fresh process)."""
    done = subprocess.run([sys.executable, "-c", _PROBE], check=True, capture_output=True, text=True)
    found: dict[str, object] = json.loads(done.stdout)
    return found


def wheel_for(version: str) -> Path:
    """build/wheels/numpy-noblas/numpy-VERSION-….whl, built from the sdist when it is not there yet."""
    existing = sorted(WHEELS.glob(f"numpy-{version}-*.whl"))
    if existing:
        return existing[-1]
    WHEELS.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-cache-dir", "--no-deps", "--no-binary", "numpy",
               f"numpy=={version}", "-w", str(WHEELS), *(f"-Csetup-args={arg}" for arg in SETUP_ARGS)]
    print(f"noblas_numpy: building numpy {version} without BLAS/LAPACK (a few minutes, once) …", flush=True)
    started = time.monotonic()
    subprocess.run(command, check=True)
    print(f"noblas_numpy: built in {time.monotonic() - started:.0f} s", flush=True)
    return sorted(WHEELS.glob(f"numpy-{version}-*.whl"))[-1]


def main() -> int:
    """Install the no-BLAS numpy of the version pip chose here, unless it is there already; 1 if it did not work."""
    if sys.prefix == sys.base_prefix or Path(sys.prefix).name != ".venv-bundle":  # never the development venv
        print(f"noblas_numpy: run it with the bundle venv's python (.venv-bundle/bin/python), not {sys.prefix}",
              file=sys.stderr)
        return 1
    numpy = installed()
    wanted = f"{numpy['version']} {' '.join(SETUP_ARGS)}"
    if not numpy["blas"] and not numpy["lapack"] and MARKER.is_file() and MARKER.read_text("utf-8") == wanted:
        print(f"noblas_numpy: numpy {numpy['version']} without BLAS/LAPACK is installed already")
        return 0
    wheel = wheel_for(str(numpy["version"]))
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--force-reinstall", "--no-deps", str(wheel)],
                   check=True)
    numpy = installed()
    if numpy["blas"] or numpy["lapack"]:
        print(f"noblas_numpy: {wheel.name} still has BLAS/LAPACK: {numpy}", file=sys.stderr)
        return 1
    MARKER.write_text(wanted, "utf-8")
    print(f"noblas_numpy: numpy {numpy['version']} without BLAS/LAPACK installed from {wheel}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
