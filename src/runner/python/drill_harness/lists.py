"""Linked lists in and out, LeetCode's way: ListNode chains from arrays, a tail linked back to
"pos" (cycles), two lists sharing a tail (intersections), Node with random pointers, and the
answers read back as arrays — a node reached twice is reported, never followed for ever."""


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


# Arguments LeetCode uses to build the lists, never passed to the solution.
HIDDEN_KINDS = ("cycle-pos", "skip", "intersect-val")


class ListAnswerError(Exception):
    """A returned list drill cannot read back (raised as the values module's Unsendable)."""


def list_nodes(values, make=ListNode):
    nodes = [make(v) for v in values]
    for a, b in zip(nodes, nodes[1:]):
        a.next = b
    return nodes


def build_list(values, cycle_pos=-1, make=ListNode):
    nodes = list_nodes(values, make)
    if cycle_pos >= 0:
        if cycle_pos >= len(nodes):
            raise ValueError("pos {} is outside the list of {} node(s) (use -1 for no cycle)".format(cycle_pos, len(nodes)))
        nodes[-1].next = nodes[cycle_pos]
    return nodes[0] if nodes else None


def intersecting_lists(a, b, skip_a, skip_b, intersect_val, make=ListNode):
    """LeetCode's intersection input: the lists share their nodes from a[skip_a] and b[skip_b] on."""
    nodes_a, nodes_b = list_nodes(a, make), list_nodes(b, make)
    first = lambda nodes: nodes[0] if nodes else None  # noqa: E731
    if intersect_val == 0:
        return first(nodes_a), first(nodes_b)
    if not (0 <= skip_a < len(a) and 0 <= skip_b < len(b)) or a[skip_a] != intersect_val or a[skip_a:] != b[skip_b:]:
        raise ValueError("listA from skipA and listB from skipB must be the same values starting with intersectVal")
    if skip_b == 0:
        return nodes_a[0], nodes_a[skip_a]
    nodes_b[skip_b - 1].next = nodes_a[skip_a]
    return nodes_a[0], nodes_b[0]


def build_random_list(pairs, make=Node):
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


def link_lists(kinds, raw, args, make=ListNode):
    """LeetCode's hidden inputs: the first list's tail linked back to "cycle-pos", or the first
    two lists sharing a tail ("skip", "intersect-val")."""
    at = lambda t: [i for i, k in enumerate(kinds) if k["type"] == t]  # noqa: E731
    lists, pos, skips, meet = at("list"), at("cycle-pos"), at("skip"), at("intersect-val")
    if pos and lists:
        args[lists[0]] = build_list(raw[lists[0]], raw[pos[0]], make)
    if meet and len(skips) == 2 and len(lists) >= 2:
        args[lists[0]], args[lists[1]] = intersecting_lists(raw[lists[0]], raw[lists[1]], raw[skips[0]], raw[skips[1]], raw[meet[0]], make)


def list_to_array(head, plain):
    out, seen, node = [], set(), head
    while node is not None:
        if id(node) in seen:
            raise ListAnswerError("a list that reaches a node twice (value {}: a cycle, a next pointer leads back into the list)".format(node.val))
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


def random_list_to_pairs(head, inputs, plain):
    index, nodes, node = {}, [], head
    while node is not None:
        if id(node) in index:
            raise ListAnswerError("a list that reaches a node twice (value {}: a cycle)".format(node.val))
        if id(node) in inputs:
            raise ListAnswerError("node {} (value {}) is a node of the input list: the copy must be made of new nodes".format(len(nodes), node.val))
        index[id(node)] = len(nodes)
        nodes.append(node)
        node = node.next
    out = []
    for i, node in enumerate(nodes):
        r = getattr(node, "random", None)
        if r is not None and id(r) not in index:
            where = "a node of the input list" if id(r) in inputs else "a node outside the returned list"
            raise ListAnswerError("the random pointer of node {} (value {}) points to {}: it must point into the copy".format(i, node.val, where))
        out.append([plain(node.val), None if r is None else index[id(r)]])
    return out


def list_shape(head):
    """A list's values, and where its tail links back to (by position), for comparing inputs."""
    seen, out, node = {}, [], head
    while node is not None and hasattr(node, "next") and id(node) not in seen:
        seen[id(node)] = len(out)
        out.append(node.val)
        node = node.next
    return out, None if node is None else seen.get(id(node), -2)
