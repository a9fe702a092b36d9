"""The bundle's entry point (packaging/sezmap.spec): the same ``sezmap`` command line."""

import sys

from sezmap.cli import main

if __name__ == "__main__":
    sys.exit(main())
