"""`python -m bench [NAME …]` (make bench): runs every benchmark module in bench/ and prints one table.

Each module `bench/<name>.py` with a `main()` runs in its own process (a fresh QApplication, honest
memory figures) and prints its own table of medians and ratios to its baseline; this runner prints them
one after the other and ends with a summary row per module; bench/goals.py, last, prints one table with
a row per goal of issue 14 and whether it is met, and the side-by-side start-up "under X" (an Xvfb server
of its own: the bare window, the reader at 5 and 10,000 articles, and Zeal and Qt Assistant when installed,
`apt-get install xvfb zeal assistant-qt6 libqt6sql6-sqlite`; rows skipped, with the reason, when absent).
Modules whose name starts with "_" are helpers. `python -m bench startup search` runs only those; options
after the names go to each of them: `python -m bench goals --only xstart --runs 8`.
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def modules() -> list[str]:
    """Every benchmark module, in name order (start-up first: it is the headline; goals last: its table of
    issue 14's goals, met or not, is what the README shows)."""
    names = sorted(p.stem for p in HERE.glob("*.py") if not p.stem.startswith("_"))
    return sorted(names, key=lambda name: (name != "startup", name == "goals", name))


def machine() -> str:
    """What the figures were measured on, for the README."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return f"{cpu}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}, Python {platform.python_version()}"


def split_args(given: list[str]) -> tuple[list[str], list[str]]:
    """The module names, and the options after them (from the first argument starting with "-")."""
    first_option = next((n for n, arg in enumerate(given) if arg.startswith("-")), len(given))
    return given[:first_option], given[first_option:]


def main(argv: list[str] | None = None) -> int:
    """Run the chosen (or all) modules; exit 1 if one failed or a name is unknown."""
    wanted, options = split_args(sys.argv[1:] if argv is None else argv)
    known = modules()
    unknown = [name for name in wanted if name not in known]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(known)}", file=sys.stderr)
        return 2
    chosen = wanted or known
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH", "")]))}
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    print(f"patient-reader benchmarks, {stamp}, on {machine()}\n")
    summary = []
    for name in chosen:
        print(f"== {name} " + "=" * (70 - len(name)), flush=True)
        started = time.perf_counter()
        code = (f"import sys, bench.{name} as m; sys.argv[1:] = {options!r}; r = m.main(); "
                "sys.exit(r if isinstance(r, int) else 0)")
        done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=False)
        summary.append((name, done.returncode, time.perf_counter() - started))
        print(flush=True)
    print(f"{'benchmark':20} {'result':>8} {'seconds':>8}")
    for name, returncode, seconds in summary:
        print(f"{name:20} {'ok' if returncode == 0 else f'exit {returncode}':>8} {seconds:8.1f}")
    return 1 if any(code for _, code, _ in summary) else 0


if __name__ == "__main__":
    raise SystemExit(main())
