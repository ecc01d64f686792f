"""python -m kc_desktop"""
import sys

from kc_desktop.cli import main

sys.exit(main())
