# Encoder-decoder Transformer forward pass with numpy on token ids (teacher forcing).
import numpy as np

EPS = 1e-5


def _norm(t, g, b):
    mean = t.mean(axis=-1, keepdims=True)
    var = ((t - mean) ** 2).mean(axis=-1, keepdims=True)
    return g * (t - mean) / np.sqrt(var + EPS) + b


def _attention(x, mem, p, pre, suf, l, heads, causal):
    get = lambda name: p[pre + name + suf][l]
    tq, tk, d = x.shape[0], mem.shape[0], x.shape[1]
    dh = d // heads
    q = (x @ get("wq") + get("bq")).reshape(tq, heads, dh).transpose(1, 0, 2)
    k = (mem @ get("wk") + get("bk")).reshape(tk, heads, dh).transpose(1, 0, 2)
    v = (mem @ get("wv") + get("bv")).reshape(tk, heads, dh).transpose(1, 0, 2)
    s = q @ k.transpose(0, 2, 1) / np.sqrt(dh)
    if causal:
        s = np.where(np.arange(tk)[None, :] > np.arange(tq)[:, None], -np.inf, s)
    s = np.exp(s - s.max(axis=-1, keepdims=True))
    s /= s.sum(axis=-1, keepdims=True)
    return (s @ v).transpose(1, 0, 2).reshape(tq, d) @ get("wo") + get("bo")


def _embed(ids, emb):
    d = emb.shape[1]
    pos = np.arange(len(ids))[:, None]
    rate = 10000.0 ** (-(2 * (np.arange(d) // 2)) / d)
    angle = pos * rate
    pe = np.where(np.arange(d) % 2 == 0, np.sin(angle), np.cos(angle))
    return emb[np.asarray(ids, dtype=int)] * np.sqrt(d) + pe


def transformer(src, tgt, p, num_heads):
    vocab, d = p["emb"].shape
    if num_heads < 1 or d % num_heads:
        raise ValueError(f"d_model {d} cannot be split into {num_heads} heads")
    if len(src) < 1 or len(tgt) < 1:
        raise ValueError("src and tgt must not be empty")
    if any(int(i) != i or not 0 <= i < vocab for i in list(src) + list(tgt)):
        raise ValueError(f"token ids must lie in [0, {vocab})")
    mem = _embed(src, p["emb"])
    for l in range(p["ewq"].shape[0]):
        h = _norm(mem + _attention(mem, mem, p, "e", "", l, num_heads, False), p["egamma1"][l], p["ebeta1"][l])
        f = np.maximum(h @ p["ew1"][l] + p["eb1"][l], 0.0) @ p["ew2"][l] + p["eb2"][l]
        mem = _norm(h + f, p["egamma2"][l], p["ebeta2"][l])
    y = _embed(tgt, p["emb"])
    for l in range(p["dwq1"].shape[0]):
        h1 = _norm(y + _attention(y, y, p, "d", "1", l, num_heads, True), p["dgamma1"][l], p["dbeta1"][l])
        h2 = _norm(h1 + _attention(h1, mem, p, "d", "2", l, num_heads, False), p["dgamma2"][l], p["dbeta2"][l])
        f = np.maximum(h2 @ p["dw1"][l] + p["db1"][l], 0.0) @ p["dw2"][l] + p["db2"][l]
        y = _norm(h2 + f, p["dgamma3"][l], p["dbeta3"][l])
    return y @ p["wout"] + p["bout"]
