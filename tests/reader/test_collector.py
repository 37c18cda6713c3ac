"""reader/collector.py: the cycle collector paused for a load and held for a start, and running again after both."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from reader import collector


@pytest.fixture(autouse=True)
def _collector_back_on() -> Iterator[None]:
    frozen = gc.get_freeze_count()
    yield
    collector.release_start()
    gc.enable()
    if gc.get_freeze_count() > frozen:
        gc.unfreeze()


def test_held_for_the_start_then_running_again() -> None:
    collector.hold_for_start()
    assert not gc.isenabled()
    collector.hold_for_start()  # twice is once
    collector.release_start()
    assert gc.isenabled()
    collector.release_start()  # nothing held: nothing done
    assert gc.isenabled()


def test_a_collector_someone_switched_off_stays_off() -> None:
    gc.disable()
    collector.hold_for_start()
    collector.release_start()
    assert not gc.isenabled()


def test_a_load_during_the_start_leaves_it_held_and_the_release_waits_for_a_load_under_way() -> None:
    collector.hold_for_start()
    with collector.paused():
        pass
    assert not gc.isenabled()  # still the start's
    started, finish = threading.Event(), threading.Event()

    def load() -> None:
        with collector.paused():
            started.set()
            finish.wait(5)

    worker = threading.Thread(target=load)
    worker.start()
    assert started.wait(5)
    collector.release_start()
    assert not gc.isenabled()  # the load under way keeps it paused
    finish.set()
    worker.join(5)
    assert gc.isenabled()


def test_release_can_freeze_what_the_start_built() -> None:
    collector.hold_for_start()
    kept = [[n] for n in range(1000)]
    before = gc.get_freeze_count()
    collector.release_start(freeze=True)
    assert gc.get_freeze_count() >= before + len(kept)


def test_the_command_line_runs_a_command_with_the_collector_on(monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.cli import library
    from ui.cli import main as cli_main

    seen: list[bool] = []
    monkeypatch.setattr(library, "run_list", lambda _args: (seen.append(gc.isenabled()), 0)[1])
    assert cli_main.main(["list"]) == 0
    assert seen == [True] and gc.isenabled()
    assert cli_main.main(["--no-such-option"]) == 2  # a usage error leaves it on too
    assert gc.isenabled()
