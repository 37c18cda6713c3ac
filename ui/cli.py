"""The `patient-reader` command: arguments, headless subcommands, and starting the window."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from reader import __version__
from reader.articles import Level, Library
from reader.settings import Settings
from reader.settings import load as load_settings
from reader.sources import library_sources

EXIT_OK, EXIT_FINDING, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad input from the user: printed in plain words, exit 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        raise UsageError(message)


def _articles_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--articles", metavar="DIR", action="append", type=Path, default=default,
        help="vis kun artiklerne i DIR (kan gentages)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, as in DESIGN.md."""
    parser = _Parser(prog="patient-reader", description="Offline læser af patientvejledninger til fysioterapi.")
    _articles_option(parser, [])
    parser.add_argument("--present", action="store_true", help="start i konsultationstilstand")
    parser.add_argument("--kiosk", action="store_true", help="start som låst kiosk til venteværelset")
    parser.add_argument("--idle-timeout", metavar="SECONDS", type=int, help="sekunder uden berøring før kiosken nulstilles")
    parser.add_argument("--lang", choices=("da", "en"), help="sprog i brugerfladen")
    parser.add_argument("--self-test", action="store_true", help="indlæs, vis og søg i alle artikler, og afslut")
    parser.add_argument("--version", action="version", version=f"patient-reader {__version__}")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    listing = commands.add_parser("list", help="alle artikler: slug, titel og opdateringsdato")
    listing.add_argument("--json", action="store_true")
    _articles_option(listing, argparse.SUPPRESS)

    check = commands.add_parser("check", help="problemer med artikelfilerne; exit 1 hvis en fil ikke kunne indlæses")
    check.add_argument("dir", nargs="?", type=Path, metavar="DIR")
    check.add_argument("--json", action="store_true")
    _articles_option(check, argparse.SUPPRESS)

    for register in EXTRA_COMMANDS:
        register(commands, lambda p: _articles_option(p, argparse.SUPPRESS))
    return parser


# Other modules add subcommands here: register(subparsers, add_articles_option).
EXTRA_COMMANDS: list[Callable[[argparse._SubParsersAction, Callable[[argparse.ArgumentParser], None]], None]] = []  # type: ignore[type-arg]
HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {}


def load_library(args: argparse.Namespace, settings: Settings | None = None) -> Library:
    """The library the arguments ask for: --articles folders only, else bundled plus clinic (read afresh)."""
    settings = settings or load_settings().settings
    return Library.load(library_sources(settings, list(getattr(args, "articles", []) or [])))


def _cmd_list(args: argparse.Namespace) -> int:
    library = load_library(args)
    articles = library.sorted()
    if args.json:
        rows = [
            {"slug": a.slug, "title": a.title, "updated": a.updated.isoformat() if a.updated else None, "path": str(a.path)}
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
        print(f"patient-reader: {_count(len(errors), 'fejl', 'fejl')} ved indlæsningen, fx {errors[0].line()} "
              "Alle: patient-reader check", file=sys.stderr)
    return EXIT_OK


def _count(n: int, one: str, many: str) -> str:
    """'1 fil', '2 filer': Danish number agreement."""
    return f"{n} {one if n == 1 else many}"


def _cmd_check(args: argparse.Namespace) -> int:
    from reader.review import review_problems

    if args.dir is not None:
        if not args.dir.is_dir():
            raise UsageError(f"mappen findes ikke: {args.dir}")
        args.articles = [args.dir]
    settings = load_settings().settings
    library = load_library(args, settings)
    problems = [*library.problems, *review_problems(library, months=settings.review_months)]
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
        summary = (f"{_count(len(library), 'artikel', 'artikler')} indlæst, {_count(errors, 'fil', 'filer')} med fejl, "
                   f"{_count(warnings, 'advarsel', 'advarsler')}, {review} bør gennemgås.")
        print(summary, file=sys.stderr)
    return EXIT_FINDING if any(p.level is Level.ERROR for p in problems) else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if _needs_plugins(argv):  # the window alone starts faster without them
        _load_plugins()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.self_test:
            from ui.self_test import run_self_test

            return run_self_test(args)
        if args.command == "list":
            return _cmd_list(args)
        if args.command == "check":
            return _cmd_check(args)
        if args.command in HANDLERS:
            return HANDLERS[args.command](args)
        if args.idle_timeout is not None and args.idle_timeout < 5:
            raise UsageError("--idle-timeout skal være mindst 5 sekunder")
        from ui.app import run_window

        return run_window(args)
    except UsageError as error:
        print(f"patient-reader: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `patient-reader list | head`: stop quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def _needs_plugins(argv: list[str]) -> bool:
    """Whether the arguments may name a plugin's subcommand (or ask for help or the self-test)."""
    takes_value = {o for a in build_parser()._actions if a.nargs != 0 for o in a.option_strings}
    previous = ""
    for word in argv:
        if word in ("-h", "--help", "--self-test") or (not word.startswith("-") and previous not in takes_value):
            return True
        previous = word
    return False


def _load_plugins() -> None:
    """Import the modules that add subcommands (kept out of the start-up path of the window)."""
    for name in PLUGIN_MODULES:
        __import__(name)


# Modules that register extra subcommands on import (search, handout, set-pin, import …).
PLUGIN_MODULES: list[str] = ["ui.i18n", "ui.cli_handout", "ui.cli_search", "ui.cli_kiosk", "ui.cli_import"]
