import sys

from sezmap.cli import main

sys.exit(main())
