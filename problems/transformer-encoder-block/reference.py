# Post-norm Transformer encoder block with numpy: h = LN1(x + MHA(x)), out = LN2(h + FFN(h)).
import numpy as np

EPS = 1e-5


def _layer_norm(t, gamma, beta):
    mean = t.mean(axis=-1, keepdims=True)
    var = ((t - mean) ** 2).mean(axis=-1, keepdims=True)
    return gamma * (t - mean) / np.sqrt(var + EPS) + beta


def _self_attention(x, p, num_heads):
    batch, seq, d_model = x.shape
    d_head = d_model // num_heads

    def heads(t):
        return t.reshape(batch, seq, num_heads, d_head).transpose(0, 2, 1, 3)

    q = heads(x @ p["wq"] + p["bq"])
    k = heads(x @ p["wk"] + p["bk"])
    v = heads(x @ p["wv"] + p["bv"])
    scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d_head)
    scores -= scores.max(axis=-1, keepdims=True)
    weights = np.exp(scores)
    weights /= weights.sum(axis=-1, keepdims=True)
    context = (weights @ v).transpose(0, 2, 1, 3).reshape(batch, seq, d_model)
    return context @ p["wo"] + p["bo"]


def transformer_encoder_block(x, p, num_heads):
    d_model = p["wq"].shape[0]
    if num_heads < 1 or d_model % num_heads != 0:
        raise ValueError(f"d_model {d_model} cannot be split into {num_heads} heads")
    h = _layer_norm(x + _self_attention(x, p, num_heads), p["gamma1"], p["beta1"])
    ffn = np.maximum(h @ p["w1"] + p["b1"], 0.0) @ p["w2"] + p["b2"]
    return _layer_norm(h + ffn, p["gamma2"], p["beta2"])
