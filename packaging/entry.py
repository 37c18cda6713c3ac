"""The bundle's entry point: the same as `python -m ui` (the `patient-reader` command)."""

import multiprocessing
import os
import sys

# A windowed Windows/macOS build has no console: printing must not fail there.
if sys.stdout is None:
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
if sys.stderr is None:
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115

from ui.cli.main import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the render guard's worker process (reader/render_guard.py)
    sys.exit(main())
