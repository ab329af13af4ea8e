"""drill's Python harness: runs one solution file, case by case, for the drill CLI.

Requests arrive as JSON lines on fd 3, replies leave as JSON lines on fd 4, so whatever
the solution prints (sys.stdout/sys.stderr, captured and cut short per case) never mixes
with results. The process is started ahead of time with numpy already imported; drill
kills its whole process group on a time-out and starts a fresh one.
"""

import copy
import gc
import importlib.util
import io
import json
import math
import os
import sys
import threading
import tracemalloc
import time
import traceback

try:  # numpy is optional: problems without tensors work without it
    import numpy as np
except ImportError:  # pragma: no cover - depends on the machine
    np = None

OUTPUT_LIMIT = 4000
PROTOCOL_VERSION = 2  # drill's side: PROTOCOL_VERSION in src/runner/worker/protocol.ts
MEMORY_LIMIT = 1 << 30  # bytes a solution may allocate beyond what the harness itself maps


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


class CappedWriter(io.TextIOBase):
    """Keeps the first OUTPUT_LIMIT characters printed and counts the rest."""

    def __init__(self):
        self.parts = []
        self.size = 0
        self.dropped = 0

    def writable(self):
        return True

    def write(self, text):
        text = str(text)
        room = OUTPUT_LIMIT - self.size
        if room > 0:
            self.parts.append(text[:room])
            self.size += min(len(text), room)
        if len(text) > room:
            self.dropped += len(text) - max(room, 0)
        return len(text)

    def take(self):
        out = "".join(self.parts)
        if self.dropped:
            out += "\n… ({:,} more characters not shown)".format(self.dropped)
        self.parts, self.size, self.dropped = [], 0, 0
        return out


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
    """LeetCode's node with a random pointer (copy-random-list)."""

    def __init__(self, x=0, next=None, random=None):
        self.val = x
        self.next = next
        self.random = random


requests = os.fdopen(3, "r", encoding="utf-8")
replies = os.fdopen(4, "w", encoding="utf-8")
captured = CappedWriter()
sys.stdout = captured
sys.stderr = captured
sys.stdin = io.StringIO("")

state = {"entry": None, "call": None, "module": None, "file": None}


def send(message):
    replies.write(json.dumps(message, allow_nan=False) + "\n")
    replies.flush()


# ---- values in ------------------------------------------------------------------------

def tree_class():
    return getattr(state["module"], "TreeNode", None) or TreeNode


def build_tree(values):
    if not values or values[0] is None:
        return None
    make = tree_class()
    root = make(values[0])
    queue, head, i = [root], 0, 1
    while i < len(values) and head < len(queue):
        node = queue[head]
        head += 1
        for side in ("left", "right"):
            if i >= len(values):
                break
            v = values[i]
            i += 1
            if v is not None:
                child = make(v)
                setattr(node, side, child)
                queue.append(child)
    return root


def module_class(name, default):
    made = getattr(state["module"], name, None)
    return made if isinstance(made, type) else default


def list_nodes(values):
    make = module_class("ListNode", ListNode)
    nodes = [make(v) for v in values]
    for a, b in zip(nodes, nodes[1:]):
        a.next = b
    return nodes


def build_list(values, cycle_pos=-1):
    nodes = list_nodes(values)
    if cycle_pos >= 0:
        if cycle_pos >= len(nodes):
            raise ValueError("pos {} is outside the list of {} node(s) (use -1 for no cycle)".format(cycle_pos, len(nodes)))
        nodes[-1].next = nodes[cycle_pos]
    return nodes[0] if nodes else None


def intersecting_lists(a, b, skip_a, skip_b, intersect_val):
    """LeetCode's intersection input: the lists share their nodes from a[skip_a] and b[skip_b] on."""
    nodes_a, nodes_b = list_nodes(a), list_nodes(b)
    first = lambda nodes: nodes[0] if nodes else None
    if intersect_val == 0:
        return first(nodes_a), first(nodes_b)
    if not (0 <= skip_a < len(a) and 0 <= skip_b < len(b)) or a[skip_a] != intersect_val or a[skip_a:] != b[skip_b:]:
        raise ValueError("listA from skipA and listB from skipB must be the same values starting with intersectVal")
    if skip_b == 0:
        return nodes_a[0], nodes_a[skip_a]
    nodes_b[skip_b - 1].next = nodes_a[skip_a]
    return nodes_a[0], nodes_b[0]


