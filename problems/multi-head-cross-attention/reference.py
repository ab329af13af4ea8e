# Multi-head cross-attention with numpy: (batch, seq, d_model) -> (batch, heads, seq, d_head),
# queries from the decoder, keys and values from the encoder.
import numpy as np


def multi_head_cross_attention(x_dec, x_enc, p, num_heads):
    d_model = p["wq"].shape[0]
    if num_heads < 1 or d_model % num_heads != 0:
        raise ValueError(f"d_model {d_model} cannot be split into {num_heads} heads")
    if x_dec.shape[0] != x_enc.shape[0]:
        raise ValueError("decoder and encoder batches differ in size")
    batch, n_dec, _ = x_dec.shape
    n_enc = x_enc.shape[1]
    d_head = d_model // num_heads

    def heads(t, n):
        return t.reshape(batch, n, num_heads, d_head).transpose(0, 2, 1, 3)

    q = heads(x_dec @ p["wq"] + p["bq"], n_dec)
    k = heads(x_enc @ p["wk"] + p["bk"], n_enc)
    v = heads(x_enc @ p["wv"] + p["bv"], n_enc)
    scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d_head)  # (batch, heads, n_dec, n_enc)
    scores -= scores.max(axis=-1, keepdims=True)
    weights = np.exp(scores)
    weights /= weights.sum(axis=-1, keepdims=True)
    context = (weights @ v).transpose(0, 2, 1, 3).reshape(batch, n_dec, d_model)
    return context @ p["wo"] + p["bo"]
