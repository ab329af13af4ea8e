"""PyTorch support for drill's Python harness (solutions in <slug>.torch.py).

The harness imports this module, and torch with it, when it starts with --torch: before the
solution's own import is timed, so the seconds `import torch` takes on a busy machine are not
counted against the solution. At load time it bans the built-ins the drill is about and, for
backward-pass drills, autograd; it wraps the entry so that a layer (an nn.Module subclass) is
built, filled with the case's weights and called; tensors go in as float64 and come back as lists.
"""

import gc

import torch
import torch.nn
import torch.nn.functional

from .torch_layers import layer_entry

DTYPES = {"float64": torch.float64, "long": torch.long, "bool": torch.bool}

# Where the gradient would come from: a backward-pass drill computes it by hand.
AUTOGRAD_PATHS = [
    "torch.Tensor.backward",
    "torch.autograd.backward",
    "torch.autograd.grad",
    "torch.autograd.functional.vjp",
    "torch.autograd.functional.jvp",
    "torch.autograd.functional.jacobian",
    "torch.autograd.functional.hessian",
    "torch.func.grad",
    "torch.func.grad_and_value",
    "torch.func.vjp",
    "torch.func.jacrev",
    "torch.func.jacfwd",
]


class BannedBuiltin(Exception):
    """The solution called the PyTorch built-in that does what the drill asks."""


class AutogradUnavailable(Exception):
    """A backward-pass drill asked autograd for the gradient."""


def preload():
    """Imports what solutions use, once per process; one thread, like numpy's BLAS in drill.

    torch brings ~100,000 Python objects: the probes' gc.collect() would walk them all (150 ms and
    more), so they are frozen out of the collector (gc.freeze), as is what numpy brought."""
    torch.set_num_threads(1)
    gc.collect()
    gc.freeze()
    return torch.__version__


def version():
    return torch.__version__


# ---- bans --------------------------------------------------------------------------------

def short_name(path):
    return path.replace("torch.nn.functional.", "F.").replace("torch.nn.", "nn.")


def resolve(path):
    """(owner, attribute name) for a dotted path, or None when this torch has no such thing."""
    parts = path.split(".")
    owner = torch
    for part in parts[1:-1]:
        owner = getattr(owner, part, None)
        if owner is None:
            return None
    return (owner, parts[-1]) if hasattr(owner, parts[-1]) else None


def refuse(error_class, message):
    def refused(*args, **kwargs):
        raise error_class(message)
    return refused


def install(paths, error_class, message_for):
    for path in paths:
        found = resolve(path)
        if found is None:  # a 2.x built-in on 1.x, or the reverse
            continue
        owner, name = found
        value = getattr(owner, name)
        message = message_for(path)
        if isinstance(value, type):  # a class: building one is refused (its subclasses too)
            value.__init__ = refuse(error_class, message)
        else:
            setattr(owner, name, refuse(error_class, message))


def ban_builtins(paths):
    install(paths, BannedBuiltin, lambda path: (
        "{} is PyTorch's built-in for what this drill asks you to write: build it from tensor "
        "operations (the statement's PyTorch section lists what is off limits)").format(short_name(path)))


def ban_autograd():
    install(AUTOGRAD_PATHS, AutogradUnavailable, lambda path: (
        "{}: this drill asks for the gradient by hand; autograd is not available here".format(
            path.replace("torch.Tensor.", "Tensor.").replace("torch.", ""))))


def prepare(spec):
    """Before the solution is imported: its `from torch... import x` must see the bans."""
    ban_builtins(spec.get("banned") or [])
    if spec.get("autograd") is False:
        ban_autograd()


# ---- values --------------------------------------------------------------------------------

def tensor(value, dtype="float64"):
    return torch.tensor(value, dtype=DTYPES[dtype])


def cast(args, raw, spec):
    """Arguments the problem gives PyTorch as integer or boolean tensors (labels, masks)."""
    dtypes = spec.get("dtypes") or {}
    if not dtypes:
        return args
    names = spec["argNames"]
    return [tensor(raw[i], dtypes[names[i]]) if i < len(names) and names[i] in dtypes and raw[i] is not None else a
            for i, a in enumerate(args)]


def is_tensor(value):
    return isinstance(value, torch.Tensor)


def to_plain(value):
    """A tensor as nested lists (0-d: a number), detached; anything else as it is."""
    if isinstance(value, torch.Tensor):
        return value.detach().cpu().tolist()
    if isinstance(value, torch.Size):
        return list(value)
    return value


def equal(a, b):
    return isinstance(b, torch.Tensor) and a.shape == b.shape and bool(torch.equal(a, b))


# ---- layers ----------------------------------------------------------------------------------


def wrap_entry(entry, spec):
    """Every call runs without recording a graph (and, for layers, through layer_entry)."""
    if spec.get("module"):
        entry = layer_entry(entry, spec["module"], spec["argNames"])

    def call(*args):
        with torch.no_grad():
            return entry(*args)
    return call


# ---- space -------------------------------------------------------------------------------------

def profiled_bytes(prof):
    """Peak less final bytes of the CPU allocations the profiler saw, or None when this torch hides them."""
    try:
        events = prof.profiler.kineto_results.events()
        stamp = lambda e: e.start_ns() if hasattr(e, "start_ns") else e.start_us()  # noqa: E731
        memory = sorted((stamp(e), e.nbytes()) for e in events if e.name() == "[memory]")
    except (AttributeError, RuntimeError):
        return None
    current = peak = 0
    for _, nbytes in memory:
        current += nbytes
        peak = max(peak, current)
    return peak - current


class ProfiledBytes:
    """Around a call, what torch allocated that tracemalloc cannot see: torch's profiler records
    every CPU allocation and free in order, so its running total peaks where the call's tensors
    do; what is still allocated when the call returns (its result) is taken off."""

    def __enter__(self):
        from torch.profiler import ProfilerActivity, profile
        self.prof = profile(activities=[ProfilerActivity.CPU], profile_memory=True)
        self.prof.__enter__()
        return self

    def __exit__(self, *exc):
        return self.prof.__exit__(*exc)

    def extra_bytes(self):
        return profiled_bytes(self.prof) or 0
