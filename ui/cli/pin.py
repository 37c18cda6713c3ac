"""The `set-pin` subcommand: the kiosk staff PIN from standard input, stored as a salted hash only."""

from __future__ import annotations

import argparse
import sys

from reader.pin import PIN_ADVISED, PIN_MAX, PIN_MIN, PinError, check_format, hash_pin, weakness
from reader.settings import load as load_settings
from reader.settings import save as save_settings
from ui.cli import common as cli
from ui.cli.language import os_error_text, translate


def register(commands: cli.Subcommands) -> None:
    """Add `set-pin` to the subcommands."""
    commands.add_parser(
        "set-pin", help=translate("Cli", "sæt kioskens PIN-kode til personalet (læses fra standard input)"),
        description=translate("Cli", "Læser en PIN-kode på {0}–{1} cifre fra standard input og gemmer kun en saltet "
                              "hash af den ({2} cifre går, med en advarsel). Kørende kiosker beholder den PIN, "
                              "de startede med, til de startes igen.").format(PIN_ADVISED, PIN_MAX, PIN_MIN),
    )


def _read_pin() -> str:
    import getpass  # start-up deferral: this command only

    if sys.stdin.isatty():
        first = getpass.getpass(translate("Cli", "Ny PIN-kode ({0}–{1} cifre): ").format(PIN_ADVISED, PIN_MAX))
        check_format(first)
        if getpass.getpass(translate("Cli", "Gentag PIN-koden: ")).strip() != first.strip():
            raise PinError(translate("Cli", "De to PIN-koder er ikke ens."))
        return first
    return sys.stdin.readline()


def run(args: argparse.Namespace) -> int:
    """Read, check and store the PIN; a bad PIN is a usage error (exit 2) and changes nothing."""

    try:
        pin = check_format(_read_pin())
    except PinError as error:
        raise cli.UsageError(_translated(str(error))) from None
    except EOFError:
        raise cli.UsageError(translate("Cli", "der kom ingen PIN-kode på standard input")) from None
    warning = weakness(pin)
    if warning:
        print("patient-reader: " + translate("Cli", "advarsel: {0}").format(warning), file=sys.stderr)
    loaded = load_settings()
    if loaded.warning:
        print("patient-reader: " + translate("Cli", "advarsel: {0}").format(loaded.warning), file=sys.stderr)
    loaded.settings.kiosk_pin_hash = hash_pin(pin)
    try:
        save_settings(loaded.settings)
    except OSError as error:
        raise cli.UsageError(translate("Cli", "PIN-koden kunne ikke gemmes ({0})").format(os_error_text(error))) from None
    print(translate("Cli", "PIN-koden er gemt (kun som en saltet hash). En kiosk, der kører nu, beholder sin gamle "
                    "PIN-kode, til den startes igen."), file=sys.stderr)
    return cli.EXIT_OK


def _translated(text: str) -> str:
    """A reader/ text (Danish) in the command line's language; Qt is loaded only now, on this rare path."""
    from ui.base.problem_text import translated

    return translated(text, translate)
