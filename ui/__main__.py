"""`python -m ui`: the same as the `patient-reader` command."""

import multiprocessing
import sys

from ui.cli.main import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the render guard's worker process in a PyInstaller bundle
    sys.exit(main())
