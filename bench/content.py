"""Content benchmark: library load at 5 / 1,000 / 10,000 articles, re-scan after one change, change→visible, pack import.

    python -m bench.content            # prints a table: medians in ms, the baseline and the ratio to it

The articles are generated into a temp folder from the bundled seeds (and the public-domain health corpus
when /work/shared/corpora is present): varied titles, dates and bodies, so nothing is cached by accident.
Baselines are measured in the same run: a bare os.scandir walk plus reading every file (load), a bare
stat of every file (re-scan) and zipfile.extractall (import).
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

from bench._timing import times_ms

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "healthcare-gov-2013" / "_posts"


def _seeds() -> list[str]:
    """Article bodies to build from: the bundled seeds, plus a few hundred health articles when present."""
    from reader.articles import load_article
    from reader.resources import bundled_articles_dir

    bodies = []
    for path in sorted(bundled_articles_dir().glob("*.md")):
        article = load_article(path).article
        if article is not None:
            bodies.append(article.body)
    if CORPUS.is_dir():
        for path in sorted(CORPUS.rglob("*.md"))[:300]:
            article = load_article(path).article
            if article is not None and len(article.body) > 200:
                bodies.append(article.body)
    return bodies


def generate(folder: Path, count: int, bodies: list[str], seed: int = 7) -> list[Path]:
    """count articles with front matter like the seeds' (title, metaTitle, dates, tags) in subfolders of 500."""
    rnd = random.Random(seed)
    words = ["Knæ", "Skulder", "Ryg", "Nakke", "Hofte", "Ankel", "Albue", "Lænd", "Nerve", "Sene", "Muskel", "Øvelser"]
    paths = []
    for n in range(count):
        sub = folder / f"del-{n // 500:02}"
        sub.mkdir(parents=True, exist_ok=True)
        title = f"{rnd.choice(words)} {rnd.choice(words).lower()} {n}"
        day, month, year = rnd.randint(1, 28), rnd.randint(1, 12), rnd.randint(2019, 2026)
        front = (f"---\ntitle: {title}\nmetaTitle: {title} – en vejledning\nlastUpdated: \"{day:02}/{month:02}/{year}\"\n"
                 f"datePublished: {year}-{month:02}-{day:02}\ntags: [fysioterapi, {rnd.choice(words).lower()}]\n---\n\n")
        path = sub / f"artikel-{n:05}.md"
        path.write_text(front + rnd.choice(bodies), encoding="utf-8")
        paths.append(path)
    return paths


def _median_ms(work: Callable[[], object], runs: int) -> float:
    return statistics.median(times_ms(work, runs, warm_up=False))


def _files(folder: Path) -> Iterator[os.DirEntry[str]]:
    """Every file under folder, by a plain os.scandir walk (what the baselines do)."""
    stack = [folder]
    while stack:
        with os.scandir(stack.pop()) as entries:
            for entry in entries:
                if entry.is_dir():
                    stack.append(Path(entry.path))
                else:
                    yield entry


def _bare_read(folder: Path) -> int:
    total = 0
    for entry in _files(folder):
        if entry.name.endswith(".md"):
            with open(entry.path, "rb") as handle:
                total += len(handle.read())
    return total


def _bare_stat(folder: Path) -> int:
    count = 0
    for entry in _files(folder):
        entry.stat()
        count += 1
    return count


