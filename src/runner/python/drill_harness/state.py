"""What one harness process holds between requests: one object, passed to every handler."""

import json


class HarnessState:
    def __init__(self, replies, output, torch_support=None):
        self.replies = replies  # a text stream: one JSON reply per line
        self.output = output  # the CappedWriter the solution prints into
        self.torch_support = torch_support  # the torch_support module under --torch, else None
        self.torch = None  # the problem's torch call spec once a PyTorch solution is loaded
        self.file = None  # the solution's path
        self.module = None  # the solution's module
        self.call = None  # the call spec (style, argKinds, returnKind, inPlaceArg, convert…)
        self.entry = None  # the callable drill calls, once loaded
        self.leetcode = False  # the file is written LeetCode's way (class Solution)
        self.probe_inputs = {}  # n -> the argument lists of that size, built
        self.probe_raw = {}  # n -> the same, as plain values (rebuilding a tree from them beats deepcopy)
        self.probe_mutates = {}  # n -> whether a call changes its input

    def send(self, message):
        self.replies.write(json.dumps(message, allow_nan=False) + "\n")
        self.replies.flush()

    def take_output(self):
        return self.output.take()
