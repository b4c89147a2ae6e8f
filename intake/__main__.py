"""`python -m intake` runs the CLI."""

import sys

from intake.cli import main

sys.exit(main())
