"""python -m kc_desktop (and the packaged program's entry point)."""
import multiprocessing
import sys

from kc_desktop.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # batch printing starts worker processes: needed in the packaged program
    sys.exit(main())
