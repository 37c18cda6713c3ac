"""`python -m ui`: the same as the `patient-reader` command."""

import sys

from ui.cli.main import main

if __name__ == "__main__":
    if getattr(sys, "frozen", False):  # the render guard's worker process in a PyInstaller bundle
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())
