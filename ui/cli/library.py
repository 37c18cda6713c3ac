"""The `list` and `check` subcommands: every article with its date, and the problems of the article files."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from reader.articles import Level
from ui.cli.common import (
    EXIT_FINDING,
    EXIT_OK,
    Subcommands,
    UsageError,
    articles_option,
    count,
    load_library,
    read_settings,
)
from ui.cli.language import translate


def register_list(commands: Subcommands) -> None:
    """Add `list`."""
    listing = commands.add_parser("list", help=translate("Cli", "alle artikler: slug, titel og opdateringsdato"))
    listing.add_argument("--json", action="store_true", help=translate("Cli", "som JSON"))
    articles_option(listing)


def register_check(commands: Subcommands) -> None:
    """Add `check`."""
    check = commands.add_parser(
        "check", help=translate("Cli", "problemer med artikelfilerne; exit 1 hvis en fil ikke kunne indlæses"))
    check.add_argument("dir", nargs="?", type=Path, metavar="DIR", help=translate("Cli", "mappen, der skal tjekkes"))
    check.add_argument("--json", action="store_true", help=translate("Cli", "som JSON"))
    articles_option(check)


def run_list(args: argparse.Namespace) -> int:
    """Print every article (text or JSON); load errors are named on standard error."""
    from ui.base.problem_text import problem_line
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
        counted = count(len(errors), translate("Cli", "1 fejl"), translate("Cli", "{0} fejl"))
        print("patient-reader: " + translate("Cli", "{0} ved indlæsningen, fx {1} Alle: patient-reader check")
              .format(counted, problem_line(errors[0], translate)), file=sys.stderr)
    return EXIT_OK


def run_check(args: argparse.Namespace) -> int:
    """Print every problem; exit 1 when a file could not be loaded."""
    from reader.lix import lix_problems
    from reader.review import review_problems
    from ui.base.problem_text import problem_line, problem_texts

    if args.dir is not None:
        if not args.dir.is_dir():
            raise UsageError(translate("Cli", "mappen findes ikke: {0}").format(args.dir))
        args.articles = [args.dir]
    settings = read_settings()
    library = load_library(args, settings)
    problems = [*library.problems, *review_problems(library, months=settings.review_months),
                *lix_problems(library, settings.lix_limit)]
    if args.json:
        print(json.dumps(
            [{"path": str(p.path), "level": p.level.value, **problem_texts(p, translate)} for p in problems],
            ensure_ascii=False, indent=2,
        ))
    else:
        for problem in problems:
            print(problem_line(problem, translate))
        errors = sum(1 for p in problems if p.level is Level.ERROR)
        warnings = sum(1 for p in problems if p.level is Level.WARNING)
        review = len(problems) - errors - warnings
        summary = translate("Cli", "{0} indlæst, {1} med fejl, {2}, {3} bør gennemgås.").format(
            count(len(library), translate("Cli", "1 artikel"), translate("Cli", "{0} artikler")),
            count(errors, translate("Cli", "1 fil"), translate("Cli", "{0} filer")),
            count(warnings, translate("Cli", "1 advarsel"), translate("Cli", "{0} advarsler")), review)
        print(summary, file=sys.stderr)
    return EXIT_FINDING if any(p.level is Level.ERROR for p in problems) else EXIT_OK
