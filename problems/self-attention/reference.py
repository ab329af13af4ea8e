# One self-attention head with numpy: projections x @ W + b, scores scaled by
# 1/sqrt(d_k), hidden keys set to -inf, a max-subtracted softmax over the keys.
import numpy as np


def self_attention(x, p, mask=None):
    x = np.asarray(x, dtype=np.float64)
    d_in, d_k = p["wq"].shape
    d_v = p["wv"].shape[1]
    if p["wk"].shape != (d_in, d_k) or p["wv"].shape[0] != d_in or p["bq"].shape != (d_k,) \
            or p["bk"].shape != (d_k,) or p["bv"].shape != (d_v,):
        raise ValueError("wq and wk must both be (d_in, d_k), wv (d_in, d_v), with matching biases")
    if x.shape[-1] != d_in:
        raise ValueError(f"every token must have d_in = {d_in} features")
    seq = x.shape[1]
    q = x @ p["wq"] + p["bq"]
    k = x @ p["wk"] + p["bk"]
    v = x @ p["wv"] + p["bv"]
    scores = q @ k.transpose(0, 2, 1) / np.sqrt(d_k)  # (batch, seq, seq)
    if mask is not None:
        allowed = np.asarray(mask, dtype=bool)
        if allowed.shape != (seq, seq):
            raise ValueError(f"the mask must have shape ({seq}, {seq})")
        if not allowed.any(axis=1).all():
            raise ValueError("a query may not attend to any key")
        scores = np.where(allowed, scores, -np.inf)
    scores = scores - scores.max(axis=-1, keepdims=True)
    weights = np.exp(scores)
    weights /= weights.sum(axis=-1, keepdims=True)
    return weights @ v
