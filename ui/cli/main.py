"""The `patient-reader` command: the argument parser, the one table of subcommands, and starting the window."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from importlib import import_module
from typing import Any, NamedTuple, NoReturn

from reader import __version__, collector
from ui.cli.common import EXIT_OK, EXIT_USAGE, Parser, UsageError, articles_option, lang_option, load_library
from ui.cli.language import argparse_texts, lang_in, set_language, translate


class Command(NamedTuple):  # not a dataclass: a start-up deferral (about 0.4 ms to make the class)
    """One subcommand: its name, what adds its arguments, and what runs it (returns the exit code)."""

    name: str
    register: Callable[[argparse._SubParsersAction], None]  # type: ignore[type-arg]
    run: Callable[[argparse.Namespace], int]


def _later(module: str, function: str) -> Callable[[Any], Any]:
    """ui.cli.<module>.<function>, its module imported at the first call: a start of the window with no subcommand
    on its line never loads the subcommands' modules (a start-up deferral)."""

    def call(argument: Any) -> Any:
        return getattr(import_module(f"ui.cli.{module}"), function)(argument)

    return call


# Every subcommand, in the order `--help` lists them. The modules keep their heavy imports inside run(),
# so even a subcommand's start pays only for argparse here.
COMMANDS: tuple[Command, ...] = (
    Command("list", _later("library", "register_list"), _later("library", "run_list")),
    Command("check", _later("library", "register_check"), _later("library", "run_check")),
    Command("search", _later("search", "register"), _later("search", "run")),
    Command("handout", _later("handout", "register"), _later("handout", "run")),
    Command("import", _later("pack", "register"), _later("pack", "run")),
    Command("set-pin", _later("pin", "register"), _later("pin", "run")),
)


class _NotTheWindowError(Exception):
    """The window's short parse cannot answer this command line: the whole parser must."""


class _WindowParser(Parser):
    """The top level's options only, quiet on any error: the whole parser then parses the line again and says it."""

    def error(self, message: str) -> NoReturn:
        raise _NotTheWindowError(message)


def _options(parser: argparse.ArgumentParser) -> None:
    """The top level's options (the window's, the kiosk's, --self-test, --version)."""
    articles_option(parser, [])
    parser.add_argument("--present", action="store_true", help=translate("Cli", "start i konsultationstilstand"))
    parser.add_argument("--kiosk", action="store_true", help=translate("Cli", "start som låst kiosk til venteværelset"))
    parser.add_argument("--idle-timeout", metavar="SECONDS", type=int,
                        help=translate("Cli", "sekunder uden berøring før kiosken nulstilles"))
    lang_option(parser, None)
    parser.add_argument("--kiosk-cover", action="store_true", help=argparse.SUPPRESS)  # the supervisor's blank cover
    parser.add_argument("--self-test", action="store_true",
                        help=translate("Cli", "indlæs, vis og søg i alle artikler, og afslut"))
    parser.add_argument("--version", action="version", version=f"patient-reader {__version__}",
                        help=translate("Cli", "vis programmets version og afslut"))


def _window_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """The arguments of a line with no subcommand on it (the window's start), parsed without the subcommands'
    modules and parsers; None when the whole parser must parse it: a word that is not an option's value (a
    subcommand, or a usage error the whole parser words), -h/--help (its text lists the subcommands) or --version."""
    if any(word.startswith(("-h", "--h", "--v")) or (word.startswith("-") and not word.startswith("--"))
           for word in argv):
        return None
    parser = _WindowParser(prog="patient-reader", add_help=False)
    _options(parser)
    try:
        args = parser.parse_args(argv)
    except _NotTheWindowError:
        return None
    args.command = None
    return args


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, as in DESIGN.md."""
    parser = Parser(prog="patient-reader",
                    description=translate("Cli", "Offline læser af patientvejledninger til fysioterapi."))
    _options(parser)
    commands = parser.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")
    for command in COMMANDS:
        command.register(commands)
    for subparser in commands.choices.values():  # `list --lang en` as well as `--lang en list`
        lang_option(subparser)
    return parser


def _language_for(argv: Sequence[str]) -> str:
    """--lang anywhere on the line, else the setting, else the system's language (as the window chooses)."""
    from ui.base.i18n import choose_language
    from ui.cli.common import read_settings

    wanted = lang_in(argv)
    # read_settings, not a quiet load: reading the file is what moves a corrupt one aside, and it says so here
    return choose_language(wanted, "" if wanted in ("da", "en") else read_settings().language)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    from ui.cli.output import TerminalStream

    # Start-up: no cycle collection until the window's first paint (ui/app.py) or a subcommand's start (below).
    collector.hold_for_start()

    # Valid UTF-8 under any locale, and no title's escape sequence reaching the terminal (issue 15).
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = TerminalStream(sys.stdout), TerminalStream(sys.stderr)
    try:
        return _main(argv)
    finally:
        collector.release_start()  # in case it is still held (a usage error, an exception)
        with contextlib.suppress(Exception):
            sys.stdout.flush()
            sys.stderr.flush()
        sys.stdout, sys.stderr = saved


def _main(argv: list[str]) -> int:
    from ui.base import errors

    # An uncaught error is logged (data folder, rotating) with its traceback, and printed on standard error.
    errors.setup_logging()
    errors.install_hooks()
    set_language(_language_for(argv))
    runners = {command.name: command.run for command in COMMANDS}
    try:
        with argparse_texts():  # "brug:", "tilvalg", "disse argumenter mangler" in Danish, at build and at parse
            args = _window_args(argv) or build_parser().parse_args(argv)
        if args.command in runners or args.kiosk_cover or args.self_test:
            collector.release_start()  # a command's own work runs with the collector as usual
        if args.kiosk_cover:
            from ui.kiosk.cover import main as cover_main

            return cover_main()
        if args.self_test:
            from ui.selftest.run import run_self_test

            return run_self_test(load_library(args))
        if args.command in runners:
            return runners[args.command](args)
        if args.idle_timeout is not None and args.idle_timeout < 5:
            raise UsageError(translate("Cli", "--idle-timeout skal være mindst 5 sekunder"))
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
