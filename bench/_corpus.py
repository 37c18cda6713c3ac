"""A big library for benchmarks, made from the five bundled articles: recombined sections, varied titles.

    generate(folder, 10_000)   # writes folder/<slug>.md; the bundled five are copied as they are

Never bundled and never committed: benchmarks write it to a temp folder.
"""

from __future__ import annotations

import random
import re
import shutil
from pathlib import Path

from reader.resources import bundled_articles_dir

WORDS = ("skulder", "knæ", "hofte", "ryg", "nakke", "fod", "albue", "håndled", "ankel", "lænd", "bækken",
         "kæbe", "øvre", "nedre", "akut", "kronisk", "træning", "øvelser", "smerter", "genoptræning")


def generate(folder: Path, count: int, seed: int = 7, keep: str = "") -> list[Path]:
    """Write count articles (at least the five bundled ones) to folder; their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    seeds = sorted(bundled_articles_dir().glob("*.md"))
    written = [Path(shutil.copy(path, folder / path.name)) for path in seeds]
    bodies = [path.read_text("utf-8").split("---", 2)[2] for path in seeds]
    sections = [part for body in bodies for part in re.split(r"\n(?=## )", body) if part.strip()]
    rng = random.Random(seed)
    for n in range(len(seeds), count):
        title = f"{rng.choice(WORDS).capitalize()} og {rng.choice(WORDS)} {n}"
        body = "\n\n".join(rng.sample(sections, 4))
        day = 1 + n % 28
        path = folder / f"artikel-{n:05d}.md"
        path.write_text(f"---\ntitle: {title}\nlastUpdated: {day:02d}/03/2025\n---\n\n# {title}\n\n{body}\n", "utf-8")
        written.append(path)
    if keep and not (folder / f"{keep}.md").exists():
        raise ValueError(f"{keep} is not a bundled article")
    return written
