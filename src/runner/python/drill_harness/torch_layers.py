"""Layers for drill's PyTorch harness: an nn.Module solution is built per case with the
constructor the statement gives, filled with the case's weights (per layer for stacked ones),
called, and its results read back (outputs, gradients after a hand-written backward, buffers).
"""

import torch
import torch.nn


class LayerLayoutError(Exception):
    """The layer's submodules do not have the names or shapes the statement gives."""


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
