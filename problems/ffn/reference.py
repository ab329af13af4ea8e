# Position-wise FFN with numpy: the two matrix products act on the last axis, so every
# token of every sequence is transformed on its own with the same weights.
import numpy as np


def ffn(x, p, activation):
    if activation not in ("relu", "gelu"):
        raise ValueError(f'activation must be "relu" or "gelu", not {activation!r}')
    x = np.asarray(x, dtype=np.float64)
    d_model, d_ff = p["w1"].shape
    if p["b1"].shape != (d_ff,) or p["w2"].shape != (d_ff, d_model) or p["b2"].shape != (d_model,):
        raise ValueError("w1 must be (d_model, d_ff), b1 (d_ff), w2 (d_ff, d_model), b2 (d_model)")
    if x.shape[-1] != d_model:
        raise ValueError(f"tokens must have d_model = {d_model} features")
    z = x @ p["w1"] + p["b1"]
    if activation == "relu":
        h = np.maximum(z, 0.0)
    else:
        h = 0.5 * z * (1.0 + np.tanh(np.sqrt(2.0 / np.pi) * (z + 0.044715 * z ** 3)))
    return h @ p["w2"] + p["b2"]
