"""`python -m ui`: the same as the `patient-reader` command."""

import sys

from ui.cli import main

sys.exit(main())