def _latency_ms(folder: Path, runs: int) -> list[float]:
    """Write a new article into a watched folder of a real window; ms until its title is a sidebar row."""
    from PySide6.QtWidgets import QApplication

    from reader.articles import Library, Source
    from reader.settings import Settings
    from ui.mainwindow.window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow(Library(), Settings(), persist=None)
    window.resize(1200, 800)
    window.show()
    watcher = window.watch_library([Source(folder, "clinic")])
    deadline = time.perf_counter() + 120
    while not len(window.library) and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.002)
    found = []
    for run in range(runs):
        title = f"Ny artikel {run} æøå"
        started = time.perf_counter()
        temp = folder / f".ny-{run}.tmp"
        temp.write_text(f"---\ntitle: {title}\n---\nTekst.\n", encoding="utf-8")
        os.replace(temp, folder / f"ny-{run}.md")  # the way many editors save
        while time.perf_counter() - started < 10:
            app.processEvents()
            if any(item.title == title for item in window.sidebar.model.items()):
                break
            time.sleep(0.001)
        found.append((time.perf_counter() - started) * 1000)
    watcher.stop()
    window.close()
    return found


def main() -> int:
    """Run every case and print the table; returns 0."""
    from reader.articles import Library, Source
    from reader.content_pack import import_pack
    from reader.frontmatter import split
    from reader.library_cache import LibraryCache

    bodies = _seeds()
    rows: list[tuple[str, float, str, float | None, str]] = []
    root = Path(tempfile.mkdtemp(prefix="bench-content-"))
    try:
        for count, runs in ((5, 9), (1_000, 5), (10_000, 3)):
            folder = root / f"lib-{count}"
            generate(folder, count, bodies)
            _bare_read(folder)  # warm the page cache
            load = _median_ms(lambda folder=folder: Library.load([Source(folder, "clinic")]), runs)
            bare = _median_ms(lambda folder=folder: _bare_read(folder), runs)
            rows.append((f"library load, {count:,} articles", load, "scandir + read", bare, "background; window stays responsive"))
        folder = root / "lib-10000"
        texts = [p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.md"))]
        parse = _median_ms(lambda: [split(text) for text in texts], 3)
        rows.append(("front matter parse only, 10,000", parse, "—", None, "issue: 0.3–0.8 s measured elsewhere"))
        cache = LibraryCache()
        cache.load([Source(folder, "clinic")])
        target = next(folder.rglob("artikel-04321.md"))

        def rescan() -> None:
            target.write_text(target.read_text(encoding="utf-8") + "\nÉn linje mere.\n", encoding="utf-8")
            cache.load([Source(folder, "clinic")])
            assert cache.parsed == 1

        again = _median_ms(rescan, 5)
        stat_all = _median_ms(lambda: _bare_stat(folder), 5)
        rows.append(("re-scan after 1 change, 10,000", again, "stat every file", stat_all, "part of the ≤ 2 s"))
        for count in (1_000, 10_000):
            latency = _latency_ms(root / f"lib-{count}", 5)
            rows.append((f"change → visible in window, {count:,}", statistics.median(latency), "debounce", 300.0,
                         f"≤ 2 s (max {max(latency):.0f} ms)"))
        pack_dir = root / "pack-src"
        generate(pack_dir, 500, bodies, seed=11)
        pack = root / "pakke.zip"
        with zipfile.ZipFile(pack, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(pack_dir.rglob("*.md")):
                archive.write(path, path.relative_to(pack_dir).as_posix())
        counter = iter(range(1000))

        def do_import() -> None:
            summary = import_pack(pack, root / f"klinik-{next(counter)}" / "artikler")
            assert len(summary.added) == 500

        def bare_extract() -> None:
            with zipfile.ZipFile(pack) as archive:
                archive.extractall(root / f"bare-{next(counter)}")

        imported = _median_ms(do_import, 5)
        extracted = _median_ms(bare_extract, 5)
        rows.append(("import 500-article pack", imported, "zipfile.extractall", extracted, "≤ 5 s"))
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print(f"{'case':<38} {'median ms':>10}  {'baseline':<20} {'base ms':>8} {'ratio':>6}  goal")
    for name, value, base_name, base, goal in rows:
        ratio = f"{value / base:6.1f}" if base else "     —"
        base_text = f"{base:8.1f}" if base is not None else "       —"
        print(f"{name:<38} {value:10.1f}  {base_name:<20} {base_text} {ratio}  {goal}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
