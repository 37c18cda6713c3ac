"""The bundle's entry point: the same as `python -m ui` (the `patient-reader` command)."""

import os
import sys

# A windowed Windows/macOS build has no console: printing must not fail there.
if sys.stdout is None:
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
if sys.stderr is None:
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115

from ui.cli.main import main

if __name__ == "__main__":
    if "--multiprocessing-fork" in sys.argv or "-c" in sys.argv:  # a worker or multiprocessing's resource tracker
        import multiprocessing  # (packaging/rth_multiprocessing.py sets it up): the app's start never loads it

        multiprocessing.freeze_support()  # runs the worker (reader/render_guard.py, reader/search/parallel.py), then exits
    sys.exit(main())