def build_random_list(pairs):
    make = module_class("Node", Node)
    nodes = []
    for val, _ in pairs:
        node = make(val)
        node.next, node.random = None, None
        nodes.append(node)
    for i, (_, r) in enumerate(pairs):
        if i + 1 < len(nodes):
            nodes[i].next = nodes[i + 1]
        if r is not None:
            nodes[i].random = nodes[r]
    return nodes[0] if nodes else None


def find_node(root, value):
    if value is None:
        return None
    queue = [root] if root is not None else []
    for node in queue:
        if node.val == value:
            return node
        queue.extend(c for c in (node.left, node.right) if c is not None)
    return None


def build(kind, value):
    t = kind["type"]
    if t == "tree":
        return build_tree(value)
    if t == "list":
        return build_list(value)
    if t == "random-list":
        return build_random_list(value)
    if t == "tensor":
        if np is None:
            raise RuntimeError("numpy is needed for this problem: python3 -m pip install numpy")
        return np.array(value, dtype=np.float64)
    if t == "float":
        return float(value)
    if t == "array" and isinstance(value, list):
        return [build(kind["of"], v) for v in value]
    if t == "record" and isinstance(value, dict):
        return {k: build(kind["fields"].get(k, {"type": "any"}), v) for k, v in value.items()}
    return value


def digit_strings(value):
    return [digit_strings(v) for v in value] if isinstance(value, list) else str(value) if isinstance(value, (int, float)) else value


def build_arguments(kinds, raw):
    convert = state["call"].get("convert") or {}
    raw = [digit_strings(v) if convert.get(str(i)) == "digit-strings" else v for i, v in enumerate(raw)]
    args = [build(kinds[i] if i < len(kinds) else {"type": "any"}, v) for i, v in enumerate(raw)]
    link_lists(kinds, raw, args)
    tree_at = next((i for i, k in enumerate(kinds) if k["type"] == "tree"), None)
    for i, k in enumerate(kinds):
        if k["type"] == "node":
            args[i] = find_node(args[tree_at] if tree_at is not None else None, raw[i])
    return [a for i, a in enumerate(args) if i >= len(kinds) or kinds[i]["type"] not in HIDDEN_KINDS]


HIDDEN_KINDS = ("cycle-pos", "skip", "intersect-val")


def link_lists(kinds, raw, args):
    """LeetCode's hidden inputs: the first list's tail linked back to "cycle-pos", or the first
    two lists sharing a tail ("skip", "intersect-val")."""
    at = lambda t: [i for i, k in enumerate(kinds) if k["type"] == t]
    lists, pos, skips, meet = at("list"), at("cycle-pos"), at("skip"), at("intersect-val")
    if pos and lists:
        args[lists[0]] = build_list(raw[lists[0]], raw[pos[0]])
    if meet and len(skips) == 2 and len(lists) >= 2:
        args[lists[0]], args[lists[1]] = intersecting_lists(raw[lists[0]], raw[lists[1]], raw[skips[0]], raw[skips[1]], raw[meet[0]])


# ---- values out -----------------------------------------------------------------------

def tree_to_level_order(root):
    """A node reached twice (a cycle, or a left pointer left behind by an in-place rewrite)
    is reported instead of serialised without end."""
    out, queue, seen = [], [root], set()
    for node in queue:
        out.append(None if node is None else node.val)
        if node is not None:
            if id(node) in seen:
                raise Unsendable("a node reached twice (value {}: a cycle, or two pointers to one node)".format(node.val))
            seen.add(id(node))
            queue.extend([node.left, node.right])
    while out and out[-1] is None:
        out.pop()
    return out


def list_to_array(head):
    out, seen, node = [], set(), head
    while node is not None:
        if id(node) in seen:
            raise Unsendable("a list that reaches a node twice (value {}: a cycle, a next pointer leads back into the list)".format(node.val))
        seen.add(id(node))
        out.append(plain(node.val))
        node = node.next
    return out


def input_nodes(args):
    """The list nodes a call was given, by id (the nodes kept, so no id is reused meanwhile)."""
    nodes = {}
    for head in args:
        node = head
        while node is not None and hasattr(node, "next") and id(node) not in nodes:
            nodes[id(node)] = node
            node = node.next
    return nodes


