"""Probe timing: drill's plan sends each size's inputs, then asks for timed batches of calls."""

import copy
import gc
import time

from .calling import call
from .failures import thrown
from .values import build_arguments, np
from .lists import list_shape


def same(a, b, torch_support=None):
    """Deep equality for inputs: numpy arrays, tensors, lists, dicts, tree nodes, scalars.
    Iterative, so a deep tree compares without recursion; a shared node is compared once."""
    pairs = [(a, b)]
    while pairs:
        x, y = pairs.pop()
        if x is y:
            continue
        if torch_support is not None and torch_support.is_tensor(x):
            if not torch_support.equal(x, y):
                return False
        elif np is not None and isinstance(x, np.ndarray):
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


def probe_call(state):
    """One probe call on one stored input: a design input is a whole operation list."""
    if state.call["style"] == "design":
        return lambda raw: call(state, raw)
    fn = state.entry
    return lambda args: fn(*args)


def store_inputs(state, message):
    spec = state.call
    n = message["n"]
    if message.get("replace"):  # one size at a time: what was kept before goes
        state.probe_raw.clear()
        state.probe_inputs.clear()
        state.probe_mutates.clear()
    state.probe_raw[n] = message["inputs"]
    state.probe_inputs[n] = message["inputs"] if spec["style"] == "design" else [
        build_arguments(state, spec["argKinds"], raw) for raw in message["inputs"]]
    state.send({"type": "inputs-ok", "n": n})


def builds_nodes(kind):
    """Whether an argument of this kind holds trees or lists (copied by building them again)."""
    if kind["type"] == "array":
        return builds_nodes(kind["of"])
    return kind["type"] in ("tree", "list", "random-list")


def fresh_copy(state, n, i):
    """A fresh copy of input i of size n for a call that changes it. Built again from the plain
    values (O(n), no recursion) when it holds trees: deepcopy of a deep tree costs ~25 calls."""
    spec = state.call
    if spec["style"] != "design" and any(builds_nodes(k) for k in spec["argKinds"]):
        return build_arguments(state, spec["argKinds"], state.probe_raw[n][i])
    return copy.deepcopy(state.probe_inputs[n][i])


def mutates(state, fn, n, first):
    """Whether a call changes its input (then every call gets a fresh copy); checked once per size."""
    if n not in state.probe_mutates:
        try:
            trial = fresh_copy(state, n, 0)
        except RecursionError:  # too deep to copy: assume it is left alone
            state.probe_mutates[n] = False
        else:
            fn(trial)
            state.probe_mutates[n] = not same(trial, first, state.torch_support)
    return state.probe_mutates[n]


def missing_inputs(state, n):
    """A sample-error reply when no inputs of size n were sent (True), else False."""
    if n in state.probe_inputs:
        return False
    state.send({"type": "sample-error", "n": n, "output": "",
                "error": {"name": "ProtocolError", "message": "no inputs for n = {}".format(n)}})
    return True


def timed_batch(fn, batch, collect_first):
    """Seconds per call over the batch, with the collector off while it runs."""
    if collect_first:
        gc.collect()
    gc.disable()
    try:
        # Thread CPU time does not count the time this process waited on a busy machine.
        start_wall, start_cpu = time.perf_counter(), time.thread_time()
        for item in batch:
            fn(item)
        return min(time.perf_counter() - start_wall, time.thread_time() - start_cpu) / len(batch)
    finally:
        gc.enable()


def sample(state, message):
    n = message["n"]
    if missing_inputs(state, n):
        return
    inputs = state.probe_inputs[n]
    fn = probe_call(state)
    try:
        fresh = mutates(state, fn, n, inputs[0])
        reps = max(1, message["copiedReps"] if fresh else message["reps"])
        # Cycling through several inputs keeps the branch predictor from learning one.
        batch = [fresh_copy(state, n, i % len(inputs)) if fresh else inputs[i % len(inputs)] for i in range(reps)]
        seconds = timed_batch(fn, batch, message["gc"])
    except BaseException as error:
        state.send({"type": "sample-error", "n": n, "error": thrown(error, state.file), "output": state.take_output()})
        return
    state.take_output()
    state.send({"type": "sampled", "n": n, "seconds": seconds, "mutates": fresh})
