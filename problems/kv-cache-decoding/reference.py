# Incremental causal self-attention: each step projects only the new token, appends its
# key and value to a preallocated cache, and attends with its query over rows 0..t.
import numpy as np


def kv_cache_decode(x: np.ndarray, p: dict, num_heads: int) -> np.ndarray:
    seq, d_model = x.shape
    if num_heads < 1 or d_model % num_heads != 0:
        raise ValueError(f"d_model {d_model} cannot be split into {num_heads} heads")
    d_head = d_model // num_heads
    k_cache = np.zeros((num_heads, seq, d_head))
    v_cache = np.zeros((num_heads, seq, d_head))
    out = np.zeros((seq, d_model))
    for t in range(seq):
        q = (x[t] @ p["wq"] + p["bq"]).reshape(num_heads, d_head)
        k_cache[:, t] = (x[t] @ p["wk"] + p["bk"]).reshape(num_heads, d_head)
        v_cache[:, t] = (x[t] @ p["wv"] + p["bv"]).reshape(num_heads, d_head)
        keys, values = k_cache[:, : t + 1], v_cache[:, : t + 1]          # (heads, t+1, d_head)
        scores = np.einsum("hd,hjd->hj", q, keys) / np.sqrt(d_head)
        scores -= scores.max(axis=1, keepdims=True)
        weights = np.exp(scores)
        weights /= weights.sum(axis=1, keepdims=True)
        mixed = np.einsum("hj,hjd->hd", weights, values).reshape(d_model)
        out[t] = mixed @ p["wo"] + p["bo"]
    return out
