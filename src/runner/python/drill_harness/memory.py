"""Space probes: the extra heap one call needs at its peak, or the stack its recursion needs."""

import contextlib
import gc
import sys
import time
import tracemalloc

from .failures import thrown
from .timing import fresh_copy, missing_inputs, probe_call

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
        arg = make()  # copied before the limit is lowered: the copy's own recursion is not the call's
        try:
            sys.setrecursionlimit(here + budget)
        except RecursionError:  # Python refuses a limit at or below the current depth
            return False
        try:
            fn(arg)
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


def heap_needed(fn, make_arg, copy_traced, untraced=None):
    """Extra bytes at the call's peak beyond what stays (the input and the output); numpy's buffers are traced too.

    Tracing makes copying a deep input many times slower, so the copy is traced only when the
    call changes its input in place: there, rows it frees and replaces must count as freed.
    `untraced`, when given, makes a context manager around the call that counts what tracemalloc
    cannot see (torch's tensors); its `extra_bytes()` is added.
    """
    arg = None if copy_traced else make_arg()
    gc.collect()
    with (untraced() if untraced else contextlib.nullcontext()) as other:
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
    return peak - current + (other.extra_bytes() if other else 0), ms


def heap_reading(state, fn, fresh):
    """The median of three quick calls: an allocation the interpreter caches on the first
    call must not count (a slow call's memory is far above such caches anyway)."""
    in_place = state.call.get("inPlaceArg") is not None
    torch_support = state.torch_support
    untraced = None if torch_support is None else torch_support.ProfiledBytes  # torch's tensors escape tracemalloc
    measure = lambda *a: heap_needed(*a, untraced=untraced)  # noqa: E731
    readings = [measure(fn, fresh, in_place)]
    if readings[0][1] < SPACE_REPEAT_BELOW_MS:
        readings += [measure(fn, fresh, in_place) for _ in range(2)]
    return sorted(readings)[len(readings) // 2]


def space_sample(state, message):
    n = message["n"]
    if missing_inputs(state, n):
        return
    fn = probe_call(state)
    fresh = lambda: fresh_copy(state, n, 0)  # noqa: E731
    try:
        if message["part"] == "heap":
            nbytes, ms = heap_reading(state, fn, fresh)
        else:
            start = time.perf_counter()
            fn(fresh())
            ms = (time.perf_counter() - start) * 1000
            nbytes = FRAME_BYTES * stack_frames_needed(fn, fresh)
    except BaseException as error:
        state.send({"type": "sample-error", "n": n, "error": thrown(error, state.file), "output": state.take_output()})
        return
    state.take_output()
    state.send({"type": "space-sampled", "n": n, "bytes": max(0, nbytes), "ms": ms})
