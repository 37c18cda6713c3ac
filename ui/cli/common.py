"""What every subcommand shares: exit codes, the usage error, the parser class, --articles, loading the library."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import NoReturn, TypeAlias

from reader.articles import Library
from reader.settings import Settings
from reader.settings import load as load_settings
from reader.sources import library_sources
from ui.cli.language import translate

EXIT_OK, EXIT_FINDING, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad input from the user: printed in plain words, exit 2."""


class Parser(argparse.ArgumentParser):
    """argparse that raises UsageError (printed by main) instead of exiting from inside the parser."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        raise UsageError(message)


# What main() hands each subcommand's register(): add_subparsers(parser_class=Parser). A string, as
# _SubParsersAction is generic only in typeshed.
Subcommands: TypeAlias = "argparse._SubParsersAction[Parser]"


def articles_option(parser: argparse.ArgumentParser, default: object = argparse.SUPPRESS) -> None:
    """--articles DIR (repeatable); on subcommands it defaults to SUPPRESS so the top-level value stands."""
    parser.add_argument(
        "--articles", metavar="DIR", action="append", type=Path, default=default,
        help=translate("Cli", "vis kun artiklerne i DIR (kan gentages)"),
    )


def read_settings() -> Settings:
    """The settings file, read afresh; when it was unusable (and moved aside), standard error says so, as the window does."""
    loaded = load_settings()
    if loaded.warning:
        print(f"patient-reader: {loaded.warning}", file=sys.stderr)
    return loaded.settings


def lang_option(parser: argparse.ArgumentParser, default: object = argparse.SUPPRESS) -> None:
    """--lang da|en, accepted before or after the subcommand (main reads it before parsing, for argparse's texts)."""
    parser.add_argument("--lang", choices=("da", "en"), default=default, help=translate("Cli", "sprog (da eller en)"))


def load_library(args: argparse.Namespace, settings: Settings | None = None) -> Library:
    """The library the arguments ask for: --articles folders only, else bundled plus clinic (read afresh)."""
    settings = settings or read_settings()
    return Library.load(library_sources(settings, list(getattr(args, "articles", []) or [])))


def count(n: int, one: str, many: str) -> str:
    """one for 1, else many with {0} as the number: ("1 fil", "{0} filer") ⇒ "1 fil", "2 filer" (already translated)."""
    return one if n == 1 else many.format(n)
