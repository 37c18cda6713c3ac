"""PIN benchmark: what one guess at the stored PIN hash costs, old cost (2^14) against the new default (2^17).

    python -m bench.pin            # prints median and p95 in ms per guess, the ratio, and the time to try all PINs

One guess is one verify_pin() against a stored hash, which is all an attacker who copied settings.json
can do per PIN; the "all PINs" columns multiply by 10^4 (4 digits) and 10^6 (6 digits), on one core.
"""

from __future__ import annotations

import statistics

from bench._timing import p95, times_ms
from reader.pin import DEFAULT_COST, LEGACY_COST, ScryptCost, hash_pin, verify_pin

RUNS = 9


def _guess_ms(cost: ScryptCost) -> list[float]:
    stored = hash_pin("471138", cost=cost)
    return times_ms(lambda: verify_pin("471139", stored), RUNS)


def _span(seconds: float) -> str:
    if seconds < 3600:
        return f"{seconds / 60:.0f} min"
    if seconds < 2 * 86400:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.1f} days"


def main() -> int:
    rows = [("legacy 2^14, r 8, p 1", LEGACY_COST), ("default 2^17, r 8, p 1", DEFAULT_COST)]
    found = [(name, _guess_ms(cost)) for name, cost in rows]
    base = statistics.median(found[0][1])
    print(f"{'cost':<26}{'median ms':>10}{'p95 ms':>9}{'ratio':>7}{'all 4-digit':>13}{'all 6-digit':>13}")
    for name, ms in found:
        median = statistics.median(ms)
        print(f"{name:<26}{median:>10.0f}{p95(ms):>9.0f}{median / base:>7.1f}"
              f"{_span(median / 1000 * 10**4):>13}{_span(median / 1000 * 10**6):>13}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
