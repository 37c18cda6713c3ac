"""The `set-pin` subcommand: the kiosk staff PIN from standard input, stored as a salted hash only."""

from __future__ import annotations

import argparse
import getpass
import sys

from reader.pin import PIN_ADVISED, PIN_MAX, PIN_MIN, PinError, check_format, hash_pin, weakness
from reader.settings import load as load_settings
from reader.settings import save as save_settings
from ui.cli import common as cli


def register(commands: cli.Subcommands) -> None:
    """Add `set-pin` to the subcommands."""
    commands.add_parser(
        "set-pin", help="sæt kioskens PIN-kode til personalet (læses fra standard input)",
        description=(f"Læser en PIN-kode på {PIN_ADVISED}–{PIN_MAX} cifre fra standard input og gemmer kun en saltet "
                     f"hash af den ({PIN_MIN} cifre går, med en advarsel). Kørende kiosker beholder den PIN, "
                     "de startede med, til de startes igen."),
    )


def _read_pin() -> str:
    if sys.stdin.isatty():
        first = getpass.getpass(f"Ny PIN-kode ({PIN_ADVISED}–{PIN_MAX} cifre): ")
        check_format(first)
        if getpass.getpass("Gentag PIN-koden: ").strip() != first.strip():
            raise PinError("De to PIN-koder er ikke ens.")
        return first
    return sys.stdin.readline()


def run(args: argparse.Namespace) -> int:
    """Read, check and store the PIN; a bad PIN is a usage error (exit 2) and changes nothing."""
    try:
        pin = check_format(_read_pin())
    except PinError as error:
        raise cli.UsageError(str(error)) from None
    except EOFError:
        raise cli.UsageError("der kom ingen PIN-kode på standard input") from None
    warning = weakness(pin)
    if warning:
        print(f"patient-reader: advarsel: {warning}", file=sys.stderr)
    loaded = load_settings()
    if loaded.warning:
        print(f"patient-reader: advarsel: {loaded.warning}", file=sys.stderr)
    loaded.settings.kiosk_pin_hash = hash_pin(pin)
    try:
        save_settings(loaded.settings)
    except OSError as error:
        raise cli.UsageError(f"PIN-koden kunne ikke gemmes ({error.strerror or error})") from None
    print("PIN-koden er gemt (kun som en saltet hash). En kiosk, der kører nu, beholder sin gamle PIN-kode, "
          "til den startes igen.", file=sys.stderr)
    return cli.EXIT_OK
