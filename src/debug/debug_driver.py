"""drill debug for Python: runs one case of a solution under pdb, stopped at the first line of
the solution's function (debugpy instead, when drill debug starts it under debugpy).

Usage: python3 debug_driver.py <plan.json>   (drill debug writes the plan)
"""

import importlib.util
import json
import os
import sys

# Arguments are built by the harness's own code, exactly as drill test builds them.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "runner", "python"))
from drill_harness.prelude import leetcode_prelude  # noqa: E402
from drill_harness.state import HarnessState  # noqa: E402
from drill_harness.values import build_arguments, np  # noqa: E402,F401


def arguments(module, call, raw, leetcode):
    state = HarnessState(replies=None, output=None)
    state.module = module
    state.call = dict(call, convert=call.get("leetcodeArgs") if leetcode else None)
    return build_arguments(state, call["argKinds"], raw)


def load(plan):
    path = plan["file"]
    sys.path.insert(0, os.path.dirname(path))
    spec = importlib.util.spec_from_file_location("solution", path)
    module = importlib.util.module_from_spec(spec)
    module.__dict__.update(leetcode_prelude())
    spec.loader.exec_module(module)
    fn = getattr(module, plan["entry"], None)
    solution = getattr(module, "Solution", None)
    if callable(fn):
        return module, fn, getattr(fn, "__code__", None) or getattr(getattr(fn, "__init__", None), "__code__", None), False
    method = getattr(solution, plan["leetcodeEntry"], None) if isinstance(solution, type) else None
    if method is not None:
        return module, (lambda *args: getattr(solution(), plan["leetcodeEntry"])(*args)), method.__code__, True
    raise SystemExit("{} does not define a function named {}".format(path, plan["entry"]))


def pause_for_debugpy(use_debugpy):
    """Under debugpy: pause on the next line, the call itself: step in once to enter the solution."""
    if use_debugpy:
        import debugpy
        debugpy.breakpoint()


def run(module, fn, call, raw, leetcode, use_debugpy):
    if call["style"] == "design":
        operations, arg_lists = raw
        pause_for_debugpy(use_debugpy)
        instance = fn(*(arg_lists[0] if arg_lists else []))
        return [None] + [getattr(instance, op)(*(arg_lists[i] if i < len(arg_lists) else [])) for i, op in enumerate(operations) if i > 0]
    args = arguments(module, call, raw, leetcode)
    pause_for_debugpy(use_debugpy)
    returned = fn(*args)
    return args[call["inPlaceArg"]] if call.get("inPlaceArg") is not None else returned


def stop_at_first_line(code):
    """Starts pdb as `code` is entered, so it stops at the function's first body line."""
    def tracer(frame, event, arg):
        if event != "call" or frame.f_code is not code:
            return None
        sys.settrace(None)
        import pdb
        debugger = pdb.Pdb()
        debugger.set_trace(frame)
        return debugger.trace_dispatch
    sys.settrace(tracer)


def shown(value):
    if np is not None and isinstance(value, np.ndarray):
        return "({}) {}".format("×".join(map(str, value.shape)), value.tolist())
    if hasattr(value, "val") and hasattr(value, "left"):
        return "TreeNode(val={})".format(value.val)
    if hasattr(value, "val") and hasattr(value, "next"):
        values, seen, node = [], set(), value
        while node is not None and id(node) not in seen and len(values) < 50:
            seen.add(id(node))
            values.append(node.val)
            node = node.next
        return "list {}{}".format(values, "" if node is None else " … (goes on: a cycle, or longer)")
    return repr(value)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        plan = json.load(f)
    module, fn, code, leetcode = load(plan)
    print("drill debug: {} · {}\n  input     {}".format(plan["slug"], plan["name"], plan["input"]))
    use_debugpy = "debugpy" in sys.modules
    if code is not None and not use_debugpy:
        stop_at_first_line(code)
    try:
        answer = run(module, fn, plan["call"], plan["args"], leetcode, use_debugpy)
        print("  returned  {}".format(shown(answer)))
    except Exception as error:  # the case's error, after the debugging
        print("  raised    {}: {}".format(type(error).__name__, error))
    finally:
        sys.settrace(None)
    print("  reference {}".format("an error (invalid input)" if plan["invalidInput"] else json.dumps(plan["expected"])))


if __name__ == "__main__":
    main()
