"""The hostile article shapes of issue 15 (item 2): `check`, `list` and `--self-test` on a folder of them, each ≤ 5 s.

`python -m bench hostile` writes the shapes to a temp folder and times each command on the folder of all
of them, and on each shape alone (median of runs, seconds, with the ratio to the bundled five articles
as the baseline in the same run). `python -m bench.hostile --write DIR` only writes the folder.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET_S = 5.0


def shapes() -> dict[str, str]:
    """Each shape as a Markdown body (every one under the 2 MB article limit)."""
    return {
        "gentagne-500k": "# a\n" * 500_000,
        "gentagne-9999": "## Øvelse\n\nTekst.\n\n" * 9_999,
        "unikke-40k": "".join(f"## Afsnit {n}\n" for n in range(40_000)),
        "tomme-1e6": "#\n" * 1_000_000,
        "citat-100k": ">" * 100_000 + " dybt\n",
        "klammer-40k": "[" * 40_000 + "\n",
        "tabel-100k": "| a | b |\n|---|---|\n" + "| x | y |\n" * 100_000,
        "amp-2mb": "&amp;" * 400_000 + "\n",
        "a-40000": "# a\n" * 40_000,
    }


def write(folder: Path, only: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, body in shapes().items():
        if only is None or name == only:
            (folder / f"{name}.md").write_text(body, encoding="utf-8")
    return folder


def timed(args: list[str], runs: int, home: Path) -> tuple[float, int]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PATIENT_READER_HOME": str(home)}
    times, code = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        try:
            done = subprocess.run([sys.executable, "-m", "ui", *args], cwd=ROOT, env=env, capture_output=True,
                                  timeout=120, check=False)
            code = done.returncode
        except subprocess.TimeoutExpired:
            code = -9
        times.append(time.perf_counter() - started)
    return statistics.median(times), code


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--write"]:
        write(Path(argv[1]))
        return 0
    runs = int(os.environ.get("BENCH_RUNS", "3"))
    over = 0
    with tempfile.TemporaryDirectory() as temp:
        home = Path(temp) / "home"
        bundled = ROOT / "resources" / "articles"
        folders = {"(baseline) bundled": bundled, "all nine shapes": write(Path(temp) / "alle")}
        folders |= {name: write(Path(temp) / name, name) for name in shapes()}
        print(f"{'folder':<22} {'command':<12} {'median s':>9} {'× base':>7} {'exit':>5}")
        base: dict[str, float] = {}
        for label, folder in folders.items():
            for command in (["check"], ["list"], ["--self-test"]):
                seconds, code = timed([*command[:1], "--articles", str(folder)] if command[0] != "--self-test"
                                      else ["--articles", str(folder), "--self-test"], runs, home)
                name = command[0]
                base.setdefault(name, seconds)
                flag = "  OVER" if seconds > BUDGET_S else ""
                over += seconds > BUDGET_S
                print(f"{label:<22} {name:<12} {seconds:9.2f} {seconds / base[name]:7.1f} {code:5d}{flag}", flush=True)
    print(f"\n{over} over the {BUDGET_S:g} s budget")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
