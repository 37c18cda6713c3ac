"""Start-up, memory, click-to-article and bundle benchmarks, each against a bare Qt baseline in the same run.

    python -m bench startup            # or: python -m bench.startup [--runs N]

Every start-up is a fresh process (`python -m ui`, or the frozen bundle when dist/ has one) with the probe
of ui/base/startup_probe.py, timed from just before the launch to the first paint and to the first article
drawn (the last article reopened, as on a real start). The baseline is a bare PySide6 window
(bench/_bare_window.py) launched the same way, interleaved with the reader's runs. The 10,000 articles
are generated in a temp folder from the five bundled ones (never bundled).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
BARE = Path(__file__).resolve().parent / "_bare_window.py"
FROZEN = ROOT / "dist" / "patient-reader" / "patient-reader"
LAST = "nervesmerter"


def _launch(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """One start: seconds from launch to each probe event, and the resident memory in MB."""
    started = time.time()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, check=False)
    line = next((x for x in done.stdout.splitlines() if x.startswith("STARTUP ")), None)
    if line is None:
        raise RuntimeError(f"no STARTUP line from {command}: {done.stderr[-500:]}")
    fields = dict(part.split("=", 1) for part in line.split()[1:])
    result = {name: float(value) - started for name, value in fields.items() if name != "rss_kb"}
    result["rss_mb"] = int(fields["rss_kb"]) / 1024
    return result


def _home(folder: Path) -> Path:
    """A fresh profile whose last article is LAST (so the start reopens it)."""
    home = Path(tempfile.mkdtemp(dir=folder))
    (home / "config").mkdir()
    (home / "config" / "settings.json").write_text(json.dumps({"last_article": LAST}), "utf-8")
    return home


def _env(home: Path, probe: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PATIENT_READER")}
    env.update(PATIENT_READER_HOME=str(home), PATIENT_READER_STARTUP_PROBE=probe, QT_QPA_PLATFORM="offscreen")
    return env


def _median(runs: list[dict[str, float]], key: str) -> float:
    return statistics.median(r[key] for r in runs)


def _article_html(folder: Path) -> Path:
    """The reopened article's HTML as the reader draws it, for the bare QTextBrowser baseline."""
    from reader.articles import Library, Source
    from reader.render import article_html, render_markdown
    from reader.resources import bundled_articles_dir

    article = Library.load([Source(bundled_articles_dir())]).get(LAST)
    assert article is not None
    out = folder / "article.html"
    out.write_text(article_html(article, render_markdown(article.body, article.base_dir, article.title)), "utf-8")
    return out


def _click_to_article(runs: int) -> tuple[float, float]:
    """Median ms: opening an article in the reader's view vs a bare QTextBrowser.setHtml of the same HTML."""
    from PySide6.QtWidgets import QApplication, QTextBrowser

    from reader.articles import Library, Source
    from reader.render import article_html, render_markdown
    from reader.resources import bundled_articles_dir
    from reader.settings import Settings
    from ui.mainwindow.window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    library = Library.load([Source(bundled_articles_dir())])
    slugs = [a.slug for a in library.sorted()]
    window = MainWindow(library, Settings(), persist=None)
    window.resize(1200, 800)
    window.show()
    browser = QTextBrowser()
    browser.resize(900, 800)
    browser.show()
    articles = library.sorted()
    pages = {a.slug: article_html(a, render_markdown(a.body, a.base_dir, a.title)) for a in articles}
    ours, bare = [], []
    for i in range(runs):
        slug = slugs[i % len(slugs)]
        started = time.perf_counter()
        window.open_article(slug)
        window.view.viewport().repaint()
        ours.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        browser.setHtml(pages[slug])
        browser.viewport().repaint()
        bare.append((time.perf_counter() - started) * 1000)
        app.processEvents()
    window.close()
    browser.close()
    return statistics.median(ours), statistics.median(bare)


