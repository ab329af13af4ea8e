# Scaled dot-product attention with numpy: masked scores become -inf before a
# max-subtracted softmax over the keys (axis 1).
import numpy as np


def attention(q, k, v, mask=None):
    q = np.asarray(q, dtype=np.float64)
    k = np.asarray(k, dtype=np.float64)
    v = np.asarray(v, dtype=np.float64)
    if q.shape[1] != k.shape[1]:
        raise ValueError(f"q has width {q.shape[1]} but k has width {k.shape[1]}")
    if v.shape[0] != k.shape[0]:
        raise ValueError(f"k has {k.shape[0]} rows but v has {v.shape[0]}")
    scores = q @ k.T / np.sqrt(q.shape[1])
    if mask is not None:
        allowed = np.asarray(mask, dtype=bool)
        if allowed.shape != scores.shape:
            raise ValueError(f"the mask must have shape {scores.shape}, not {allowed.shape}")
        if not allowed.any(axis=1).all():
            raise ValueError("a query may not attend to any key")
        scores = np.where(allowed, scores, -np.inf)
    scores -= scores.max(axis=1, keepdims=True)
    weights = np.exp(scores)
    weights /= weights.sum(axis=1, keepdims=True)
    return weights @ v
