"""Front-matter benchmark: python-frontmatter with libyaml's safe loader against pure-Python YAML, cold and cached.

    python -m bench front_matter     # prints a table: medians in ms over 10,000 articles, ratios to the baseline

The articles are the bench corpus (bench/_corpus.py): 10,000 files whose front matter is the seeds' own
(title, lastUpdated, metaTitle, datePublished, with varied titles and dates). Rows:
- parse only: reader.frontmatter.split over every text, with the C loader (what the app uses) and with
  PyYAML's pure-Python SafeLoader (the baseline, same handler otherwise);
- the library load with no article cache (every file parsed) and with the article cache on disk (what
  every start after the first does: a new process reads the cache), so the share of front-matter parsing in a real start is visible.
"""

from __future__ import annotations

import random
import shutil
import statistics
import tempfile
from pathlib import Path

import yaml

from bench._timing import times_ms

COUNT = 10_000


def _corpus(folder: Path) -> list[Path]:
    """COUNT articles with the seeds' kind of front matter (four keys, one with a dash and a question)."""
    from reader.resources import bundled_articles_dir

    seeds = sorted(bundled_articles_dir().glob("*.md"))
    bodies = [path.read_text("utf-8").split("---", 2)[2] for path in seeds]
    rng = random.Random(11)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(COUNT):
        title = f"{rng.choice(['Knæ', 'Skulder', 'Ryg', 'Nakke', 'Hofte'])}smerter {n}"
        day, month = 1 + n % 28, 1 + n % 12
        front = (f"---\ntitle: {title}\nlastUpdated: {day:02d}/{month:02d}/2024\n"
                 f"metaTitle: {title} – Hvad er {title.lower()}? Læs mere\ndatePublished: {day:02d}/02/2025\n---")
        path = folder / f"artikel-{n:05d}.md"
        path.write_text(front + bodies[n % len(bodies)], "utf-8")
        paths.append(path)
    return paths


def _with_loader(base: type[yaml.SafeLoader]) -> type[yaml.SafeLoader]:
    """reader.frontmatter's loader rules (no timestamps) on another PyYAML base class."""
    from reader import frontmatter

    class Loader(base):  # type: ignore[valid-type,misc]
        pass

    Loader.yaml_implicit_resolvers = frontmatter._Loader.yaml_implicit_resolvers
    return Loader


def main() -> int:
    """Measure every row and print the table; returns 0."""
    from reader import frontmatter
    from reader.article_cache import ArticleCache, load_library
    from reader.articles import Library, Source

    root = Path(tempfile.mkdtemp(prefix="bench-frontmatter-"))
    try:
        paths = _corpus(root / "artikler")
        texts = [path.read_text("utf-8") for path in paths]
        c_loader = frontmatter._Loader

        def parse(loader: type[yaml.SafeLoader]) -> float:
            frontmatter._Loader = loader  # type: ignore[misc]
            try:
                return statistics.median(times_ms(lambda: [frontmatter.split(t) for t in texts], 5))
            finally:
                frontmatter._Loader = c_loader  # type: ignore[misc]

        pure = parse(_with_loader(yaml.SafeLoader))
        fast = parse(c_loader)
        source = [Source(root / "artikler", "clinic")]
        cold = statistics.median(times_ms(lambda: Library.load(source), 3))
        cache_file = root / "artikler.cache"
        load_library(source, ArticleCache(cache_file))  # the first start writes the cache
        warm = statistics.median(times_ms(lambda: load_library(source, ArticleCache(cache_file)), 5))
        parsed = frontmatter.split(texts[0]).data
        assert parsed["title"].startswith(("Knæ", "Skulder", "Ryg", "Nakke", "Hofte")), parsed
    finally:
        shutil.rmtree(root, ignore_errors=True)

    print(f"{'case (10,000 articles)':<52} {'median ms':>10} {'baseline':>10} {'ratio':>7}")
    print(f"{'front matter parse, pure-Python SafeLoader':<52} {pure:>10.0f} {'—':>10} {'—':>7}")
    print(f"{'front matter parse, libyaml CSafeLoader (the app)':<52} {fast:>10.0f} {pure:>10.0f} {fast / pure:>7.2f}")
    print(f"{'library load, no article cache (every file parsed)':<52} {cold:>10.0f} {'—':>10} {'—':>7}")
    print(f"{'library load, article cache on disk (later starts)':<52} {warm:>10.0f} {cold:>10.0f} {warm / cold:>7.2f}")
    print(f"\nfront-matter parsing is {fast / cold:.0%} of a cold load; a warm cache parses no front matter again")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
