"""The `list` and `check` subcommands: every article with its date, and the problems of the article files."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from reader.articles import Level
from reader.settings import load as load_settings
from ui.cli.common import EXIT_FINDING, EXIT_OK, Subcommands, UsageError, articles_option, count, load_library


def register_list(commands: Subcommands) -> None:
    """Add `list`."""
    listing = commands.add_parser("list", help="alle artikler: slug, titel og opdateringsdato")
    listing.add_argument("--json", action="store_true")
    articles_option(listing)


def register_check(commands: Subcommands) -> None:
    """Add `check`."""
    check = commands.add_parser("check", help="problemer med artikelfilerne; exit 1 hvis en fil ikke kunne indlæses")
    check.add_argument("dir", nargs="?", type=Path, metavar="DIR")
    check.add_argument("--json", action="store_true")
    articles_option(check)


def run_list(args: argparse.Namespace) -> int:
    """Print every article (text or JSON); load errors are named on standard error."""
    library = load_library(args)
    articles = library.sorted()
    if args.json:
        from reader.lix import lix

        rows = [
            {"slug": a.slug, "title": a.title, "updated": a.updated.isoformat() if a.updated else None, "path": str(a.path),
             "lix": lix(a.body).score}
            for a in articles
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        width = max((len(a.slug) for a in articles), default=0)
        for a in articles:
            updated = a.updated.isoformat() if a.updated else "—"
            print(f"{a.slug:<{width}}  {updated:<10}  {a.title}")
    errors = [problem for problem in library.problems if problem.level is Level.ERROR]
    if errors:  # a missing folder or unreadable files must not look like an empty or short list
        print(f"patient-reader: {count(len(errors), 'fejl', 'fejl')} ved indlæsningen, fx {errors[0].line()} "
              "Alle: patient-reader check", file=sys.stderr)
    return EXIT_OK


def run_check(args: argparse.Namespace) -> int:
    """Print every problem; exit 1 when a file could not be loaded."""
    from reader.lix import lix_problems
    from reader.review import review_problems

    if args.dir is not None:
        if not args.dir.is_dir():
            raise UsageError(f"mappen findes ikke: {args.dir}")
        args.articles = [args.dir]
    settings = load_settings().settings
    library = load_library(args, settings)
    problems = [*library.problems, *review_problems(library, months=settings.review_months),
                *lix_problems(library, settings.lix_limit)]
    if args.json:
        print(json.dumps(
            [{"path": str(p.path), "level": p.level.value, "message": p.message, "advice": p.advice} for p in problems],
            ensure_ascii=False, indent=2,
        ))
    else:
        for problem in problems:
            print(problem.line())
        errors = sum(1 for p in problems if p.level is Level.ERROR)
        warnings = sum(1 for p in problems if p.level is Level.WARNING)
        review = len(problems) - errors - warnings
        summary = (f"{count(len(library), 'artikel', 'artikler')} indlæst, {count(errors, 'fil', 'filer')} med fejl, "
                   f"{count(warnings, 'advarsel', 'advarsler')}, {review} bør gennemgås.")
        print(summary, file=sys.stderr)
    return EXIT_FINDING if any(p.level is Level.ERROR for p in problems) else EXIT_OK
