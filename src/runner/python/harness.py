"""drill's Python harness, as drill starts it: python3 -u harness.py [--torch] [--fork-server].

The harness itself is the drill_harness package beside this file (see its __init__.py).
"""

import os
import sys

if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from drill_harness.main import start
    start(sys.argv[1:])
