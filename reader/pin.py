"""The kiosk staff PIN: 4–12 digits, stored only as a salted scrypt hash, checked in constant time."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

PIN_MIN, PIN_MAX = 4, 12
_N, _R, _P = 2**14, 8, 1
_SALT_BYTES = 16
_PREFIX = "scrypt"


class PinError(ValueError):
    """A PIN that is not 4–12 digits (the message is plain Danish)."""


def check_format(pin: str) -> str:
    """The PIN without surrounding whitespace, or PinError when it is not 4–12 ASCII digits."""
    pin = pin.strip()
    if not pin:
        raise PinError(f"Der kom ingen PIN-kode; skriv {PIN_MIN}–{PIN_MAX} cifre, fx: echo 4711 | patient-reader set-pin")
    if not pin.isascii() or not pin.isdigit():
        raise PinError("PIN-koden må kun bestå af cifre (0–9).")
    if not PIN_MIN <= len(pin) <= PIN_MAX:
        raise PinError(f"PIN-koden skal have {PIN_MIN}–{PIN_MAX} cifre.")
    return pin


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode("ascii"), salt=salt, n=n, r=r, p=p, dklen=32, maxmem=64 * 1024 * 1024)


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """`scrypt$n$r$p$salt$hash` for a valid PIN (a fresh random salt unless one is given)."""
    pin = check_format(pin)
    salt = salt if salt is not None else os.urandom(_SALT_BYTES)
    digest = _derive(pin, salt, _N, _R, _P)
    return "$".join((_PREFIX, str(_N), str(_R), str(_P), _b64(salt), _b64(digest)))


def verify_pin(pin: str, stored: str) -> bool:
    """True when pin matches the stored hash; a malformed hash or PIN is simply False."""
    try:
        prefix, n, r, p, salt, digest = stored.split("$")
        if prefix != _PREFIX:
            return False
        n_i, r_i, p_i = int(n), int(r), int(p)
        if not (2 <= n_i <= 2**20 and 1 <= r_i <= 32 and 1 <= p_i <= 16):
            return False
        expected = base64.b64decode(digest, validate=True)
        candidate = _derive(check_format(pin), base64.b64decode(salt, validate=True), n_i, r_i, p_i)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(candidate, expected)


def lockout_seconds(failures: int, base: float = 1.0, cap: float = 60.0) -> float:
    """How long to wait before the next try after this many wrong PINs in a row: 0, 0, base, 2·base, 4·base … cap."""
    if failures < 2:
        return 0.0
    return float(min(cap, base * 2 ** (failures - 2)))
