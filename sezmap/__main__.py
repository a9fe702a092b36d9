from sezmap.exiting import run

run()
