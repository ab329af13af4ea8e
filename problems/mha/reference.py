import numpy as np


def multi_head_attention(x, p, num_heads, causal=False):
    """x: (batch, seq, d_model); heads are contiguous column slices of the projections."""
    batch, seq, d_model = x.shape
    if num_heads < 1 or d_model % num_heads != 0:
        raise ValueError("d_model ({}) must be divisible by num_heads ({})".format(d_model, num_heads))
    d_head = d_model // num_heads

    def split(t):  # (batch, seq, d_model) -> (batch, heads, seq, d_head)
        return t.reshape(batch, seq, num_heads, d_head).transpose(0, 2, 1, 3)

    q = split(x @ p["wq"] + p["bq"])
    k = split(x @ p["wk"] + p["bk"])
    v = split(x @ p["wv"] + p["bv"])
    scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d_head)
    if causal:
        scores = np.where(np.triu(np.ones((seq, seq), dtype=bool), k=1), -np.inf, scores)
    scores = scores - scores.max(axis=-1, keepdims=True)
    weights = np.exp(scores)
    weights /= weights.sum(axis=-1, keepdims=True)
    heads = (weights @ v).transpose(0, 2, 1, 3).reshape(batch, seq, d_model)
    return heads @ p["wo"] + p["bo"]
