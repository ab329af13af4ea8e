import torch


def dropout(x: torch.Tensor, mask: torch.Tensor, p: float, training: bool, grad_out: torch.Tensor) -> dict:
    """Inverted dropout with a given keep mask; the backward pass uses the same scaled mask."""
    if not 0 <= p < 1:
        raise ValueError("p must be in [0, 1), got {}".format(p))
    if mask.shape != x.shape:
        raise ValueError("mask has shape {} but x has {}".format(tuple(mask.shape), tuple(x.shape)))
    if grad_out.shape != x.shape:
        raise ValueError("grad_out has shape {} but x has {}".format(tuple(grad_out.shape), tuple(x.shape)))
    if not ((mask == 0) | (mask == 1)).all():
        raise ValueError("mask entries must be 0 or 1")
    if not training:
        return {"out": x.clone(), "grad": grad_out.clone()}
    scale = mask / (1.0 - p)
    return {"out": x * scale, "grad": grad_out * scale}