def random_list_to_pairs(head, inputs):
    index, nodes, node = {}, [], head
    while node is not None:
        if id(node) in index:
            raise Unsendable("a list that reaches a node twice (value {}: a cycle)".format(node.val))
        if id(node) in inputs:
            raise Unsendable("node {} (value {}) is a node of the input list: the copy must be made of new nodes".format(len(nodes), node.val))
        index[id(node)] = len(nodes)
        nodes.append(node)
        node = node.next
    out = []
    for i, node in enumerate(nodes):
        r = getattr(node, "random", None)
        if r is not None and id(r) not in index:
            where = "a node of the input list" if id(r) in inputs else "a node outside the returned list"
            raise Unsendable("the random pointer of node {} (value {}) points to {}: it must point into the copy".format(i, node.val, where))
        out.append([plain(node.val), None if r is None else index[id(r)]])
    return out


class Unsendable(Exception):
    """The result holds something drill cannot compare (a set, a tree node, an object)."""


def plain(value):
    """numpy arrays and scalars, tuples, sets → JSON values; non-finite floats marked."""
    if np is not None:
        if isinstance(value, np.ndarray):
            return plain(value.tolist())
        if isinstance(value, np.generic):
            return plain(value.item())
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else {"$float": repr(value)}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (set, frozenset)):
        raise Unsendable("a set (return a list)")
    if hasattr(value, "val") and hasattr(value, "left"):
        raise Unsendable("a tree node")
    if hasattr(value, "val") and hasattr(value, "next"):
        raise Unsendable("a list node")
    raise Unsendable("a value of type {}".format(type(value).__name__))


def to_answer(kind, value, inputs=None):
    t = kind["type"]
    if t == "list" and (value is None or hasattr(value, "next")):
        return list_to_array(value)
    if t == "random-list" and (value is None or hasattr(value, "next")):
        return random_list_to_pairs(value, inputs or {})
    if t == "node":
        return None if value is None else plain(getattr(value, "val", value))
    if t == "tree" and (value is None or hasattr(value, "left")):
        return tree_to_level_order(value)
    return plain(value)


# ---- running --------------------------------------------------------------------------

def user_frames(tb_exc):
    """The frames in the solution file, written like drill's TypeScript stacks: at fn (file:line)."""
    frames = [f for f in tb_exc.stack if f.filename == state["file"]]
    return "\n".join("    at {} ({}:{})".format(f.name, f.filename, f.lineno) for f in frames[-6:])


def thrown(error):
    tb = traceback.TracebackException.from_exception(error)
    name = type(error).__name__
    message = str(error)
    if isinstance(error, SystemExit):
        name, message = "SystemExit", "the solution called sys.exit({}); return a value instead".format(
            "" if error.code is None else repr(error.code))
    elif isinstance(error, MemoryError):  # numpy raises a private subclass
        name, message = "MemoryError", "ran out of memory (the limit is {} MB beyond the harness)".format(MEMORY_LIMIT >> 20) + (
            ": " + message if message else "")
    elif isinstance(error, RecursionError):
        message = message + " (recursion too deep)"
    return {"name": name, "message": message, "stack": user_frames(tb)}


def leetcode_prelude():
    """What LeetCode's Python runtime has in scope without imports: the public names of string,
    re, datetime, collections, heapq, bisect, copy, math, random, statistics, itertools,
    functools, operator, io, sys, json and typing, those modules themselves, sortedcontainers
    when it is installed, and TreeNode/ListNode/Node. Built-ins keep their own meaning (LeetCode
    imports them again last: pow is not math.pow)."""
    import bisect, builtins, collections, copy, datetime, functools, heapq, itertools, json, math, operator, random, re, statistics, string, typing
    star = (string, re, datetime, collections, heapq, bisect, copy, math, random, statistics, itertools, functools, operator, io, sys, json, typing)
    names = {}
    for module in star:
        exported = getattr(module, "__all__", None) or [k for k in vars(module) if not k.startswith("_")]
        names.update({k: getattr(module, k) for k in exported if hasattr(module, k) and not hasattr(builtins, k)})
    for module in star:
        names[module.__name__] = module
    try:
        import sortedcontainers
        names.update({"sortedcontainers": sortedcontainers, "SortedList": sortedcontainers.SortedList,
                      "SortedDict": sortedcontainers.SortedDict, "SortedSet": sortedcontainers.SortedSet})
    except ImportError:
        pass

    names.update({"TreeNode": TreeNode, "ListNode": ListNode, "Node": Node})
    return names


