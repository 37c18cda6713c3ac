"""The staff PIN: format rules, salted hashes, and the growing wait after wrong tries."""

from __future__ import annotations

import pytest

from reader.pin import PinError, check_format, hash_pin, lockout_seconds, verify_pin


@pytest.mark.parametrize("pin", ["1234", "000000000000", " 9876\n"])
def test_valid_pins_round_trip(pin: str) -> None:
    stored = hash_pin(pin)
    assert verify_pin(pin.strip(), stored)
    assert pin.strip() not in stored
    assert not verify_pin("1235" if pin.strip() != "1235" else "1236", stored)


@pytest.mark.parametrize("pin", ["", "123", "1234567890123", "12a4", "١٢٣٤", "12 34", "-1234"])
def test_bad_pins_are_refused(pin: str) -> None:
    with pytest.raises(PinError):
        check_format(pin)


def test_same_pin_gets_a_new_salt_each_time() -> None:
    first, second = hash_pin("4321"), hash_pin("4321")
    assert first != second
    assert first.startswith("scrypt$") and verify_pin("4321", first) and verify_pin("4321", second)


@pytest.mark.parametrize("stored", ["", "garbage", "scrypt$1$1$1$x$y", "pbkdf2$16384$8$1$AAAA$AAAA",
                                    "scrypt$16384$8$1$!!!$AAAA"])
def test_malformed_hashes_never_match(stored: str) -> None:
    assert verify_pin("1234", stored) is False


def test_wrong_pin_wait_grows_and_is_capped() -> None:
    waits = [lockout_seconds(n) for n in range(1, 10)]
    assert waits[:4] == [0.0, 1.0, 2.0, 4.0]
    assert waits == sorted(waits)
    assert lockout_seconds(50) == 60.0


def test_no_pin_at_all_says_how_to_give_one() -> None:
    with pytest.raises(PinError, match="ingen PIN-kode"):
        hash_pin("  \n")


def test_new_hashes_get_the_default_cost_and_say_so() -> None:
    """The one test at the real cost: N = 2^17, r = 8, p = 1 (about 0.4 s a guess; bench/pin.py measures it)."""
    from reader import pin

    assert pin.ScryptCost(2**17, 8, 1) == pin.DEFAULT_COST
    assert pin.DEFAULT_COST.n >= 8 * pin.LEGACY_COST.n  # 8× the old 53 ms at least
    stored = hash_pin("471138", cost=pin.DEFAULT_COST)
    assert stored.split("$")[1:4] == ["131072", "8", "1"]
    assert pin.parse_cost(stored) == pin.DEFAULT_COST
    assert verify_pin("471138", stored)


def test_tests_run_with_a_cheap_cost_and_hashes_keep_theirs(_cheap_pin_cost: object) -> None:
    from reader import pin

    cheap = hash_pin("471138")
    assert pin.parse_cost(cheap) == _cheap_pin_cost != pin.DEFAULT_COST
    assert verify_pin("471138", cheap)  # verified at the cost written in it, whatever COST is now


def test_hashes_made_before_the_raise_still_verify() -> None:
    """A settings file from before: scrypt$16384$8$1$… (the old fixed cost) keeps unlocking the kiosk."""
    import base64
    import hashlib

    salt = b"0123456789abcdef"
    digest = hashlib.scrypt(b"2468", salt=salt, n=2**14, r=8, p=1, dklen=32, maxmem=64 * 1024 * 1024)
    old = "$".join(("scrypt", "16384", "8", "1", base64.b64encode(salt).decode(), base64.b64encode(digest).decode()))
    assert verify_pin("2468", old) and not verify_pin("2469", old)


@pytest.mark.parametrize("stored", ["scrypt$3$8$1$AAAA$AAAA",            # N not a power of two
                                    "scrypt$1048576$32$1$AAAA$AAAA",     # 4 GiB: refused, not computed
                                    "scrypt$16384$8$1$AAAA",             # a part missing
                                    "scrypt$16384$8$1$AAAA$AAAA$AAAA"])
def test_hashes_beyond_the_bounds_are_refused(stored: str) -> None:
    assert verify_pin("1234", stored) is False


@pytest.mark.parametrize(("pin_code", "warned"), [("1234", True), ("12345", True), ("123456", False),
                                                  ("123456789012", False)])
def test_fewer_than_six_digits_are_allowed_with_a_warning(pin_code: str, warned: bool) -> None:
    from reader.pin import weakness

    check_format(pin_code)
    assert (weakness(pin_code) is not None) == warned
