"""The kiosk staff PIN: 6 digits advised (4–12 allowed), stored only as a salted scrypt hash, checked in constant time."""

from __future__ import annotations

import os
from typing import NamedTuple

PIN_MIN, PIN_ADVISED, PIN_MAX = 4, 6, 12
_SALT_BYTES = 16
_PREFIX = "scrypt"
_MAX_MEMORY = 256 * 1024 * 1024  # a stored hash asking for more than this is refused, not computed


class ScryptCost(NamedTuple):
    """scrypt's cost parameters; they are written into every hash, so a hash keeps the cost it was made with."""

    n: int
    r: int
    p: int

    def memory(self) -> int:
        """The bytes scrypt needs for these parameters (OpenSSL's own count: V plus the p blocks)."""
        return 128 * self.r * (self.n + 2 + self.p)


# N = 2^17, r = 8, p = 1 (OWASP's minimum for scrypt): 128 MiB and about 0.4 s a guess on the clinic PCs we
# measured (bench/pin.py), so the 10^6 six-digit PINs take days, not minutes, for anyone who reads settings.json.
DEFAULT_COST = ScryptCost(2**17, 8, 1)
LEGACY_COST = ScryptCost(2**14, 8, 1)  # hashes made before issue 15 (53 ms a guess): still verified
COST = DEFAULT_COST  # the cost new hashes get; tests lower it (tests/conftest.py), nothing else should


class PinError(ValueError):
    """A PIN that is not 4–12 digits (the message is plain Danish)."""


def check_format(pin: str) -> str:
    """The PIN without surrounding whitespace, or PinError when it is not 4–12 ASCII digits."""
    pin = pin.strip()
    if not pin:
        raise PinError(f"Der kom ingen PIN-kode; skriv {PIN_ADVISED} cifre, fx: echo 471138 | patient-reader set-pin")
    if not pin.isascii() or not pin.isdigit():
        raise PinError("PIN-koden må kun bestå af cifre (0–9).")
    if not PIN_MIN <= len(pin) <= PIN_MAX:
        raise PinError(f"PIN-koden skal have {PIN_ADVISED}–{PIN_MAX} cifre (mindst {PIN_MIN}).")
    return pin


def weakness(pin: str) -> str | None:
    """A Danish warning for a valid PIN shorter than the advised 6 digits, else None."""
    if len(pin.strip()) < PIN_ADVISED:
        return (f"en PIN-kode på {len(pin.strip())} cifre kan gættes af den, der kan læse indstillingsfilen; "
                f"brug {PIN_ADVISED} cifre eller flere")
    return None


# base64, hashlib and hmac load on use: every start imports this module (the command line's `pin`), few check a PIN.


def _b64(data: bytes) -> str:
    import base64

    return base64.b64encode(data).decode("ascii")


def _b64decode(text: str) -> bytes:
    """Strict base64 (ValueError for anything else)."""
    import base64

    return base64.b64decode(text, validate=True)


def _derive(pin: str, salt: bytes, cost: ScryptCost) -> bytes:
    import hashlib

    return hashlib.scrypt(pin.encode("ascii"), salt=salt, n=cost.n, r=cost.r, p=cost.p, dklen=32,
                          maxmem=cost.memory() + 1024 * 1024)


def hash_pin(pin: str, salt: bytes | None = None, cost: ScryptCost | None = None) -> str:
    """`scrypt$n$r$p$salt$hash` for a valid PIN (a fresh random salt unless one is given; COST unless given)."""
    pin = check_format(pin)
    cost = cost if cost is not None else COST
    salt = salt if salt is not None else os.urandom(_SALT_BYTES)
    digest = _derive(pin, salt, cost)
    return "$".join((_PREFIX, str(cost.n), str(cost.r), str(cost.p), _b64(salt), _b64(digest)))


def parse_cost(stored: str) -> ScryptCost | None:
    """The cost parameters written in a stored hash, or None when it is not a hash this module can check."""
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != _PREFIX:
        return None
    try:
        cost = ScryptCost(int(parts[1]), int(parts[2]), int(parts[3]))
    except ValueError:
        return None
    power_of_two = cost.n >= 2 and cost.n & (cost.n - 1) == 0
    if not (power_of_two and 1 <= cost.r <= 32 and 1 <= cost.p <= 16 and cost.memory() <= _MAX_MEMORY):
        return None
    return cost


def is_pin_hash(stored: str) -> bool:
    """True when stored looks like a hash verify_pin can check (its digest and salt decode)."""
    if parse_cost(stored) is None:
        return False
    try:
        _, _, _, _, salt, digest = stored.split("$")
        return bool(_b64decode(salt)) and len(_b64decode(digest)) == 32
    except ValueError:
        return False


def verify_pin(pin: str, stored: str) -> bool:
    """True when pin matches the stored hash, at the cost stored with it; a malformed hash or PIN is simply False."""
    cost = parse_cost(stored)
    if cost is None or not is_pin_hash(stored):
        return False
    _, _, _, _, salt, digest = stored.split("$")
    try:
        candidate = _derive(check_format(pin), _b64decode(salt), cost)
    except (ValueError, TypeError, MemoryError):
        return False
    import hmac

    return hmac.compare_digest(candidate, _b64decode(digest))


def lockout_seconds(failures: int, base: float = 1.0, cap: float = 60.0) -> float:
    """How long to wait before the next try after this many wrong PINs in a row: 0, 0, base, 2·base, 4·base … cap."""
    if failures < 2:
        return 0.0
    return float(min(cap, base * 2 ** (failures - 2)))
