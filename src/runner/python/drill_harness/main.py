"""Starting the harness: the memory cap, the channels (fd 3 in, fd 4 out, or a fork server's
socket), the solution's output captured, and the request loop on a thread with a deep stack.

Requests arrive as JSON lines on fd 3 and replies leave as JSON lines on fd 4, so whatever the
solution prints never mixes with results. The process is started ahead of time with numpy (and,
with --torch, torch) already imported; drill kills its whole process group on a time-out.
"""

import os
import sys
import threading

from .failures import MEMORY_LIMIT
from .output import capture_streams
from .protocol import ready_message, serve
from .state import HarnessState
from .values import np

# Deep recursion must work as it does on LeetCode, whose Python raises the recursion limit to
# 550,000: a thread whose C stack holds that many frames (an @cache recursion goes through C),
# or a smaller limit where the system will not give the thread such a stack.
RECURSION_LIMIT = 550000


def limit_memory():
    """Caps the address space so a runaway allocation raises MemoryError instead of eating the machine."""
    try:
        import resource
        with open("/proc/self/status") as status:
            size_kb = int(status.read().split("VmSize:")[1].split()[0])
        cap = size_kb * 1024 + MEMORY_LIMIT
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    except (ImportError, OSError, ValueError, IndexError):  # not Linux: no cap
        pass


def on_deep_stack(target):
    """Runs target on a thread with a stack deep enough for LeetCode's recursion limit; returns the thread."""
    for stack_mb, limit in ((768, RECURSION_LIMIT), (64, 50000)):
        try:
            threading.stack_size(stack_mb << 20)
            sys.setrecursionlimit(limit)
            thread = threading.Thread(target=target, name="drill-harness")
            thread.start()
            return thread
        except (RuntimeError, ValueError, MemoryError):
            continue
    raise SystemExit("drill's Python harness could not start its thread")


def start(argv):
    """The whole harness process: `harness.py [--torch] [--fork-server]`."""
    torch_support = None
    if "--torch" in argv:  # torch is imported here, once, before any solution's import is timed
        from . import torch_support
        torch_support.preload()
    requests = os.fdopen(3, "r", encoding="utf-8")
    replies = os.fdopen(4, "w", encoding="utf-8")
    if "--fork-server" in argv:  # this process imports, then forks a harness per run
        from . import fork_server
        requests, replies = fork_server.serve(requests, replies)
    state = HarnessState(replies, capture_streams(), torch_support)

    def main():
        limit_memory()
        state.send(ready_message(None if np is None else np.__version__,
                                 None if torch_support is None else torch_support.version()))
        serve(state, requests)

    on_deep_stack(main).join()
