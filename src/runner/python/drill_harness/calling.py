"""Loading a solution and calling it: drill's form (a function under drill's name), LeetCode's
(its name at the top level, or a method of class Solution with LeetCode's argument forms),
design classes (a list of operations), and in-place answers (the argument, after the call)."""

import importlib.util
import os
import sys
import time

from .failures import thrown
from .prelude import leetcode_prelude
from .lists import input_nodes
from .values import Unsendable, build_arguments, plain, to_answer


def load(state, message):
    path = message["modulePath"]
    state.file = path
    state.call = message["call"]
    sys.path.insert(0, os.path.dirname(path))
    if message.get("lang") == "torch":
        state.torch = message["call"]["torch"]
        state.torch_support.prepare(state.torch)
    prelude = leetcode_prelude()
    try:
        spec = importlib.util.spec_from_file_location("solution", path)
        module = importlib.util.module_from_spec(spec)
        module.__dict__.update(prelude)
        state.module = module
        spec.loader.exec_module(module)
    except SyntaxError as error:
        state.send({"type": "syntax-error", "file": path, "line": error.lineno or 1, "column": error.offset or 1,
                    "lineText": (error.text or "").rstrip("\n"), "message": "{}: {}".format(type(error).__name__, error.msg),
                    "output": state.take_output()})
        return
    except BaseException as error:  # an import error, an exception or sys.exit at the top level
        detail = thrown(error, path)
        if isinstance(error, ModuleNotFoundError):
            detail["message"] = "cannot import module {!r}".format(error.name)
        state.send({"type": "load-error", "message": "importing the solution failed", "error": detail, "output": state.take_output()})
        return
    fn = find_entry(state, module, prelude, message["entry"], message.get("leetcodeEntry"))
    if fn is None:
        state.send({"type": "load-error", "output": state.take_output(),
                    "message": missing_entry(state, module, message["entry"], message.get("leetcodeEntry"))})
        return
    if state.torch:
        try:
            fn = state.torch_support.wrap_entry(fn, state.torch)
        except Exception as error:
            state.send({"type": "load-error", "message": "the solution does not have the form drill calls",
                        "error": thrown(error, path), "output": state.take_output()})
            return
    state.entry = fn
    state.send({"type": "loaded", "output": state.take_output(), "leetcode": state.leetcode})


def find_entry(state, module, prelude, entry, leetcode_name):
    """The callable drill calls, or None; switches state to LeetCode's argument forms for class Solution."""

    def own(name):
        """The file's own definition of name (not one of the pre-imported names, such as re's search)."""
        value = getattr(module, name, None) if name else None
        return None if value is None or prelude.get(name) is value else value

    design = state.call["style"] == "design"
    fn = own(entry)
    solution_class = own("Solution")
    if not callable(fn) and not design and callable(own(leetcode_name)) and not isinstance(own(leetcode_name), type):
        fn = own(leetcode_name)  # LeetCode's name at the top level: drill's contract, LeetCode's name
    if not callable(fn) and leetcode_name and isinstance(solution_class, type) and hasattr(solution_class, leetcode_name):
        # LeetCode's form: a fresh Solution() per call, its method under LeetCode's name,
        # and the arguments in LeetCode's form.
        fn = lambda *args: getattr(solution_class(), leetcode_name)(*args)  # noqa: E731
        state.call = dict(state.call, convert=state.call.get("leetcodeArgs"))
        state.leetcode = True
    elif not callable(fn) and design and leetcode_name:
        fn = getattr(module, leetcode_name, None)
    return fn if callable(fn) else None


def missing_entry(state, module, entry, leetcode_name):
    names = sorted(n for n, v in vars(module).items() if callable(v) and not n.startswith("_")
                   and getattr(v, "__module__", None) == "solution")
    design = state.call["style"] == "design"
    wanted = entry if design else "{}, or LeetCode's class Solution with a method {}".format(entry, leetcode_name or entry)
    return ("the file does not define {} {}".format("a class named" if design else "a function named", entry)
            + (" (it defines: {})".format(", ".join(names)) if names else " (it defines nothing)")
            + "; drill looks for " + wanted)


def call(state, raw):
    """One case: the arguments built, the entry called, the answer as a plain value."""
    spec = state.call
    if spec["style"] == "design":
        operations, arg_lists = raw
        instance = state.entry(*(arg_lists[0] if arg_lists else []))
        outputs = [None]
        for i in range(1, len(operations)):
            method = getattr(instance, operations[i], None)
            if method is None:
                raise AttributeError("{} has no method {}()".format(type(instance).__name__, operations[i]))
            outputs.append(plain(method(*(arg_lists[i] if i < len(arg_lists) else [])), state.torch_support))
        return outputs
    args = build_arguments(state, spec["argKinds"], raw)
    # taken before the call: a copy must be made of new nodes, even if the input is rewired meanwhile
    inputs = input_nodes(args) if spec["returnKind"]["type"] == "random-list" else {}
    returned = state.entry(*args)
    if spec.get("inPlaceArg") is not None:
        return to_answer(spec["returnKind"], args[spec["inPlaceArg"]], state.torch_support, inputs)
    return to_answer(spec["returnKind"], returned, state.torch_support, inputs)


def run(state, message):
    case_id = message["id"]
    args = message["args"]
    start = time.perf_counter()
    try:
        value = call(state, args)
    except Unsendable as problem:
        ms = (time.perf_counter() - start) * 1000
        state.send({"type": "unsendable", "id": case_id, "ms": ms, "output": state.take_output(),
                    "message": "the returned value contains {}, which drill cannot check".format(problem)})
        return
    except BaseException as error:
        ms = (time.perf_counter() - start) * 1000
        state.send({"type": "threw", "id": case_id, "error": thrown(error, state.file), "ms": ms, "output": state.take_output()})
        return
    ms = (time.perf_counter() - start) * 1000
    state.send({"type": "returned", "id": case_id, "value": value, "ms": ms, "output": state.take_output()})


def run_batch(state, message):
    for case in message["cases"]:
        run(state, case)
