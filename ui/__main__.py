"""`python -m ui`: the same as the `patient-reader` command."""

import sys

if __name__ == "__main__":
    if getattr(sys, "frozen", False):  # the render guard's worker process in a PyInstaller bundle
        import multiprocessing

        multiprocessing.freeze_support()  # a worker runs here and never returns
    from reader import collector

    collector.hold_for_start()  # from the first import on (main() holds it too, for the installed command)
    from ui.cli.main import main

    sys.exit(main())