def load(message):
    path = message["modulePath"]
    state["file"] = path
    state["call"] = message["call"]
    sys.path.insert(0, os.path.dirname(path))
    try:
        spec = importlib.util.spec_from_file_location("solution", path)
        module = importlib.util.module_from_spec(spec)
        prelude = leetcode_prelude()
        module.__dict__.update(prelude)
        state["module"] = module
        spec.loader.exec_module(module)
    except SyntaxError as error:
        send({"type": "syntax-error", "file": path, "line": error.lineno or 1, "column": error.offset or 1,
              "lineText": (error.text or "").rstrip("\n"), "message": "{}: {}".format(type(error).__name__, error.msg),
              "output": captured.take()})
        return
    except BaseException as error:  # an import error, an exception or sys.exit at the top level
        detail = thrown(error)
        if isinstance(error, ModuleNotFoundError):
            detail["message"] = "cannot import module {!r}".format(error.name)
        send({"type": "load-error", "message": "importing the solution failed", "error": detail, "output": captured.take()})
        return
    entry = message["entry"]
    leetcode_name = message.get("leetcodeEntry")

    def own(name):
        """The file's own definition of name (not one of the pre-imported names, such as re's search)."""
        value = getattr(module, name, None) if name else None
        return None if value is None or prelude.get(name) is value else value

    fn = own(entry)
    solution_class = own("Solution")
    if (fn is None or not callable(fn)) and state["call"]["style"] != "design" and callable(own(leetcode_name)) \
            and not isinstance(own(leetcode_name), type):
        fn = own(leetcode_name)  # LeetCode's name at the top level: drill's contract, LeetCode's name
    if (fn is None or not callable(fn)) and leetcode_name and isinstance(solution_class, type) and hasattr(solution_class, leetcode_name):
        # LeetCode's form: a fresh Solution() per call, its method under LeetCode's name,
        # and the arguments in LeetCode's form.
        fn = lambda *args: getattr(solution_class(), leetcode_name)(*args)
        state["call"] = dict(state["call"], convert=state["call"].get("leetcodeArgs"))
        state["leetcode"] = True
    elif (fn is None or not callable(fn)) and state["call"]["style"] == "design" and leetcode_name:
        fn = getattr(module, leetcode_name, None)
    if fn is None or not callable(fn):
        names = sorted(n for n, v in vars(module).items() if callable(v) and not n.startswith("_")
                       and getattr(v, "__module__", None) == "solution")
        design = state["call"]["style"] == "design"
        wanted = entry if design else "{}, or LeetCode's class Solution with a method {}".format(entry, leetcode_name or entry)
        send({"type": "load-error", "output": captured.take(),
              "message": "the file does not define {} {}".format("a class named" if design else "a function named", entry)
              + (" (it defines: {})".format(", ".join(names)) if names else " (it defines nothing)")
              + "; drill looks for " + wanted})
        return
    state["entry"] = fn
    send({"type": "loaded", "output": captured.take(), "leetcode": state.get("leetcode", False)})


def call(raw):
    spec = state["call"]
    if spec["style"] == "design":
        operations, arg_lists = raw
        instance = state["entry"](*(arg_lists[0] if arg_lists else []))
        outputs = [None]
        for i in range(1, len(operations)):
            method = getattr(instance, operations[i], None)
            if method is None:
                raise AttributeError("{} has no method {}()".format(type(instance).__name__, operations[i]))
            outputs.append(plain(method(*(arg_lists[i] if i < len(arg_lists) else []))))
        return outputs
    args = build_arguments(spec["argKinds"], raw)
    # taken before the call: a copy must be made of new nodes, even if the input is rewired meanwhile
    inputs = input_nodes(args) if spec["returnKind"]["type"] == "random-list" else {}
    returned = state["entry"](*args)
    if spec.get("inPlaceArg") is not None:
        return to_answer(spec["returnKind"], args[spec["inPlaceArg"]], inputs)
    return to_answer(spec["returnKind"], returned, inputs)


def run(message):
    case_id = message["id"]
    start = time.perf_counter()
    try:
        value = call(message["args"])
    except Unsendable as problem:
        ms = (time.perf_counter() - start) * 1000
        send({"type": "unsendable", "id": case_id, "ms": ms, "output": captured.take(),
              "message": "the returned value contains {}, which drill cannot check".format(problem)})
        return
    except BaseException as error:
        ms = (time.perf_counter() - start) * 1000
        send({"type": "threw", "id": case_id, "error": thrown(error), "ms": ms, "output": captured.take()})
        return
    ms = (time.perf_counter() - start) * 1000
    send({"type": "returned", "id": case_id, "value": value, "ms": ms, "output": captured.take()})


