"""The bundle's entry point (packaging/sezmap.spec): the same ``sezmap`` command line."""

from sezmap.exiting import run

if __name__ == "__main__":
    run()
