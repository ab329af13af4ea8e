"""Shared by the harness's unit tests: the package on sys.path, a harness state that replies
into memory, and solution files in a temporary folder."""

import contextlib
import io
import json
import os
import sys
import tempfile

HARNESS_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "src", "runner", "python")
sys.path.insert(0, os.path.normpath(HARNESS_DIR))

from drill_harness.calling import load  # noqa: E402
from drill_harness.output import CappedWriter  # noqa: E402
from drill_harness.state import HarnessState  # noqa: E402

INT = {"type": "int"}
INTS = {"type": "array", "of": {"type": "int"}}
TREE = {"type": "tree"}
ADD_SOURCE = "def add(a, b):\n    return a + b\n"


def function_call(arg_kinds, return_kind, **extra):
    return dict({"style": "function", "argKinds": arg_kinds, "returnKind": return_kind}, **extra)


def new_state():
    return HarnessState(io.StringIO(), CappedWriter())


def printing_into(state):
    """What the solution prints goes to the state's captured output, as under the harness."""
    return contextlib.redirect_stdout(state.output)


def take_replies(state):
    """The replies sent since the last take, parsed."""
    lines = state.replies.getvalue().splitlines()
    state.replies.seek(0)
    state.replies.truncate()
    return [json.loads(line) for line in lines]


def write_solution(testcase, source, name="solution.py"):
    folder = tempfile.TemporaryDirectory()
    testcase.addCleanup(folder.cleanup)
    path = os.path.join(folder.name, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(source)
    return path


def load_solution(testcase, source, entry, call, leetcode_entry=None):
    """A state with the solution loaded; returns (state, the load's reply)."""
    state = new_state()
    path = write_solution(testcase, source)
    testcase.addCleanup(lambda: sys.path.remove(os.path.dirname(path)) if os.path.dirname(path) in sys.path else None)
    message = {"type": "load", "modulePath": path, "entry": entry, "call": call}
    if leetcode_entry:
        message["leetcodeEntry"] = leetcode_entry
    with printing_into(state):
        load(state, message)
    replies = take_replies(state)
    testcase.assertEqual(len(replies), 1, replies)
    return state, replies[0]