# ---- probing: drill's plan sends each size's inputs, then asks for timed batches ------------

probe_inputs = {}  # n -> the argument lists of that size, built
probe_raw = {}  # n -> the same, as plain values (rebuilding a tree from them beats deepcopy)
probe_mutates = {}


def same(a, b):
    """Deep equality for inputs: numpy arrays, lists, dicts, tree nodes, scalars."""
    pairs = [(a, b)]
    while pairs:
        x, y = pairs.pop()
        if x is y:
            continue
        if np is not None and isinstance(x, np.ndarray):
            if not isinstance(y, np.ndarray) or x.shape != y.shape or not np.array_equal(x, y):
                return False
        elif isinstance(x, (list, tuple)):
            if not isinstance(y, (list, tuple)) or len(x) != len(y):
                return False
            pairs.extend(zip(x, y))
        elif isinstance(x, dict):
            if not isinstance(y, dict) or x.keys() != y.keys():
                return False
            pairs.extend((x[k], y[k]) for k in x)
        elif hasattr(x, "val") and hasattr(x, "left"):
            if not hasattr(y, "val") or x.val != y.val:
                return False
            pairs.extend([(x.left, y.left), (x.right, y.right)])
        elif hasattr(x, "val") and hasattr(x, "next"):  # lists: compared as values (a cycle is copied as one)
            if list_shape(x) != list_shape(y):
                return False
        elif x != y:
            return False
    return True


def list_shape(head):
    """A list's values, and where its tail links back to (by position), for comparing inputs."""
    seen, out, node = {}, [], head
    while node is not None and hasattr(node, "next") and id(node) not in seen:
        seen[id(node)] = len(out)
        out.append(node.val)
        node = node.next
    return out, None if node is None else seen.get(id(node), -2)


def probe_call():
    spec = state["call"]
    if spec["style"] == "design":
        return lambda raw: call(raw)
    fn = state["entry"]
    return lambda args: fn(*args)


def store_inputs(message):
    spec = state["call"]
    probe_raw[message["n"]] = message["inputs"]
    built = message["inputs"] if spec["style"] == "design" else [build_arguments(spec["argKinds"], raw) for raw in message["inputs"]]
    probe_inputs[message["n"]] = built
    send({"type": "inputs-ok", "n": message["n"]})


def mutates(fn, n, first):
    """Whether a call changes its input (then every call gets a fresh copy); checked once per size."""
    if n not in probe_mutates:
        try:
            trial = fresh_copy(n, 0)
        except RecursionError:  # too deep to copy: assume it is left alone
            probe_mutates[n] = False
        else:
            fn(trial)
            probe_mutates[n] = not same(trial, first)
    return probe_mutates[n]


def builds_nodes(kind):
    """Whether an argument of this kind holds trees or lists (copied by building them again)."""
    if kind["type"] == "array":
        return builds_nodes(kind["of"])
    return kind["type"] in ("tree", "list", "random-list")


def fresh_copy(n, i):
    """A fresh copy of input i of size n for a call that changes it. Built again from the plain
    values (O(n), no recursion) when it holds trees: deepcopy of a deep tree costs ~25 calls."""
    spec = state["call"]
    if spec["style"] != "design" and any(builds_nodes(k) for k in spec["argKinds"]):
        return build_arguments(spec["argKinds"], probe_raw[n][i])
    return copy.deepcopy(probe_inputs[n][i])


def sample(message):
    n = message["n"]
    inputs = probe_inputs.get(n)
    if inputs is None:
        send({"type": "sample-error", "n": n, "error": {"name": "ProtocolError", "message": "no inputs for n = {}".format(n)}, "output": ""})
        return
    fn = probe_call()
    try:
        fresh = mutates(fn, n, inputs[0])
        reps = max(1, message["copiedReps"] if fresh else message["reps"])
        # Cycling through several inputs keeps the branch predictor from learning one.
        batch = [fresh_copy(n, i % len(inputs)) if fresh else inputs[i % len(inputs)] for i in range(reps)]
        if message["gc"]:
            gc.collect()
        gc.disable()
        try:
            # Thread CPU time does not count the time this process waited on a busy machine.
            start_wall, start_cpu = time.perf_counter(), time.thread_time()
            for item in batch:
                fn(item)
            seconds = min(time.perf_counter() - start_wall, time.thread_time() - start_cpu) / reps
        finally:
            gc.enable()
    except BaseException as error:
        send({"type": "sample-error", "n": n, "error": thrown(error), "output": captured.take()})
        return
    captured.take()
    send({"type": "sampled", "n": n, "seconds": seconds, "mutates": fresh})


