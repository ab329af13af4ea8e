# Rotary position embedding with numpy, interleaved pairs: features (2i, 2i+1) at position
# p are rotated by p * base^(-2i/d); even and odd columns are handled as two views.
import numpy as np


def _rotate(x, cos, sin):
    a, b = x[..., 0::2], x[..., 1::2]
    out = np.empty_like(x)
    out[..., 0::2] = a * cos - b * sin
    out[..., 1::2] = a * sin + b * cos
    return out


def rope(q, k, base, offset):
    q = np.asarray(q, dtype=np.float64)
    k = np.asarray(k, dtype=np.float64)
    d = q.shape[-1]
    if d % 2 != 0:
        raise ValueError(f"the feature width {d} must be even")
    if k.shape != q.shape:
        raise ValueError("q and k must have the same shape")
    if not base > 0 or offset < 0 or int(offset) != offset:
        raise ValueError("base must be positive and offset a whole number >= 0")
    freq = base ** (-np.arange(0, d, 2) / d)  # (d/2,)

    angle = (offset + np.arange(q.shape[1]))[:, None] * freq  # (seq, d/2)
    cos, sin = np.cos(angle), np.sin(angle)
    return {"q": _rotate(q, cos, sin), "k": _rotate(k, cos, sin)}
