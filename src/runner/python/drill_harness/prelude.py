"""What LeetCode's Python runtime has in scope without imports."""

from .values import ListNode, Node, TreeNode


def leetcode_prelude():
    """The public names of string, re, datetime, collections, heapq, bisect, copy, math, random,
    statistics, itertools, functools, operator, io, sys, json and typing, those modules
    themselves, sortedcontainers when it is installed, and TreeNode/ListNode/Node. Built-ins keep
    their own meaning (LeetCode imports them again last: pow is not math.pow)."""
    import bisect, builtins, collections, copy, datetime, functools, heapq, io, itertools, json, math, operator, random, re, statistics, string, sys, typing
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
