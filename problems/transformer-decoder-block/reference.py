# Post-norm Transformer decoder block with numpy:
#   h1 = LN1(y + MHA(y, y, causal)), h2 = LN2(h1 + MHA(h1, memory)), out = LN3(h2 + FFN(h2)).
import numpy as np

EPS = 1e-5


def _layer_norm(t, gamma, beta):
    mean = t.mean(axis=-1, keepdims=True)
    var = ((t - mean) ** 2).mean(axis=-1, keepdims=True)
    return gamma * (t - mean) / np.sqrt(var + EPS) + beta


def _attention(x, mem, p, n, num_heads, causal):
    batch, t_q, d = x.shape
    t_k = mem.shape[1]
    d_head = d // num_heads

    def heads(t, length):
        return t.reshape(batch, length, num_heads, d_head).transpose(0, 2, 1, 3)

    q = heads(x @ p["wq" + n] + p["bq" + n], t_q)
    k = heads(mem @ p["wk" + n] + p["bk" + n], t_k)
    v = heads(mem @ p["wv" + n] + p["bv" + n], t_k)
    scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d_head)
    if causal:
        scores = np.where(np.arange(t_k)[None, :] > np.arange(t_q)[:, None], -np.inf, scores)
    scores = scores - scores.max(axis=-1, keepdims=True)
    weights = np.exp(scores)
    weights /= weights.sum(axis=-1, keepdims=True)
    context = (weights @ v).transpose(0, 2, 1, 3).reshape(batch, t_q, d)
    return context @ p["wo" + n] + p["bo" + n]


def transformer_decoder_block(y, memory, p, num_heads):
    y = np.asarray(y, dtype=np.float64)
    memory = np.asarray(memory, dtype=np.float64)
    d = p["wq1"].shape[0]
    if num_heads < 1 or d % num_heads != 0:
        raise ValueError(f"d_model {d} cannot be split into {num_heads} heads")
    if memory.ndim != 3 or memory.shape[0] != y.shape[0] or memory.shape[2] != d:
        raise ValueError("memory must be (batch, src_len, d_model) with the batch of y")
    h1 = _layer_norm(y + _attention(y, y, p, "1", num_heads, True), p["gamma1"], p["beta1"])
    h2 = _layer_norm(h1 + _attention(h1, memory, p, "2", num_heads, False), p["gamma2"], p["beta2"])
    ffn = np.maximum(h2 @ p["w1"] + p["b1"], 0.0) @ p["w2"] + p["b2"]
    return _layer_norm(h2 + ffn, p["gamma3"], p["beta3"])
