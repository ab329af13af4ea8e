"""Values in and out: arguments built from their kinds (trees, nodes, tensors), answers back
to plain JSON values (trees in level order, numpy and torch values as lists)."""

import math

from .lists import HIDDEN_KINDS, ListAnswerError, ListNode, Node, build_list, build_random_list, link_lists, list_to_array, random_list_to_pairs

__all__ = ["ListNode", "Node", "TreeNode"]

try:  # numpy is optional: problems without tensors work without it
    import numpy as np
except ImportError:  # pragma: no cover - depends on the machine
    np = None


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


class Unsendable(Exception):
    """The result holds something drill cannot compare (a set, a tree node, an object)."""


# ---- values in ------------------------------------------------------------------------

def tree_class(state):
    """The solution's own TreeNode when it defines one, else drill's."""
    return getattr(state.module, "TreeNode", None) or TreeNode


def build_tree(values, make=TreeNode):
    """A tree from LeetCode's level order ([1, null, 2]); no recursion, so any depth works."""
    if not values or values[0] is None:
        return None
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


def find_node(root, value):
    """The first node (in level order) holding value, or None."""
    if value is None:
        return None
    queue = [root] if root is not None else []
    for node in queue:
        if node.val == value:
            return node
        queue.extend(c for c in (node.left, node.right) if c is not None)
    return None


def module_class(state, name, default):
    """The solution's own class of that name (ListNode, Node) when it defines one, else drill's."""
    made = getattr(state.module, name, None)
    return made if isinstance(made, type) else default


def build(state, kind, value):
    t = kind["type"]
    if t == "tree":
        return build_tree(value, tree_class(state))
    if t == "list":
        return build_list(value, make=module_class(state, "ListNode", ListNode))
    if t == "random-list":
        return build_random_list(value, make=module_class(state, "Node", Node))
    if t == "tensor":
        if state.torch:
            return state.torch_support.tensor(value)
        if np is None:
            raise RuntimeError("numpy is needed for this problem: python3 -m pip install numpy")
        return np.array(value, dtype=np.float64)
    if t == "float":
        return float(value)
    if t == "array" and isinstance(value, list):
        return [build(state, kind["of"], v) for v in value]
    if t == "record" and isinstance(value, dict):
        return {k: build(state, kind["fields"].get(k, {"type": "any"}), v) for k, v in value.items()}
    return value


def digit_strings(value):
    """Numbers as strings, at any depth (LeetCode gives some numbers as digit strings)."""
    if isinstance(value, list):
        return [digit_strings(v) for v in value]
    return str(value) if isinstance(value, (int, float)) else value


def build_arguments(state, kinds, raw):
    """One call's arguments from the case's plain values: converted, built, nodes found in the tree."""
    convert = state.call.get("convert") or {}
    raw = [digit_strings(v) if convert.get(str(i)) == "digit-strings" else v for i, v in enumerate(raw)]
    args = [build(state, kinds[i] if i < len(kinds) else {"type": "any"}, v) for i, v in enumerate(raw)]
    if state.torch:
        args = state.torch_support.cast(args, raw, state.torch)
    link_lists(kinds, raw, args, module_class(state, "ListNode", ListNode))
    tree_at = next((i for i, k in enumerate(kinds) if k["type"] == "tree"), None)
    for i, k in enumerate(kinds):
        if k["type"] == "node":
            args[i] = find_node(args[tree_at] if tree_at is not None else None, raw[i])
    return [a for i, a in enumerate(args) if i >= len(kinds) or kinds[i]["type"] not in HIDDEN_KINDS]


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


def plain(value, torch_support=None):
    """numpy arrays and scalars, tensors, tuples, sets → JSON values; non-finite floats marked."""
    if torch_support is not None and torch_support.is_tensor(value):
        return plain(torch_support.to_plain(value), torch_support)
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
        return [plain(v, torch_support) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v, torch_support) for k, v in value.items()}
    if isinstance(value, (set, frozenset)):
        raise Unsendable("a set (return a list)")
    if hasattr(value, "val") and hasattr(value, "left"):
        raise Unsendable("a tree node")
    if hasattr(value, "val") and hasattr(value, "next"):
        raise Unsendable("a list node")
    raise Unsendable("a value of type {}".format(type(value).__name__))


def to_answer(kind, value, torch_support=None, inputs=None):
    """The answer drill compares, for a result of the given return kind (inputs: the list nodes
    the call was given, which a copied list must not contain)."""
    t = kind["type"]
    try:
        if t == "list" and (value is None or hasattr(value, "next")):
            return list_to_array(value, plain)
        if t == "random-list" and (value is None or hasattr(value, "next")):
            return random_list_to_pairs(value, inputs or {}, plain)
    except ListAnswerError as error:
        raise Unsendable(str(error))
    if t == "node":
        return None if value is None else plain(getattr(value, "val", value), torch_support)
    if t == "tree" and (value is None or hasattr(value, "left")):
        return tree_to_level_order(value)
    return plain(value, torch_support)