# ---- space: extra memory of one call -------------------------------------------------------

FRAME_BYTES = 200  # roughly what one Python frame costs; recursion depth is counted in these
SPACE_REPEAT_BELOW_MS = 100


def stack_frames_needed(fn, make):
    """The fewest frames of recursion headroom the call needs (binary search on the limit)."""
    here = 0
    frame = sys._getframe()
    while frame is not None:
        here += 1
        frame = frame.f_back
    limit = sys.getrecursionlimit()

    def fits(budget):
        sys.setrecursionlimit(here + budget)
        try:
            fn(make())
            return True
        except RecursionError:
            return False
        finally:
            sys.setrecursionlimit(limit)

    lo, hi = 1, max(2, limit - here - 10)
    if not fits(hi):
        return hi
    while lo < hi:
        mid = (lo + hi) // 2
        if fits(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo


def heap_needed(fn, make_arg, copy_traced):
    """Extra bytes at the call's peak beyond what stays (the input and the output); numpy's buffers are traced too.

    Tracing makes copying a deep input many times slower, so the copy is traced only when the
    call changes its input in place: there, rows it frees and replaces must count as freed.
    """
    arg = None if copy_traced else make_arg()
    gc.collect()
    tracemalloc.start()
    try:
        if copy_traced:
            arg = make_arg()
            tracemalloc.reset_peak()
        start = time.perf_counter()
        result = fn(arg)
        ms = (time.perf_counter() - start) * 1000
        gc.collect()  # what the call left in reference cycles (a memo held by a nested function) is not kept
        current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    del result
    return peak - current, ms


def space_sample(message):
    n = message["n"]
    inputs = probe_inputs.get(n)
    if inputs is None:
        send({"type": "sample-error", "n": n, "error": {"name": "ProtocolError", "message": "no inputs for n = {}".format(n)}, "output": ""})
        return
    fn = probe_call()
    fresh = lambda: fresh_copy(n, 0)  # noqa: E731
    try:
        if message["part"] == "heap":
            # The median of three quick calls: an allocation the interpreter caches on the first
            # call must not count (a slow call's memory is far above such caches anyway).
            in_place = state["call"].get("inPlaceArg") is not None
            readings = [heap_needed(fn, fresh, in_place)]
            if readings[0][1] < SPACE_REPEAT_BELOW_MS:
                readings += [heap_needed(fn, fresh, in_place) for _ in range(2)]
            nbytes, ms = sorted(readings)[len(readings) // 2]
        else:
            start = time.perf_counter()
            fn(fresh())
            ms = (time.perf_counter() - start) * 1000
            nbytes = FRAME_BYTES * stack_frames_needed(fn, fresh)
    except BaseException as error:
        send({"type": "sample-error", "n": n, "error": thrown(error), "output": captured.take()})
        return
    captured.take()
    send({"type": "space-sampled", "n": n, "bytes": max(0, nbytes), "ms": ms})


def main():
    limit_memory()
    send({"type": "ready", "protocol": PROTOCOL_VERSION, "numpy": None if np is None else np.__version__})
    handlers = {
        "load": load,
        "run": run,
        "run-batch": lambda message: [run(case) for case in message["cases"]],
        "probe-inputs": store_inputs,
        "sample": sample,
        "space-sample": space_sample,
    }
    for line in requests:
        try:
            message = json.loads(line)
            handler = handlers.get(message.get("type"))
        except (ValueError, AttributeError):
            message, handler = None, None
        if handler is None:
            what = message.get("type") if isinstance(message, dict) else line[:80]
            send({"type": "protocol-error", "message": "unknown request: {!r}".format(what)})
            continue
        handler(message)


# Deep recursion must work as it does on LeetCode, whose Python raises the recursion limit to
# 550,000: a thread whose C stack holds that many frames (an @cache recursion goes through C),
# or a smaller limit where the system will not give the thread such a stack.
RECURSION_LIMIT = 550000


def start_harness():
    for stack_mb, limit in ((768, RECURSION_LIMIT), (64, 50000)):
        try:
            threading.stack_size(stack_mb << 20)
            sys.setrecursionlimit(limit)
            thread = threading.Thread(target=main, name="drill-harness")
            thread.start()
            return thread
        except (RuntimeError, ValueError, MemoryError):
            continue
    raise SystemExit("drill's Python harness could not start its thread")


start_harness().join()
