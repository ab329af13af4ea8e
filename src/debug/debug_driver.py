"""drill debug for Python: runs one case of a solution under pdb, stopped at the first line of
the solution's function (debugpy instead, when drill debug starts it under debugpy).

Usage: python3 debug_driver.py <plan.json>   (drill debug writes the plan)
"""

import importlib.util
import json
import os
import sys

try:  # numpy is optional: problems without tensors work without it
    import numpy as np
except ImportError:  # pragma: no cover - depends on the machine
    np = None


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


class Node:
    def __init__(self, x=0, next=None, random=None):
        self.val = x
        self.next = next
        self.random = random


def prelude():
    """The names LeetCode's Python runtime has without imports (as drill test gives them)."""
    import bisect, collections, functools, heapq, itertools, math, typing
    names = {}
    for module in (typing, collections, heapq, bisect, math, itertools, functools):
        names.update({k: v for k, v in vars(module).items() if not k.startswith("_")})
    for module in (bisect, collections, functools, heapq, itertools, math, typing):
        names[module.__name__] = module
    names.update({"TreeNode": TreeNode, "ListNode": ListNode, "Node": Node})
    return names


def build_tree(make, values):
    if not values or values[0] is None:
        return None
    root = make(values[0])
    queue, head, i = [root], 0, 1
    while i < len(values) and head < len(queue):
        node = queue[head]
        head += 1
        for side in ("left", "right"):
            if i < len(values):
                v = values[i]
                i += 1
                if v is not None:
                    child = make(v)
                    setattr(node, side, child)
                    queue.append(child)
    return root


def chain(make, values):
    nodes = [make(v) for v in values]
    for a, b in zip(nodes, nodes[1:]):
        a.next = b
    return nodes


def build_random_list(make, pairs):
    nodes = chain(make, [val for val, _ in pairs])
    for node, (_, r) in zip(nodes, pairs):
        node.random = None if r is None else nodes[r]
    return nodes[0] if nodes else None


HIDDEN = ("cycle-pos", "skip", "intersect-val")


def link_lists(module, kinds, raw, args):
    """LeetCode's hidden inputs, as drill test builds them: a tail linked back to pos, or two
    lists sharing a tail from skipA / skipB (intersectVal 0: none)."""
    make = getattr(module, "ListNode", None) or ListNode
    at = lambda t: [i for i, k in enumerate(kinds) if k["type"] == t]
    lists, pos, skips, meet = at("list"), at("cycle-pos"), at("skip"), at("intersect-val")
    if pos and lists and raw[pos[0]] >= 0:
        nodes = chain(make, raw[lists[0]])
        nodes[-1].next = nodes[raw[pos[0]]]
        args[lists[0]] = nodes[0]
    if meet and len(skips) == 2 and len(lists) >= 2 and raw[meet[0]] != 0:
        a, b = chain(make, raw[lists[0]]), chain(make, raw[lists[1]])
        skip_a, skip_b = raw[skips[0]], raw[skips[1]]
        if skip_b == 0:
            args[lists[1]] = a[skip_a]
        else:
            b[skip_b - 1].next = a[skip_a]
            args[lists[1]] = b[0]
        args[lists[0]] = a[0]


def build(make_tree, kind, value, module=None):
    t = kind["type"]
    if t == "tree":
        return build_tree(make_tree, value)
    if t == "list":
        nodes = chain(getattr(module, "ListNode", None) or ListNode, value)
        return nodes[0] if nodes else None
    if t == "random-list":
        return build_random_list(getattr(module, "Node", None) or Node, value)
    if t == "tensor" and np is not None:
        return np.array(value, dtype=np.float64)
    if t == "float":
        return float(value)
    if t == "array" and isinstance(value, list):
        return [build(make_tree, kind["of"], v, module) for v in value]
    if t == "record" and isinstance(value, dict):
        return {k: build(make_tree, kind["fields"].get(k, {"type": "any"}), v) for k, v in value.items()}
    return value


def find_node(root, value):
    queue = [root] if root is not None else []
    for node in queue:
        if node.val == value:
            return node
        queue.extend(c for c in (node.left, node.right) if c is not None)
    return None


def digit_strings(value):
    return [digit_strings(v) for v in value] if isinstance(value, list) else str(value) if isinstance(value, (int, float)) else value


def arguments(module, call, raw, leetcode):
    make_tree = getattr(module, "TreeNode", None) or TreeNode
    convert = (call.get("leetcodeArgs") or {}) if leetcode else {}
    raw = [digit_strings(v) if convert.get(str(i)) == "digit-strings" else v for i, v in enumerate(raw)]
    kinds = call["argKinds"]
    args = [build(make_tree, kinds[i] if i < len(kinds) else {"type": "any"}, v, module) for i, v in enumerate(raw)]
    link_lists(module, kinds, raw, args)
    tree_at = next((i for i, k in enumerate(kinds) if k["type"] == "tree"), None)
    for i, k in enumerate(kinds):
        if k["type"] == "node":
            args[i] = find_node(args[tree_at] if tree_at is not None else None, raw[i])
    return [a for i, a in enumerate(args) if i >= len(kinds) or kinds[i]["type"] not in HIDDEN]


def load(plan):
    path = plan["file"]
    sys.path.insert(0, os.path.dirname(path))
    spec = importlib.util.spec_from_file_location("solution", path)
    module = importlib.util.module_from_spec(spec)
    module.__dict__.update(prelude())
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
