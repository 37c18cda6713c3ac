"""Kiosk test helpers: a kiosk window over a library, short timers, a known PIN, cleaned up after the test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from reader.articles import Library
from reader.pin import hash_pin
from reader.settings import Settings
from tests.conftest import FAST_PIN_COST
from ui.kiosk.window import KioskWindow

PIN = "2468"
PIN_HASH = hash_pin(PIN, cost=FAST_PIN_COST)


@pytest.fixture
def make_kiosk(qtbot: QtBot, library: Library) -> Iterator[Callable[..., KioskWindow]]:
    made: list[KioskWindow] = []

    def make(lib: Library | None = None, settings: Settings | None = None, pin: str = PIN_HASH,
             full_screen: bool = False, **options: Any) -> KioskWindow:
        options.setdefault("idle_ms", 60_000)
        window = KioskWindow(lib or library, settings or Settings(), persist=None, pin_hash=pin, **options)
        qtbot.addWidget(window)
        made.append(window)
        if full_screen:
            window.start()
        else:
            window.resize(1280, 800)
            window.show()
            window.guard.start()
        qtbot.waitExposed(window)
        return window

    yield make
    for window in made:
        window.unlock()
        window.close()
