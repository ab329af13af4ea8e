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


class LayerLayoutError(Exception):
    """The layer's submodules do not have the names or shapes the statement gives."""


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

def evaluate(expression, named):
    """`x`, `p.wq`, `x.shape[-1]`, `p.wq.T` against the call's arguments by name."""
    head, _, rest = expression.partition(".")
    value = named[head]
    for part in rest.split(".") if rest else []:
        if part == "T":
            value = value.transpose(-2, -1).contiguous()
        elif part.startswith("shape["):
            value = int(value.shape[int(part[6:-1])])
        else:
            value = value[part]
    return value


def describe_source(expression):
    if expression.endswith(".T"):
        return "{} (transposed into nn.Linear's (out, in) layout)".format(expression[:-2])
    return expression


def per_layer(weights, named):
    """(path, source, value) for every tensor to load. A `*` in a path stands for every layer of a
    stack: `blocks.*.attn.q_proj.weight` from `p.wq.T` loads p.wq[l] (transposed) into blocks.l…,
    for each l along the value's first axis (a ModuleList's submodules are named 0, 1, …)."""
    for path, expression in weights.items():
        value = evaluate(expression, named)
        if "*" not in path.split("."):
            yield path, expression, value
            continue
        base, suffix = (expression[:-2], ".T") if expression.endswith(".T") else (expression, "")
        for layer in range(value.shape[0]):
            yield path.replace("*", str(layer)), "{}[{}]{}".format(base, layer, suffix), value[layer]


def load_weights(module, weights, named):
    name = type(module).__name__
    for path, expression, value in per_layer(weights, named):
        owner, parts = module, path.split(".")
        for i, part in enumerate(parts):
            child = getattr(owner, part, None)
            if child is None:
                where = ".".join(parts[:i + 1])
                raise LayerLayoutError("drill loads {} into {}, but {} has no {}{}".format(
                    describe_source(expression), path, name, where,
                    " (it is None: nn.Linear(..., bias=False)?)" if hasattr(owner, part) else
                    ": the case has more layers than it built (one per layer, in an nn.ModuleList)" if part.isdigit() else
                    ": give the submodules the names the statement uses"))
            owner = child
        if not isinstance(owner, torch.Tensor):
            raise LayerLayoutError("drill loads {} into {}, but {}.{} is a {}, not a tensor".format(
                describe_source(expression), path, name, path, type(owner).__name__))
        if tuple(owner.shape) != tuple(value.shape):
            # Like load_state_dict's size mismatch; a ValueError, because weights that do not fit
            # the layer are how some invalid inputs (LoRA's A of the wrong height) reach it.
            raise ValueError("drill loads {} of shape {} into {}, which has shape {}".format(
                describe_source(expression), tuple(value.shape), path, tuple(owner.shape)))
        with torch.no_grad():
            owner.copy_(value)


def layer_entry(cls, module_spec, arg_names):
    """The entry as drill calls it: build the layer, load the case's weights, run forward."""
    if not (isinstance(cls, type) and issubclass(cls, torch.nn.Module)):
        raise LayerLayoutError("{} should be an nn.Module subclass (class {}(nn.Module))".format(
            getattr(cls, "__name__", cls), getattr(cls, "__name__", "Layer")))

    def call(*args):
        named = dict(zip(arg_names, args))
        layer = cls(*[evaluate(e, named) for e in module_spec["init"]])
        layer.double()
        layer.train(bool(evaluate(module_spec["train"], named)) if module_spec.get("train") else False)
        load_weights(layer, module_spec["weights"], named)
        output = layer(*[evaluate(e, named) for e in module_spec["forward"]])
        returns = module_spec.get("returns")
        if not returns:
            return output
        grad_in = run_backward(layer, module_spec, named) if module_spec.get("backward") is not None else None
        return {field: result_part(layer, what, output, grad_in) for field, what in returns.items()}
    return call


def run_backward(layer, module_spec, named):
    """A backward-pass drill's layer has backward(grad_output): it returns the input's gradient
    and leaves the parameters' gradients in their .grad, as autograd would."""
    backward = getattr(layer, "backward", None)
    if not callable(backward):
        raise LayerLayoutError("{} needs a backward(...) method: the backward pass is this drill".format(type(layer).__name__))
    return backward(*[evaluate(e, named) for e in module_spec["backward"]])


def result_part(layer, what, output, grad_in):
    if what == "output":
        return output
    if what == "backward":
        return grad_in
    if what == "trainable-parameters":
        return trainable_parameters(layer)
    if what.startswith("buffer:"):
        return buffer_value(layer, what[len("buffer:"):])
    path = what[len("grad:"):]
    param = layer.get_parameter(path) if hasattr(layer, "get_parameter") else dict(layer.named_parameters())[path]
    if param.grad is None:
        raise LayerLayoutError("{}.grad is not set: backward() should store the gradient of {} there".format(path, path))
    return param.grad


def buffer_value(layer, path):
    """A tensor the layer keeps and updates itself (batch norm's running_mean), as the call left it."""
    owner = layer
    for part in path.split("."):
        owner = getattr(owner, part, None)
    if not isinstance(owner, torch.Tensor):
        raise LayerLayoutError("drill reads {} from {} after the call, but it is {}: keep it as a tensor "
                               "(self.register_buffer(\"{}\", ...))".format(
                                   path, type(layer).__name__, "missing" if owner is None else "a " + type(owner).__name__,
                                   path.split(".")[-1]))
    return owner


def trainable_parameters(layer):
    """What an optimizer would update: the parameters that still require a gradient."""
    return sum(p.numel() for p in layer.parameters() if p.requires_grad)


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


def heap_needed(fn, make_arg, copy_traced, gc, tracemalloc, time):
    """The harness's heap measurement plus torch's own allocations, which tracemalloc cannot see:
    torch's profiler records every CPU allocation and free in order, so its running total peaks
    where the call's tensors do; what is still allocated when the call returns (its result) is
    taken off, as tracemalloc's current is."""
    from torch.profiler import ProfilerActivity, profile
    arg = None if copy_traced else make_arg()
    gc.collect()
    with profile(activities=[ProfilerActivity.CPU], profile_memory=True) as prof:
        tracemalloc.start()
        try:
            if copy_traced:
                arg = make_arg()
                tracemalloc.reset_peak()
            start = time.perf_counter()
            result = fn(arg)
            ms = (time.perf_counter() - start) * 1000
            gc.collect()
            current, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    del result
    extra = profiled_bytes(prof)
    return peak - current + (extra or 0), ms
