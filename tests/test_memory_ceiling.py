"""The suite runs under an address-space ceiling (issue 15, item 11): a runaway test fails, the machine stays up."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import DEFAULT_MEMORY_GB, MEMORY_ENV, memory_ceiling_bytes

resource = pytest.importorskip("resource")
needs_linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS is enforced on Linux")


@needs_linux
def test_the_suite_runs_under_an_address_space_limit() -> None:
    soft, _hard = resource.getrlimit(resource.RLIMIT_AS)
    assert soft != resource.RLIM_INFINITY and soft <= DEFAULT_MEMORY_GB * 1024**3
    with pytest.raises(MemoryError):
        bytearray(int(DEFAULT_MEMORY_GB * 1024**3) + 1)  # address space only: refused before a page is touched


@needs_linux
def test_the_limit_reaches_the_processes_a_test_starts() -> None:
    child = subprocess.run([sys.executable, "-c", "import resource; print(resource.getrlimit(resource.RLIMIT_AS)[0])"],
                           capture_output=True, text=True, timeout=30)
    assert int(child.stdout) == resource.getrlimit(resource.RLIMIT_AS)[0] != resource.RLIM_INFINITY


def test_the_ceiling_is_configurable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MEMORY_ENV, "2.5")
    assert memory_ceiling_bytes() == int(2.5 * 1024**3)
    monkeypatch.setenv(MEMORY_ENV, "0")
    assert memory_ceiling_bytes() is None
    monkeypatch.setenv(MEMORY_ENV, "mange")
    assert memory_ceiling_bytes() == int(DEFAULT_MEMORY_GB * 1024**3)
