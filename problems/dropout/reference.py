# Inverted dropout with a given keep mask: training scales the survivors by 1 / (1 - p)
# in the forward pass and the same factor gates the backward pass; evaluation is the
# identity. Inputs are validated in both modes.
import numpy as np


def dropout(x: np.ndarray, mask: np.ndarray, p: float, training: bool, grad_out: np.ndarray) -> dict:
    x = np.asarray(x, dtype=np.float64)
    mask = np.asarray(mask, dtype=np.float64)
    grad_out = np.asarray(grad_out, dtype=np.float64)
    if not 0 <= p < 1:
        raise ValueError(f"p must be in [0, 1), got {p}")
    if mask.shape != x.shape:
        raise ValueError(f"mask has shape {mask.shape} but x has {x.shape}")
    if grad_out.shape != x.shape:
        raise ValueError(f"grad_out has shape {grad_out.shape} but x has {x.shape}")
    if not np.all((mask == 0) | (mask == 1)):
        raise ValueError("mask entries must be 0 or 1")
    if not training:
        return {"out": x.copy(), "grad": grad_out.copy()}
    factor = mask / (1.0 - p)
    return {"out": x * factor, "grad": grad_out * factor}
