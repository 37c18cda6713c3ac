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
