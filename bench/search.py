"""Search benchmark: index build, per-keystroke query time and sidebar update at 1,000 and 10,000 articles.

    python -m bench.search            # prints a table; medians, p95 and worst in ms, ratios to a baseline

The corpus is generated here from the five bundled articles (recombined sections, varied titles and
compound words, some tables) into a temporary folder; nothing third-party is bundled. Each benchmark query
is typed letter by letter and every prefix is timed, as the sidebar sees it. The baseline, measured in the
same run, is a plain folded substring scan over every title and body.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

QUERIES = [
    "lænd", "laenden", "nervetryk i lænden", "iskias", "ischias", "prolaps", "diskusprolaps", "discusprolaps",
    "nerveglidning", "nerveglidninger", "glidninger", "neuropatisk", "nervesmerter", "nervesmeter", "nervesmertr",
    "myelin", "myelinskeder", "omega-3", "omega 3", "rode flag", "røde flag", "hvornår skal jeg søge læge",
    "fysioterapi", "fysioterapeut", "nerveregeneration", "nerveledning", "nerveafklemning", "radikulopati",
    "mr scanning", "operation", "øvelser", "oevelser", "smerter i benet", "prikken", "følelsesløshed",
    "kosttilskud", "b-vitamin", "diabetes", "karpaltunnelsyndrom", "behandling", "symptomer", "diagnose",
    "hvad er nervesmerter", "kan nervetryk gå væk af sig selv", "træning", "nakke", "knæsmerter", "skulder",
    "ondt i ryggen", "stenose", "elektroterapi", "medicin", "smertestillende", "axon",
]
BODY_PARTS = ["ryg", "nakke", "skulder", "knæ", "hofte", "albue", "ankel", "håndled", "fod", "bækken", "kæbe", "lænde"]
TOPICS = ["smerter", "øvelser", "genoptræning", "skader", "gener", "stivhed", "betændelse", "træning", "behandling"]
TABLE = "\n| Symptom | Hvad du kan gøre |\n|---|---|\n| {a} | {b} |\n| {c} | {d} |\n"


def _percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def generate(folder: Path, count: int, seed: int = 7) -> None:
    """Write count synthetic Danish articles from the bundled seeds into folder."""
    from reader.articles import Library, Source
    from reader.render import split_sections
    from reader.resources import bundled_articles_dir

    rng = random.Random(seed)
    seeds = Library.load([Source(bundled_articles_dir())]).sorted()
    pool = [s for a in seeds for s in split_sections(a.body) if s.anchor]
    intros = [s.markdown for a in seeds for s in split_sections(a.body) if not s.anchor]
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        part, topic, base = rng.choice(BODY_PARTS), rng.choice(TOPICS), rng.choice(seeds)
        title = rng.choice([f"{part.capitalize()}{topic} og {base.title.lower()}", f"{base.title} i {part}en",
                            f"{part.capitalize()}: {topic} ({i})", f"Når {part}en gør ondt – {topic}"])
        sections = rng.sample(pool, rng.randint(4, 8))
        words = f"{part}{topic} {part}{rng.choice(TOPICS)} {rng.choice(BODY_PARTS)}{topic}"
        body = [rng.choice(intros), f"\nDenne vejledning handler om {words} hos patient nummer {i}.\n"]
        for section in sections:
            body.append(section.markdown.replace(base.title.lower(), f"{part}{topic}", 1))
        if rng.random() < 0.3:
            body.append(TABLE.format(a=f"Ondt i {part}en", b=rng.choice(TOPICS), c=f"{part}{topic}", d="Søg læge"))
        (folder / f"artikel-{i:05d}.md").write_text(
            f"---\ntitle: \"{title}\"\nlastUpdated: \"12/10/2025\"\n---\n\n" + "\n\n".join(body) + "\n", encoding="utf-8")


def _rss_mb() -> float:
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1_048_576
    except OSError:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _keystrokes() -> list[str]:
    return [query[:n] for query in QUERIES for n in range(1, len(query) + 1)]


def _timed(work: Callable[[str], object], texts: Sequence[str]) -> list[float]:
    for text in texts[:20]:
        work(text)  # warm up
    found = []
    for text in texts:
        started = time.perf_counter()
        work(text)
        found.append((time.perf_counter() - started) * 1000)
    return found


def _row(name: str, values: Sequence[float], baseline: Sequence[float] | None = None) -> str:
    median, p95, worst = statistics.median(values), _percentile(values, 0.95), max(values)
    ratio = f"{statistics.median(baseline) / median:8.1f}x" if baseline else " " * 9
    return f"{name:<46}{median:9.2f}{p95:9.2f}{worst:9.2f} {ratio}"


def measure(count: int, workdir: Path, lines: list[str]) -> None:
    from reader.articles import Library, Source
    from reader.search import SearchIndex, cache_key, load_index, save_index
    from reader.slug import ascii_fold

    folder = workdir / f"corpus-{count}"
    generate(folder, count)
    library = Library.load([Source(folder)])
    articles = library.sorted()
    before = _rss_mb()
    started = time.perf_counter()
    index = SearchIndex.build(articles)
    build_s = time.perf_counter() - started
    added_mb = _rss_mb() - before
    cache = workdir / f"index-{count}.npz"
    key = cache_key(articles)
    save_index(index, cache, key)
    started = time.perf_counter()
    loaded = load_index(cache, key, articles)
    load_s = time.perf_counter() - started
    assert loaded is not None
    lines.append(f"{count:,} articles: index build {build_s:.2f} s, +{added_mb:.0f} MB resident; "
                 f"loaded from cache {load_s:.2f} s ({cache.stat().st_size / 1_048_576:.1f} MB on disk); "
                 f"{len(index.terms):,} terms")
    folded = [(ascii_fold(a.title), ascii_fold(a.title + " " + a.body)) for a in articles]

    def substring_scan(text: str) -> list[int]:
        words = ascii_fold(text).split()
        return [i for i, (_, body) in enumerate(folded) if all(w in body for w in words)][:20]

    def title_scan(text: str) -> list[int]:
        words = ascii_fold(text).split()
        return [i for i, (title, _) in enumerate(folded) if all(w in title for w in words)][:20]

    keys = _keystrokes()
    base = _timed(substring_scan, keys)
    titles = _timed(title_scan, keys)
    ours = _timed(lambda text: index.search(text, 20), keys)
    ten = _timed(lambda text: index.search(text, 10), keys)
    lines.append(_row(f"  search, 20 hits, the sidebar ({len(keys)} keystrokes)", ours, base))
    lines.append(_row("  search, 10 hits (the CLI default)", ten, base))
    lines.append(_row("  baseline: substring scan, titles+bodies", base))
    lines.append(_row("  baseline: substring scan, titles only", titles))
    if count >= 10_000:
        _sidebar(library, lines)


def _sidebar(library: object, lines: list[str]) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.sidebar.search_service import SearchService
    from ui.sidebar.widget import Sidebar

    app = QApplication.instance() or QApplication(sys.argv[:1])
    started = time.perf_counter()
    service = SearchService(library, use_cache=False)  # type: ignore[arg-type]
    construct_ms = (time.perf_counter() - started) * 1000
    service.wait_ready(300)
    sidebar = Sidebar(service)
    sidebar.resize(320, 900)
    sidebar.show()
    app.processEvents()

    def keystroke(text: str) -> None:
        sidebar.search_field.blockSignals(True)
        sidebar.search_field.setText(text)
        sidebar.search_field.blockSignals(False)
        sidebar.refresh()  # search + model reset
        sidebar.list_view.viewport().repaint()  # and paint the visible rows

    def all_rows(_text: str) -> None:
        sidebar.show_items(service.all_items())
        sidebar.list_view.viewport().repaint()

    # Start-up: what creating the search service costs the UI thread with a valid cached index, against
    # the five bundled articles; the cached index itself loads in the background.
    from reader.articles import Library, Source
    from reader.resources import bundled_articles_dir
    from ui.sidebar.search_service import build_or_load

    build_or_load(library.sorted(), use_cache=True)  # type: ignore[attr-defined]  # writes the cache
    seeds = Library.load([Source(bundled_articles_dir())])
    seed_ms = statistics.median(_timed(lambda _t: SearchService(seeds), ["x"] * 5))
    started = time.perf_counter()
    cached = SearchService(library, use_cache=True)  # type: ignore[arg-type]
    cached_construct = (time.perf_counter() - started) * 1000
    cached.wait_ready(300)
    cached_ready = (time.perf_counter() - started) * 1000

    keys = _keystrokes()
    ours = _timed(keystroke, keys)
    base = _timed(all_rows, keys[:200])
    lines.append(_row("  sidebar update per keystroke (search+reset+paint)", ours, base))
    lines.append(_row("  baseline: reset to all 10,000 rows + paint", base))
    lines.append(f"  start-up, UI thread: search service {construct_ms:.0f} ms (index built in the background), "
                 f"{cached_construct:.0f} ms with a valid cache (ready {cached_ready:.0f} ms later, in the background); "
                 f"five seeds {seed_ms:.1f} ms; difference {cached_construct - seed_ms:.0f} ms")
    sidebar.close()


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    lines = [f"{'':<46}{'median':>9}{'p95':>9}{'worst':>9} {'vs base':>9}", "(ms per keystroke)"]
    with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
        os.environ["PATIENT_READER_HOME"] = str(Path(tmp) / "home")  # the cache goes here, not to the profile
        for count in (1_000, 10_000):
            measure(count, Path(tmp), lines)
            print("\n".join(lines), flush=True)
            lines = []
    print("Goals at 10,000: search p95 ≤ 8 ms, worst ≤ 16 ms; sidebar update within one frame (16 ms); "
          "≤ 200 MB added.")


if __name__ == "__main__":
    main()