def _bundle_mb() -> float | None:
    folder = FROZEN.parent
    if not folder.is_dir():
        return None
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def main(argv: list[str] | None = None) -> int:
    """Measure and print the table; 0."""
    parser = argparse.ArgumentParser(prog="python -m bench startup")
    parser.add_argument("--runs", type=int, default=15, help="starts per case (default 15)")
    parser.add_argument("--count", type=int, default=10_000, help="articles in the big library")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    from bench._corpus import generate

    python = [sys.executable, "-m", "ui"]
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        work = Path(tmp)
        big = work / "big"
        started = time.perf_counter()
        generate(big, args.count, keep=LAST)
        generated = time.perf_counter() - started
        html = _article_html(work)
        small_home, big_home = _home(work), _home(work)
        cases: dict[str, list[str]] = {
            "bare": [sys.executable, str(BARE)],
            "bare_browser": [sys.executable, str(BARE), str(html)],
            "small": python,
            "big": [*python, "--articles", str(big)],
        }
        if FROZEN.is_file():
            cases["frozen"] = [str(FROZEN)]
        homes = {"small": small_home, "big": big_home, "frozen": small_home}
        for name in ("small", "big", "frozen"):  # the first start of each builds caches (e.g. the search index)
            if name in cases:
                try:
                    _launch(cases[name], _env(homes[name], "article"))
                except (RuntimeError, subprocess.TimeoutExpired) as error:
                    print(f"{name}: left out ({str(error)[:200]}); an old bundle? run `make bundle`")
                    del cases[name]
        runs: dict[str, list[dict[str, float]]] = {name: [] for name in cases}
        for _ in range(args.runs):  # interleaved, so a slow moment of the machine hits every case alike
            for name, command in cases.items():
                runs[name].append(_launch(command, _env(homes.get(name, small_home), "article")))
        idle = {name: _launch(cases[name], _env(homes[name], "idle"))["rss_mb"] for name in ("small", "big")}
    click, bare_click = _click_to_article(max(20, args.runs * 2))

    bare = _median(runs["bare"], "paint")
    rows: list[tuple[str, float, float, str]] = [
        ("bare PySide6 window: first paint", bare * 1000, 1.0, "baseline"),
        ("bare QTextBrowser with the article: first paint", _median(runs["bare_browser"], "paint") * 1000,
         _median(runs["bare_browser"], "paint") / bare, ""),
    ]
    for name, label, goal in (("small", "5 articles", 1.3), ("big", f"{args.count:,} articles", 1.5)):
        paint, article = _median(runs[name], "paint"), _median(runs[name], "article")
        rows.append((f"reader, {label}: first paint", paint * 1000, paint / bare, ""))
        rows.append((f"reader, {label}: first article drawn", article * 1000, article / bare, f"≤ {goal}x bare"))
    if "frozen" in runs:
        frozen, source = _median(runs["frozen"], "article"), _median(runs["small"], "article")
        rows.append(("frozen bundle, 5 articles: first article drawn", frozen * 1000, frozen / source,
                     "≤ 1.5x source (ratio to source)"))
    rows.append(("click to article (open + draw)", click, click / bare_click, f"ratio to bare setHtml ({bare_click:.0f} ms)"))
    print(f"start-up: median of {args.runs} starts per case, offscreen; {args.count:,} articles generated in "
          f"{generated:.1f} s")
    print(f"{'case':52} {'median ms':>10} {'ratio':>7}  goal / baseline")
    for name, value, ratio, note in rows:
        print(f"{name:52} {value:10.0f} {ratio:7.2f}  {note}")
    bare_mb = statistics.median(r["rss_mb"] for r in runs["bare"])
    print(f"{'memory at idle':52} {'MB':>10}")
    print(f"{'bare PySide6 window':52} {bare_mb:10.0f}")
    print(f"{'reader, 5 articles':52} {idle['small']:10.0f} {idle['small'] / bare_mb:7.2f}  goal < 100 MB")
    print(f"{f'reader, {args.count:,} articles':52} {idle['big']:10.0f} {idle['big'] / bare_mb:7.2f}  goal < 300 MB")
    size = _bundle_mb()
    print(f"{'bundle, unpacked (dist/patient-reader)':52} {size:10.1f} MB  goal ≤ 130 MB" if size
          else "bundle: not built (make bundle)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
